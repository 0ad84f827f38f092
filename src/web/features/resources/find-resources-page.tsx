import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { query } from '../../api/client';
import { currentLocale } from '../../i18n/i18n';
import { pickTranslation } from '../../i18n/pick-translation';
import { Link, useLocation, useNavigate } from '../../router/router';
import { Banner } from '../../ui/banner';
import { Loading } from '../../ui/page';
import { Pagination } from '../../ui/pagination';
import { SearchBox } from '../../ui/search-box';
import { useApi } from '../../ui/use-api';
import { useDebounced } from '../../ui/use-debounced';
import { resolvePlace } from '../directory/resolve-place';
import { useNetwork } from '../networks/use-network';
import { PoolingFrame } from './pooling-frame';
import { poolingErrorText, priceText } from './resource-format';
import { photoUrl, poolingPath, resourcePath } from './resource-paths';
import { resourceKinds, type ResourceHit, type ResourcePage } from './resource-types';
import { addDays, formatRange, localDateOf } from './zoned-time';

const PAGE_SIZE = 20;
const radii = ['10', '25', '50', '100', '200'];

interface Filters {
  q: string;
  kind: string;
  place: string;
  near: string;
  km: string;
  from: string;
  to: string;
  amount: string;
  per: 'days' | 'hours';
  units: string;
  page: number;
}

function parse(search: string): Filters {
  const p = new URLSearchParams(search);
  return {
    q: p.get('q') ?? '',
    kind: p.get('kind') ?? '',
    place: p.get('place') ?? '',
    near: p.get('near') ?? '',
    km: p.get('km') ?? '50',
    from: p.get('from') ?? '',
    to: p.get('to') ?? '',
    amount: p.get('days') ?? p.get('hours') ?? '',
    per: p.get('hours') ? 'hours' : 'days',
    units: p.get('units') ?? '',
    page: Math.max(1, Number(p.get('page') ?? '1') || 1),
  };
}

function toSearch(f: Filters): string {
  return query({
    q: f.q.trim() || undefined,
    kind: f.kind || undefined,
    place: f.place || undefined,
    near: f.near || undefined,
    km: f.near ? f.km : undefined,
    from: f.from || undefined,
    to: f.to || undefined,
    [f.per]: f.amount || undefined,
    units: f.units || undefined,
    page: f.page > 1 ? f.page : undefined,
  });
}

/** Find a shared resource: words, kind, distance, and — with a duration — only those free in the period. */
export function FindResourcesPage({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const { search } = useLocation();
  const navigate = useNavigate();
  const filters = parse(search);
  const { data: network } = useNetwork(slug);
  const [text, setText] = useState(filters.q);
  const typed = useDebounced(text.trim(), 250);
  const [draft, setDraft] = useState(filters);
  const [placeError, setPlaceError] = useState('');

  const go = (next: Filters, replace = false) => navigate(poolingPath(slug, toSearch(next)), { keepScroll: true, replace });
  useEffect(() => {
    if (typed !== filters.q.trim()) go({ ...filters, q: typed, page: 1 }, true);
  }, [typed]);
  useEffect(() => setDraft(filters), [search]);

  const available = !!(filters.amount && (filters.from || filters.to));
  const apiPath = network
    ? `/resources${query({
        network: network.id,
        q: filters.q || undefined,
        kind: filters.kind || undefined,
        near: filters.near ? `${filters.near},${filters.km}` : undefined,
        from: available ? filters.from || undefined : undefined,
        to: available ? filters.to || undefined : undefined,
        days: available && filters.per === 'days' ? filters.amount : undefined,
        hours: available && filters.per === 'hours' ? filters.amount : undefined,
        units: filters.units || undefined,
        page: filters.page,
        pageSize: PAGE_SIZE,
      })}`
    : null;
  const result = useApi<ResourcePage>(apiPath);

  const apply = async (e: FormEvent) => {
    e.preventDefault();
    setPlaceError('');
    let near = '';
    if (draft.place.trim()) {
      const point = await resolvePlace(draft.place).catch(() => null);
      if (!point) {
        setPlaceError(t('resources.find.placeUnknown'));
        return;
      }
      near = `${point.lat.toFixed(4)},${point.lon.toFixed(4)}`;
    }
    go({ ...draft, q: text, near, page: 1 });
  };
  const nextMonth = () => {
    const today = localDateOf(new Date(), 'Europe/Brussels');
    const [y, m] = today.split('-').map(Number) as [number, number];
    const first = `${m === 12 ? y + 1 : y}-${String(m === 12 ? 1 : m + 1).padStart(2, '0')}-01`;
    const last = addDays(`${m >= 11 ? y + 1 : y}-${String(((m + 1) % 12) + 1).padStart(2, '0')}-01`, -1);
    setDraft({ ...draft, from: first, to: last, amount: draft.amount || '2', per: draft.amount ? draft.per : 'days' });
  };

  return (
    <PoolingFrame slug={slug} title={t('resources.find.title')} lead={<p>{t('areas.pooling.summary')}</p>}>
      <SearchBox className="directory-search" label={t('resources.find.searchLabel')} value={text} onValue={setText} placeholder={t('resources.find.placeholder')} large />
      <form className="card pooling-filters" onSubmit={apply} aria-label={t('resources.find.filters')}>
        <div className="form-grid">
          <label className="field">
            <span className="field__label">{t('resources.fields.kind')}</span>
            <select className="input" value={draft.kind} onChange={(e) => setDraft({ ...draft, kind: e.target.value })}>
              <option value="">{t('resources.find.anyKind')}</option>
              {resourceKinds.map((k) => (
                <option key={k} value={k}>
                  {t(`resources.kinds.${k}`)}
                </option>
              ))}
            </select>
          </label>
          <label className={placeError ? 'field field--invalid' : 'field'}>
            <span className="field__label">{t('resources.find.near')}</span>
            <input className="input" value={draft.place} onChange={(e) => setDraft({ ...draft, place: e.target.value })} placeholder={t('resources.find.nearPlaceholder')} aria-invalid={placeError ? true : undefined} />
            {placeError ? <span className="field__error">{placeError}</span> : null}
          </label>
          <label className="field">
            <span className="field__label">{t('resources.find.radius')}</span>
            <select className="input" value={draft.km} onChange={(e) => setDraft({ ...draft, km: e.target.value })}>
              {radii.map((r) => (
                <option key={r} value={r}>
                  {t('resources.find.km', { n: r })}
                </option>
              ))}
            </select>
          </label>
        </div>
        <fieldset className="fieldset pooling-filters__when">
          <legend>{t('resources.find.freeFor')}</legend>
          <div className="form-grid">
            <label className="field">
              <span className="field__label">{t('resources.find.duration')}</span>
              <span className="pooling-inline">
                <input className="input" type="number" min="1" step="1" inputMode="numeric" value={draft.amount} onChange={(e) => setDraft({ ...draft, amount: e.target.value })} aria-label={t('resources.find.duration')} />
                <select className="input" value={draft.per} onChange={(e) => setDraft({ ...draft, per: e.target.value === 'hours' ? 'hours' : 'days' })} aria-label={t('resources.find.durationUnit')}>
                  <option value="days">{t('resources.find.days')}</option>
                  <option value="hours">{t('resources.find.hours')}</option>
                </select>
              </span>
              <span className="field__hint">{t('resources.find.durationHint')}</span>
            </label>
            <label className="field">
              <span className="field__label">{t('resources.find.from')}</span>
              <input className="input" type="date" value={draft.from} onChange={(e) => setDraft({ ...draft, from: e.target.value })} />
            </label>
            <label className="field">
              <span className="field__label">{t('resources.find.to')}</span>
              <input className="input" type="date" value={draft.to} onChange={(e) => setDraft({ ...draft, to: e.target.value })} />
            </label>
            <label className="field">
              <span className="field__label">{t('resources.fields.units')}</span>
              <input className="input" type="number" min="1" value={draft.units} onChange={(e) => setDraft({ ...draft, units: e.target.value })} placeholder="1" />
            </label>
          </div>
          <p className="pooling-filters__actions">
            <button type="button" className="button button--ghost button--small" onClick={nextMonth}>
              {t('resources.find.nextMonth')}
            </button>
          </p>
        </fieldset>
        <div className="form-actions">
          <button type="submit" className="button button--primary">
            {t('resources.find.apply')}
          </button>
          <Link to={poolingPath(slug)} className="button button--ghost" onClick={() => setText('')}>
            {t('resources.find.reset')}
          </Link>
        </div>
      </form>
      {result.error ? <Banner tone="error">{poolingErrorText(t, result.error)}</Banner> : null}
      {result.data ? (
        <>
          <p className="organisations__count" aria-live="polite">
            {available
              ? result.data.complete
                ? t('resources.find.countFree', { n: result.data.total })
                : t('resources.find.countFreeAtLeast', { n: result.data.total })
              : t('resources.find.count', { n: result.data.total })}
          </p>
          {result.data.items.length === 0 ? (
            <p className="empty">{t('resources.find.none')}</p>
          ) : (
            <ul className={result.loading ? 'resource-list resource-list--stale' : 'resource-list'}>
              {result.data.items.map((r) => (
                <ResourceCard key={r.id} slug={slug} resource={r} locale={locale} />
              ))}
            </ul>
          )}
          <Pagination total={result.data.complete ? result.data.total : (filters.page + 1) * PAGE_SIZE} page={filters.page} pageSize={PAGE_SIZE} onPage={(page) => go({ ...filters, page })} />
        </>
      ) : result.error ? null : (
        <Loading />
      )}
    </PoolingFrame>
  );
}

function ResourceCard({ slug, resource: r, locale }: { slug: string; resource: ResourceHit; locale: ReturnType<typeof currentLocale> }) {
  const { t } = useTranslation();
  const description = pickTranslation(r.description, locale);
  return (
    <li className="resource-card">
      {r.photoId ? <img className="resource-card__photo" src={photoUrl(r.id, r.photoId)} alt="" loading="lazy" /> : <span className="resource-card__photo resource-card__photo--none" aria-hidden="true" />}
      <div className="resource-card__body">
        <p className="resource-card__head">
          <Link to={resourcePath(slug, r.id)} className="resource-card__name">
            {r.name}
          </Link>
          <span className="tag">{t(`resources.kinds.${r.kind}`)}</span>
          {r.bookingMode === 'instant' ? <span className="tag tag--accent">{t('resources.instant')}</span> : null}
          {r.status === 'archived' ? <span className="tag tag--soon">{t('resources.archived')}</span> : null}
        </p>
        <p className="resource-card__meta">
          {r.owner.name}
          {r.commune ? ` · ${r.commune}` : ''}
          {r.distanceKm !== null ? ` · ${t('resources.find.distance', { n: r.distanceKm })}` : ''}
          {' · '}
          {priceText(t, r, locale)}
          {r.units > 1 ? ` · ${t('resources.unitsCount', { n: r.units })}` : ''}
        </p>
        {description ? <p className="resource-card__description">{description}</p> : null}
        {r.characteristics.length ? (
          <ul className="word-list">
            {r.characteristics.slice(0, 4).map((c) => (
              <li key={c.key} className="tag">
                {c.key} {c.value} {c.unit}
              </li>
            ))}
          </ul>
        ) : null}
        {r.slots?.length ? (
          <div className="resource-card__slots">
            <span className="muted">{t('resources.find.firstFree')}</span>
            {r.slots.map((s) => (
              <Link key={s.start} className="button button--small button--ghost" to={resourcePath(slug, r.id, query({ start: s.start, end: s.end }))}>
                {formatRange(s.start, s.end, locale, r.timeZone)}
              </Link>
            ))}
          </div>
        ) : null}
      </div>
    </li>
  );
}
