import type { MappedColumn } from './import-fields';
import type { Changes } from './diff-organisation';
import type { ReasonCode } from './reason-codes';
import type { Sheet } from './sheet';

export type Outcome = 'create' | 'update' | 'merge' | 'unchanged' | 'reject';

export interface ReportRow {
  row: number;
  outcome: Outcome;
  name: string;
  organisationId?: string;
  /** Why it was rejected, whom it matched, and warnings. */
  reasons: string[];
  /** The same reasons as codes with their values, one per reason, for the web to word in the reader's language. */
  codes: ReasonCode[];
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

/** Only what the report shows of a planned row (not the values to write). */
function reportRow(r: ReportRow, withValues: boolean): ReportRow {
  return {
    row: r.row,
    outcome: r.outcome,
    name: r.name,
    ...(r.organisationId ? { organisationId: r.organisationId } : {}),
    reasons: r.reasons,
    codes: r.codes,
    ...(r.changes ? { changes: r.changes } : {}),
    ...(withValues && r.values ? { values: r.values } : {}),
  };
}

/**
 * The report built row by row, keeping only the rows it can show: an import of 100,000 rows does not hold 100,000
 * report rows. Rejected rows come first within REPORT_ROW_LIMIT; the listed rows are ordered by row number.
 */
export function reportBuilder() {
  const counts: Record<Outcome, number> = { create: 0, update: 0, merge: 0, unchanged: 0, reject: 0 };
  const rejected: ReportRow[] = [];
  const others: ReportRow[] = [];
  const sample: ImportReport['sample'] = { creates: [], updates: [] };
  return {
    counts,
    add(r: ReportRow) {
      counts[r.outcome]++;
      if (r.outcome === 'reject') {
        if (rejected.length < REPORT_ROW_LIMIT) rejected.push(reportRow(r, false));
      } else if (others.length < REPORT_ROW_LIMIT) others.push(reportRow(r, false));
      if (r.outcome === 'create' && sample.creates.length < SAMPLE_SIZE) sample.creates.push(reportRow(r, true));
      if ((r.outcome === 'update' || r.outcome === 'merge') && sample.updates.length < SAMPLE_SIZE) sample.updates.push(reportRow(r, true));
    },
    build(input: Omit<ImportReport, 'counts' | 'rows' | 'rowsTruncated' | 'sample' | 'committed'>): ImportReport {
      const total = Object.values(counts).reduce((a, b) => a + b, 0);
      const listed = [...rejected, ...others.slice(0, REPORT_ROW_LIMIT - rejected.length)].sort((a, b) => a.row - b.row);
      return { ...input, counts: { ...counts }, rows: listed, rowsTruncated: listed.length < total, sample, committed: false };
    },
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
