import { and, eq, inArray, isNotNull, notInArray, or } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client';
import { conventionMailings, conventionMeetings, conventionSettings, events, type Locale } from '../../db/schema';
import { enqueueJob } from '../../jobs/queue';
import { enqueueMails } from './batch-mail';
import { conventionLink, renderConventionMail } from './convention-mails';
import { listSlots } from './convention-settings';
import { eventTitle, loadPeople, networkSlugOf } from './people';

export const PUBLICATION_MAILS_JOB = 'convention.publication-mails';
/** Participants per background batch: composing and queueing one batch keeps the connection for a few ms. */
export const MAIL_BATCH = 50;

export const publicationMailsPayload = z.object({
  eventId: z.uuid(),
  publishedAt: z.iso.datetime(),
  template: z.enum(['schedule-published', 'schedule-changed']),
  baseUrl: z.string().min(1),
  participantIds: z.array(z.uuid()),
});
export type PublicationMails = z.infer<typeof publicationMailsPayload>;

/** Queues the e-mails of a publication as background batches (inside the publication's transaction). */
export async function queuePublicationMails(tx: Db, options: Omit<PublicationMails, 'participantIds'> & { recipients: string[] }) {
  const { recipients, ...rest } = options;
  for (let i = 0; i < recipients.length; i += MAIL_BATCH)
    await enqueueJob(tx, PUBLICATION_MAILS_JOB, { ...rest, participantIds: recipients.slice(i, i + MAIL_BATCH) } satisfies PublicationMails, { maxAttempts: 5 });
}

/**
 * One batch of a publication's e-mails: each participant's published agenda, in their language. The participants
 * mailed are recorded in the same transaction as the e-mails, so a batch run twice (a retry after a crash) mails
 * nobody twice for the same publication. Returns how many e-mails were queued.
 */
export async function sendPublicationMails(db: Db, payload: PublicationMails): Promise<{ mailed: number }> {
  const publishedAt = new Date(payload.publishedAt);
  return db.transaction(async (txRaw) => {
    const tx = txRaw as unknown as Db;
    const [event] = await tx.select().from(events).where(eq(events.id, payload.eventId));
    if (!event || !payload.participantIds.length) return { mailed: 0 };
    const claimed = await tx
      .insert(conventionMailings)
      .values(payload.participantIds.map((participantId) => ({ eventId: payload.eventId, publishedAt, participantId })))
      .onConflictDoNothing()
      .returning({ id: conventionMailings.participantId });
    const recipients = claimed.map((r) => r.id);
    if (!recipients.length) return { mailed: 0 };

    // The published agenda (what the participant sees), not seats moved since by the coordinator.
    const meetings = await tx
      .select()
      .from(conventionMeetings)
      .where(
        and(
          eq(conventionMeetings.eventId, payload.eventId),
          isNotNull(conventionMeetings.publishedSlotId),
          notInArray(conventionMeetings.status, ['unscheduled', 'cancelled']),
          or(inArray(conventionMeetings.participantA, recipients), inArray(conventionMeetings.participantB, recipients)),
        ),
      );
    const slots = new Map((await listSlots(tx, payload.eventId)).map((s) => [s.id, s]));
    const [settings] = await tx.select({ tableNames: conventionSettings.tableNames }).from(conventionSettings).where(eq(conventionSettings.eventId, payload.eventId));
    const tableName = (n: number | null) => (n ? (settings?.tableNames[n - 1] ?? String(n)) : '');
    const people = await loadPeople(tx, [...new Set(meetings.flatMap((m) => [m.participantA, m.participantB]).concat(recipients))]);
    const slug = await networkSlugOf(tx, event.networkId);
    const messages = [];
    for (const id of recipients) {
      const person = people.get(id);
      if (!person?.email) continue;
      const locale: Locale = person.locale;
      const time = new Intl.DateTimeFormat(locale, { timeZone: event.timeZone, hour: '2-digit', minute: '2-digit' });
      const mine = meetings
        .filter((m) => m.participantA === id || m.participantB === id)
        .map((m) => ({ m, slot: slots.get(m.publishedSlotId!) }))
        .filter((x) => x.slot)
        .sort((a, b) => a.slot!.startsAt.getTime() - b.slot!.startsAt.getTime());
      const lines = mine
        .map(({ m, slot }) => {
          const other = people.get(m.participantA === id ? m.participantB : m.participantA);
          return `${time.format(slot!.startsAt)}–${time.format(slot!.endsAt)} · ${tableName(m.publishedTable)} · ${other?.name ?? ''}${other?.organisation ? ` (${other.organisation})` : ''}`;
        })
        .join('\n');
      const link = conventionLink(payload.baseUrl, slug, event.id, 'agenda');
      const pdf = `${payload.baseUrl}/api/events/${event.id}/agendas/${id}.pdf`;
      messages.push({ to: person.email, ...renderConventionMail(payload.template, locale, { name: person.name, event: eventTitle(event.title, locale), count: mine.length, lines, link, pdf }) });
    }
    await enqueueMails(tx, messages);
    return { mailed: messages.length };
  });
}
