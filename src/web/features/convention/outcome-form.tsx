import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { errorText } from '../../ui/error-text';
import { SelectField, TextField } from '../../ui/fields';
import { conventionApi } from './convention-paths';
import { refusalText } from './convention-errors';
import { outcomeLevels, type AgendaMeeting, type OutcomeLevel } from './convention-types';

/** What came of one meeting, on the five-step scale, at the event or at the follow-up months later. */
export function OutcomeForm({ eventId, meeting, onSaved }: { eventId: string; meeting: AgendaMeeting; onSaved: () => void }) {
  const { t } = useTranslation();
  const stage: 'event' | 'followup' = meeting.outcomes.event ? 'followup' : 'event';
  const current = meeting.outcomes[stage];
  const [outcome, setOutcome] = useState<OutcomeLevel | ''>(current?.outcome ?? '');
  const [comment, setComment] = useState(current?.comment ?? '');
  const [message, setMessage] = useState<{ tone: 'error' | 'ok'; text: string } | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!outcome) return;
    try {
      await api.post(conventionApi(eventId, `/meetings/${meeting.id}/outcome`), { stage, outcome, comment });
      setMessage({ tone: 'ok', text: t('convention.outcome.saved') });
      onSaved();
    } catch (err) {
      setMessage({ tone: 'error', text: refusalText(t, err) ?? errorText(t, err).text });
    }
  };
  return (
    <form className="outcome-form" onSubmit={(e) => void submit(e)} aria-label={t('convention.outcome.formLabel', { name: meeting.counterpart.name })}>
      <SelectField
        label={t(stage === 'event' ? 'convention.outcome.atEvent' : 'convention.outcome.followup')}
        value={outcome}
        onValue={(v) => setOutcome(v as OutcomeLevel)}
        options={[{ value: '', label: t('convention.outcome.choose') }, ...outcomeLevels.map((l) => ({ value: l, label: t(`convention.outcomes.${l}`) }))]}
      />
      <TextField label={t('convention.outcome.comment')} value={comment} onValue={setComment} maxLength={2000} />
      <button type="submit" className="button button--small" disabled={!outcome}>
        {t('convention.outcome.save')}
      </button>
      {message ? (
        <p className={message.tone === 'error' ? 'field__error' : 'muted'} role={message.tone === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      ) : null}
    </form>
  );
}
