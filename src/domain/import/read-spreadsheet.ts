import { AppError } from '../errors';
import { readCsv } from './read-csv';
import { readXlsx } from './read-xlsx';
import { assertImportSize, type Sheet, type SpreadsheetFormat } from './sheet';

/** Reads the first sheet (or the named one) of a workbook, or a CSV whatever its delimiter and encoding. */
export async function readSpreadsheet(content: Buffer, format: SpreadsheetFormat, options: { sheet?: string | null } = {}): Promise<Sheet> {
  assertImportSize(content.length);
  const sheet = format === 'csv' ? readCsv(content) : await readXlsx(content, options.sheet ?? undefined);
  if (!sheet.headings.some((h) => h !== '')) throw new AppError('validation', 'The file has no heading row', 'file');
  return sheet;
}

