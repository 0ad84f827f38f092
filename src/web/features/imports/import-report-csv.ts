import type { ReportRow } from './import-types';

const cell = (value: string) => (/[",;\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** The report's rows as a CSV the coordinator can open next to the file to fix the rejected rows. */
export function reportCsv(rows: readonly ReportRow[], headings: { row: string; outcome: string; name: string; reasons: string }, outcomeLabel: (o: ReportRow['outcome']) => string): string {
  const lines = [[headings.row, headings.outcome, headings.name, headings.reasons].map(cell).join(',')];
  for (const r of rows) lines.push([String(r.row), outcomeLabel(r.outcome), r.name, r.reasons.join(' ; ')].map(cell).join(','));
  // A byte-order mark so spreadsheet programs read the accents as UTF-8.
  return '\ufeff' + lines.join('\r\n') + '\r\n';
}
