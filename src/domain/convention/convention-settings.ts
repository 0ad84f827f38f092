import { and, asc, eq, gt, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client';
import { conventionMeetings, conventionSettings, conventionSlots } from '../../db/schema';
import { recordAudit } from '../audit/record-audit';
import type { Actor } from '../policy/actor';
import { buildSlots, daySetupSchema, type DaySetup } from './build-slots';
import { loadConvention, loadConventionToManage, lockConvention, refuse, type SettingsRow } from './convention-access';

export const conventionRulesSchema = z.object({
  requestDeadline: z.iso.datetime({ offset: true }).nullable().optional(),
  maxRequestsPerParticipant: z.number().int().min(1).max(200).nullable().optional(),
  maxMeetingsPerParticipant: z.number().int().min(0).max(200).nullable().optional(),
});
export type ConventionRulesInput = z.infer<typeof conventionRulesSchema>;

export async function listSlots(db: Db, eventId: string) {
  return db.select().from(conventionSlots).where(eq(conventionSlots.eventId, eventId)).orderBy(asc(conventionSlots.startsAt));
}

export function readDaySetup(settings: SettingsRow): DaySetup | null {
  const parsed = daySetupSchema.safeParse(settings.daySetup);
  return parsed.success ? parsed.data : null;
}

/** The convention as everyone sees it: rules, day setup, slots and tables. */
export async function getConvention({ db, actor, eventId }: { db: Db; actor: Actor; eventId: string }) {
  const { event, settings, manage } = await loadConvention(db, actor, eventId);
  return { event, settings, daySetup: readDaySetup(settings), slots: await listSlots(db, eventId), manage };
}

export async function updateConventionRules({ db, actor, eventId, input }: { db: Db; actor: Actor; eventId: string; input: ConventionRulesInput }) {
  await loadConventionToManage(db, actor, eventId);
  const values: Partial<typeof conventionSettings.$inferInsert> = { updatedAt: new Date() };
  if (input.requestDeadline !== undefined) values.requestDeadline = input.requestDeadline ? new Date(input.requestDeadline) : null;
  if (input.maxRequestsPerParticipant !== undefined) values.maxRequestsPerParticipant = input.maxRequestsPerParticipant;
  if (input.maxMeetingsPerParticipant !== undefined) values.maxMeetingsPerParticipant = input.maxMeetingsPerParticipant;
  await db.update(conventionSettings).set(values).where(eq(conventionSettings.eventId, eventId));
  await recordAudit(db, actor, 'update', 'convention', eventId, { rules: input });
  return getConvention({ db, actor, eventId });
}

/**
 * Sets the sessions, slot length, breaks and tables, and cuts the slots again. Slots that keep their start keep
 * their id (and the meetings and unavailabilities on them); meetings on a slot that disappears, or on a table that
 * no longer exists, go back to "unscheduled" for the next generation.
 */
export async function setDaySetup({ db, actor, eventId, setup }: { db: Db; actor: Actor; eventId: string; setup: DaySetup }) {
  const { event } = await loadConventionToManage(db, actor, eventId);
  const planned = buildSlots(setup, { startsAt: event.startsAt, endsAt: event.endsAt });
  let moved = 0;
  await db.transaction(async (txRaw) => {
    const tx = txRaw as unknown as Db;
    const settings = await lockConvention(tx, eventId);
    if (settings.scheduleStatus === 'generating') throw refuse('conflict', 'generating', 'A schedule is being generated; try again when it is done');
    const existing = await listSlots(tx, eventId);
    const byStart = new Map(existing.map((s) => [s.startsAt.getTime(), s]));
    const keep = new Set<string>();
    const inserts: (typeof conventionSlots.$inferInsert)[] = [];
    for (const p of planned) {
      const same = byStart.get(p.startsAt.getTime());
      if (same && same.endsAt.getTime() === p.endsAt.getTime()) {
        keep.add(same.id);
        if (same.session !== p.session) await tx.update(conventionSlots).set({ session: p.session }).where(eq(conventionSlots.id, same.id));
      } else inserts.push({ eventId, session: p.session, startsAt: p.startsAt, endsAt: p.endsAt });
    }
    const gone = existing.filter((s) => !keep.has(s.id)).map((s) => s.id);
    const lostSeat = and(
      eq(conventionMeetings.eventId, eventId),
      eq(conventionMeetings.status, 'scheduled'),
      gone.length ? sql`(${inArray(conventionMeetings.slotId, gone)} OR ${gt(conventionMeetings.tableNumber, setup.tables.length)})` : gt(conventionMeetings.tableNumber, setup.tables.length),
    );
    const unscheduled = await tx
      .update(conventionMeetings)
      .set({ status: 'unscheduled', slotId: null, tableNumber: null, locked: false, unscheduledReason: 'day setup changed', updatedAt: new Date() })
      .where(lostSeat)
      .returning({ id: conventionMeetings.id });
    moved = unscheduled.length;
    if (gone.length) {
      // Held and missed meetings on a removed slot keep their history; the foreign key clears their slot.
      await tx.delete(conventionSlots).where(and(eq(conventionSlots.eventId, eventId), inArray(conventionSlots.id, gone)));
    }
    // Starts may collide with a slot being removed in the same change: delete first, then insert.
    if (inserts.length) await tx.insert(conventionSlots).values(inserts);
    await tx
      .update(conventionSettings)
      .set({ daySetup: setup, tableNames: setup.tables, updatedAt: new Date() })
      .where(eq(conventionSettings.eventId, eventId));
    await recordAudit(tx, actor, 'update', 'convention', eventId, { daySetup: { slots: planned.length, tables: setup.tables.length, unscheduled: moved } });
  });
  return { ...(await getConvention({ db, actor, eventId })), unscheduled: moved };
}
