import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../i18n/i18n';
import { Link, useNavigate } from '../../router/router';
import { Banner } from '../../ui/banner';
import { errorText } from '../../ui/error-text';
import { formatDateTime } from '../../ui/format';
import { Loading, PageHeader, Section } from '../../ui/page';
import { useApi } from '../../ui/use-api';
import { directoryPath, importPath } from '../directory/paths';
import { useNetwork } from '../networks/use-network';
import type { ImportRecord } from './import-types';
import { uploadImport } from './upload-import';

/** Coordinators upload the agency's spreadsheet for a dry run, and see the network's past imports. */
export function ImportsPage({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const network = useNetwork(slug).data;
  const history = useApi<ImportRecord[]>(`/networks/${encodeURIComponent(slug)}/imports`);
  const fileId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const locale = currentLocale();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!file) return setError(t('imports.chooseFile'));
    setBusy(true);
    setError(null);
    try {
      const record = await uploadImport(slug, file);
      navigate(importPath(slug, record.id));
    } catch (cause) {
      setError(errorText(t, cause).text);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <p className="breadcrumb">
        <Link to={directoryPath(slug)}>← {t('organisation.backToDirectory')}</Link>
      </p>
      <PageHeader eyebrow={network?.name} title={t('imports.title')} lead={<p>{t('imports.lead')}</p>} />
      <Section title={t('imports.upload')} id="upload-title">
        <form className="stack" onSubmit={(e) => void submit(e)} noValidate>
          <div className={error ? 'field field--invalid' : 'field'}>
            <label className="field__label" htmlFor={fileId}>
              {t('imports.file')}
            </label>
            <input
              id={fileId}
              name="file"
              type="file"
              className="input"
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              onChange={(e) => setFile(e.target.files?.[0] ?? null)}
              aria-invalid={error ? true : undefined}
              aria-describedby={`${fileId}-hint${error ? ` ${fileId}-error` : ''}`}
            />
            <p className="field__hint" id={`${fileId}-hint`}>
              {t('imports.fileHint')}
            </p>
            {error ? (
              <p className="field__error" id={`${fileId}-error`}>
                {error}
              </p>
            ) : null}
          </div>
          <div>
            <button type="submit" className="button button--primary" disabled={busy}>
              {t('imports.dryRun')}
            </button>
          </div>
        </form>
      </Section>
      <Section title={t('imports.history')} id="history-title">
        {history.error ? <Banner tone="error">{errorText(t, history.error).text}</Banner> : null}
        {!history.data && !history.error ? <Loading /> : null}
        {history.data && !history.data.length ? <p className="empty">{t('imports.none')}</p> : null}
        {history.data?.length ? (
          <div className="table-wrap">
            <table className="table table--stack">
              <thead>
                <tr>
                  <th scope="col">{t('imports.file')}</th>
                  <th scope="col">{t('imports.date')}</th>
                  <th scope="col">{t('imports.status')}</th>
                  <th scope="col">{t('imports.counts')}</th>
                </tr>
              </thead>
              <tbody>
                {history.data.map((r) => {
                  const c = r.report?.counts;
                  return (
                    <tr key={r.id}>
                      <td data-label={t('imports.file')}>
                        <Link to={importPath(slug, r.id)}>{r.fileName}</Link>
                      </td>
                      <td data-label={t('imports.date')}>{formatDateTime(r.createdAt, locale)}</td>
                      <td data-label={t('imports.status')}>
                        <span className={`import-status import-status--${r.status}`}>{t(`imports.statuses.${r.status}`)}</span>
                      </td>
                      <td data-label={t('imports.counts')}>
                        {c
                          ? [
                              t('imports.outcomes.create', { n: c.create }),
                              t('imports.outcomes.update', { n: c.update }),
                              t('imports.outcomes.merge', { n: c.merge }),
                              t('imports.outcomes.reject', { n: c.reject }),
                            ].join(' · ')
                          : '—'}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        ) : null}
      </Section>
    </>
  );
}
