import type ExcelJS from 'exceljs';
import { AppError } from '../errors';
import { splitHeadings, type Sheet, type SheetRow } from './sheet';

type CellValue = ExcelJS.CellValue;

/** The text a user sees in a cell: formulas give their last result, rich text its plain text, dates ISO days. */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(15)));
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('formula' in value || 'sharedFormula' in value) return cellText((value as { result?: CellValue }).result ?? null);
    if ('hyperlink' in value) return cellText((value as { text?: CellValue }).text ?? (value as { hyperlink: string }).hyperlink);
    if ('error' in value) return '';
  }
  return String(value);
}

export async function readXlsx(content: Buffer, sheetName?: string): Promise<Sheet> {
  // Loaded on demand: exceljs is large, and only imports of workbooks need it.
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  try {
    await workbook.xlsx.load(content as unknown as ArrayBuffer);
  } catch {
    throw new AppError('validation', 'The file is not a readable .xlsx workbook', 'file');
  }
  const sheet = sheetName ? workbook.getWorksheet(sheetName) : workbook.worksheets[0];
  if (!sheet) {
    const names = workbook.worksheets.map((w) => `"${w.name}"`).join(', ');
    throw new AppError('validation', sheetName ? `No sheet named "${sheetName}" (sheets: ${names})` : 'The workbook has no sheet', 'sheet');
  }
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cells[col - 1] = cellText(cell.value);
    });
    rows.push({ number, cells: Array.from(cells, (c) => c ?? '') });
  });
  return splitHeadings(rows, { sheet: sheet.name });
}
