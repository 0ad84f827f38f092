import { describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import { csvFile, xlsxFile } from './import-test-files';
import { readSpreadsheet } from './read-spreadsheet';
import { formatOfFileName } from './sheet';

describe('reading CSV files as agencies export them', () => {
  it('reads UTF-8 with a BOM and semicolons, keeping accents, skipping empty rows but not their numbers', async () => {
    const file = csvFile(
      [['Raison sociale', 'Commune', 'Code postal'], ['Société Générale d’Électricité', 'Liège', '4000'], ['', '', ''], ['Œuvres de l’Été; ASBL', 'Arlon', '6700']],
      { bom: true },
    );
    const sheet = await readSpreadsheet(file, 'csv');
    expect(sheet.headings).toEqual(['Raison sociale', 'Commune', 'Code postal']);
    expect(sheet.detected).toEqual({ delimiter: ';', encoding: 'utf-8' });
    expect(sheet.rows).toEqual([
      { number: 2, cells: ['Société Générale d’Électricité', 'Liège', '4000'] },
      { number: 4, cells: ['Œuvres de l’Été; ASBL', 'Arlon', '6700'] },
    ]);
  });

  it('falls back to Windows-1252 when the bytes are not UTF-8', async () => {
    const file = csvFile([['Dénomination', 'Capacités'], ['Fromagerie de l’Œuf – Bastogne', 'Cabine de peinture (120 €/h)']], { encoding: 'windows-1252' });
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(file)).toThrow();
    const sheet = await readSpreadsheet(file, 'csv');
    expect(sheet.detected.encoding).toBe('windows-1252');
    expect(sheet.rows[0]?.cells).toEqual(['Fromagerie de l’Œuf – Bastogne', 'Cabine de peinture (120 €/h)']);
  });

  it('detects tabs and commas, with quoted cells holding the delimiter and line breaks', async () => {
    const tab = await readSpreadsheet(csvFile([['Firmenname', 'Ort'], ['Müller GmbH', 'Saarbrücken']], { delimiter: '\t', eol: '\n' }), 'csv');
    expect(tab.detected.delimiter).toBe('tab');
    expect(tab.rows[0]?.cells).toEqual(['Müller GmbH', 'Saarbrücken']);
    const comma = await readSpreadsheet(csvFile([['Company', 'Description'], ['A, B & C', 'line one\nline two'], ['D', 'x']], { delimiter: ',' }), 'csv');
    expect(comma.detected.delimiter).toBe(',');
    expect(comma.rows.map((r) => [r.number, r.cells[0]])).toEqual([[2, 'A, B & C'], [3, 'D']]);
  });

  it('keeps hostile cells as plain text', async () => {
    const long = 'y'.repeat(100_000);
    const sheet = await readSpreadsheet(csvFile([['Name', 'Description'], ['=CMD()', '<img src=x onerror=alert(1)>'], ['@SUM(A1)', long]]), 'csv');
    expect(sheet.rows.map((r) => r.cells)).toEqual([['=CMD()', '<img src=x onerror=alert(1)>'], ['@SUM(A1)', long]]);
  });

  it('refuses files above the size and row limits, and other formats, with a clear message', async () => {
    const tooLarge = Buffer.alloc(20 * 1024 * 1024 + 1, 'a');
    await expect(readSpreadsheet(tooLarge, 'csv')).rejects.toMatchObject({ code: 'payload_too_large', field: 'file' });
    const tooLong = Buffer.from(`Name\n${'a\n'.repeat(200_001)}`);
    await expect(readSpreadsheet(tooLong, 'csv')).rejects.toThrow('The file has more than 200,000 rows; split it in several files.');
    expect(() => formatOfFileName('membres.xls')).toThrow(AppError);
    expect(formatOfFileName('Membres 2024.XLSX')).toBe('xlsx');
    await expect(readSpreadsheet(Buffer.from(''), 'csv')).rejects.toThrow('The file is empty');
  });
});

describe('reading XLSX workbooks', () => {
  it('reads the first or the named sheet: dates, numbers, rich text, formula results and links as the user sees them', async () => {
    const file = await xlsxFile([
      { name: 'Notes', rows: [['Lisez-moi']] },
      {
        name: 'Membres',
        rows: [
          [],
          ['Dénomination', 'Créée le', 'Effectif', 'Latitude', 'Site web', 'Pays'],
          [{ richText: [{ text: 'Scierie ' }, { text: 'Lambert', font: { bold: true } }] }, new Date(Date.UTC(1987, 2, 14)), 42, 49.6116, { text: 'lambert.be', hyperlink: 'https://lambert.be' }, { formula: 'UPPER("be")', result: 'BE' }],
        ],
      },
    ]);
    const first = await readSpreadsheet(file, 'xlsx');
    expect(first.detected.sheet).toBe('Notes');
    const sheet = await readSpreadsheet(file, 'xlsx', { sheet: 'Membres' });
    expect(sheet.headings).toEqual(['Dénomination', 'Créée le', 'Effectif', 'Latitude', 'Site web', 'Pays']);
    expect(sheet.rows).toEqual([{ number: 3, cells: ['Scierie Lambert', '1987-03-14', '42', '49.6116', 'lambert.be', 'BE'] }]);
    await expect(readSpreadsheet(file, 'xlsx', { sheet: 'Feuil1' })).rejects.toThrow('No sheet named "Feuil1" (sheets: "Notes", "Membres")');
    await expect(readSpreadsheet(Buffer.from('PK not really'), 'xlsx')).rejects.toThrow('The file is not a readable .xlsx workbook');
  });
});
