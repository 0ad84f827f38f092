import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { Locale, Translated } from '../../api/types';
import { currentLocale, locales } from '../../i18n/i18n';
import { Link, useNavigate, useSearchParam } from '../../router/router';
import { Banner } from '../../ui/banner';
import { errorText, type FormError } from '../../ui/error-text';
import { Checkbox, SelectField, TextArea, TextField } from '../../ui/fields';
import { Loading, PageHeader } from '../../ui/page';
import { useApi } from '../../ui/use-api';
import { useNetwork } from '../networks/use-network';
import { ConceptPicker } from './concept-picker';
import { needsPath, postPath } from './post-paths';
import { contractKinds, postKinds, purchaseCriteria, trainingFormats, urgencies, type Post, type PostKind } from './post-types';
import './posts.css';

const isKind = (v: string | null): v is PostKind => !!v && (postKinds as readonly string[]).includes(v);
/** The kinds of post that offer something a pooled resource describes (a machine, a booth, staff to lend). */
const linksResource = (kind: PostKind) => kind === 'capacity_offer' || kind === 'skills_offer';

/**
 * Links a spare-capacity offer to the organisation's pooled resource, where its calendar and booking are: chosen at
 * once when the organisation has a single resource.
 */
function ResourceLink({ organisationId, value, onValue, error }: { organisationId: string; value: string | null; onValue: (id: string | null) => void; error?: string | undefined }) {
  const { t } = useTranslation();
  const list = useApi<{ items: { id: string; name: string; owner: { id: string } }[] }>('/resources?mine=true&pageSize=50');
  const own = (list.data?.items ?? []).filter((r) => r.owner.id === organisationId);
  const only = own.length === 1 ? own[0]!.id : null;
  useEffect(() => {
    if (only) onValue(only);
  }, [only, onValue]);
  if (!own.length) return null;
  return (
    <fieldset className="fieldset card">
      <legend>{t('posts.form.resource')}</legend>
      <SelectField
        label={t('posts.form.resource')}
        value={value ?? ''}
        onValue={(v) => onValue(v || null)}
        options={[{ value: '', label: t('posts.form.noResource') }, ...own.map((r) => ({ value: r.id, label: r.name }))]}
        error={error}
      />
      <p className="muted">{t('posts.form.resourceHint')}</p>
    </fieldset>
  );
}

const words = (v: string) => v.split(',').map((w) => w.trim()).filter(Boolean);

/** Publishing a need or an offer: its kind, text in one language, codes that every language reads, and details. */
export function NewPostPage({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const network = useNetwork(slug).data;
  const kindParam = useSearchParam('kind');
  // Only the organisations of this network: a post is shown in the networks of its organisation.
  const mine = useApi<{ id: string; name: string }[]>(`/networks/${encodeURIComponent(slug)}/my-organisations`);
  const [chosen, setOrganisationId] = useState('');
  const organisationId = chosen || mine.data?.[0]?.id || '';
  const [kind, setKind] = useState<PostKind>(isKind(kindParam) ? kindParam : 'capacity_offer');
  const [language, setLanguage] = useState<Locale>(currentLocale());
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [occupations, setOccupations] = useState<string[]>([]);
  const [skills, setSkills] = useState<string[]>([]);
  const [labels, setLabels] = useState<Record<string, Translated>>({});
  const [nace, setNace] = useState('');
  const [keywords, setKeywords] = useState('');
  const [visibility, setVisibility] = useState('network');
  const [startsOn, setStartsOn] = useState('');
  const [endsOn, setEndsOn] = useState('');
  const [expiresOn, setExpiresOn] = useState('');
  const [headcount, setHeadcount] = useState('1');
  const [contract, setContract] = useState('permanent');
  const [urgency, setUrgency] = useState('normal');
  const [startOn, setStartOn] = useState('');
  const [topic, setTopic] = useState('');
  const [format, setFormat] = useState('any');
  const [volume, setVolume] = useState('');
  const [deadline, setDeadline] = useState('');
  const [criteria, setCriteria] = useState<string[]>([]);
  const [resourceId, setResourceId] = useState<string | null>(null);
  const [error, setError] = useState<FormError | null>(null);
  const [busy, setBusy] = useState(false);

  const fieldError = (...fields: string[]) => (error?.field && fields.some((f) => error.field === f || error.field!.startsWith(`${f}.`)) ? error.text : undefined);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (kind === 'recruitment' && !occupations.length) {
      setError({ field: 'recruitment', text: t('posts.form.occupationRequired') });
      return;
    }
    setBusy(true);
    setError(null);
    const count = Number.parseInt(headcount, 10) || 1;
    const input = {
      organisationId,
      kind,
      ...(network ? { networkIds: [network.id] } : {}),
      title: { [language]: title },
      body: body ? { [language]: body } : {},
      occupationCodes: occupations,
      skillCodes: skills,
      naceCodes: words(nace),
      keywords: words(keywords),
      visibility,
      startsOn: startsOn || null,
      endsOn: endsOn || null,
      expiresOn: expiresOn || null,
      ...(resourceId && linksResource(kind) ? { resourceId } : {}),
      ...(kind === 'purchase_request' ? { details: { ...(volume ? { volume } : {}), ...(deadline ? { deadline } : {}), criteria } } : {}),
      ...(kind === 'recruitment' ? { recruitment: { occupationCode: occupations[0], headcount: count, contract, urgency, startOn: startOn || null } } : {}),
      ...(kind === 'training_need' ? { training: { topic: topic || title, headcount: count, format, periodStart: startsOn || null, periodEnd: endsOn || null } } : {}),
    };
    try {
      const created = await api.post<{ post: Post }>('/posts', input);
      navigate(postPath(slug, created.post.id));
    } catch (err) {
      setError(errorText(t, err));
      setBusy(false);
    }
  };

  if (!mine.data) return <Loading />;
  if (!mine.data.length)
    return (
      <>
        <PageHeader eyebrow={network?.name} title={t('posts.form.title')} />
        <Banner tone="info">{t('posts.form.noOrganisation')}</Banner>
      </>
    );
  return (
    <>
      <p className="breadcrumb">
        <Link to={needsPath(slug)}>{t('posts.detail.back')}</Link>
      </p>
      <PageHeader eyebrow={network?.name} title={t('posts.form.title')} lead={<p>{t('posts.form.lead')}</p>} />
      <form className="post-form" onSubmit={submit} noValidate>
        {error ? <Banner tone="error">{error.text}</Banner> : null}
        <fieldset className="fieldset card">
          <legend>{t('posts.form.what')}</legend>
          <div className="form-grid">
            <SelectField label={t('posts.form.organisation')} value={organisationId} onValue={setOrganisationId} options={mine.data.map((o) => ({ value: o.id, label: o.name }))} error={fieldError('organisationId')} />
            <SelectField label={t('posts.form.kind')} value={kind} onValue={(v) => setKind(v as PostKind)} options={postKinds.map((k) => ({ value: k, label: t(`posts.kinds.${k}`) }))} />
            <SelectField label={t('posts.form.language')} value={language} onValue={(v) => setLanguage(v as Locale)} options={locales.map((l) => ({ value: l, label: t(`languageNames.${l}`) }))} />
          </div>
          <TextField label={t('posts.form.postTitle')} value={title} onValue={setTitle} maxLength={200} required error={fieldError('title')} />
          <TextArea label={t('posts.form.body')} value={body} onValue={setBody} maxLength={5000} rows={5} error={fieldError('body')} />
        </fieldset>
        <fieldset className="fieldset card">
          <legend>{t('posts.form.codes')}</legend>
          <p className="muted">{t('posts.form.conceptHint')}</p>
          <ConceptPicker
            label={t('posts.form.occupations')}
            type="occupation"
            value={occupations}
            onChange={setOccupations}
            labels={labels}
            onLabels={setLabels}
            error={fieldError('occupationCodes', 'recruitment')}
          />
          <ConceptPicker label={t('posts.form.skills')} type="skill" value={skills} onChange={setSkills} labels={labels} onLabels={setLabels} error={fieldError('skillCodes')} max={30} />
          <div className="form-grid">
            <TextField label={t('posts.form.nace')} hint={t('posts.form.naceHint')} value={nace} onValue={setNace} error={fieldError('naceCodes')} />
            <TextField label={t('posts.form.keywords')} value={keywords} onValue={setKeywords} error={fieldError('keywords')} />
          </div>
        </fieldset>
        {linksResource(kind) && organisationId ? <ResourceLink key={organisationId} organisationId={organisationId} value={resourceId} onValue={setResourceId} error={fieldError('resourceId')} /> : null}
        {kind === 'recruitment' || kind === 'training_need' ? (
          <fieldset className="fieldset card">
            <legend>{t(kind === 'recruitment' ? 'posts.recruitment.title' : 'posts.training.title')}</legend>
            <div className="form-grid">
              {kind === 'training_need' ? <TextField label={t('posts.training.topic')} value={topic} onValue={setTopic} maxLength={300} error={fieldError('training')} /> : null}
              <TextField label={t('posts.recruitment.headcount')} type="number" min={1} max={10000} value={headcount} onValue={setHeadcount} error={fieldError('recruitment.headcount', 'training.headcount')} />
              {kind === 'recruitment' ? (
                <>
                  <SelectField label={t('posts.recruitment.contract')} value={contract} onValue={setContract} options={contractKinds.map((c) => ({ value: c, label: t(`posts.recruitment.contracts.${c}`) }))} />
                  <SelectField label={t('posts.recruitment.urgency')} value={urgency} onValue={setUrgency} options={urgencies.map((u) => ({ value: u, label: t(`posts.recruitment.urgencies.${u}`) }))} />
                  <TextField label={t('posts.recruitment.startOn')} type="date" value={startOn} onValue={setStartOn} />
                </>
              ) : (
                <SelectField label={t('posts.training.format')} value={format} onValue={setFormat} options={trainingFormats.map((f) => ({ value: f, label: t(`posts.training.formats.${f}`) }))} />
              )}
            </div>
            {kind === 'recruitment' ? <p className="muted">{t('posts.recruitment.routingHint')}</p> : <p className="muted">{t('posts.training.routingHint')}</p>}
          </fieldset>
        ) : null}
        {kind === 'purchase_request' ? (
          <fieldset className="fieldset card">
            <legend>{t('posts.purchase.title')}</legend>
            <div className="form-grid">
              <TextField label={t('posts.purchase.volume')} value={volume} onValue={setVolume} maxLength={200} />
              <TextField label={t('posts.purchase.deadline')} type="date" value={deadline} onValue={setDeadline} error={fieldError('details')} />
            </div>
            <p className="field__label">{t('posts.purchase.criteria')}</p>
            <div className="check-columns">
              {purchaseCriteria.map((c) => (
                <Checkbox key={c} label={t(`posts.criteria.${c}`)} checked={criteria.includes(c)} onChecked={(on) => setCriteria(on ? [...criteria, c] : criteria.filter((x) => x !== c))} />
              ))}
            </div>
          </fieldset>
        ) : null}
        <fieldset className="fieldset card">
          <legend>{t('posts.form.when')}</legend>
          <div className="form-grid">
            <TextField label={t('posts.form.startsOn')} type="date" value={startsOn} onValue={setStartsOn} error={fieldError('startsOn')} />
            <TextField label={t('posts.form.endsOn')} type="date" value={endsOn} onValue={setEndsOn} error={fieldError('endsOn')} />
            <TextField label={t('posts.form.expiresOn')} type="date" value={expiresOn} onValue={setExpiresOn} error={fieldError('expiresOn')} />
            <SelectField
              label={t('posts.form.visibility')}
              value={visibility}
              onValue={setVisibility}
              options={(['network', 'public', 'coordinators'] as const).map((v) => ({ value: v, label: t(`visibilities.${v}`) }))}
            />
          </div>
          <p className="muted">{t('posts.form.placeHint')}</p>
        </fieldset>
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={busy}>
            {t('posts.form.submit')}
          </button>
          <Link to={needsPath(slug)} className="button button--ghost">
            {t('posts.form.cancel')}
          </Link>
        </div>
      </form>
    </>
  );
}
