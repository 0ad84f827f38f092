import { AppError } from '../errors';

export type SpreadsheetFormat = 'csv' | 'xlsx';

export function formatOfFileName(fileName: string): SpreadsheetFormat {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (ext === 'csv' || ext === 'txt' || ext === 'tsv') return 'csv';
  if (ext === 'xlsx') return 'xlsx';
  throw new AppError('validation', `"${fileName}" is neither a .csv nor a .xlsx file (an old .xls must be saved as .xlsx first)`, 'file');
}

/** Limits that keep one upload from exhausting the server's memory; the biggest agency files are far below. */
export const IMPORT_MAX_BYTES = 20 * 1024 * 1024;
export const IMPORT_MAX_ROWS = 200_000;

export interface SheetRow {
  /** The row number the user sees in the spreadsheet (the heading row is usually row 1). */
  number: number;
  cells: string[];
}

export interface Sheet {
  headings: string[];
  /** Data rows without the empty ones, in file order. */
  rows: SheetRow[];
  /** What was detected, for the report: delimiter and encoding of a CSV, sheet name of a workbook. */
  detected: { delimiter?: string; encoding?: string; sheet?: string };
}

export function assertImportSize(bytes: number): void {
  if (bytes > IMPORT_MAX_BYTES)
    throw new AppError('payload_too_large', `The file is ${(bytes / 1048576).toFixed(1)} MB; the limit is ${IMPORT_MAX_BYTES / 1048576} MB. Split it in several files.`, 'file');
}

export function assertRowCount(rows: number): void {
  if (rows > IMPORT_MAX_ROWS)
    throw new AppError('payload_too_large', `The file has more than ${IMPORT_MAX_ROWS.toLocaleString('en')} rows; split it in several files.`, 'file');
}

/** The first non-empty row holds the headings; the following non-empty rows are data. */
export function splitHeadings(rows: SheetRow[], detected: Sheet['detected']): Sheet {
  const isEmpty = (r: SheetRow) => r.cells.every((c) => c.trim() === '');
  const headerIndex = rows.findIndex((r) => !isEmpty(r));
  if (headerIndex < 0) throw new AppError('validation', 'The file is empty', 'file');
  const headings = rows[headerIndex]!.cells.map((c) => c.replace(/\s+/g, ' ').trim());
  const data = rows.slice(headerIndex + 1).filter((r) => !isEmpty(r));
  assertRowCount(data.length);
  return { headings, rows: data, detected };
}
