import { z } from 'zod';
import { AppError } from '../errors';

const instant = z.iso.datetime({ offset: true });

/** How the coordinator lays out the meeting part of the day. */
export const daySetupSchema = z.object({
  sessions: z
    .array(z.object({ name: z.string().trim().max(80).default(''), startsAt: instant, endsAt: instant }))
    .min(1, 'at least one session is required')
    .max(12),
  slotMinutes: z.number().int().min(5).max(180),
  /** Time to change tables between two meetings. */
  changeoverMinutes: z.number().int().min(0).max(60).default(0),
  breaks: z.array(z.object({ label: z.string().trim().max(80).default(''), startsAt: instant, endsAt: instant })).max(24).default([]),
  /** One name per table: "1", "2", … for numbered tables, or "Stand A", "Salle Moselle"… */
  tables: z.array(z.string().trim().min(1).max(40)).min(1, 'at least one table is required').max(2000),
});
export type DaySetup = z.infer<typeof daySetupSchema>;

export interface PlannedSlot {
  session: number;
  startsAt: Date;
  endsAt: Date;
}

export const MAX_SLOTS = 240;

/**
 * Cuts the sessions into meeting slots of `slotMinutes`, separated by the changeover, skipping the breaks (a slot
 * that would overlap a break starts after it). A slot that would run past the session's end is dropped. Throws a
 * validation error naming the field for sessions or breaks that end before they start, sessions that overlap each
 * other or lie outside the event, duplicate table names, or too many slots.
 */
export function buildSlots(setup: DaySetup, event?: { startsAt: Date; endsAt: Date }): PlannedSlot[] {
  const minute = 60_000;
  const sessions = setup.sessions.map((s, i) => ({ ...s, index: i, start: new Date(s.startsAt), end: new Date(s.endsAt) }));
  const breaks = setup.breaks.map((b, i) => ({ index: i, start: new Date(b.startsAt), end: new Date(b.endsAt) }));
  for (const s of sessions) {
    if (s.end <= s.start) throw new AppError('validation', 'A session must end after it starts', `sessions.${s.index}.endsAt`);
    if (event && (s.start < event.startsAt || s.end > event.endsAt))
      throw new AppError('validation', 'A session must lie within the event', `sessions.${s.index}.startsAt`);
  }
  const ordered = [...sessions].sort((a, b) => a.start.getTime() - b.start.getTime());
  for (let i = 1; i < ordered.length; i++)
    if (ordered[i]!.start < ordered[i - 1]!.end) throw new AppError('validation', 'Two sessions overlap', `sessions.${ordered[i]!.index}.startsAt`);
  for (const b of breaks) if (b.end <= b.start) throw new AppError('validation', 'A break must end after it starts', `breaks.${b.index}.endsAt`);
  const seen = new Set<string>();
  setup.tables.forEach((name, i) => {
    const key = name.toLocaleLowerCase();
    if (seen.has(key)) throw new AppError('validation', `Table "${name}" is listed twice`, `tables.${i}`);
    seen.add(key);
  });

  const slots: PlannedSlot[] = [];
  const length = setup.slotMinutes * minute;
  for (const s of ordered) {
    let t = s.start.getTime();
    while (t + length <= s.end.getTime()) {
      const clash = breaks.filter((b) => b.start.getTime() < t + length && b.end.getTime() > t);
      if (clash.length > 0) {
        t = Math.max(...clash.map((b) => b.end.getTime()));
        continue;
      }
      slots.push({ session: s.index, startsAt: new Date(t), endsAt: new Date(t + length) });
      if (slots.length > MAX_SLOTS) throw new AppError('validation', `More than ${MAX_SLOTS} meeting slots: use longer slots or shorter sessions`, 'slotMinutes');
      t += length + setup.changeoverMinutes * minute;
    }
  }
  if (slots.length === 0) throw new AppError('validation', 'The sessions leave no room for a single meeting slot', 'slotMinutes');
  return slots;
}

/** "12" → ["1", …, "12"]: numbered tables. */
export const numberedTables = (count: number) => Array.from({ length: count }, (_, i) => String(i + 1));
