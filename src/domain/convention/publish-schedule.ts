import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { queryRows } from '../../db/rows';
import { conventionMeetings, conventionSettings } from '../../db/schema';
import { enqueueJob } from '../../jobs/queue';
import { recordAudit } from '../audit/record-audit';
import type { Actor } from '../policy/actor';
import { validatePlan } from '../scheduling/validate-plan';
import { buildProblem } from './build-problem';
import { loadConventionToManage, lockConvention, refuse } from './convention-access';
import { FOLLOW_UP_DAYS } from './convention-model';
import { loadSnapshot, type MeetingRow } from './load-snapshot';
import { loadPeople } from './people';
import { queuePublicationMails } from './publication-mails';

export const FOLLOW_UP_JOB = 'convention.follow-up';

/** The scheduled meetings as assignments, checked by the engine's independent validator against every hard rule. */
export function checkCurrentPlan(snapshot: Parameters<typeof buildProblem>[0]) {
  const { problem } = buildProblem(snapshot, { mode: 'full' });
  const inProblem = new Set(problem.meetings.map((m) => m.id));
  const assignments = snapshot.meetings
    .filter((m) => m.status === 'scheduled' && inProblem.has(m.id))
    .map((m) => ({ meeting: m.id, slot: m.slotId!, table: m.tableNumber! }));
  return validatePlan(problem, { assignments });
}

const seat = (m: Pick<MeetingRow, 'slotId' | 'tableNumber'>) => `${m.slotId ?? ''}|${m.tableNumber ?? ''}`;
const publishedSeat = (m: MeetingRow) => `${m.publishedSlotId ?? ''}|${m.publishedTable ?? ''}`;

/**
 * Publishes the schedule: participants' agendas, PDFs and calendars now show it. The first publication e-mails
 * every participant with a meeting; a later one e-mails only those whose agenda changed. The first one also
 * plans the six-month follow-up reminder.
 *
 * The transaction is kept short (the embedded engine has a single connection that the server's other requests
 * wait for): it commits the published seats and queues the e-mails as background batches of `MAIL_BATCH`
 * participants, which the worker composes afterwards (`sendPublicationMails`).
 */
export async function publishSchedule({ db, actor, eventId, baseUrl }: { db: Db; actor: Actor; eventId: string; baseUrl: string }) {
  const { event, settings: seen } = await loadConventionToManage(db, actor, eventId);
  // Read and validated before the transaction (the slow part: thousands of rows), then confirmed unchanged under
  // the convention's lock; if anything moved meanwhile, read and validated again under the lock.
  const before = await fingerprint(db, eventId);
  const early = seen.scheduleStatus === 'generating' ? undefined : await loadSnapshot(db, eventId, seen);
  const earlyCheck = early && checkCurrentPlan(early.snapshot);
  return db.transaction(async (txRaw) => {
    const tx = txRaw as unknown as Db;
    const settings = await lockConvention(tx, eventId);
    if (settings.scheduleStatus === 'generating') throw refuse('conflict', 'generating', 'Wait until the schedule is generated');
    const unchanged = early && settings.updatedAt.getTime() === seen.updatedAt.getTime() && (await fingerprint(tx, eventId)) === before;
    const { snapshot, meetings } = unchanged ? early : await loadSnapshot(tx, eventId, settings);
    if (!meetings.some((m) => m.status === 'scheduled')) throw refuse('conflict', 'nothing_to_publish', 'No meeting is scheduled yet');
    const check = unchanged && earlyCheck ? earlyCheck : checkCurrentPlan(snapshot);
    if (!check.valid) throw refuse('conflict', 'edit_breaks_rules', `The schedule breaks a rule: ${check.violations[0]}`);

    const changed = new Set<string>();
    for (const m of meetings) {
      const now = m.status === 'scheduled' ? seat(m) : '|';
      const before = m.status === 'scheduled' || m.status === 'unscheduled' || m.status === 'cancelled' ? publishedSeat(m) : now;
      if (now !== before) for (const p of [m.participantA, m.participantB]) changed.add(p);
    }
    const first = settings.publishedAt === null;
    await tx
      .update(conventionMeetings)
      .set({ publishedSlotId: sql`${conventionMeetings.slotId}`, publishedTable: sql`${conventionMeetings.tableNumber}` })
      .where(and(eq(conventionMeetings.eventId, eventId), eq(conventionMeetings.status, 'scheduled')));
    await tx
      .update(conventionMeetings)
      .set({ publishedSlotId: null, publishedTable: null })
      .where(and(eq(conventionMeetings.eventId, eventId), inArray(conventionMeetings.status, ['unscheduled', 'cancelled'])));
    const publishedAt = new Date();
    await tx.update(conventionSettings).set({ scheduleStatus: 'published', publishedAt, updatedAt: publishedAt }).where(eq(conventionSettings.eventId, eventId));

    const scheduled = meetings.filter((m) => m.status === 'scheduled');
    const withMeetings = new Set(scheduled.flatMap((m) => [m.participantA, m.participantB]));
    const people = await loadPeople(tx, [...(first ? withMeetings : changed)]);
    // Only those who can be reached: walk-ins without an e-mail and anonymised accounts get their agenda at the desk.
    const recipients = [...people.values()].filter((p) => p.email).map((p) => p.participantId).sort();
    await queuePublicationMails(tx, { eventId, publishedAt: publishedAt.toISOString(), template: first ? 'schedule-published' : 'schedule-changed', baseUrl, recipients });
    if (first) {
      const runAt = new Date(event.endsAt.getTime() + FOLLOW_UP_DAYS * 86_400_000);
      await enqueueJob(tx, FOLLOW_UP_JOB, { eventId, baseUrl }, { runAt, maxAttempts: 5 });
    }
    const notified = recipients.length;
    await recordAudit(tx, actor, 'publish', 'convention', eventId, { meetings: scheduled.length, notified, first });
    return { publishedAt: publishedAt.toISOString(), meetings: scheduled.length, notified, first };
  });
}

/**
 * A cheap summary of everything the publication reads (meetings, participants, their unavailability and
 * registrations): every change to those rows bumps a count or an `updated_at`.
 */
async function fingerprint(db: Db, eventId: string): Promise<string> {
  const [row] = await queryRows<{ f: string }>(db, sql`
    SELECT concat_ws('|',
      (SELECT count(*) || '/' || coalesce(max(updated_at)::text, '') FROM convention_meetings WHERE event_id = ${eventId}),
      (SELECT count(*) || '/' || coalesce(max(updated_at)::text, '') FROM convention_participants WHERE event_id = ${eventId}),
      (SELECT count(*) || '/' || coalesce(max(updated_at)::text, '') FROM event_registrations WHERE event_id = ${eventId}),
      (SELECT count(*) FROM convention_unavailability u JOIN convention_participants p ON p.id = u.participant_id WHERE p.event_id = ${eventId})) AS f`);
  return row?.f ?? '';
}
