import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, query } from '../../api/client';
import { totalText, type Locale, type Organisation, type Page, type Role } from '../../api/types';
import { currentLocale, isLocale, locales } from '../../i18n/i18n';
import { Banner } from '../../ui/banner';
import { errorText } from '../../ui/error-text';
import type { FormError } from '../../ui/error-text';
import { SelectField, TextField } from '../../ui/fields';
import { useApi } from '../../ui/use-api';
import { useDebounced } from '../../ui/use-debounced';

const roles: readonly Role[] = ['member', 'coordinator', 'partner', 'observer'];
const isRole = (value: string): value is Role => (roles as readonly string[]).includes(value);

/** Coordinators invite someone by e-mail; a member represents one of the network's organisations. */
export function InviteForm({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('member');
  const [organisationId, setOrganisationId] = useState('');
  const [orgSearch, setOrgSearch] = useState('');
  const [chosen, setChosen] = useState<{ value: string; label: string } | null>(null);
  const [locale, setLocale] = useState<Locale>(currentLocale());
  const [error, setError] = useState<FormError | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const search = useDebounced(orgSearch.trim());
  const orgs = useApi<Page<Organisation>>(
    role === 'member' ? `/networks/${encodeURIComponent(slug)}/organisations${query({ q: search, pageSize: 50 })}` : null,
  );

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (role === 'member' && !organisationId) return setError({ field: 'organisationId', text: t('errors.chooseOrganisation') });
    setBusy(true);
    setError(null);
    setSentTo(null);
    try {
      const body = { email, role, locale, ...(role === 'member' ? { organisationId } : {}) };
      const result = await api.post<{ email: string }>(`/networks/${encodeURIComponent(slug)}/invitations`, body);
      setSentTo(result.email);
      setEmail('');
    } catch (cause) {
      setError(errorText(t, cause));
    } finally {
      setBusy(false);
    }
  };

  const found = (orgs.data?.items ?? []).map((o) => ({ value: o.id, label: `${o.name} (${o.commune || o.country})` }));
  if (chosen && !found.some((o) => o.value === chosen.value)) found.unshift(chosen);
  const orgOptions = [{ value: '', label: t('invite.chooseOrganisation') }, ...found];
  const choose = (id: string) => {
    setOrganisationId(id);
    setChosen(found.find((o) => o.value === id) ?? null);
  };

  return (
    <form className="stack" onSubmit={submit} noValidate>
      <p className="muted">{t('invite.lead')}</p>
      {sentTo ? <Banner tone="success">{t('invite.sent', { email: sentTo })}</Banner> : null}
      {error && !['email', 'role', 'organisationId', 'locale'].includes(error.field ?? '') ? <Banner tone="error">{error.text}</Banner> : null}
      <div className="form-grid">
        <TextField
          label={t('fields.email')}
          type="email"
          required
          autoComplete="off"
          value={email}
          onValue={setEmail}
          error={error?.field === 'email' ? error.text : undefined}
        />
        <SelectField
          label={t('invite.role')}
          value={role}
          onValue={(v) => isRole(v) && setRole(v)}
          options={roles.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
          hint={t(`invite.roleHints.${role}`)}
          error={error?.field === 'role' ? error.text : undefined}
        />
      </div>
      {role === 'member' ? (
        <div className="form-grid">
          <TextField label={t('invite.findOrganisation')} type="search" autoComplete="off" value={orgSearch} onValue={setOrgSearch} />
          <SelectField
            label={t('invite.organisation')}
            value={organisationId}
            onValue={choose}
            options={orgOptions}
            required
            hint={orgs.data ? t('invite.organisationsShown', { shown: orgs.data.items.length, total: totalText(orgs.data) }) : undefined}
            error={error?.field === 'organisationId' ? error.text : undefined}
          />
        </div>
      ) : null}
      <SelectField
        label={t('invite.language')}
        value={locale}
        onValue={(v) => isLocale(v) && setLocale(v)}
        options={locales.map((l) => ({ value: l, label: t(`language.names.${l}`) }))}
        error={error?.field === 'locale' ? error.text : undefined}
      />
      <div>
        <button type="submit" className="button button--primary" disabled={busy}>
          {t('invite.submit')}
        </button>
      </div>
    </form>
  );
}
