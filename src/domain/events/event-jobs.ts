// Background work of the events module: the reminder the day before and the feedback request after the end.
// Jobs carry the time they were planned for; when the event has moved since, the job stops (a new one was queued).
import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client';
import { queryRows } from '../../db/rows';
import { auditLog, eventRegistrations, events, type Locale } from '../../db/schema';
import { sendEventMail } from './event-mail';
import { networkOfEvent } from './event-network';
import { registrantsOf } from './notify-registrants';

export const reminderPayload = z.object({ eventId: z.uuid(), startsAt: z.iso.datetime(), baseUrl: z.string().url() });
export const followUpPayload = z.object({ eventId: z.uuid(), endsAt: z.iso.datetime(), baseUrl: z.string().url() });

/** Reminds every confirmed person not reminded for this date yet; the marks are written with the mails. */
export async function sendEventReminders(db: Db, payload: z.infer<typeof reminderPayload>) {
  return db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    const [event] = await t.select().from(events).where(eq(events.id, payload.eventId)).for('update');
    if (!event || event.status !== 'published') return { sent: 0, skipped: 'not published' };
    if (event.startsAt.toISOString() !== new Date(payload.startsAt).toISOString()) return { sent: 0, skipped: 'moved' };
    if (event.startsAt.getTime() <= Date.now()) return { sent: 0, skipped: 'started' };
    const due = await queryRows<{ id: string }>(
      t,
      sql`SELECT id FROM event_registrations
          WHERE event_id = ${event.id} AND status = 'confirmed'
            AND (reminder_sent_at IS NULL OR reminder_sent_at < ${event.startsAt}::timestamptz - interval '36 hours')
          FOR UPDATE`,
    );
    if (due.length === 0) return { sent: 0 };
    const network = await networkOfEvent(t, event);
    const people = await registrantsOf(t, event.id, ['confirmed'], due.map((d) => d.id));
    for (const p of people) {
      await sendEventMail(t, {
        template: 'event-reminder',
        recipient: { email: p.email, name: p.name, locale: p.locale as Locale },
        event,
        networkName: network.name,
        networkSlug: network.slug,
        baseUrl: payload.baseUrl,
        code: p.code,
      });
    }
    const now = new Date();
    for (const d of due) await t.update(eventRegistrations).set({ reminderSentAt: now }).where(eq(eventRegistrations.id, d.id));
    await t.update(events).set({ reminderSentAt: now }).where(eq(events.id, event.id));
    return { sent: people.length };
  });
}

/**
 * After the end, asks the participants for feedback: those checked in when the desk used check-in, otherwise every
 * confirmed person not marked absent. Once per event and end time.
 */
export async function sendFeedbackRequests(db: Db, payload: z.infer<typeof followUpPayload>) {
  return db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    const [event] = await t.select().from(events).where(eq(events.id, payload.eventId)).for('update');
    if (!event || event.status !== 'published') return { sent: 0, skipped: 'not published' };
    if (event.endsAt.toISOString() !== new Date(payload.endsAt).toISOString()) return { sent: 0, skipped: 'moved' };
    const [done] = await t
      .select({ id: auditLog.id })
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'event'), eq(auditLog.entityId, event.id), eq(auditLog.action, 'feedback-requested'), sql`${auditLog.data}->>'endsAt' = ${payload.endsAt}`));
    if (done) return { sent: 0, skipped: 'already sent' };
    const confirmed = await registrantsOf(t, event.id, ['confirmed']);
    const [attendance] = await queryRows<{ n: number }>(
      t,
      sql`SELECT count(*)::int AS n FROM event_registrations WHERE event_id = ${event.id} AND checked_in_at IS NOT NULL`,
    );
    const usedCheckIn = (attendance?.n ?? 0) > 0;
    const absent = new Set(
      (
        await t
          .select({ id: eventRegistrations.id })
          .from(eventRegistrations)
          .where(and(eq(eventRegistrations.eventId, event.id), eq(eventRegistrations.attendance, 'no_show')))
      ).map((r) => r.id),
    );
    const recipients = confirmed.filter((p) => !absent.has(p.registrationId) && (!usedCheckIn || p.checkedInAt !== null));
    const network = await networkOfEvent(t, event);
    for (const p of recipients) {
      await sendEventMail(t, {
        template: 'feedback-request',
        recipient: { email: p.email, name: p.name, locale: p.locale as Locale },
        event,
        networkName: network.name,
        networkSlug: network.slug,
        baseUrl: payload.baseUrl,
        linkPath: `/n/${encodeURIComponent(network.slug)}/events/${event.id}#feedback`,
      });
    }
    await t.insert(auditLog).values({ actorUserId: null, action: 'feedback-requested', entity: 'event', entityId: event.id, data: { endsAt: payload.endsAt, count: recipients.length } });
    return { sent: recipients.length };
  });
}
