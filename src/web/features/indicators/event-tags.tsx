import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, query } from '../../api/client';
import type { Category, Locale, Organisation, Page, Translated } from '../../api/types';
import { pickTranslation } from '../../i18n/pick-translation';
import { Banner } from '../../ui/banner';
import { Combobox } from '../../ui/combobox';
import { Checkbox } from '../../ui/fields';
import { Section } from '../../ui/page';
import { useApi } from '../../ui/use-api';
import { useDebounced } from '../../ui/use-debounced';
import { useCategories } from '../directory/use-categories';
import { reportingErrorText } from '../reports/reporting-errors';
import { useNetworkRole } from '../reports/use-network-role';
import '../reports/reporting.css';

// The strategic axes (and ecosystems) an event or a taskforce serves — activity per axis on the dashboard — and the
// organisations that organised an event together (the Interreg "jointly organised" test of RCO81 and RCO115).

export interface TaggedCategory {
  id: string;
  kind: 'ecosystem' | 'axis';
  slug: string;
  name: Translated;
}

interface Organiser {
  id: string;
  name: string;
  country: string;
}

interface EventAnnotations {
  organisers: Organiser[];
  categoryIds: string[];
  categories: TaggedCategory[];
  jointlyOrganised: boolean;
  countries: string[];
}

const countriesOf = (organisers: Organiser[]) => [...new Set(organisers.map((o) => o.country))].sort();

/** The axes and co-organisers of the event being written; saved once the event itself is (it needs its id). */
export function useEventReporting(slug: string, eventId: string | undefined) {
  const role = useNetworkRole(slug);
  const current = useApi<EventAnnotations>(eventId && role.coordinates ? `/events/${encodeURIComponent(eventId)}/organisers` : null);
  const [categoryIds, setCategoryIds] = useState<string[]>([]);
  const [organisers, setOrganisers] = useState<Organiser[]>([]);
  const [touched, setTouched] = useState(false);
  useEffect(() => {
    if (!current.data || touched) return;
    setCategoryIds(current.data.categoryIds);
    setOrganisers(current.data.organisers);
  }, [current.data, touched]);
  return {
    slug,
    /** Only the network's coordinators tag events and say who organised them. */
    enabled: role.coordinates,
    categoryIds,
    organisers,
    setCategoryIds: (ids: string[]) => {
      setTouched(true);
      setCategoryIds(ids);
    },
    setOrganisers: (list: Organiser[]) => {
      setTouched(true);
      setOrganisers(list);
    },
    /** Writes the tags and co-organisers of the saved event (nothing when the coordinator changed neither). */
    async save(savedId: string) {
      if (!role.coordinates || (!touched && eventId)) return;
      if (!eventId && categoryIds.length === 0 && organisers.length === 0) return;
      await api.post(`/events/${encodeURIComponent(savedId)}/categories`, { categoryIds });
      await api.post(`/events/${encodeURIComponent(savedId)}/organisers`, { organisationIds: organisers.map((o) => o.id) });
    },
  };
}

export type EventReporting = ReturnType<typeof useEventReporting>;

/** Ticks for the network's axes and ecosystems. */
function CategoryTicks({ categories, chosen, onChange }: { categories: Category[]; chosen: string[]; onChange: (ids: string[]) => void }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  return (
    <>
      {(['axis', 'ecosystem'] as const).map((kind) => {
        const list = categories.filter((c) => c.kind === kind);
        if (!list.length) return null;
        return (
          <fieldset key={kind} className="filter-group">
            <legend className="filter-group__legend">{t(kind === 'axis' ? 'categories.axes' : 'categories.ecosystems')}</legend>
            {list.map((c) => (
              <Checkbox
                key={c.id}
                label={pickTranslation(c.name, locale) || c.slug}
                checked={chosen.includes(c.id)}
                onChecked={(on) => onChange(on ? [...chosen, c.id] : chosen.filter((x) => x !== c.id))}
              />
            ))}
          </fieldset>
        );
      })}
    </>
  );
}

/** Looks organisations up in the network's directory. */
function OrganisationPicker({ slug, exclude, onPick, label }: { slug: string; exclude: string[]; onPick: (o: Organiser) => void; label: string }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim());
  const found = useApi<Page<Organisation>>(q.length >= 2 ? `/networks/${encodeURIComponent(slug)}/organisations${query({ q, pageSize: 8 })}` : null);
  const items = (found.data?.items ?? []).filter((o) => !exclude.includes(o.id));
  return (
    <Combobox
      label={label}
      value={search}
      onValue={setSearch}
      options={items.map((o) => ({ id: o.id, label: o.name, detail: `${o.commune} (${o.country})` }))}
      onPick={(option) => {
        const o = items.find((x) => x.id === option.id);
        setSearch('');
        if (o) onPick({ id: o.id, name: o.name, country: o.country });
      }}
      listLabel={t('reporting.organisers.found')}
      status={t('reporting.organisers.foundCount', { n: items.length })}
    />
  );
}

function JointState({ organisers }: { organisers: Organiser[] }) {
  const { t } = useTranslation();
  const countries = countriesOf(organisers);
  return countries.length >= 2 ? (
    <span className="tag tag--state-done">{t('reporting.organisers.joint', { countries: countries.join(', ') })}</span>
  ) : (
    <span className="tag tag--state-not_started">{t('reporting.organisers.notJoint')}</span>
  );
}

/** The part of the event form where coordinators tag the event with axes and name its co-organisers. */
export function EventReportingFieldset({ state }: { state: EventReporting }) {
  const { t } = useTranslation();
  const categories = useCategories(state.slug).data ?? [];
  if (!state.enabled) return null;
  return (
    <fieldset className="fieldset card" data-testid="event-reporting">
      <legend className="card__title">{t('reporting.tags.eventLegend')}</legend>
      <p className="muted">{t(categories.length ? 'reporting.tags.eventHint' : 'reporting.tags.noCategories')}</p>
      <CategoryTicks categories={categories} chosen={state.categoryIds} onChange={state.setCategoryIds} />
      <h3 className="subhead">{t('reporting.tags.coOrganisers')}</h3>
      <p className="muted">{t('reporting.tags.coOrganisersHint')}</p>
      <p>
        <JointState organisers={state.organisers} />
      </p>
      {state.organisers.length ? (
        <ul className="items">
          {state.organisers.map((o) => (
            <li key={o.id} className="item">
              <span className="item__body">
                {o.name} <span className="muted">({o.country})</span>
              </span>
              <button type="button" className="button button--small button--ghost" onClick={() => state.setOrganisers(state.organisers.filter((x) => x.id !== o.id))}>
                {t('reporting.organisers.remove')}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <OrganisationPicker slug={state.slug} exclude={state.organisers.map((o) => o.id)} label={t('reporting.organisers.add')} onPick={(o) => state.setOrganisers([...state.organisers, o])} />
    </fieldset>
  );
}

function CategoryTags({ categories }: { categories: TaggedCategory[] }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  return (
    <ul className="tag-list" aria-label={t('categories.title')}>
      {categories.map((c) => (
        <li key={c.id} className={`tag ${c.kind === 'axis' ? 'tag--accent' : ''}`}>
          {c.kind === 'axis' ? `${t('reporting.tags.axisPrefix')} ` : ''}
          {pickTranslation(c.name, locale) || c.slug}
        </li>
      ))}
    </ul>
  );
}

/** On the event page: the axes it serves and who organised it (for the people of the network; nothing otherwise). */
export function EventTags({ slug, eventId }: { slug: string; eventId: string }) {
  const { t } = useTranslation();
  const role = useNetworkRole(slug);
  const { data } = useApi<EventAnnotations>(role.inNetwork ? `/events/${encodeURIComponent(eventId)}/organisers` : null);
  if (!data || (data.categories.length === 0 && data.organisers.length === 0)) return null;
  return (
    <div className="event-tags" data-testid="event-tags">
      {data.categories.length ? <CategoryTags categories={data.categories} /> : null}
      {data.organisers.length ? (
        <p className="muted">
          {t('reporting.tags.organisedBy', { names: data.organisers.map((o) => `${o.name} (${o.country})`).join(', ') })}
          {data.jointlyOrganised ? ` — ${t('reporting.tags.jointShort')}` : ''}
        </p>
      ) : null}
    </div>
  );
}

/** On the taskforce page: its axes, and for the coordinators the ticks to change them. */
export function TaskforceAxes({ slug, taskforceId }: { slug: string; taskforceId: string }) {
  const { t } = useTranslation();
  const role = useNetworkRole(slug);
  const current = useApi<{ categoryIds: string[]; categories: TaggedCategory[] }>(`/taskforces/${encodeURIComponent(taskforceId)}/categories`);
  const categories = useCategories(slug).data ?? [];
  const [error, setError] = useState<unknown>(null);
  if (!current.data) return null;
  if (!role.coordinates && current.data.categories.length === 0) return null;
  const save = async (ids: string[]) => {
    setError(null);
    try {
      await api.post(`/taskforces/${encodeURIComponent(taskforceId)}/categories`, { categoryIds: ids });
      current.reload();
    } catch (cause) {
      setError(cause);
    }
  };
  return (
    <Section title={t('reporting.tags.taskforceTitle')} id="taskforce-axes-title">
      {current.data.categories.length ? <CategoryTags categories={current.data.categories} /> : <p className="muted">{t('reporting.tags.none')}</p>}
      {role.coordinates ? (
        <details className="taskforce-axes__edit">
          <summary>{t('reporting.tags.change')}</summary>
          <p className="muted">{t(categories.length ? 'reporting.tags.taskforceHint' : 'reporting.tags.noCategories')}</p>
          <CategoryTicks categories={categories} chosen={current.data.categoryIds} onChange={(ids) => void save(ids)} />
        </details>
      ) : null}
      {error ? <Banner tone="error">{reportingErrorText(t, error).text}</Banner> : null}
    </Section>
  );
}
