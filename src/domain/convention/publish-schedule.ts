import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { conventionMeetings, conventionSettings, type Locale } from '../../db/schema';
import { enqueueJob } from '../../jobs/queue';
import { recordAudit } from '../audit/record-audit';
import type { Actor } from '../policy/actor';
import { validatePlan } from '../scheduling/validate-plan';
import { enqueueMails } from './batch-mail';
import { buildProblem } from './build-problem';
import { loadConventionToManage, lockConvention, refuse, type EventRow } from './convention-access';
import { conventionLink, renderConventionMail } from './convention-mails';
import { FOLLOW_UP_DAYS } from './convention-model';
import { listSlots } from './convention-settings';
import { loadSnapshot, type MeetingRow } from './load-snapshot';
import { eventTitle, loadPeople, networkSlugOf } from './people';

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
 */
export async function publishSchedule({ db, actor, eventId, baseUrl }: { db: Db; actor: Actor; eventId: string; baseUrl: string }) {
  const { event } = await loadConventionToManage(db, actor, eventId);
  return db.transaction(async (txRaw) => {
    const tx = txRaw as unknown as Db;
    const settings = await lockConvention(tx, eventId);
    if (settings.scheduleStatus === 'generating') throw refuse('conflict', 'generating', 'Wait until the schedule is generated');
    const { snapshot, meetings } = await loadSnapshot(tx, eventId, settings);
    if (!meetings.some((m) => m.status === 'scheduled')) throw refuse('conflict', 'nothing_to_publish', 'No meeting is scheduled yet');
    const check = checkCurrentPlan(snapshot);
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
    const recipients = first ? withMeetings : changed;
    const notified = await mailAgendas(tx, { event, eventId, baseUrl, meetings: scheduled, recipients: [...recipients], template: first ? 'schedule-published' : 'schedule-changed' });
    if (first) {
      const runAt = new Date(event.endsAt.getTime() + FOLLOW_UP_DAYS * 86_400_000);
      await enqueueJob(tx, FOLLOW_UP_JOB, { eventId, baseUrl }, { runAt, maxAttempts: 5 });
    }
    await recordAudit(tx, actor, 'publish', 'convention', eventId, { meetings: scheduled.length, notified, first });
    return { publishedAt: publishedAt.toISOString(), meetings: scheduled.length, notified, first };
  });
}

async function mailAgendas(
  tx: Db,
  options: { event: EventRow; eventId: string; baseUrl: string; meetings: MeetingRow[]; recipients: string[]; template: 'schedule-published' | 'schedule-changed' },
) {
  const { event } = options;
  const slots = new Map((await listSlots(tx, options.eventId)).map((s) => [s.id, s]));
  const [settings] = await tx.select({ tableNames: conventionSettings.tableNames }).from(conventionSettings).where(eq(conventionSettings.eventId, options.eventId));
  const tableName = (n: number | null) => (n ? (settings?.tableNames[n - 1] ?? String(n)) : '');
  const people = await loadPeople(tx, [...new Set(options.meetings.flatMap((m) => [m.participantA, m.participantB]).concat(options.recipients))]);
  const slug = await networkSlugOf(tx, event.networkId);
  const byParticipant = new Map<string, MeetingRow[]>();
  for (const m of options.meetings)
    for (const p of [m.participantA, m.participantB]) byParticipant.set(p, [...(byParticipant.get(p) ?? []), m]);
  const messages = [];
  for (const id of options.recipients) {
    const person = people.get(id);
    if (!person?.email) continue;
    const locale: Locale = person.locale;
    const time = new Intl.DateTimeFormat(locale, { timeZone: event.timeZone, hour: '2-digit', minute: '2-digit' });
    const mine = (byParticipant.get(id) ?? [])
      .map((m) => ({ m, slot: slots.get(m.slotId!) }))
      .filter((x) => x.slot)
      .sort((a, b) => a.slot!.startsAt.getTime() - b.slot!.startsAt.getTime());
    const lines = mine
      .map(({ m, slot }) => {
        const other = people.get(m.participantA === id ? m.participantB : m.participantA);
        return `${time.format(slot!.startsAt)}–${time.format(slot!.endsAt)} · ${tableName(m.tableNumber)} · ${other?.name ?? ''}${other?.organisation ? ` (${other.organisation})` : ''}`;
      })
      .join('\n');
    const link = conventionLink(options.baseUrl, slug, event.id, 'agenda');
    const pdf = `${options.baseUrl}/api/events/${event.id}/agendas/${id}.pdf`;
    messages.push({ to: person.email, ...renderConventionMail(options.template, locale, { name: person.name, event: eventTitle(event.title, locale), count: mine.length, lines, link, pdf }) });
  }
  await enqueueMails(tx, messages);
  return messages.length;
}
