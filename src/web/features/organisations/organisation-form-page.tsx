import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { Category, Organisation, OrganisationProfile } from '../../api/types';
import { currentLocale, locales } from '../../i18n/i18n';
import { pickTranslation } from '../../i18n/pick-translation';
import { Link, useNavigate } from '../../router/router';
import { Banner } from '../../ui/banner';
import { Checkbox, SelectField, TextArea, TextField } from '../../ui/fields';
import { Loading, PageHeader } from '../../ui/page';
import { useApi } from '../../ui/use-api';
import { countries, kinds } from '../directory/directory-filters';
import { NacePicker } from '../directory/nace-picker';
import { directoryPath, organisationPath } from '../directory/paths';
import { useCategories } from '../directory/use-categories';
import { useNaceLabels } from '../directory/use-nace-labels';
import { useNetwork } from '../networks/use-network';
import { clientErrorText, organisationErrorText } from './organisation-errors';
import { ShareWithField } from './share-with-field';
import { blankForm, changedFields, identifierFields, sizeBands, toForm, toPayload, validateForm, visibilities } from './organisation-form-state';
import type { OrganisationForm } from './organisation-form-state';

/** Edits an existing organisation. */
export function EditOrganisationPage({ slug, id }: { slug: string; id: string }) {
  const { t } = useTranslation();
  const { data, error } = useApi<OrganisationProfile>(`/organisations/${encodeURIComponent(id)}`);
  if (error) return <Banner tone="error">{organisationErrorText(t, error, []).text}</Banner>;
  if (!data) return <Loading />;
  if (!data.canEdit)
    return (
      <>
        <PageHeader title={t('organisation.editTitle', { name: data.name })} />
        <Banner tone="info">{t('organisation.cannotEdit')}</Banner>
        <p>
          <Link to={organisationPath(slug, id)}>{t('organisation.backToProfile')}</Link>
        </p>
      </>
    );
  return <OrganisationFormPage slug={slug} organisation={data} />;
}

/** Creates an organisation in the network (coordinators). */
export function NewOrganisationPage({ slug }: { slug: string }) {
  return <OrganisationFormPage slug={slug} />;
}

function OrganisationFormPage({ slug, organisation }: { slug: string; organisation?: OrganisationProfile }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const network = useNetwork(slug).data;
  const categories = useCategories(slug).data ?? [];
  const initial = organisation ? toForm(organisation) : blankForm;
  const [form, setForm] = useState<OrganisationForm>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [banner, setBanner] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const naceLabel = useNaceLabels(form.naceCodes);
  const set = <K extends keyof OrganisationForm>(key: K) => (value: OrganisationForm[K]) => setForm((f) => ({ ...f, [key]: value }));
  const err = (field: string) => errors[field];

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBanner(null);
    const found = validateForm(form);
    if (Object.keys(found).length) {
      setErrors(Object.fromEntries(Object.entries(found).map(([f, code]) => [f, clientErrorText(t, code)])));
      setBanner(t('orgErrors.fixBelow'));
      document.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      const body = toPayload(form);
      let saved: Organisation;
      if (organisation) {
        const patch = changedFields(body, toPayload(initial));
        saved = Object.keys(patch).length ? await api.patch<Organisation>(`/organisations/${encodeURIComponent(organisation.id)}`, patch) : organisation;
      } else saved = await api.post<Organisation>(`/networks/${encodeURIComponent(slug)}/organisations`, body);
      navigate(organisationPath(slug, saved.id));
    } catch (cause) {
      const found = organisationErrorText(t, cause, form.naceCodes);
      if (found.field) {
        setErrors({ [found.field]: found.text });
        setBanner(t('orgErrors.fixBelow'));
        window.setTimeout(() => document.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), 0);
      } else setBanner(found.text);
    } finally {
      setBusy(false);
    }
  };

  const title = organisation ? t('organisation.editTitle', { name: organisation.name }) : t('organisation.create');
  const cancelTo = organisation ? organisationPath(slug, organisation.id) : directoryPath(slug);
  const option = (value: string, label: string) => ({ value, label });

  return (
    <>
      <PageHeader eyebrow={network?.name} title={title} />
      <form className="org-form stack" onSubmit={(e) => void submit(e)} noValidate>
        {banner ? <Banner tone="error">{banner}</Banner> : null}
        <fieldset className="fieldset card">
          <legend className="card__title">{t('organisation.identity')}</legend>
          <div className="form-grid">
            <TextField label={t('orgFields.name')} value={form.name} onValue={set('name')} required error={err('name')} name="name" />
            <TextField label={t('orgFields.legalName')} value={form.legalName} onValue={set('legalName')} error={err('legalName')} name="legalName" />
            <SelectField label={t('orgFields.kind')} value={form.kind} onValue={set('kind')} options={kinds.map((k) => option(k, t(`organisationKinds.${k}`)))} error={err('kind')} name="kind" />
            <SelectField
              label={t('orgFields.sizeBand')}
              value={form.sizeBand}
              onValue={set('sizeBand')}
              options={[option('', t('organisation.notSaid')), ...sizeBands.map((b) => option(b, t(`sizeBands.${b}`)))]}
              error={err('sizeBand')}
              name="sizeBand"
            />
          </div>
        </fieldset>
        <fieldset className="fieldset card">
          <legend className="card__title">{t('organisation.identifiers')}</legend>
          <p className="muted">{t('organisation.identifiersHint')}</p>
          <div className="form-grid">
            {identifierFields.map((f) => (
              <TextField key={f} label={t(`orgFields.${f}`)} value={form[f]} onValue={set(f)} hint={t(`orgHints.${f}`)} error={err(f)} name={f} autoComplete="off" />
            ))}
            <TextField label={t('orgFields.deCourt')} value={form.deCourt} onValue={set('deCourt')} error={err('deCourt')} name="deCourt" />
          </div>
        </fieldset>
        <fieldset className="fieldset card">
          <legend className="card__title">{t('organisation.activities')}</legend>
          <NacePicker
            label={t('orgFields.naceCodes')}
            hint={t('nace.hint')}
            selected={form.naceCodes}
            onPick={(code) => setForm((f) => ({ ...f, naceCodes: [...f.naceCodes.filter((c) => c !== code), code] }))}
            error={err('naceCodes')}
          />
          {form.naceCodes.length ? (
            <ul className="chips__list" aria-label={t('orgFields.naceCodes')}>
              {form.naceCodes.map((c) => (
                <li key={c}>
                  <button type="button" className="chip" onClick={() => set('naceCodes')(form.naceCodes.filter((x) => x !== c))} aria-label={t('directory.removeFilter', { label: `${c} ${naceLabel(c)}` })}>
                    <span className="chip__label">
                      {c} · {naceLabel(c)}
                    </span>
                    <span className="chip__x" aria-hidden="true">
                      ×
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          ) : null}
          <div className="form-grid">
            <TextField label={t('orgFields.capabilities')} value={form.capabilities} onValue={set('capabilities')} hint={t('organisation.commaHint')} error={err('capabilities')} name="capabilities" />
            <TextField label={t('orgFields.certifications')} value={form.certifications} onValue={set('certifications')} hint={t('organisation.commaHint')} error={err('certifications')} name="certifications" />
            <TextField label={t('orgFields.tags')} value={form.tags} onValue={set('tags')} hint={t('organisation.commaHint')} error={err('tags')} name="tags" />
          </div>
          <CategoryChoice categories={categories} chosen={form.categories} onChange={set('categories')} error={err('categories')} />
        </fieldset>
        <fieldset className="fieldset card">
          <legend className="card__title">{t('organisation.description')}</legend>
          <div className="form-grid">
            {locales.map((l) => (
              <TextArea
                key={l}
                label={t('organisation.descriptionIn', { language: t(`languageNames.${l}`) })}
                lang={l}
                value={form.description[l]}
                onValue={(v) => setForm((f) => ({ ...f, description: { ...f.description, [l]: v } }))}
                error={err(`description.${l}`)}
                rows={4}
              />
            ))}
          </div>
        </fieldset>
        <fieldset className="fieldset card">
          <legend className="card__title">{t('organisation.contact')}</legend>
          <div className="form-grid">
            <TextField label={t('orgFields.address')} value={form.address} onValue={set('address')} error={err('address')} name="address" autoComplete="street-address" />
            <TextField label={t('orgFields.postcode')} value={form.postcode} onValue={set('postcode')} error={err('postcode')} name="postcode" autoComplete="postal-code" />
            <TextField label={t('orgFields.commune')} value={form.commune} onValue={set('commune')} error={err('commune')} name="commune" />
            <SelectField label={t('orgFields.country')} value={form.country} onValue={set('country')} options={countries.map((c) => option(c, t(`countries.${c}`)))} error={err('country')} name="country" />
            <TextField label={t('orgFields.latitude')} value={form.latitude} onValue={set('latitude')} inputMode="decimal" error={err('latitude')} name="latitude" />
            <TextField label={t('orgFields.longitude')} value={form.longitude} onValue={set('longitude')} inputMode="decimal" error={err('longitude')} name="longitude" />
            <TextField label={t('orgFields.website')} value={form.website} onValue={set('website')} type="url" error={err('website')} name="website" />
            <TextField label={t('orgFields.email')} value={form.email} onValue={set('email')} type="email" error={err('email')} name="email" />
            <TextField label={t('orgFields.phone')} value={form.phone} onValue={set('phone')} type="tel" error={err('phone')} name="phone" />
          </div>
        </fieldset>
        <fieldset className="fieldset card">
          <legend className="card__title">{t('organisation.visibility')}</legend>
          <SelectField
            label={t('orgFields.visibility')}
            value={form.visibility}
            onValue={set('visibility')}
            options={visibilities.map((v) => option(v, t(`visibilities.${v}`)))}
            hint={t(`visibilityHints.${form.visibility as 'public'}`)}
            error={err('visibility')}
            name="visibility"
          />
          <Checkbox label={t('orgFields.publicConsentLong')} checked={form.publicConsent} onChecked={set('publicConsent')} />
          {form.visibility === 'organisations' || form.sharedWith.length ? (
            <>
              {form.visibility !== 'organisations' ? <p className="muted">{t('organisation.sharesUnused')}</p> : null}
              <ShareWithField slug={slug} self={organisation?.id} value={form.sharedWith} onValue={set('sharedWith')} />
              {err('sharedWith') ? <p className="field__error">{err('sharedWith')}</p> : null}
            </>
          ) : null}
        </fieldset>
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={busy}>
            {organisation ? t('common.save') : t('organisation.createSubmit')}
          </button>
          <Link to={cancelTo} className="button button--ghost">
            {t('organisation.cancel')}
          </Link>
        </div>
      </form>
    </>
  );
}

/** The network's ecosystems and strategic axes, ticked for the organisation (those of its other networks are kept as they are). */
function CategoryChoice({ categories, chosen, onChange, error }: { categories: Category[]; chosen: string[]; onChange: (ids: string[]) => void; error: string | undefined }) {
  const { t } = useTranslation();
  const label = (c: Category) => pickTranslation(c.name, currentLocale()) || c.slug;
  return (
    <div className="category-choice">
      <h3 className="subhead">{t('organisation.ecosystemsAxes')}</h3>
      <p className="muted">{t(categories.length ? 'organisation.categoriesHint' : 'organisation.noCategories')}</p>
      {(['ecosystem', 'axis'] as const).map((kind) => {
        const list = categories.filter((c) => c.kind === kind);
        if (!list.length) return null;
        return (
          <fieldset key={kind} className="filter-group">
            <legend className="filter-group__legend">{t(kind === 'axis' ? 'categories.axes' : 'categories.ecosystems')}</legend>
            {list.map((c) => (
              <Checkbox key={c.id} label={label(c)} checked={chosen.includes(c.id)} onChecked={(on) => onChange(on ? [...chosen, c.id] : chosen.filter((x) => x !== c.id))} />
            ))}
          </fieldset>
        );
      })}
      {error ? <p className="field__error">{error}</p> : null}
    </div>
  );
}
