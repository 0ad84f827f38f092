import type { MappedColumn } from './import-fields';
import type { Changes } from './diff-organisation';
import type { Sheet } from './sheet';

export type Outcome = 'create' | 'update' | 'merge' | 'unchanged' | 'reject';

export interface ReportRow {
  row: number;
  outcome: Outcome;
  name: string;
  organisationId?: string;
  /** Why it was rejected, whom it matched, and warnings. */
  reasons: string[];
  changes?: Changes;
  /** For rows to create: the values the organisation will have. */
  values?: Record<string, unknown>;
}

export interface ImportReport {
  fileName: string;
  format: 'csv' | 'xlsx';
  detected: Sheet['detected'];
  totalRows: number;
  columns: { heading: string; field: string | null; source: MappedColumn['source'] }[];
  counts: Record<Outcome, number>;
  geocoded: number;
  withoutCoordinates: number;
  /** Every row's outcome, up to REPORT_ROW_LIMIT (rejected rows first), ordered by row number. */
  rows: ReportRow[];
  rowsTruncated: boolean;
  /** What will change: the first rows to create and to update. */
  sample: { creates: ReportRow[]; updates: ReportRow[] };
  committed: boolean;
}

export const REPORT_ROW_LIMIT = 2000;
/** Rows to create and to update shown in the report's sample. */
export const SAMPLE_SIZE = 20;

export function buildReport(input: Omit<ImportReport, 'counts' | 'rows' | 'rowsTruncated' | 'sample' | 'committed'>, rows: ReportRow[]): ImportReport {
  const counts: Record<Outcome, number> = { create: 0, update: 0, merge: 0, unchanged: 0, reject: 0 };
  for (const r of rows) counts[r.outcome]++;
  const rejected = rows.filter((r) => r.outcome === 'reject').slice(0, REPORT_ROW_LIMIT);
  const others = rows.filter((r) => r.outcome !== 'reject').slice(0, REPORT_ROW_LIMIT - rejected.length);
  const listed = [...rejected, ...others].sort((a, b) => a.row - b.row);
  return {
    ...input,
    counts,
    rows: listed.map(({ values: _values, ...r }) => r),
    rowsTruncated: listed.length < rows.length,
    sample: {
      creates: rows.filter((r) => r.outcome === 'create').slice(0, SAMPLE_SIZE),
      updates: rows.filter((r) => r.outcome === 'update' || r.outcome === 'merge').slice(0, SAMPLE_SIZE),
    },
    committed: false,
  };
}

/** The report as the CLI prints it. */
export function formatReport(report: ImportReport): string {
  const c = report.counts;
  const lines = [
    `${report.fileName}: ${report.totalRows} rows`,
    `  created: ${c.create}   updated: ${c.update}   merged: ${c.merge}   unchanged: ${c.unchanged}   rejected: ${c.reject}`,
    `  coordinates from postcodes: ${report.geocoded}   without coordinates: ${report.withoutCoordinates}`,
  ];
  const unmapped = report.columns.filter((col) => !col.field && col.heading).map((col) => `"${col.heading}"`);
  if (unmapped.length) lines.push(`  columns left out: ${unmapped.join(', ')}`);
  const label: Record<Outcome, string> = { create: 'create', update: 'update', merge: 'merge', unchanged: 'unchanged', reject: 'REJECTED' };
  for (const r of report.rows) {
    if (r.outcome === 'create' && !r.reasons.length) continue;
    if (r.outcome === 'unchanged') continue;
    const changed = r.changes ? ` [${Object.keys(r.changes).join(', ')}]` : '';
    lines.push(`  row ${r.row} ${label[r.outcome]} "${r.name}"${changed}${r.reasons.length ? `: ${r.reasons.join('; ')}` : ''}`);
  }
  if (report.rowsTruncated) lines.push(`  (only the first ${report.rows.length} rows are listed)`);
  return lines.join('\n') + '\n';
}
