import { useEffect, useState } from 'react';
import type { ChangeEvent, FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, query } from '../../api/client';
import type { Locale, OrganisationHit, Page } from '../../api/types';
import { currentLocale } from '../../i18n/i18n';
import { Link, useNavigate } from '../../router/router';
import { useSession } from '../../session/session';
import { Banner } from '../../ui/banner';
import { Loading } from '../../ui/page';
import { useApi } from '../../ui/use-api';
import { useNetwork } from '../networks/use-network';
import { PoolingFrame } from './pooling-frame';
import { poolingErrorText } from './resource-format';
import { bodyOf, emptyForm, formOf, standardWeek, timeZones, type ResourceFormState } from './resource-form-state';
import { photoUrl, resourcePath } from './resource-paths';
import { priceUnits, resourceKinds, type ResourceDetail } from './resource-types';

const languages: Locale[] = ['fr', 'de', 'en', 'nl'];
const visibilities = ['network', 'organisations', 'coordinators', 'public'] as const;

export interface MyOrganisation {
  id: string;
  name: string;
  networkIds: string[];
}

export function NewResourcePage({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const { data: network } = useNetwork(slug);
  const { data: mine } = useApi<MyOrganisation[]>('/pooling/my-organisations');
  // The organisations of this network first: publishing from Résilian's area means for a Résilian member.
  const owners = network && mine ? [...mine.filter((o) => o.networkIds.includes(network.id)), ...mine.filter((o) => !o.networkIds.includes(network.id))] : undefined;
  return (
    <PoolingFrame slug={slug} title={t('resources.form.newTitle')} lead={<p>{t('resources.form.newLead')}</p>} actions={<span />}>
      {!owners ? <Loading /> : owners[0] ? <ResourceForm slug={slug} initial={emptyForm(owners[0].id)} owners={owners} /> : <Banner tone="info">{t('resources.book.representOnly')}</Banner>}
    </PoolingFrame>
  );
}

export function EditResourcePage({ slug, id }: { slug: string; id: string }) {
  const { t } = useTranslation();
  const { data, error, reload } = useApi<ResourceDetail>(`/resources/${encodeURIComponent(id)}`);
  return (
    <PoolingFrame slug={slug} title={data ? t('resources.form.editTitle', { name: data.name }) : t('resources.edit')} actions={<span />}>
      {error ? <Banner tone="error">{poolingErrorText(t, error)}</Banner> : null}
      {data ? (
        data.canManage ? (
          <>
            <ResourceForm slug={slug} initial={formOf(data, currentLocale())} existing={data} />
            <PhotosEditor resource={data} onChanged={reload} />
            <ArchiveBox resource={data} onChanged={reload} />
          </>
        ) : (
          <Banner tone="error">{t('errors.code.forbidden')}</Banner>
        )
      ) : error ? null : (
        <Loading />
      )}
    </PoolingFrame>
  );
}

/** The publish / edit form: what it is, where, on which terms, when it opens, who sees it. */
function ResourceForm({ slug, initial, existing, owners = [] }: { slug: string; initial: ResourceFormState; existing?: ResourceDetail; owners?: MyOrganisation[] }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const navigate = useNavigate();
  const { data: network } = useNetwork(slug);
  const [f, setF] = useState(initial);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof ResourceFormState>(key: K, value: ResourceFormState[K]) => setF((prev) => ({ ...prev, [key]: value }));
  const field = error instanceof ApiError ? error.field?.split('.')[0] : undefined;
  const invalid = (name: string) => (field === name ? 'field field--invalid' : 'field');

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const body = bodyOf(f, locale, !existing, existing);
      const saved = existing
        ? await api.patch<ResourceDetail>(`/resources/${encodeURIComponent(existing.id)}`, body)
        : await api.post<ResourceDetail>('/resources', body);
      navigate(resourcePath(slug, saved.id));
    } catch (cause) {
      setError(cause);
      setBusy(false);
    }
  };
  const rule = (i: number, patch: Partial<ResourceFormState['openingRules'][number]>) =>
    set('openingRules', f.openingRules.map((r, k) => (k === i ? { ...r, ...patch } : r)));
  const dayName = (weekday: number) => new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, weekday)));

  return (
    <form className="stack resource-form" onSubmit={submit} noValidate>
      {error ? <Banner tone="error">{poolingErrorText(t, error)}</Banner> : null}
      <fieldset className="fieldset">
        <legend>{t('resources.form.what')}</legend>
        <div className="form-grid">
          {!existing && owners.length > 1 ? (
            <label className="field">
              <span className="field__label">{t('resources.form.owner')}</span>
              <select className="input" value={f.ownerOrganisationId} onChange={(e) => set('ownerOrganisationId', e.target.value)}>
                {owners.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.name}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
          <label className={invalid('name')}>
            <span className="field__label">{t('resources.fields.name')}</span>
            <input className="input" name="name" required maxLength={200} value={f.name} onChange={(e) => set('name', e.target.value)} />
          </label>
          <label className="field">
            <span className="field__label">{t('resources.fields.kind')}</span>
            <select className="input" name="kind" value={f.kind} onChange={(e) => set('kind', e.target.value as ResourceFormState['kind'])}>
              {resourceKinds.map((k) => (
                <option key={k} value={k}>
                  {t(`resources.kinds.${k}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span className="field__label">{t('resources.fields.units')}</span>
            <input className="input" type="number" min={1} max={1000} value={f.units} onChange={(e) => set('units', e.target.value)} />
            <span className="field__hint">{t('resources.form.unitsHint')}</span>
          </label>
        </div>
        {languages
          .filter((l) => l === locale)
          .map((l) => (
            <label key={l} className="field">
              <span className="field__label">{t('resources.form.descriptionIn', { language: t(`languageNames.${l}`) })}</span>
              <textarea className="input input--area" rows={3} maxLength={5000} value={f.description[l]} onChange={(e) => set('description', { ...f.description, [l]: e.target.value })} />
            </label>
          ))}
        <details className="resource-form__languages" open={languages.some((l) => l !== locale && f.description[l].trim() !== '')}>
          <summary>{t('resources.form.otherLanguages')}</summary>
          {languages
            .filter((l) => l !== locale)
            .map((l) => (
              <label key={l} className="field">
                <span className="field__label">{t('resources.form.descriptionIn', { language: t(`languageNames.${l}`) })}</span>
                <textarea className="input input--area" rows={2} maxLength={5000} value={f.description[l]} onChange={(e) => set('description', { ...f.description, [l]: e.target.value })} />
              </label>
            ))}
        </details>
        <h3 className="subhead">{t('resources.form.characteristics')}</h3>
        <p className="field__hint">{t('resources.form.characteristicsHint')}</p>
        {f.characteristics.map((c, i) => (
          <div key={i} className="pooling-inline characteristic-row">
            <input className="input" aria-label={t('resources.form.charKey')} placeholder={t('resources.form.charKey')} value={c.key} onChange={(e) => set('characteristics', f.characteristics.map((x, k) => (k === i ? { ...x, key: e.target.value } : x)))} />
            <input className="input" aria-label={t('resources.form.charValue')} placeholder={t('resources.form.charValue')} value={c.value} onChange={(e) => set('characteristics', f.characteristics.map((x, k) => (k === i ? { ...x, value: e.target.value } : x)))} />
            <input className="input input--unit" aria-label={t('resources.form.charUnit')} placeholder={t('resources.form.charUnit')} value={c.unit} onChange={(e) => set('characteristics', f.characteristics.map((x, k) => (k === i ? { ...x, unit: e.target.value } : x)))} />
            <button type="button" className="button button--ghost button--small" onClick={() => set('characteristics', f.characteristics.filter((_, k) => k !== i))}>
              {t('resources.owner.remove')}
            </button>
          </div>
        ))}
        <button type="button" className="button button--ghost button--small" onClick={() => set('characteristics', [...f.characteristics, { key: '', value: '', unit: '' }])}>
          {t('resources.form.addCharacteristic')}
        </button>
      </fieldset>

      <fieldset className="fieldset">
        <legend>{t('resources.form.where')}</legend>
        <p className="field__hint">{t('resources.form.whereHint')}</p>
        <div className="form-grid">
          <label className="field">
            <span className="field__label">{t('resources.fields.address')}</span>
            <input className="input" maxLength={500} value={f.address} onChange={(e) => set('address', e.target.value)} />
          </label>
          <label className="field">
            <span className="field__label">{t('resources.fields.postcode')}</span>
            <input className="input" maxLength={16} value={f.postcode} onChange={(e) => set('postcode', e.target.value)} />
          </label>
          <label className="field">
            <span className="field__label">{t('resources.fields.commune')}</span>
            <input className="input" maxLength={200} value={f.commune} onChange={(e) => set('commune', e.target.value)} />
          </label>
          <label className={invalid('timeZone')}>
            <span className="field__label">{t('resources.fields.timeZone')}</span>
            <select className="input" value={f.timeZone} onChange={(e) => set('timeZone', e.target.value)}>
              {!existing ? <option value="">{t('resources.form.zoneOfCountry')}</option> : null}
              {timeZones.map((z) => (
                <option key={z} value={z}>
                  {z}
                </option>
              ))}
            </select>
          </label>
        </div>
      </fieldset>

      <fieldset className="fieldset">
        <legend>{t('resources.form.termsLegend')}</legend>
        <div className="form-grid">
          <label className={invalid('priceCents')}>
            <span className="field__label">{t('resources.fields.priceAmount')}</span>
            <input className="input" inputMode="decimal" disabled={f.onRequest} value={f.price} onChange={(e) => set('price', e.target.value)} placeholder="95" />
          </label>
          <label className="field">
            <span className="field__label">{t('resources.fields.priceUnit')}</span>
            <select className="input" value={f.priceUnit} onChange={(e) => set('priceUnit', e.target.value as ResourceFormState['priceUnit'])}>
              {priceUnits.map((u) => (
                <option key={u} value={u}>
                  {t(`resources.priceUnits.${u}`)}
                </option>
              ))}
            </select>
          </label>
          <div className="checkbox pooling-checkbox">
            <input id="on-request" type="checkbox" checked={f.onRequest} onChange={(e) => set('onRequest', e.target.checked)} />
            <label htmlFor="on-request">{t('resources.price.onRequest')}</label>
          </div>
          <label className={invalid('minMinutes')}>
            <span className="field__label">{t('resources.form.minHours')}</span>
            <input className="input" inputMode="decimal" value={f.minHours} onChange={(e) => set('minHours', e.target.value)} />
          </label>
          <label className={invalid('maxMinutes')}>
            <span className="field__label">{t('resources.form.maxHours')}</span>
            <input className="input" inputMode="decimal" value={f.maxHours} onChange={(e) => set('maxHours', e.target.value)} placeholder={t('resources.noLimit')} />
          </label>
          <label className={invalid('leadMinutes')}>
            <span className="field__label">{t('resources.form.leadHours')}</span>
            <input className="input" inputMode="decimal" value={f.leadHours} onChange={(e) => set('leadHours', e.target.value)} />
          </label>
          <label className={invalid('cancelNoticeMinutes')}>
            <span className="field__label">{t('resources.form.cancelHours')}</span>
            <input className="input" inputMode="decimal" value={f.cancelHours} onChange={(e) => set('cancelHours', e.target.value)} />
            <span className="field__hint">{t('resources.form.cancelHint')}</span>
          </label>
        </div>
        <fieldset className={field === 'bookingMode' ? 'fieldset field--invalid' : 'fieldset'}>
          <legend>{t('resources.form.bookingMode')}</legend>
          {(['approval', 'instant'] as const).map((m) => (
            <div key={m} className="checkbox">
              <input id={`mode-${m}`} type="radio" name="bookingMode" checked={f.bookingMode === m} disabled={m === 'instant' && f.kind === 'staff'} onChange={() => set('bookingMode', m)} />
              <label htmlFor={`mode-${m}`}>{t(`resources.form.mode.${m}`)}</label>
            </div>
          ))}
          {f.kind === 'staff' ? <p className="field__hint">{t('resources.form.staffHint')}</p> : null}
        </fieldset>
        {(['conditions', 'insurance', 'safety'] as const).map((k) => (
          <label key={k} className="field">
            <span className="field__label">{t(`resources.fields.${k}`)}</span>
            <textarea className="input input--area" rows={2} maxLength={5000} value={f[k]} onChange={(e) => set(k, e.target.value)} />
          </label>
        ))}
      </fieldset>

      <fieldset className={field === 'openingRules' ? 'fieldset field--invalid' : 'fieldset'}>
        <legend>{t('resources.hours')}</legend>
        <p className="field__hint">{t('resources.form.hoursHint')}</p>
        {f.openingRules.map((r, i) => (
          <div key={i} className="pooling-inline rule-row">
            <select className="input" aria-label={t('resources.form.weekday')} value={r.weekday} onChange={(e) => rule(i, { weekday: Number(e.target.value) })}>
              {[1, 2, 3, 4, 5, 6, 7].map((w) => (
                <option key={w} value={w}>
                  {dayName(w)}
                </option>
              ))}
            </select>
            <input className="input" type="time" step={900} aria-label={t('resources.form.opens')} value={r.opens} onChange={(e) => rule(i, { opens: e.target.value })} />
            <input className="input" type="time" step={900} aria-label={t('resources.form.closes')} value={r.closes === '24:00' ? '23:59' : r.closes} onChange={(e) => rule(i, { closes: e.target.value === '23:59' ? '24:00' : e.target.value })} />
            <button type="button" className="button button--ghost button--small" onClick={() => set('openingRules', f.openingRules.filter((_, k) => k !== i))}>
              {t('resources.owner.remove')}
            </button>
          </div>
        ))}
        <p className="pooling-inline">
          <button type="button" className="button button--ghost button--small" onClick={() => set('openingRules', [...f.openingRules, { weekday: 6, opens: '08:00', closes: '12:00' }])}>
            {t('resources.form.addPeriod')}
          </button>
          <button type="button" className="button button--ghost button--small" onClick={() => set('openingRules', standardWeek)}>
            {t('resources.form.standardWeek')}
          </button>
          <button type="button" className="button button--ghost button--small" onClick={() => set('openingRules', [])}>
            {t('resources.form.alwaysOpen')}
          </button>
        </p>
      </fieldset>

      <fieldset className="fieldset">
        <legend>{t('resources.form.who')}</legend>
        {visibilities.map((v) => (
          <div key={v} className="checkbox">
            <input id={`vis-${v}`} type="radio" name="visibility" checked={f.visibility === v} onChange={() => set('visibility', v)} />
            <label htmlFor={`vis-${v}`}>{t(`resources.visibility.${v}`)}</label>
          </div>
        ))}
        {f.visibility === 'organisations' && network ? <SharePicker networkId={network.id} chosen={f.sharedWith} onChange={(ids) => set('sharedWith', ids)} /> : null}
      </fieldset>

      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={busy || !f.name.trim()}>
          {existing ? t('common.save') : t('resources.form.publish')}
        </button>
        <Link to={existing ? resourcePath(slug, existing.id) : `/n/${encodeURIComponent(slug)}/pooling`} className="button button--ghost">
          {t('resources.form.cancel')}
        </Link>
      </div>
    </form>
  );
}

/** Named organisations of the network a confidential resource is shown to. */
function SharePicker({ networkId, chosen, onChange }: { networkId: string; chosen: string[]; onChange: (ids: string[]) => void }) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [names, setNames] = useState<Record<string, string>>({});
  const found = useApi<Page<OrganisationHit>>(q.trim().length >= 2 ? `/organisations${query({ network: networkId, q: q.trim(), pageSize: 8 })}` : null);
  useEffect(() => {
    const missing = chosen.filter((id) => !names[id]);
    if (!missing.length) return;
    Promise.all(missing.map((id) => api.get<{ id: string; name: string }>(`/organisations/${encodeURIComponent(id)}`).catch(() => ({ id, name: id })))).then((list) =>
      setNames((prev) => ({ ...prev, ...Object.fromEntries(list.map((o) => [o.id, o.name])) })),
    );
  }, [chosen.join()]);
  return (
    <div className="share-picker">
      <ul className="word-list">
        {chosen.map((id) => (
          <li key={id} className="tag tag--accent">
            {names[id] ?? '…'}{' '}
            <button type="button" className="chip__x" aria-label={t('resources.form.unshare', { name: names[id] ?? '' })} onClick={() => onChange(chosen.filter((x) => x !== id))}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <label className="field">
        <span className="field__label">{t('resources.form.shareWith')}</span>
        <input className="input" value={q} onChange={(e) => setQ(e.target.value)} placeholder={t('resources.form.sharePlaceholder')} />
      </label>
      {found.data?.items.length ? (
        <ul className="plain-list">
          {found.data.items
            .filter((o) => !chosen.includes(o.id))
            .map((o) => (
              <li key={o.id}>
                <button
                  type="button"
                  className="button button--ghost button--small"
                  onClick={() => {
                    setNames((prev) => ({ ...prev, [o.id]: o.name }));
                    onChange([...chosen, o.id]);
                    setQ('');
                  }}
                >
                  + {o.name}
                </button>
              </li>
            ))}
        </ul>
      ) : null}
    </div>
  );
}

/** Photos of the resource: JPEG, PNG or WebP, checked by the server. */
function PhotosEditor({ resource, onChanged }: { resource: ResourceDetail; onChanged: () => void }) {
  const { t } = useTranslation();
  // The image goes as the request body itself (no multipart), with the session's CSRF header like every write.
  const csrfToken = useSession().me.csrfToken ?? '';
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const upload = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      const response = await fetch(`/api/resources/${encodeURIComponent(resource.id)}/photos${query({ caption: file.name.replace(/\.[a-z0-9]+$/i, '') })}`, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': file.type || 'application/octet-stream', 'x-csrf-token': csrfToken },
        body: file,
      });
      if (!response.ok) {
        const data = (await response.json().catch(() => null)) as { error?: { code?: string; message?: string; field?: string } } | null;
        throw new ApiError(response.status, (data?.error?.code as ApiError['code']) ?? 'validation', data?.error?.message ?? '', data?.error?.field);
      }
      onChanged();
    } catch (cause) {
      setError(cause);
    } finally {
      setBusy(false);
    }
  };
  const remove = async (photoId: string) => {
    await api.delete(`/resources/${encodeURIComponent(resource.id)}/photos/${encodeURIComponent(photoId)}`);
    onChanged();
  };
  return (
    <section className="card" aria-labelledby="photos-title">
      <h2 id="photos-title" className="card__title">
        {t('resources.form.photos')}
      </h2>
      <div className="resource__photos resource__photos--edit">
        {resource.photos.map((p) => (
          <figure key={p.id}>
            <img src={photoUrl(resource.id, p.id)} alt={p.caption || resource.name} />
            <figcaption>
              {p.caption}{' '}
              <button type="button" className="button button--ghost button--small" onClick={() => remove(p.id)}>
                {t('resources.owner.remove')}
              </button>
            </figcaption>
          </figure>
        ))}
      </div>
      <label className="field">
        <span className="field__label">{t('resources.form.addPhoto')}</span>
        <input type="file" accept="image/jpeg,image/png,image/webp" onChange={upload} disabled={busy || resource.photos.length >= 8} />
        <span className="field__hint">{t('resources.form.photoHint')}</span>
      </label>
      {error ? <Banner tone="error">{poolingErrorText(t, error)}</Banner> : null}
    </section>
  );
}

function ArchiveBox({ resource, onChanged }: { resource: ResourceDetail; onChanged: () => void }) {
  const { t } = useTranslation();
  const [message, setMessage] = useState('');
  const [error, setError] = useState<unknown>(null);
  const act = async () => {
    setError(null);
    try {
      await api.post(`/resources/${encodeURIComponent(resource.id)}/${resource.status === 'active' ? 'archive' : 'restore'}`, resource.status === 'active' ? { message } : {});
      onChanged();
    } catch (cause) {
      setError(cause);
    }
  };
  return (
    <section className="card" aria-labelledby="archive-title">
      <h2 id="archive-title" className="card__title">
        {resource.status === 'active' ? t('resources.form.archiveTitle') : t('resources.form.restoreTitle')}
      </h2>
      {resource.status === 'active' ? (
        <>
          <p className="muted">{t('resources.form.archiveHint')}</p>
          <label className="field">
            <span className="field__label">{t('resources.bookings.message')}</span>
            <input className="input" value={message} onChange={(e) => setMessage(e.target.value)} />
          </label>
        </>
      ) : null}
      {error ? <Banner tone="error">{poolingErrorText(t, error)}</Banner> : null}
      <button type="button" className={resource.status === 'active' ? 'button button--danger' : 'button button--primary'} onClick={act}>
        {resource.status === 'active' ? t('resources.form.archive') : t('resources.form.restore')}
      </button>
    </section>
  );
}
