import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { api } from '../../api/client';
import { Banner } from '../../ui/banner';
import { errorText } from '../../ui/error-text';
import type { ImportRecord, ImportReport } from './import-types';

const fieldKeys: Record<string, string> = {
  'description.fr': 'fr',
  'description.de': 'de',
  'description.en': 'en',
  'description.nl': 'nl',
};

export function importFieldLabel(t: TFunction, field: string): string {
  const lang = fieldKeys[field];
  if (lang) return t('organisation.descriptionIn', { language: t(`languageNames.${lang as 'fr'}`) });
  if (field === 'ecosystems') return t('categories.ecosystems');
  if (field === 'axes') return t('categories.axes');
  return t(`orgFields.${field as 'name'}`);
}

/**
 * The file's headings and the field each one fills (recognised in FR/DE/EN/NL, or chosen); changing them runs the
 * dry run again on the file the server kept, with that mapping.
 */
export function MappingEditor({
  importId,
  columns,
  fields,
  disabled,
  onReanalysed,
}: {
  importId: string;
  columns: ImportReport['columns'];
  fields: readonly string[];
  disabled: boolean;
  onReanalysed: (record: ImportRecord) => void;
}) {
  const { t } = useTranslation();
  const initial = Object.fromEntries(columns.filter((c) => c.heading).map((c) => [c.heading, c.field ?? 'ignore']));
  const [mapping, setMapping] = useState<Record<string, string>>(initial);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const changed = Object.entries(mapping).some(([h, f]) => initial[h] !== f);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onReanalysed(await api.post<ImportRecord>(`/imports/${encodeURIComponent(importId)}/reanalyse`, { mapping }));
    } catch (cause) {
      setError(errorText(t, cause).text);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="stack" onSubmit={(e) => void submit(e)} noValidate>
      <p className="muted">{t('imports.mappingLead')}</p>
      <div className="table-wrap">
        <table className="table table--stack mapping-table">
          <thead>
            <tr>
              <th scope="col">{t('imports.heading')}</th>
              <th scope="col">{t('imports.field')}</th>
              <th scope="col">{t('imports.how')}</th>
            </tr>
          </thead>
          <tbody>
            {columns
              .filter((c) => c.heading)
              .map((c, i) => (
                <tr key={`${c.heading}-${i}`}>
                  <th scope="row" className="mapping-table__heading">
                    {c.heading}
                  </th>
                  <td data-label={t('imports.field')}>
                    <select
                      className="input input--compact"
                      aria-label={t('imports.fieldFor', { heading: c.heading })}
                      value={mapping[c.heading] ?? 'ignore'}
                      disabled={disabled || busy}
                      onChange={(e) => setMapping((m) => ({ ...m, [c.heading]: e.target.value }))}
                    >
                      <option value="ignore">{t('imports.ignore')}</option>
                      {fields.map((f) => (
                        <option key={f} value={f}>
                          {importFieldLabel(t, f)}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td data-label={t('imports.how')}>
                    <span className={`tag ${c.source ? 'tag--accent' : ''}`}>{t(`imports.sources.${c.source ?? 'none'}`)}</span>
                  </td>
                </tr>
              ))}
          </tbody>
        </table>
      </div>
      {error ? <Banner tone="error">{error}</Banner> : null}
      <div>
        <button type="submit" className="button button--ghost" disabled={disabled || busy || !changed}>
          {t('imports.rerun')}
        </button>
      </div>
    </form>
  );
}
