import type { Db } from '../db/client';
import { scheduleMatchDigest } from '../domain/matching/match-digest';
import { ensureActionReminders, nextActionReminderRun } from '../domain/roadmaps/action-reminders';
import { ensureExpiryReminders, nextExpiryReminderRun } from '../domain/posts/expiry-reminders';
import { queryRows } from '../db/rows';
import { ensureTidySearchJob, nextTidySearchRun } from '../domain/organisations/tidy-search-indexes';
import { sql } from 'drizzle-orm';

/**
 * The jobs that plan their own next run — the daily reminders of committee action items and of posts about to
 * expire, the weekly digest of new matches, the quarter-hourly tidying of the directory's search indexes — are made
 * sure to be planned when the worker starts, so they never depend on someone opening a page or posting first.
 * Idempotent: each keeps one pending run; the lock makes two workers starting at once agree.
 */
export async function planRecurringJobs(db: Db, baseUrl: string, now = new Date()) {
  return db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    await queryRows(t, sql`SELECT pg_advisory_xact_lock(hashtext('maillage.recurring-jobs'))`);
    const actionReminders = await ensureActionReminders(t, baseUrl, nextActionReminderRun(now));
    const expiryReminders = await ensureExpiryReminders(t, baseUrl, nextExpiryReminderRun(now));
    const before = await queryRows<{ n: number }>(t, sql`SELECT count(*)::int AS n FROM jobs WHERE name = 'matches.digest' AND status = 'queued'`);
    await scheduleMatchDigest(t, baseUrl, now);
    const tidySearch = await ensureTidySearchJob(t, nextTidySearchRun(now));
    return { actionReminders, expiryReminders, tidySearch, matchDigest: (before[0]?.n ?? 0) === 0 };
  });
}
