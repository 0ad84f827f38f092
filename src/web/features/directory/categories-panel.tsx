import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../../api/client';
import type { Category, Locale } from '../../api/types';
import { currentLocale, locales } from '../../i18n/i18n';
import { pickTranslation } from '../../i18n/pick-translation';
import { Link } from '../../router/router';
import { Banner } from '../../ui/banner';
import { errorText } from '../../ui/error-text';
import { SelectField, TextField } from '../../ui/fields';
import { directoryPath } from './paths';
import { useCategories } from './use-categories';

const slugOf = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 63);

/** The network's ecosystems and strategic axes; coordinators add new ones (name in up to four languages). */
export function CategoriesPanel({ slug, canManage }: { slug: string; canManage: boolean }) {
  const { t } = useTranslation();
  const { data, error, reload } = useCategories(slug);
  const [kind, setKind] = useState<'ecosystem' | 'axis'>('ecosystem');
  const [names, setNames] = useState<Record<Locale, string>>({ fr: '', de: '', en: '', nl: '' });
  const [code, setCode] = useState('');
  const [formError, setFormError] = useState<{ field?: string; text: string } | null>(null);
  const [created, setCreated] = useState<string | null>(null);
  const locale = currentLocale();
  const suggested = slugOf(names[locale] || names.fr || Object.values(names).find(Boolean) || '');

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setFormError(null);
    setCreated(null);
    const name = Object.fromEntries(Object.entries(names).filter(([, v]) => v.trim()).map(([k, v]) => [k, v.trim()]));
    if (!Object.keys(name).length) return setFormError({ field: 'name', text: t('categories.nameRequired') });
    try {
      const row = await api.post<Category>(`/networks/${encodeURIComponent(slug)}/categories`, { kind, slug: code.trim() || suggested, name });
      setCreated(pickTranslation(row.name, locale));
      setNames({ fr: '', de: '', en: '', nl: '' });
      setCode('');
      reload();
    } catch (cause) {
      const found = errorText(t, cause);
      setFormError(found.field === 'slug' ? { field: 'slug', text: t(cause instanceof ApiError && cause.code === 'conflict' ? 'categories.slugTaken' : 'categories.slugFormat') } : found.field?.startsWith('name') ? { field: 'name', text: t('categories.nameRequired') } : found);
    }
  };

  const list = (k: 'ecosystem' | 'axis') => (data ?? []).filter((c) => c.kind === k);
  return (
    <div className="categories stack">
      {error ? <Banner tone="error">{errorText(t, error).text}</Banner> : null}
      <div className="columns">
        {(['ecosystem', 'axis'] as const).map((k) => (
          <div key={k}>
            <h3 className="subhead">{t(k === 'ecosystem' ? 'categories.ecosystems' : 'categories.axes')}</h3>
            {list(k).length ? (
              <ul className="category-list">
                {list(k).map((c) => (
                  <li key={c.id}>
                    <Link to={directoryPath(slug, `?${k}=${encodeURIComponent(c.slug)}`)}>{pickTranslation(c.name, locale) || c.slug}</Link>{' '}
                    <span className="code">{c.slug}</span>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="muted">{t('categories.none')}</p>
            )}
          </div>
        ))}
      </div>
      {canManage ? (
        <form className="stack categories__form" onSubmit={(e) => void submit(e)} noValidate>
          <h3 className="subhead">{t('categories.add')}</h3>
          {created ? <Banner tone="success">{t('categories.created', { name: created })}</Banner> : null}
          {formError && !formError.field ? <Banner tone="error">{formError.text}</Banner> : null}
          <div className="form-grid">
            <SelectField
              label={t('categories.kind')}
              value={kind}
              onValue={(v) => setKind(v === 'axis' ? 'axis' : 'ecosystem')}
              options={[
                { value: 'ecosystem', label: t('categories.ecosystem') },
                { value: 'axis', label: t('categories.axis') },
              ]}
            />
            <TextField
              label={t('categories.slug')}
              value={code}
              onValue={setCode}
              placeholder={suggested}
              hint={t('categories.slugHint')}
              error={formError?.field === 'slug' ? formError.text : undefined}
              autoComplete="off"
            />
            {locales.map((l) => (
              <TextField
                key={l}
                label={t('categories.nameIn', { language: t(`languageNames.${l}`) })}
                lang={l}
                value={names[l]}
                onValue={(v) => setNames((n) => ({ ...n, [l]: v }))}
                error={formError?.field === 'name' && l === 'fr' ? formError.text : undefined}
              />
            ))}
          </div>
          <div>
            <button type="submit" className="button button--primary">
              {t('categories.create')}
            </button>
          </div>
        </form>
      ) : null}
    </div>
  );
}
