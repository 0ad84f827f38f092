import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { conventionMeetings, conventionParticipants, eventRegistrations } from '../../db/schema';
import type { ConventionSnapshot } from './build-problem';
import type { SettingsRow } from './convention-access';
import { listSlots } from './convention-settings';
import { unavailableByParticipant } from './event-profiles';

export type MeetingRow = typeof conventionMeetings.$inferSelect;

/**
 * Reads a convention as the engine sees it. Meetings of someone whose registration is no longer confirmed are left
 * out (the engine must not plan them), as are those of participants who left.
 */
export async function loadSnapshot(db: Db, eventId: string, settings: SettingsRow): Promise<{ snapshot: ConventionSnapshot; meetings: MeetingRow[] }> {
  const slots = await listSlots(db, eventId);
  const people = await db
    .select({ p: conventionParticipants })
    .from(conventionParticipants)
    .innerJoin(eventRegistrations, eq(eventRegistrations.id, conventionParticipants.registrationId))
    .where(and(eq(conventionParticipants.eventId, eventId), eq(eventRegistrations.status, 'confirmed')));
  const unavailable = await unavailableByParticipant(db, people.map(({ p }) => p.id));
  const present = new Set(people.map(({ p }) => p.id));
  const meetings = await db.select().from(conventionMeetings).where(eq(conventionMeetings.eventId, eventId)).orderBy(asc(conventionMeetings.id));
  const snapshot: ConventionSnapshot = {
    slots: slots.map((s) => ({ id: s.id, session: s.session, startsAt: s.startsAt, endsAt: s.endsAt })),
    tableCount: settings.tableNames.length,
    maxMeetingsPerParticipant: settings.maxMeetingsPerParticipant,
    participants: people.map(({ p }) => ({
      id: p.id,
      maxMeetings: p.maxMeetings,
      fixedTable: p.fixedTable,
      unavailableSlotIds: unavailable.get(p.id) ?? [],
      absent: p.absentAt !== null,
    })),
    meetings: meetings
      .filter((m) => present.has(m.participantA) && present.has(m.participantB))
      .map((m) => ({
        id: m.id,
        participants: [m.participantA, m.participantB],
        weight: m.weight,
        status: m.status,
        slotId: m.slotId,
        tableNumber: m.tableNumber,
        locked: m.locked,
        published: m.publishedSlotId !== null,
      })),
  };
  return { snapshot, meetings };
}
