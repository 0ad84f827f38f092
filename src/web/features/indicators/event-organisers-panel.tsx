import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, query } from '../../api/client';
import type { Locale, Organisation, Page } from '../../api/types';
import { pickTranslation } from '../../i18n/pick-translation';
import { Banner } from '../../ui/banner';
import { Combobox } from '../../ui/combobox';
import { SelectField } from '../../ui/fields';
import { Section } from '../../ui/page';
import { useApi } from '../../ui/use-api';
import { useDebounced } from '../../ui/use-debounced';
import { formatDay } from '../dashboard/format';
import { reportingErrorText } from '../reports/reporting-errors';

interface Organisers {
  organisers: { id: string; name: string; country: string }[];
  jointlyOrganised: boolean;
  countries: string[];
}

/**
 * Who organised an event: what makes it a joint cross-border action for RCO81 and RCO115 (organisers from two
 * countries or more). The events module does not record it, so the coordinators say it here.
 */
export function EventOrganisersPanel({ slug, onChange }: { slug: string; onChange: () => void }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const events = useApi<{ id: string; title: Record<string, string>; at: string }[]>(`/networks/${encodeURIComponent(slug)}/roadmap-candidates?kind=event`);
  const [eventId, setEventId] = useState('');
  const current = useApi<Organisers>(eventId ? `/events/${encodeURIComponent(eventId)}/organisers` : null);
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim());
  const found = useApi<Page<Organisation>>(q.length >= 2 ? `/networks/${encodeURIComponent(slug)}/organisations${query({ q, pageSize: 8 })}` : null);
  const [error, setError] = useState<unknown>(null);
  const save = async (ids: string[]) => {
    setError(null);
    try {
      await api.post(`/events/${encodeURIComponent(eventId)}/organisers`, { organisationIds: ids });
      current.reload();
      onChange();
    } catch (cause) {
      setError(cause);
    }
  };
  const ids = current.data?.organisers.map((o) => o.id) ?? [];
  return (
    <Section title={t('reporting.organisers.title')} id="organisers-title">
      <p className="muted">{t('reporting.organisers.lead')}</p>
      <SelectField
        label={t('reporting.organisers.event')}
        value={eventId}
        onValue={setEventId}
        options={[{ value: '', label: '—' }, ...(events.data ?? []).map((e) => ({ value: e.id, label: `${formatDay(e.at, locale)} — ${pickTranslation(e.title, locale)}` }))]}
      />
      {eventId && current.data ? (
        <>
          <p>
            {current.data.jointlyOrganised ? (
              <span className="tag tag--state-done">{t('reporting.organisers.joint', { countries: current.data.countries.join(', ') })}</span>
            ) : (
              <span className="tag tag--state-not_started">{t('reporting.organisers.notJoint')}</span>
            )}
          </p>
          <ul className="items">
            {current.data.organisers.map((o) => (
              <li key={o.id} className="item">
                <span className="item__body">
                  {o.name} <span className="muted">({o.country})</span>
                </span>
                <button type="button" className="button button--small button--ghost" onClick={() => void save(ids.filter((id) => id !== o.id))}>
                  {t('reporting.organisers.remove')}
                </button>
              </li>
            ))}
          </ul>
          <Combobox
            label={t('reporting.organisers.add')}
            value={search}
            onValue={setSearch}
            options={(found.data?.items ?? []).filter((o) => !ids.includes(o.id)).map((o) => ({ id: o.id, label: o.name, detail: `${o.commune} (${o.country})` }))}
            onPick={(o) => {
              setSearch('');
              void save([...ids, o.id]);
            }}
            listLabel={t('reporting.organisers.found')}
            status={t('reporting.organisers.foundCount', { n: found.data?.items.length ?? 0 })}
          />
        </>
      ) : null}
      {error ? <Banner tone="error">{reportingErrorText(t, error).text}</Banner> : null}
    </Section>
  );
}
