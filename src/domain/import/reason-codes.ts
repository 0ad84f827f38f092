/**
 * The import report gives each reason twice: as an English sentence (the CLI prints it as it is) and as a code with
 * its values, which the browser words in the reader's language. Both are written together where a row is judged
 * (build-candidate.ts, analyse-import.ts, find-existing-organisations.ts), so a reworded sentence cannot lose its
 * code. The row codes: tooLong, tooManyValues, itemTooLong, formula, invalidValue, sirenMismatch, nameMissing,
 * countryMissing, coordinatesPair (with row, column and field), sameAsRow, identifierConflict, alreadyImported
 * (with row), similarName, sameIdentifier, fillOnly, joinsNetwork.
 */
export interface ReasonCode {
  code: string;
  params: Record<string, string | number>;
}

interface ReportLike {
  rows?: { reasons?: string[]; codes?: ReasonCode[] }[];
}

/**
 * The report as the API gives it: each row's codes beside its reasons. A report stored before the codes were
 * written gets null for each reason (the web then shows the sentence).
 */
export function withReasonCodes<T>(report: T): T {
  const r = report as ReportLike | null;
  if (!r || !Array.isArray(r.rows)) return report;
  return { ...r, rows: r.rows.map((row) => ({ ...row, codes: row.codes ?? (row.reasons ?? []).map(() => null) })) } as T;
}

/** An import's failure (the `error` of the imports row, "message (field)") as a code, or null. */
export function codeImportError(error: string | null): ReasonCode | null {
  if (!error) return null;
  const text = error.replace(/ \((?:file|sheet|status|mapping\.[^)]*)\)$/, '');
  let m = /^(\d+) rows are rejected/.exec(text);
  if (m) return { code: 'rowsRejected', params: { n: Number(m[1]) } };
  if (text === 'The file has no heading row') return { code: 'noHeading', params: {} };
  if (text === 'The file is empty') return { code: 'emptyFile', params: {} };
  if (text === 'The file is not a readable .xlsx workbook') return { code: 'notXlsx', params: {} };
  if (text === 'The workbook has no sheet') return { code: 'noSheet', params: {} };
  m = /^No sheet named "([^]*)" \(sheets: ([^]*)\)$/.exec(text);
  if (m) return { code: 'unknownSheet', params: { sheet: m[1]!, sheets: m[2]! } };
  m = /^The mapping names "([^]*)", which is not a column of the file$/.exec(text);
  if (m) return { code: 'mappingNotColumn', params: { heading: m[1]! } };
  m = /^"([^]*)" is not a field; use one of /.exec(text);
  if (m) return { code: 'mappingNotField', params: { field: m[1]! } };
  m = /^The file is ([\d.]+) MB; the limit is (\d+) MB/.exec(text);
  if (m) return { code: 'fileTooLarge', params: { size: m[1]!, limit: Number(m[2]) } };
  m = /^The file has more than ([\d,]+) rows/.exec(text);
  if (m) return { code: 'tooManyRows', params: { limit: m[1]! } };
  m = /^row (\d+): "([^]*)" was deleted meanwhile/.exec(text);
  if (m) return { code: 'deletedMeanwhile', params: { row: Number(m[1]), name: m[2]! } };
  m = /^row (\d+): /.exec(text);
  if (m) return { code: 'unreadableRow', params: { row: Number(m[1]) } };
  return null;
}
