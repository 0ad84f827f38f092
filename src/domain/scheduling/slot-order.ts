import type { Slot } from './problem-schema';

/**
 * Slot ids in the order that defines "later" and "between" (for `after` and breaks): by start time, ties kept in
 * input order so the order is total and stable.
 */
export function chronologicalSlotIds(slots: readonly Slot[]): string[] {
  return slots
    .map((slot, index) => ({ id: slot.id, start: Date.parse(slot.start), index }))
    .sort((a, b) => (a.start - b.start) || (a.index - b.index))
    .map((slot) => slot.id);
}
