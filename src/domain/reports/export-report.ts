import type { Db } from '../../db/client';
import type { Locale } from '../../db/schema';
import { assertEvidence } from '../indicators/indicator-access';
import { toPeriod, type PeriodQuery } from '../indicators/period';
import { buildReport } from './build-report';
import { renderReportPdf } from './report-pdf';
import { renderReportXlsx } from './report-xlsx';
import type { Actor } from '../policy/actor';

/** The report of a network for a period, as XLSX or PDF in the reader's language (coordinators: it names organisations). */
export async function exportReport(opts: { db: Db; actor: Actor; networkId: string; networkSlug: string; query: PeriodQuery; format: 'xlsx' | 'pdf'; locale: Locale }) {
  assertEvidence(opts.actor, opts.networkId);
  const period = toPeriod(opts.query);
  const data = await buildReport(opts.db, opts.networkId, period, opts.locale);
  const body = opts.format === 'pdf' ? await renderReportPdf(data) : await renderReportXlsx(data);
  const fileName = `maillage-${opts.networkSlug}-${period.fromDay}-${period.toDay}-${opts.locale}.${opts.format}`;
  return { body, fileName, contentType: opts.format === 'pdf' ? 'application/pdf' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' };
}
