import crypto from 'node:crypto';
import ExcelJS from 'exceljs';

/**
 * Test data for imports: valid national identifiers that no earlier run has used (the PostgreSQL test database is
 * shared and kept), and real files written the way Excel writes them.
 */
const digits = (n: number) => Array.from(crypto.randomBytes(n), (b) => String(b % 10)).join('');

function luhnCheckDigit(body: string): string {
  for (let d = 0; d <= 9; d++) {
    const s = body + d;
    let sum = 0;
    for (let i = 0; i < s.length; i++) {
      let v = Number(s[s.length - 1 - i]);
      if (i % 2 === 1) v = v * 2 > 9 ? v * 2 - 9 : v * 2;
      sum += v;
    }
    if (sum % 10 === 0) return String(d);
  }
  throw new Error('unreachable');
}

export function randomSiren(): string {
  const body = `${1 + (crypto.randomBytes(1)[0]! % 8)}${digits(7)}`;
  return body + luhnCheckDigit(body);
}

export function randomSiret(siren = randomSiren()): string {
  const body = siren + digits(4);
  return body + luhnCheckDigit(body);
}

export function randomBeEnterprise(): string {
  const first8 = `0${1 + (crypto.randomBytes(1)[0]! % 9)}${digits(6)}`;
  const check = String(97 - (Number(first8) % 97)).padStart(2, '0');
  return `${first8.slice(0, 4)}.${first8.slice(4, 7)}.${first8.slice(7)}${check}`;
}

export const randomLuRcs = () => `B${100000 + (crypto.randomBytes(3).readUIntBE(0, 3) % 899999)}`;
export const randomDeRegister = () => `HRB ${10000 + (crypto.randomBytes(3).readUIntBE(0, 3) % 89999)}`;
/** A name made of letters that share few trigrams with any other: no accidental "similar name" match. */
export const randomName = (prefix: string) => `${prefix} ${crypto.randomBytes(6).toString('hex').replace(/\d/g, (d) => 'ghijklmnop'[Number(d)]!)}`;
/** A commune of its own, so name matching in the shared database only sees this test's organisations. */
export const randomCommune = () => `Testdorf-${crypto.randomBytes(4).toString('hex')}`;

export function csvFile(rows: string[][], options: { delimiter?: string; bom?: boolean; encoding?: 'utf-8' | 'windows-1252'; eol?: string } = {}): Buffer {
  const d = options.delimiter ?? ';';
  const quote = (c: string) => (/["\n\r]/.test(c) || c.includes(d) ? `"${c.replace(/"/g, '""')}"` : c);
  const text = rows.map((r) => r.map(quote).join(d)).join(options.eol ?? '\r\n') + (options.eol ?? '\r\n');
  if (options.encoding === 'windows-1252') return windows1252(text);
  return Buffer.concat([options.bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), Buffer.from(text, 'utf8')]);
}

// The Windows-1252 characters French, German and Dutch text uses: Latin-1 plus € and œ.
function windows1252(text: string): Buffer {
  const extra: Record<string, number> = { '€': 0x80, 'œ': 0x9c, 'Œ': 0x8c, '’': 0x92, '–': 0x96 };
  return Buffer.from(Array.from(text, (ch) => extra[ch] ?? (ch.charCodeAt(0) <= 0xff ? ch.charCodeAt(0) : 0x3f)));
}

export async function xlsxFile(sheets: { name: string; rows: ExcelJS.CellValue[][] }[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = workbook.addWorksheet(s.name);
    for (const r of s.rows) ws.addRow(r);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
