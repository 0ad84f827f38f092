import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { errorText } from '../../ui/error-text';
import { SelectField, TextArea } from '../../ui/fields';
import { conventionApi } from './convention-paths';
import { refusalText } from './convention-errors';

/** Asking a participant for a meeting: a message and a priority. */
export function RequestForm({ eventId, recipientId, recipientName, onSent, onCancel }: { eventId: string; recipientId: string; recipientName: string; onSent: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [message, setMessage] = useState('');
  const [priority, setPriority] = useState('2');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await api.post(conventionApi(eventId, '/requests'), { recipientId, message, priority: Number(priority) });
      onSent();
    } catch (err) {
      setError(refusalText(t, err) ?? errorText(t, err).text);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="request-form stack" onSubmit={(e) => void submit(e)} aria-label={t('convention.request.formLabel', { name: recipientName })}>
      <TextArea label={t('convention.request.message')} value={message} onValue={setMessage} hint={t('convention.request.messageHint')} rows={3} maxLength={2000} />
      <SelectField
        label={t('convention.request.priority')}
        value={priority}
        onValue={setPriority}
        options={[1, 2, 3].map((p) => ({ value: String(p), label: t(`convention.priorities.${p as 1 | 2 | 3}`) }))}
      />
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="toolbar">
        <button type="submit" className="button button--primary button--small" disabled={busy}>
          {t('convention.request.send')}
        </button>
        <button type="button" className="button button--ghost button--small" onClick={onCancel}>
          {t('convention.cancel')}
        </button>
      </div>
    </form>
  );
}
