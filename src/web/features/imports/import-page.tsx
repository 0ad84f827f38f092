import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { Link, useNavigate } from '../../router/router';
import { Banner } from '../../ui/banner';
import { errorText } from '../../ui/error-text';
import { Loading, PageHeader, Section } from '../../ui/page';
import { useApi } from '../../ui/use-api';
import { importPath, importsPath, organisationPath } from '../directory/paths';
import { reportCsv } from './import-report-csv';
import { importErrorText, reasonText } from './reason-text';
import { importFields, isBusy, outcomes } from './import-types';
import type { ImportRecord, ImportReport, Outcome } from './import-types';
import { CorrectedFile } from './corrected-file';
import { MappingEditor } from './mapping-editor';

/** Asks for the import again every second while the server works on it. */
function usePolledImport(id: string) {
  const state = useApi<ImportRecord>(`/imports/${encodeURIComponent(id)}`);
  const { data, reload } = state;
  useEffect(() => {
    if (!data || !isBusy(data.status)) return;
    const timer = window.setTimeout(reload, 800);
    return () => window.clearTimeout(timer);
  }, [data, reload]);
  return state;
}

function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** One import: progress, recognised columns (adjustable), the dry run's report, and the all-or-nothing commit. */
export function ImportPage({ slug, id }: { slug: string; id: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { data: record, error, reload } = usePolledImport(id);
  const [shown, setShown] = useState<Outcome | 'all'>('reject');
  const [commitError, setCommitError] = useState<string | null>(null);
  const [committing, setCommitting] = useState(false);
  const progressId = useId();

  const report = record?.report as ImportReport | null | undefined;
  // The reasons in the reader's language (the server's codes), for the table and the downloaded report.
  const translated = useMemo(() => (report?.rows ?? []).map((r) => ({ ...r, reasons: r.reasons.map((reason, i) => reasonText(t, r.codes?.[i], reason)) })), [report, t]);
  const rows = useMemo(() => translated.filter((r) => shown === 'all' || r.outcome === shown), [translated, shown]);
  useEffect(() => {
    // Nothing rejected: open on what will be created instead of an empty list.
    if (report?.counts && report.counts.reject === 0 && shown === 'reject') setShown('all');
  }, [report, shown]);

  if (error) return <Banner tone="error">{errorText(t, error).text}</Banner>;
  if (!record) return <Loading />;
  const counts = report?.counts;
  const rejected = counts?.reject ?? 0;
  const canCommit = record.status === 'analysed' && rejected === 0;

  const commit = async () => {
    setCommitError(null);
    setCommitting(true);
    try {
      await api.post(`/imports/${encodeURIComponent(record.id)}/commit`);
      reload();
    } catch (cause) {
      setCommitError(errorText(t, cause).text);
    } finally {
      setCommitting(false);
    }
  };
  const outcomeLabel = (o: Outcome) => t(`imports.outcomeNames.${o}`);

  return (
    <>
      <p className="breadcrumb">
        <Link to={importsPath(slug)}>← {t('imports.title')}</Link>
      </p>
      <PageHeader title={record.fileName} eyebrow={t('imports.importOf')} lead={<p className={`import-status import-status--${record.status}`}>{t(`imports.statuses.${record.status}`)}</p>} />
      {isBusy(record.status) ? (
        <div className="import-progress" role="status">
          <label htmlFor={progressId}>{t('imports.progress', { done: record.processed, total: record.total || '…' })}</label>
          <progress id={progressId} max={record.total || 1} value={record.processed} />
        </div>
      ) : null}
      {record.status === 'failed' ? <Banner tone="error">{t('imports.failed', { error: importErrorText(t, record.errorCode, record.error ?? '') })}</Banner> : null}
      {record.status === 'committed' ? <Banner tone="success">{t('imports.committed', { create: counts?.create ?? 0, update: (counts?.update ?? 0) + (counts?.merge ?? 0) })}</Banner> : null}

      {report?.columns ? (
        <Section title={t('imports.mapping')} id="mapping-title">
          <MappingEditor
            // A new analysis brings new columns: the editor starts again from them.
            key={JSON.stringify(report.columns)}
            importId={record.id}
            columns={report.columns}
            fields={importFields}
            disabled={record.status !== 'analysed' && record.status !== 'failed'}
            onReanalysed={reload}
          />
        </Section>
      ) : null}

      {counts ? (
        <Section title={t('imports.report')} id="report-title">
          <ul className="counts import-counts">
            {outcomes.map((o) => (
              <li key={o} className={`count count--${o}`}>
                <span className="count__value">{counts[o]}</span>
                <span className="count__label">{outcomeLabel(o)}</span>
              </li>
            ))}
          </ul>
          {report?.totalRows !== undefined ? (
            <p className="muted">{t('imports.geocoded', { rows: report.totalRows, geocoded: report.geocoded ?? 0, without: report.withoutCoordinates ?? 0 })}</p>
          ) : null}
          {rejected ? <Banner tone="error">{t('imports.rejectedRows', { n: rejected })}</Banner> : null}
          <div className="report-tools">
            <div className="segmented" role="group" aria-label={t('imports.showRows')}>
              {(['all', ...outcomes] as const).map((o) => (
                <button key={o} type="button" aria-pressed={shown === o} onClick={() => setShown(o)}>
                  {o === 'all' ? t('imports.allRows') : outcomeLabel(o)}
                </button>
              ))}
            </div>
            <button
              type="button"
              className="button button--ghost button--small"
              onClick={() =>
                download(
                  `${record.fileName.replace(/\.[^.]+$/, '')}-report.csv`,
                  reportCsv(translated, { row: t('imports.row'), outcome: t('imports.outcome'), name: t('orgFields.name'), reasons: t('imports.reasons') }, outcomeLabel),
                )
              }
            >
              {t('imports.downloadReport')}
            </button>
          </div>
          {rows.length ? (
            <div className="table-wrap">
              <table className="table table--stack report-table">
                <thead>
                  <tr>
                    <th scope="col">{t('imports.row')}</th>
                    <th scope="col">{t('imports.outcome')}</th>
                    <th scope="col">{t('orgFields.name')}</th>
                    <th scope="col">{t('imports.reasons')}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.slice(0, 500).map((r) => (
                    <tr key={r.row} className={r.outcome === 'reject' ? 'report-table__reject' : undefined}>
                      <td data-label={t('imports.row')} className="table__number">
                        {r.row}
                      </td>
                      <td data-label={t('imports.outcome')}>
                        <span className={`outcome outcome--${r.outcome}`}>{outcomeLabel(r.outcome)}</span>
                      </td>
                      <td data-label={t('orgFields.name')}>
                        {r.organisationId && record.status === 'committed' ? <Link to={organisationPath(slug, r.organisationId)}>{r.name}</Link> : r.name || '—'}
                      </td>
                      <td data-label={t('imports.reasons')}>
                        {r.reasons.length ? (
                          <ul className="reasons">
                            {r.reasons.map((reason, i) => (
                              <li key={i}>{reason}</li>
                            ))}
                          </ul>
                        ) : (
                          '—'
                        )}
                        {r.changes && Object.keys(r.changes).length ? (
                          <p className="muted report-table__changes">{t('imports.changedFields', { fields: Object.keys(r.changes).join(', ') })}</p>
                        ) : null}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {rows.length > 500 || report?.rowsTruncated ? <p className="muted">{t('imports.truncated')}</p> : null}
            </div>
          ) : (
            <p className="empty">{t('imports.noRows')}</p>
          )}
        </Section>
      ) : null}

      {record.status === 'analysed' || record.status === 'committing' ? (
        <Section title={t('imports.commitTitle')} id="commit-title">
          <p>{rejected ? t('imports.commitBlocked', { n: rejected }) : t('imports.commitLead')}</p>
          {commitError ? <Banner tone="error">{commitError}</Banner> : null}
          <button type="button" className="button button--primary" disabled={!canCommit || committing} onClick={() => void commit()} aria-describedby="commit-title">
            {t('imports.commit')}
          </button>
          {rejected ? (
            <div className="corrected-file">
              <CorrectedFile slug={slug} mapping={record.mapping} onUploaded={(next) => navigate(importPath(slug, next.id))} />
            </div>
          ) : null}
        </Section>
      ) : null}
    </>
  );
}
