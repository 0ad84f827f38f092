import { createRoute, z } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { AppError } from '../../domain/errors';
import { claimImportForCommit, createImport, getImport, importMappingSchema, listImports, type ImportRecord } from '../../domain/import/import-records';
import { reanalyseImport } from '../../domain/import/reanalyse-import';
import { codeImportError, withReasonCodes } from '../../domain/import/reason-codes';
import { IMPORT_MAX_BYTES } from '../../domain/import/sheet';
import { getNetwork } from '../../domain/networks/networks';
import { enqueueJob } from '../../jobs/queue';
import { newRouter } from '../context';
import { requireUser } from '../middleware/authenticate';
import { errorResponses, IdParam, jsonContent } from '../schemas';

export const importRoutes = newRouter();

/** Uploads are larger than the 1 MiB JSON limit of the rest of the API: app.ts lets this path through to its own. */
export const isImportUpload = (path: string) => /^\/api\/networks\/[^/]+\/imports\/?$/.test(path);
export const IMPORT_MAX_BODY_BYTES = IMPORT_MAX_BYTES + 256 * 1024;

importRoutes.use(
  '/networks/:network/imports',
  bodyLimit({
    maxSize: IMPORT_MAX_BODY_BYTES,
    onError: () => {
      throw new AppError('payload_too_large', `The file is larger than ${IMPORT_MAX_BYTES / 1048576} MB; split it in several files`, 'file');
    },
  }),
);

const NetworkParam = z.object({
  network: z.string().min(1).max(100).openapi({ param: { name: 'network', in: 'path' }, description: 'Network id or slug' }),
});

const ImportSchema = z
  .object({
    id: z.string(),
    networkId: z.string(),
    fileName: z.string(),
    format: z.enum(['csv', 'xlsx']),
    sheet: z.string().nullable(),
    mapping: z.record(z.string(), z.string()),
    status: z.enum(['uploaded', 'analysing', 'analysed', 'committing', 'committed', 'failed']),
    processed: z.number(),
    total: z.number(),
    report: z.any().describe('counts per outcome, rows with their outcome, reasons (English) and codes (the same reasons as { code, params } to word in any language, null where unknown), a sample of the changes'),
    error: z.string().nullable(),
    errorCode: z.object({ code: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])) }).nullable().describe('The error as a code to word in any language, when known'),
    createdAt: z.string(),
    finishedAt: z.string().nullable(),
  })
  .openapi('Import');

function presentImport(r: ImportRecord, withReport = true) {
  return {
    id: r.id,
    networkId: r.networkId,
    fileName: r.fileName,
    format: r.format,
    sheet: r.sheet,
    mapping: r.mapping,
    status: r.status,
    processed: r.processed,
    total: r.total,
    report: withReport ? withReasonCodes(r.report ?? null) : r.report ? { counts: (r.report as { counts?: unknown }).counts ?? null } : null,
    error: r.error,
    errorCode: codeImportError(r.error),
    createdAt: r.createdAt.toISOString(),
    finishedAt: r.finishedAt?.toISOString() ?? null,
  };
}

const UploadForm = z.object({
  file: z.any().openapi({ type: 'string', format: 'binary', description: 'The .csv or .xlsx file (at most 20 MB, 200,000 rows)' }),
  mapping: z.string().optional().openapi({ description: 'JSON object { "File heading": "field" } overriding the recognised headings' }),
  sheet: z.string().max(200).optional().openapi({ description: 'Name of the workbook sheet to read (default: the first)' }),
  dryRun: z.string().optional().openapi({ description: '"false" commits right after the analysis when no row is rejected; default "true"' }),
});

importRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/networks/{network}/imports',
    tags: ['Imports'],
    summary: 'Upload a spreadsheet of organisations (coordinators): analysed in the background, committed on request',
    request: { params: NetworkParam, body: { content: { 'multipart/form-data': { schema: UploadForm } }, required: true } },
    responses: { 202: jsonContent(ImportSchema, 'Stored; the analysis job is queued'), 413: jsonContent(z.any(), 'File too large'), ...errorResponses },
  }),
  async (c) => {
    const user = requireUser(c);
    const db = c.get('db');
    const network = await getNetwork({ db, idOrSlug: c.req.valid('param').network });
    const form = c.req.valid('form');
    const file: unknown = form.file;
    if (!(file instanceof File)) throw new AppError('validation', 'Attach the spreadsheet as the multipart field "file"', 'file');
    let mapping: Record<string, string> = {};
    if (form.mapping) {
      try {
        mapping = importMappingSchema.parse(JSON.parse(form.mapping));
      } catch {
        throw new AppError('validation', 'mapping must be a JSON object { "File heading": "field" }', 'mapping');
      }
    }
    const record = await createImport({
      db,
      actor: c.get('actor'),
      networkId: network.id,
      fileName: file.name || 'upload.csv',
      content: Buffer.from(await file.arrayBuffer()),
      mapping,
      sheet: form.sheet || null,
    });
    const commit = form.dryRun === 'false' || form.dryRun === '0';
    await enqueueJob(db, commit ? 'import.commit' : 'import.analyse', { importId: record.id, userId: user.id }, { maxAttempts: 3 });
    return c.json(presentImport(record), 202);
  },
);

importRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/networks/{network}/imports',
    tags: ['Imports'],
    summary: "The network's imports, newest first, with their counts (coordinators)",
    request: { params: NetworkParam },
    responses: { 200: jsonContent(z.array(ImportSchema), 'Imports'), ...errorResponses },
  }),
  async (c) => {
    requireUser(c);
    const db = c.get('db');
    const network = await getNetwork({ db, idOrSlug: c.req.valid('param').network });
    const rows = await listImports({ db, actor: c.get('actor'), networkId: network.id });
    return c.json(rows.map((r) => presentImport(r, false)), 200);
  },
);

importRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/imports/{id}',
    tags: ['Imports'],
    summary: 'Status, progress (processed of total rows) and report of an import',
    request: { params: IdParam },
    responses: { 200: jsonContent(ImportSchema, 'The import'), ...errorResponses },
  }),
  async (c) => {
    requireUser(c);
    return c.json(presentImport(await getImport({ db: c.get('db'), actor: c.get('actor'), id: c.req.valid('param').id })), 200);
  },
);

importRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/imports/{id}/commit',
    tags: ['Imports'],
    summary: 'Write an analysed import, all or nothing (refused while a row is rejected)',
    request: { params: IdParam },
    responses: { 202: jsonContent(ImportSchema, 'The commit job is queued'), 409: jsonContent(z.any(), 'Not analysed, rejected rows, or already committed'), ...errorResponses },
  }),
  async (c) => {
    const user = requireUser(c);
    const db = c.get('db');
    const record = await getImport({ db, actor: c.get('actor'), id: c.req.valid('param').id });
    const rejected = (record.report as { counts?: { reject?: number } } | null)?.counts?.reject ?? 0;
    if (record.status === 'analysed' && rejected > 0)
      throw new AppError('conflict', `${rejected} rows are rejected: fix them and upload the file again; nothing was written`, 'file');
    if (!(await claimImportForCommit(db, record.id)))
      throw new AppError('conflict', `The import is ${record.status}; only an analysed import can be committed`, 'status');
    await enqueueJob(db, 'import.commit', { importId: record.id, userId: user.id }, { maxAttempts: 3 });
    return c.json(presentImport({ ...record, status: 'committing', processed: 0 }), 202);
  },
);

importRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/imports/{id}/reanalyse',
    tags: ['Imports'],
    summary: 'Run the dry run again on the stored file with another column mapping (and sheet), without uploading it again',
    request: {
      params: IdParam,
      body: {
        content: {
          'application/json': {
            schema: z.object({
              mapping: importMappingSchema.describe('{ "File heading": "field" or "ignore" } for the headings to map by hand'),
              sheet: z.string().max(200).nullable().optional().describe('Workbook sheet to read; unchanged when left out'),
            }),
          },
        },
        required: true,
      },
    },
    responses: { 202: jsonContent(ImportSchema, 'The analysis job is queued; the report is replaced'), 409: jsonContent(z.any(), 'Committed or still running'), ...errorResponses },
  }),
  async (c) => {
    const user = requireUser(c);
    const { mapping, sheet } = c.req.valid('json');
    const record = await reanalyseImport({ db: c.get('db'), actor: c.get('actor'), id: c.req.valid('param').id, mapping, sheet, userId: user.id });
    return c.json(presentImport(record), 202);
  },
);
