import { identifierLabels, type IdentifierScheme } from '../organisations/identifiers';

/**
 * The import report's reasons are English sentences (the CLI prints them as they are). For the web, each one is
 * also given as a code with its values, which the browser words in the reader's language. The sentences are
 * written in build-candidate.ts, analyse-import.ts and find-existing-organisations.ts; reason-codes.test.ts runs
 * the real analysis and fails when one of them no longer gets its code.
 */
export interface ReasonCode {
  code: string;
  params: Record<string, string | number>;
}

type Columns = readonly { heading: string; field: string | null }[];

const schemeField: Record<IdentifierScheme, string> = {
  'be-enterprise': 'beEnterprise',
  'fr-siren': 'frSiren',
  'fr-siret': 'frSiret',
  'lu-rcs': 'luRcs',
  'de-register': 'deRegister',
};

/** "… is not <what>": the field whose value was refused. */
const notA: Record<string, string> = {
  'a country (BE, LU, FR, DE or NL)': 'country',
  'a kind of organisation (company, SSE, association, research, training, employment, public body, agency)': 'kind',
  'a web address': 'website',
  'an e-mail address': 'email',
  'a size band (0, 1-9, 10-49, 50-249, 250-999, 1000+) or a head count': 'sizeBand',
  'a visibility (public, network, coordinators)': 'visibility',
  'yes or no': 'publicConsent',
  'a latitude': 'latitude',
  'a longitude': 'longitude',
  'a NACE Rev. 2.1 code': 'naceCodes',
  'an ecosystem of this network': 'ecosystems',
  'a strategic axis of this network': 'axes',
  ...Object.fromEntries(Object.entries(identifierLabels).map(([scheme, label]) => [`a valid ${label}`, schemeField[scheme as IdentifierScheme]])),
};

/** What matched an existing organisation (find-existing-organisations.ts) or an earlier row (analyse-import.ts). */
const matchedBy: Record<string, string> = {
  'enterprise number': 'beEnterprise',
  SIRET: 'frSiret',
  SIREN: 'frSiren',
  'RCS number': 'luRcs',
  RCS: 'luRcs',
  'register number': 'deRegister',
  register: 'deRegister',
  'name and commune': 'name',
};

function cellMessage(message: string): ReasonCode | null {
  let m = /^is (\d+) characters long; the limit is (\d+)$/.exec(message);
  if (m) return { code: 'tooLong', params: { length: Number(m[1]), limit: Number(m[2]) } };
  m = /^has (\d+) values; the limit is (\d+)$/.exec(message);
  if (m) return { code: 'tooManyValues', params: { count: Number(m[1]), limit: Number(m[2]) } };
  m = /^"([^]*)…" is longer than (\d+) characters$/.exec(message);
  if (m) return { code: 'itemTooLong', params: { value: m[1]!, limit: Number(m[2]) } };
  m = /^"([^]*)" looks like a formula; kept as plain text$/.exec(message);
  if (m) return { code: 'formula', params: { value: m[1]! } };
  m = /^"([^]*)" is not (.+)$/.exec(message);
  if (m && notA[m[2]!]) return { code: 'invalidValue', params: { value: m[1]!, field: notA[m[2]!]! } };
  m = /^(\S+) is not the SIREN of the SIRET (\S+)$/.exec(message);
  if (m) return { code: 'sirenMismatch', params: { siren: m[1]!, siret: m[2]! } };
  if (message === 'the name is missing') return { code: 'nameMissing', params: {} };
  if (message === 'the country is missing and neither an identifier nor the postcode tells it') return { code: 'countryMissing', params: {} };
  if (message === 'latitude and longitude go together: one of them is missing') return { code: 'coordinatesPair', params: {} };
  return null;
}

function matchReason(text: string): ReasonCode | null {
  let m = /^same as "([^]*)" in ([^]*) \(similar name, (\d+) %\)$/.exec(text);
  if (m) return { code: 'similarName', params: { name: m[1]!, commune: m[2]!, similarity: Number(m[3]) } };
  m = /^same (enterprise number|SIRET|SIREN|RCS number|register number) as "([^]*)"$/.exec(text);
  if (m) return { code: 'sameIdentifier', params: { by: matchedBy[m[1]!]!, name: m[2]! } };
  return null;
}

/** One reason of the report as a code, or null when it is none of the known sentences (the web shows it as is). */
export function codeReason(reason: string, columns: Columns): ReasonCode | null {
  if (reason === 'it belongs to another network: only its empty fields are filled') return { code: 'fillOnly', params: {} };
  if (reason === 'joins the network') return { code: 'joinsNetwork', params: {} };
  const matched = matchReason(reason);
  if (matched) return matched;

  const row = /^row (\d+)([:,]) ([^]*)$/.exec(reason);
  if (!row) return null;
  const rest = row[3]!;
  if (row[2] === ',') {
    // "row 3, <heading>: <message>": the heading is the file's own, and may hold ": " itself.
    const headings = [...columns.map((c) => c.heading), 'country', 'name'].filter((h) => h && rest.startsWith(`${h}: `));
    const heading = headings.sort((a, b) => b.length - a.length)[0];
    if (heading === undefined) return null;
    const coded = cellMessage(rest.slice(heading.length + 2));
    if (!coded) return null;
    const field = columns.find((c) => c.heading === heading)?.field ?? heading;
    return { code: coded.code, params: { row: Number(row[1]), column: heading, field, ...coded.params } };
  }
  let m = /^same organisation as row (\d+) \((enterprise number|SIREN|RCS|register) ([^]*)\); keep one of the two rows$/.exec(rest);
  if (m) return { code: 'sameAsRow', params: { row: Number(row[1]), other: Number(m[1]), by: matchedBy[m[2]!]!, value: m[3]! } };
  m = /^same organisation as row (\d+) \(name and commune\); keep one of the two rows$/.exec(rest);
  if (m) return { code: 'sameAsRow', params: { row: Number(row[1]), other: Number(m[1]), by: 'name', value: '' } };
  m = /^its identifiers belong to (\d+) different organisations: ([^]*)$/.exec(rest);
  if (m) {
    const names = [...m[2]!.matchAll(/"([^]*?)" \((?:enterprise number|SIRET|SIREN|RCS number|register number|name and commune)\)/g)].map((x) => `"${x[1]}"`);
    return { code: 'identifierConflict', params: { row: Number(row[1]), count: Number(m[1]), names: names.join(', ') } };
  }
  m = /^row (\d+) already imports "([^]*)" \(([^]*)\)$/.exec(rest);
  if (m) return { code: 'alreadyImported', params: { row: Number(row[1]), other: Number(m[1]), name: m[2]! } };
  return null;
}

interface ReportLike {
  columns?: Columns;
  rows?: { reasons?: string[] }[];
}

/** The report with, beside each row's reasons, their codes (null where a reason has none). */
export function withReasonCodes<T>(report: T): T {
  const r = report as ReportLike | null;
  if (!r || !Array.isArray(r.rows)) return report;
  const columns = r.columns ?? [];
  return { ...r, rows: r.rows.map((row) => ({ ...row, codes: (row.reasons ?? []).map((reason) => codeReason(reason, columns)) })) } as T;
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
