import Papa from 'papaparse';
import { AppError } from '../errors';
import { decodeText } from './decode-text';
import { splitHeadings, type Sheet, type SheetRow } from './sheet';

const candidates = [';', ',', '\t'] as const;

/** The delimiter that splits the first lines into the most, and most consistent, columns. */
export function detectDelimiter(text: string): string {
  const lines = text.split(/\r?\n/, 20).filter((l) => l.trim() !== '');
  let best: string = ',';
  let bestScore = -1;
  for (const d of candidates) {
    const counts = lines.map((l) => l.split(d).length - 1);
    const first = counts[0] ?? 0;
    if (first === 0) continue;
    // Quoted cells may hold the delimiter, so a few disagreeing lines lower the score without ruling it out.
    const agreeing = counts.filter((c) => c === first).length;
    const score = first * agreeing;
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

export function readCsv(content: Buffer): Sheet {
  const { text, encoding } = decodeText(content);
  const delimiter = detectDelimiter(text);
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
  const fatal = parsed.errors.find((e) => e.type === 'Quotes');
  if (fatal) throw new AppError('validation', `row ${(fatal.row ?? 0) + 1}: ${fatal.message}`, 'file');
  // A record is a spreadsheet row: its number is its position, whatever the line breaks inside quoted cells.
  const rows: SheetRow[] = parsed.data.map((cells, i) => ({ number: i + 1, cells: cells.map((c) => c ?? '') }));
  return splitHeadings(rows, { delimiter: delimiter === '\t' ? 'tab' : delimiter, encoding });
}
