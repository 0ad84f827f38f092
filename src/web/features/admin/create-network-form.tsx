import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { Locale, Network, Translated } from '../../api/types';
import { locales } from '../../i18n/i18n';
import { useSession } from '../../session/session';
import { Banner } from '../../ui/banner';
import { errorText } from '../../ui/error-text';
import type { FormError } from '../../ui/error-text';
import { TextArea, TextField } from '../../ui/fields';

const emptyDescription: Record<Locale, string> = { fr: '', de: '', en: '', nl: '' };

export function CreateNetworkForm({ onCreated }: { onCreated: () => void }) {
  const { t } = useTranslation();
  const { refresh } = useSession();
  const [slug, setSlug] = useState('');
  const [name, setName] = useState('');
  const [agency, setAgency] = useState('');
  const [description, setDescription] = useState(emptyDescription);
  const [error, setError] = useState<FormError | null>(null);
  const [created, setCreated] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setCreated(null);
    try {
      const text: Translated = {};
      for (const l of locales) if (description[l].trim()) text[l] = description[l].trim();
      const network = await api.post<Network>('/networks', { slug: slug.trim(), name, agency, description: text });
      setCreated(network.name);
      setSlug('');
      setName('');
      setAgency('');
      setDescription(emptyDescription);
      onCreated();
      await refresh();
    } catch (cause) {
      setError(errorText(t, cause));
    } finally {
      setBusy(false);
    }
  };

  const fieldError = (field: string) => (error?.field === field ? error.text : undefined);
  const descriptionError = error?.field?.startsWith('description') ? error.text : undefined;
  return (
    <form className="stack" onSubmit={submit} noValidate>
      {created ? <Banner tone="success">{t('admin.networks.created', { name: created })}</Banner> : null}
      {error && !['slug', 'name', 'agency'].includes(error.field ?? '') && !descriptionError ? <Banner tone="error">{error.text}</Banner> : null}
      <div className="form-grid">
        <TextField label={t('admin.networks.name')} required value={name} onValue={setName} error={fieldError('name')} />
        <TextField
          label={t('admin.networks.slug')}
          required
          hint={t('admin.networks.slugHint')}
          value={slug}
          onValue={(v) => setSlug(v.toLowerCase())}
          pattern="[a-z0-9][a-z0-9-]{1,62}"
          error={fieldError('slug')}
        />
        <TextField label={t('admin.networks.agency')} value={agency} onValue={setAgency} error={fieldError('agency')} />
      </div>
      <fieldset className="fieldset">
        <legend>{t('admin.networks.description')}</legend>
        {descriptionError ? <p className="field__error">{descriptionError}</p> : null}
        <div className="form-grid">
          {locales.map((l) => (
            <TextArea
              key={l}
              label={t(`language.names.${l}`)}
              lang={l}
              rows={3}
              value={description[l]}
              onValue={(v) => setDescription((d) => ({ ...d, [l]: v }))}
            />
          ))}
        </div>
      </fieldset>
      <div>
        <button type="submit" className="button button--primary" disabled={busy}>
          {t('admin.networks.submit')}
        </button>
      </div>
    </form>
  );
}
