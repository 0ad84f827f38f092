import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { Locale } from '../../api/types';
import { SelectField, TextField } from '../../ui/fields';
import { useApi } from '../../ui/use-api';
import { eventKinds } from '../events/event-types';
import { reportingErrorText } from '../reports/reporting-errors';
import type { LinkKind } from '../reports/reporting-types';

interface Person {
  userId: string;
  name: string;
  organisations: { id: string; name: string }[];
}

/** A new action (coordinators) or a proposal (members in consultation): what it aims at, by when, who owns it. */
export function ActionForm({ slug, roadmapId, objectiveId, canManage, onDone }: { slug: string; roadmapId: string; objectiveId: string; canManage: boolean; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const [title, setTitle] = useState('');
  const [targetKind, setTargetKind] = useState<LinkKind | ''>('');
  const [eventKind, setEventKind] = useState('');
  const [count, setCount] = useState('');
  const [due, setDue] = useState('');
  const [owner, setOwner] = useState('');
  const [error, setError] = useState<unknown>(null);
  const people = useApi<Person[]>(canManage ? `/networks/${encodeURIComponent(slug)}/people` : null);
  const submit = async () => {
    setError(null);
    const person = people.data?.find((p) => p.userId === owner);
    try {
      await api.post(`/roadmaps/${encodeURIComponent(roadmapId)}/actions`, {
        objectiveId,
        title: { [locale]: title },
        ...(targetKind ? { targetKind } : {}),
        ...(targetKind === 'event' && eventKind ? { targetEventKind: eventKind } : {}),
        ...(count ? { targetCount: Number(count) } : {}),
        ...(due ? { dueOn: due } : {}),
        ...(person ? { ownerUserId: person.userId, ...(person.organisations[0] ? { ownerOrganisationId: person.organisations[0].id } : {}) } : {}),
      });
      setTitle('');
      setCount('');
      setDue('');
      onDone();
    } catch (cause) {
      setError(cause);
    }
  };
  const failure = error ? reportingErrorText(t, error) : null;
  return (
    <form
      className="action-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (title.trim()) void submit();
      }}
    >
      <TextField label={canManage ? t('reporting.roadmap.newAction') : t('reporting.roadmap.propose')} value={title} onValue={setTitle} required maxLength={300} error={failure && (!failure.field || failure.field === 'title') ? failure.text : undefined} />
      <div className="form-grid">
        <SelectField
          label={t('reporting.roadmap.target')}
          value={targetKind}
          onValue={(v) => setTargetKind(v as LinkKind | '')}
          options={[{ value: '', label: t('reporting.roadmap.noTarget') }, ...(['event', 'taskforce', 'booking', 'referral', 'post'] as const).map((k) => ({ value: k, label: t(`reporting.roadmap.targetKinds.${k}`) }))]}
        />
        {targetKind === 'event' ? (
          <SelectField label={t('reporting.roadmap.eventKind')} value={eventKind} onValue={setEventKind} options={[{ value: '', label: t('reporting.roadmap.anyKind') }, ...eventKinds.map((k) => ({ value: k, label: t(`events.kinds.${k}`) }))]} />
        ) : null}
        <TextField type="number" min={1} max={10000} label={t('reporting.roadmap.targetCount')} value={count} onValue={setCount} error={failure?.field === 'targetCount' ? failure.text : undefined} />
        <TextField type="date" label={t('reporting.roadmap.dueField')} value={due} onValue={setDue} error={failure?.field === 'dueOn' ? failure.text : undefined} />
        {canManage ? (
          <SelectField
            label={t('reporting.roadmap.ownerField')}
            value={owner}
            onValue={setOwner}
            options={[{ value: '', label: '—' }, ...(people.data ?? []).map((p) => ({ value: p.userId, label: p.organisations[0] ? `${p.name} — ${p.organisations[0].name}` : p.name }))]}
          />
        ) : null}
      </div>
      <button type="submit" className="button button--small button--primary" disabled={!title.trim()}>
        {canManage ? t('reporting.roadmap.addAction') : t('reporting.roadmap.proposeButton')}
      </button>
    </form>
  );
}
