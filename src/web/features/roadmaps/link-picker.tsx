import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { Locale } from '../../api/types';
import { pickTranslation } from '../../i18n/pick-translation';
import { SelectField } from '../../ui/fields';
import { useApi } from '../../ui/use-api';
import { formatDay } from '../dashboard/format';
import { reportingErrorText } from '../reports/reporting-errors';
import type { LinkKind } from '../reports/reporting-types';

const kinds: LinkKind[] = ['event', 'taskforce', 'booking', 'referral', 'post'];

/** Links a record of the network (an event, a taskforce, a booking, a referral, a post) to an action. */
export function LinkPicker({ slug, actionId, defaultKind, onLinked }: { slug: string; actionId: string; defaultKind: LinkKind | null; onLinked: () => void }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const [kind, setKind] = useState<LinkKind>(defaultKind ?? 'event');
  const [record, setRecord] = useState('');
  const [error, setError] = useState<unknown>(null);
  const candidates = useApi<{ id: string; title: Record<string, string>; at: string; detail: string }[]>(`/networks/${encodeURIComponent(slug)}/roadmap-candidates?kind=${kind}`);
  const submit = async () => {
    setError(null);
    try {
      await api.post(`/roadmap-actions/${encodeURIComponent(actionId)}/links`, { kind, recordId: record });
      setRecord('');
      onLinked();
    } catch (cause) {
      setError(cause);
    }
  };
  return (
    <form
      className="inline-form link-picker"
      onSubmit={(e) => {
        e.preventDefault();
        if (record) void submit();
      }}
    >
      <SelectField label={t('reporting.roadmap.linkKind')} value={kind} onValue={(v) => { setKind(v as LinkKind); setRecord(''); }} options={kinds.map((k) => ({ value: k, label: t(`reporting.roadmap.targetKinds.${k}`) }))} />
      <SelectField
        label={t('reporting.roadmap.linkRecord')}
        value={record}
        onValue={setRecord}
        error={error ? reportingErrorText(t, error).text : undefined}
        options={[{ value: '', label: '—' }, ...(candidates.data ?? []).map((c) => ({ value: c.id, label: `${formatDay(c.at, locale)} — ${pickTranslation(c.title, locale)}` }))]}
      />
      <button type="submit" className="button button--small button--ghost" disabled={!record}>
        {t('reporting.roadmap.link')}
      </button>
    </form>
  );
}
