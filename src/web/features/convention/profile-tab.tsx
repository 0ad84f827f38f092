import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { currentLocale } from '../../i18n/i18n';
import { Link } from '../../router/router';
import { Banner } from '../../ui/banner';
import { errorText, type FormError } from '../../ui/error-text';
import { Checkbox, SelectField, TextArea, TextField } from '../../ui/fields';
import { Section } from '../../ui/page';
import { CodeList } from './code-list';
import { conventionApi } from './convention-paths';
import { languageName } from './convention-format';
import { participantRoles, spokenLanguages, type MySide, type ParticipantRole, type ProfileInput } from './convention-types';

const words = (text: string) =>
  text
    .split(/[,;\n]/)
    .map((w) => w.trim())
    .filter(Boolean);

/** The participant's event profile: started from their organisation's directory profile, corrected here. */
export function ProfileTab({ eventId, me, onSaved, catalogueHref }: { eventId: string; me: MySide; onSaved: () => void; catalogueHref: string }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const start: ProfileInput = me.participant ?? me.draft ?? { role: 'other', organisationId: null, presentation: '', offerCodes: [], needCodes: [], offerKeywords: [], needKeywords: [], languages: [locale] };
  const [form, setForm] = useState(start);
  const [offerWords, setOfferWords] = useState(start.offerKeywords.join(', '));
  const [needWords, setNeedWords] = useState(start.needKeywords.join(', '));
  const [error, setError] = useState<FormError | null>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof ProfileInput>(key: K, value: ProfileInput[K]) => setForm((f) => ({ ...f, [key]: value }));

  if (!me.registration || me.registration.status !== 'confirmed') return <Banner tone="info">{t('convention.registerFirstShort')}</Banner>;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setSaved(false);
    try {
      await api.post(conventionApi(eventId, '/me'), { ...form, offerKeywords: words(offerWords), needKeywords: words(needWords) });
      setSaved(true);
      onSaved();
    } catch (err) {
      setError(errorText(t, err));
    } finally {
      setBusy(false);
    }
  };
  const fieldError = (name: string) => (error?.field?.startsWith(name) ? error.text : undefined);

  return (
    <form className="stack convention-profile" onSubmit={(e) => void submit(e)} noValidate>
      {!me.participant ? <Banner tone="info">{t('convention.profile.draftNote')}</Banner> : null}
      {error && !error.field ? <Banner tone="error">{error.text}</Banner> : null}
      {saved ? (
        <Banner tone="success">
          {t('convention.profile.saved')} <Link to={catalogueHref}>{t('convention.profile.goCatalogue')}</Link>
        </Banner>
      ) : null}
      <Section title={t('convention.profile.who')} id="profile-who">
        <div className="form-grid">
          <SelectField
            label={t('convention.profile.role')}
            value={form.role}
            onValue={(v) => set('role', v as ParticipantRole)}
            options={participantRoles.map((r) => ({ value: r, label: t(`convention.roles.${r}`) }))}
            hint={t('convention.profile.roleHint')}
          />
          {me.organisations.length > 1 ? (
            <SelectField
              label={t('convention.profile.organisation')}
              value={form.organisationId ?? ''}
              onValue={(v) => set('organisationId', v || null)}
              options={me.organisations.map((o) => ({ value: o.id, label: o.name }))}
            />
          ) : null}
        </div>
        <TextArea label={t('convention.profile.presentation')} value={form.presentation} onValue={(v) => set('presentation', v)} hint={t('convention.profile.presentationHint')} maxLength={2000} rows={3} error={fieldError('presentation')} />
        <fieldset className="fieldset">
          <legend>{t('convention.profile.languages')}</legend>
          <div className="convention-languages">
            {spokenLanguages.map((l) => (
              <Checkbox
                key={l}
                label={languageName(l, locale)}
                checked={form.languages.includes(l)}
                onChecked={(on) => set('languages', on ? [...form.languages, l] : form.languages.filter((x) => x !== l))}
              />
            ))}
          </div>
        </fieldset>
      </Section>
      <div className="columns">
        <Section title={t('convention.profile.offers')} id="profile-offers">
          <CodeList label={t('convention.profile.offerCodes')} hint={t('convention.profile.codesHint')} codes={form.offerCodes} onChange={(c) => set('offerCodes', c)} />
          <TextField label={t('convention.profile.offerKeywords')} value={offerWords} onValue={setOfferWords} hint={t('convention.profile.keywordsHint')} error={fieldError('offerKeywords')} />
        </Section>
        <Section title={t('convention.profile.needs')} id="profile-needs">
          <CodeList label={t('convention.profile.needCodes')} hint={t('convention.profile.codesHint')} codes={form.needCodes} onChange={(c) => set('needCodes', c)} />
          <TextField label={t('convention.profile.needKeywords')} value={needWords} onValue={setNeedWords} hint={t('convention.profile.keywordsHint')} error={fieldError('needKeywords')} />
        </Section>
      </div>
      <p className="muted">{t('convention.profile.visibility')}</p>
      <div>
        <button type="submit" className="button button--primary" disabled={busy}>
          {me.participant ? t('convention.profile.save') : t('convention.profile.create')}
        </button>
      </div>
    </form>
  );
}
