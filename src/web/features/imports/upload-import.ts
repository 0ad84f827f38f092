import { api } from '../../api/client';
import type { ImportRecord } from './import-types';

/** Sends the spreadsheet for a dry run (the analysis runs in the background). */
export async function uploadImport(slug: string, file: File, mapping?: Record<string, string>): Promise<ImportRecord> {
  const form = new FormData();
  form.set('file', file, file.name);
  form.set('dryRun', 'true');
  if (mapping && Object.keys(mapping).length) form.set('mapping', JSON.stringify(mapping));
  return api.upload<ImportRecord>(`/networks/${encodeURIComponent(slug)}/imports`, form);
}
