/** Shapes of /api/imports (see src/server/routes/imports.ts). */

export type ImportStatus = 'uploaded' | 'analysing' | 'analysed' | 'committing' | 'committed' | 'failed';
export type Outcome = 'create' | 'update' | 'merge' | 'unchanged' | 'reject';
export const outcomes: readonly Outcome[] = ['create', 'update', 'merge', 'unchanged', 'reject'];

/** A reason or an error as a code with its values, for the web to word in the reader's language. */
export interface ReasonCode {
  code: string;
  params: Record<string, string | number>;
}

export interface ReportRow {
  row: number;
  outcome: Outcome;
  name: string;
  organisationId?: string;
  /** In English, as the CLI prints them. */
  reasons: string[];
  /** The same reasons as codes (null for one without), on GET /imports/{id}. */
  codes?: (ReasonCode | null)[];
  changes?: Record<string, { from: unknown; to: unknown }>;
}

export interface ImportReport {
  fileName: string;
  format: 'csv' | 'xlsx';
  totalRows: number;
  columns: { heading: string; field: string | null; source: 'mapping' | 'recognised' | null }[];
  counts: Record<Outcome, number>;
  geocoded: number;
  withoutCoordinates: number;
  rows: ReportRow[];
  rowsTruncated: boolean;
  committed: boolean;
}

export interface ImportRecord {
  id: string;
  networkId: string;
  fileName: string;
  format: 'csv' | 'xlsx';
  sheet: string | null;
  mapping: Record<string, string>;
  status: ImportStatus;
  processed: number;
  total: number;
  /** The full report on GET /imports/{id}; only `counts` in the list. */
  report: Partial<ImportReport> | null;
  error: string | null;
  errorCode?: ReasonCode | null;
  createdAt: string;
  finishedAt: string | null;
}

/** What a column can fill (the server's importFields), and "ignore". */
export const importFields = [
  'name', 'legalName', 'kind', 'country', 'address', 'postcode', 'commune', 'latitude', 'longitude', 'naceCodes', 'website', 'email', 'phone',
  'description.fr', 'description.de', 'description.en', 'description.nl', 'tags', 'capabilities', 'certifications', 'sizeBand', 'visibility',
  'publicConsent', 'beEnterprise', 'frSiren', 'frSiret', 'luRcs', 'deRegister', 'deCourt', 'ecosystems', 'axes',
] as const;

export const isBusy = (status: ImportStatus) => status === 'uploaded' || status === 'analysing' || status === 'committing';
