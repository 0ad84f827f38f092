import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client';
import { queryRows } from '../../db/rows';
import { resourceExceptions } from '../../db/schema';
import { recordAudit } from '../audit/record-audit';
import { AppError, forbidden, notFound } from '../errors';
import type { Actor } from '../policy/actor';
import { heldConflicts } from './allocate-units';
import { loadExceptions, loadHeldUnits, loadRules } from './calendar-data';
import { openIntervals } from './opening-hours';
import { loadResource } from './resource-access';
import { exceptionInputSchema } from './resource-schema';

const MAX_WINDOW_DAYS = 92;

export const calendarQuery = z.object({
  from: z.iso.datetime({ offset: true }),
  to: z.iso.datetime({ offset: true }),
});

/**
 * What the calendar of a resource shows over a window (at most three months): when it is open, closures and extra
 * openings, and what holds its units. Those who manage it see who booked and the pending requests; other members
 * see busy periods without names, and their own bookings.
 */
export async function getResourceCalendar({ db, actor, resourceId, query }: { db: Db; actor: Actor; resourceId: string; query: z.infer<typeof calendarQuery> }) {
  const { resource, canManage } = await loadResource(db, actor, resourceId);
  const from = Date.parse(query.from);
  const to = Date.parse(query.to);
  if (!(to > from)) throw new AppError('validation', 'The end must come after the start', 'to');
  if (to - from > MAX_WINDOW_DAYS * 86_400_000) throw new AppError('validation', `Ask for ${MAX_WINDOW_DAYS} days at most`, 'to');
  const rules = (await loadRules(db, [resource.id])).get(resource.id) ?? [];
  const exceptions = (await loadExceptions(db, [resource.id], from, to)).get(resource.id) ?? [];
  const open = openIntervals({ rules, exceptions, timeZone: resource.timeZone, from, to });
  const held = await loadHeldUnits(db, [resource.id], from, to);
  const byBooking = new Map<string, { start: number; end: number; units: number[]; kind: 'booking' | 'owner_use'; borrowerOrganisationId: string }>();
  for (const h of held) {
    const b = byBooking.get(h.bookingId) ?? { start: h.start, end: h.end, units: [], kind: h.kind, borrowerOrganisationId: h.borrowerOrganisationId };
    b.units.push(h.unit);
    byBooking.set(h.bookingId, b);
  }
  const names = new Map<string, string>();
  if (canManage && byBooking.size) {
    const rows = await queryRows<{ id: string; name: string }>(
      db,
      sql`SELECT id, name FROM organisations WHERE id = ANY(${`{${[...new Set([...byBooking.values()].map((b) => b.borrowerOrganisationId))].join(',')}}`}::uuid[])`,
    );
    for (const r of rows) names.set(r.id, r.name);
  }
  const pending = canManage
    ? await queryRows<{ id: string; s: Date | string; e: Date | string; units: number; borrower: string }>(
        db,
        sql`SELECT b.id, b.starts_at AS s, b.ends_at AS e, b.units, o.name AS borrower FROM resource_bookings b JOIN organisations o ON o.id = b.borrower_organisation_id
            WHERE b.resource_id = ${resource.id} AND b.status = 'pending' AND b.starts_at < ${query.to}::timestamptz AND b.ends_at > ${query.from}::timestamptz
            ORDER BY b.starts_at`,
      )
    : [];
  const iso = (t: number) => new Date(t).toISOString();
  return {
    resourceId: resource.id,
    timeZone: resource.timeZone,
    units: resource.units,
    from: iso(from),
    to: iso(to),
    open: open.map((o) => ({ start: iso(o.start), end: iso(o.end) })),
    exceptions: exceptions.map((e) => ({ id: e.id, kind: e.kind, start: iso(e.start), end: iso(e.end), reason: canManage ? e.reason : '' })),
    busy: [...byBooking.entries()]
      .sort(([, a], [, b]) => a.start - b.start)
      .map(([id, b]) => {
        const mine = actor.organisationIds.has(b.borrowerOrganisationId);
        return {
          start: iso(b.start),
          end: iso(b.end),
          units: b.units.sort((x, y) => x - y),
          kind: b.kind,
          mine,
          ...(canManage || mine ? { bookingId: id } : {}),
          ...(canManage ? { borrower: names.get(b.borrowerOrganisationId) ?? '' } : {}),
        };
      }),
    pending: pending.map((p) => ({ bookingId: p.id, start: new Date(p.s).toISOString(), end: new Date(p.e).toISOString(), units: Number(p.units), borrower: p.borrower })),
    canManage,
  };
}

/**
 * Adds a closure (holiday, maintenance) or an extra opening. A closure over bookings already held is refused with
 * the bookings it would hit: the owner cancels them first, telling each borrower.
 */
export async function addResourceException(opts: { db: Db; actor: Actor; resourceId: string; input: z.input<typeof exceptionInputSchema> }) {
  const { db, actor } = opts;
  const input = exceptionInputSchema.parse(opts.input);
  const { resource, canManage } = await loadResource(db, actor, opts.resourceId);
  if (!canManage) throw forbidden('Only the owner sets the calendar of its resource');
  const start = new Date(input.start);
  const end = new Date(input.end);
  if (!(end > start)) throw new AppError('validation', 'The end must come after the start', 'end');
  if (input.kind === 'closed') {
    const conflicts = (await heldConflicts(db, { resourceId: resource.id, start, end, revealBorrowers: true })).filter((c) => c.type === 'booking');
    if (conflicts.length) throw new AppError('conflict', `The closure would fall on ${conflicts.length} approved booking(s); cancel them first`, 'start', { conflicts });
  }
  const [row] = await queryRows<{ id: string }>(
    db,
    sql`INSERT INTO resource_exceptions (resource_id, kind, period, reason, created_by)
        VALUES (${resource.id}, ${input.kind}, tstzrange(${input.start}::timestamptz, ${input.end}::timestamptz, '[)'), ${input.reason}, ${actor.userId})
        RETURNING id`,
  );
  await recordAudit(db, actor, 'create', 'resource_exception', row!.id, { resource: resource.id, kind: input.kind, start: input.start, end: input.end });
  return { id: row!.id, kind: input.kind, start: start.toISOString(), end: end.toISOString(), reason: input.reason };
}

export async function deleteResourceException(opts: { db: Db; actor: Actor; resourceId: string; exceptionId: string }) {
  const { canManage } = await loadResource(opts.db, opts.actor, opts.resourceId);
  if (!canManage) throw forbidden('Only the owner sets the calendar of its resource');
  const deleted = await opts.db
    .delete(resourceExceptions)
    .where(and(eq(resourceExceptions.id, opts.exceptionId), eq(resourceExceptions.resourceId, opts.resourceId)))
    .returning({ id: resourceExceptions.id });
  if (!deleted.length) throw notFound('Closure or opening', 'exceptionId');
  await recordAudit(opts.db, opts.actor, 'delete', 'resource_exception', opts.exceptionId, { resource: opts.resourceId });
}
