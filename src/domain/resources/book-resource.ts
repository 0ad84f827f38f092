import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { queryRows } from '../../db/rows';
import { resourceBookings } from '../../db/schema';
import { recordAudit } from '../audit/record-audit';
import { AppError, forbidden } from '../errors';
import type { Actor } from '../policy/actor';
import { allocateUnits, conflictError, freeUnits, heldConflicts, type Conflict } from './allocate-units';
import { representativesOf, sendBookingMail } from './booking-mail';
import { bookingLinks, type BookingView } from './booking-view';
import { openTimeOf, widenToLocalDays } from './calendar-data';
import { indexContaining, overlaps } from './intervals';
import { measureBooking, priceBooking } from './pricing';
import { loadResource, type Resource } from './resource-access';
import { BOOKING_HORIZON_DAYS, bookingRequestSchema, ownerUseSchema, type BookingRequest } from './resource-schema';

const MINUTE = 60_000;

/** The organisation a person books for: the one named, or the only one they represent among the resource's networks. */
async function borrowerOf(db: Db, actor: Actor, resource: Resource, networkIds: string[], named: string | undefined): Promise<string> {
  if (named) {
    if (!actor.organisationIds.has(named) && !actor.isAdmin) throw new AppError('validation', 'You do not represent this organisation', 'organisationId');
    return named;
  }
  const own = [...actor.organisationIds];
  if (own.length === 0) throw forbidden('Only the representative of an organisation can book a resource');
  if (own.length === 1) return own[0]!;
  if (own.includes(resource.ownerOrganisationId)) return resource.ownerOrganisationId;
  const inNetworks = await queryRows<{ id: string }>(
    db,
    sql`SELECT DISTINCT organisation_id AS id FROM network_organisations
        WHERE organisation_id = ANY(${`{${own.join(',')}}`}::uuid[]) AND network_id = ANY(${`{${networkIds.join(',')}}`}::uuid[])`,
  );
  if (inNetworks.length === 1) return inNetworks[0]!.id;
  throw new AppError('validation', 'You represent several organisations: say which one books', 'organisationId');
}

function parseRange(input: { start: string; end: string }, now: number) {
  const start = new Date(input.start);
  const end = new Date(input.end);
  if (!(end > start)) throw new AppError('validation', 'The end must come after the start', 'end');
  if (end.getTime() > now + BOOKING_HORIZON_DAYS * 86_400_000)
    throw new AppError('validation', `Bookings reach ${BOOKING_HORIZON_DAYS} days ahead at most`, 'end');
  // The owner may record its own past use, within a year: further back is a typing mistake, and costly to lay out.
  if (start.getTime() < now - 366 * 86_400_000) throw new AppError('validation', 'The start is more than a year ago', 'start');
  return { start, end };
}

const hoursText = (minutes: number) => (minutes % 60 === 0 ? `${minutes / 60} h` : `${minutes} min`);

/** The owner's terms a borrower's request must meet: length, notice, units. */
function checkTerms(resource: Resource, start: Date, end: Date, units: number, now: number) {
  const minutes = (end.getTime() - start.getTime()) / MINUTE;
  if (start.getTime() < now) throw new AppError('validation', 'The start is in the past', 'start');
  if (minutes < resource.minMinutes) throw new AppError('validation', `A booking lasts at least ${hoursText(resource.minMinutes)}`, 'end', { minMinutes: resource.minMinutes });
  if (resource.maxMinutes !== null && minutes > resource.maxMinutes)
    throw new AppError('validation', `A booking lasts at most ${hoursText(resource.maxMinutes)}`, 'end', { maxMinutes: resource.maxMinutes });
  if (start.getTime() < now + resource.leadMinutes * MINUTE)
    throw new AppError('validation', `Book at least ${hoursText(resource.leadMinutes)} in advance`, 'start', { leadMinutes: resource.leadMinutes });
  if (units > resource.units) throw new AppError('validation', `This resource has ${resource.units} unit(s)`, 'units', { units: resource.units });
}

/** A booking must start and end while the resource is open, and no closure may fall inside it. */
async function calendarConflicts(db: Db, resource: Resource, start: Date, end: Date): Promise<{ conflicts: Conflict[]; open: { start: number; end: number }[] }> {
  const window = widenToLocalDays(start.getTime(), end.getTime(), resource.timeZone);
  const { open, closed } = await openTimeOf(db, resource, window.from, window.to);
  const conflicts: Conflict[] = [];
  const range = { start: start.getTime(), end: end.getTime() };
  for (const c of closed)
    if (overlaps(c, range)) conflicts.push({ type: 'closed', start: new Date(c.start).toISOString(), end: new Date(c.end).toISOString(), ...(c.reason ? { reason: c.reason } : {}) });
  if (!conflicts.length) {
    if (indexContaining(open, range.start) < 0) conflicts.push({ type: 'outside_opening_hours', start: start.toISOString(), end: start.toISOString() });
    if (indexContaining(open, range.end - 1) < 0) conflicts.push({ type: 'outside_opening_hours', start: end.toISOString(), end: end.toISOString() });
  }
  return { conflicts, open };
}

function calendarError(conflicts: Conflict[], end: Date): AppError {
  const first = conflicts[0]!;
  const message =
    first.type === 'closed'
      ? `The resource is closed from ${first.start} to ${first.end}${first.reason ? ` (${first.reason})` : ''}`
      : `The resource is not open at ${first.start}: a booking starts and ends within the opening hours`;
  const field = first.type === 'outside_opening_hours' && first.start === end.toISOString() ? 'end' : 'start';
  return new AppError('conflict', message, field, { conflicts });
}

/** The slug of one network the resource is offered in, for links in e-mails. */
export async function networkSlugOf(db: Db, networkIds: string[]): Promise<string | null> {
  if (!networkIds.length) return null;
  const rows = await queryRows<{ slug: string }>(db, sql`SELECT slug FROM networks WHERE id = ANY(${`{${networkIds.join(',')}}`}::uuid[]) ORDER BY slug LIMIT 1`);
  return rows[0]?.slug ?? null;
}

export interface BookingOptions {
  db: Db;
  actor: Actor;
  resourceId: string;
  input: BookingRequest;
  baseUrl?: string;
  now?: number;
}

/**
 * The booking contract: a borrower asks for a range (and units). The request must meet the owner's terms and
 * calendar; for an instant-booking resource units are held at once, otherwise the owner decides later. Either
 * way a conflict answers what the range collides with. The owner booking its own resource blocks it (own use).
 */
export async function requestBooking(opts: BookingOptions) {
  const { db, actor } = opts;
  const now = opts.now ?? Date.now();
  const input = bookingRequestSchema.parse(opts.input);
  const { resource, guard, canManage } = await loadResource(db, actor, opts.resourceId);
  if (resource.status !== 'active') throw new AppError('conflict', 'This resource has been withdrawn', 'id');
  if (!actor.userId) throw new AppError('unauthenticated', 'Sign in first');
  const { start, end } = parseRange(input, now);
  const borrower = await borrowerOf(db, actor, resource, guard.networkIds, input.organisationId);
  const ownUse = borrower === resource.ownerOrganisationId;
  if (!ownUse) checkTerms(resource, start, end, input.units, now);
  else if (input.units > resource.units) throw new AppError('validation', `This resource has ${resource.units} unit(s)`, 'units');
  const { conflicts, open } = await calendarConflicts(db, resource, start, end);
  if (conflicts.length && !ownUse) throw calendarError(conflicts, end);
  const holds = ownUse || resource.bookingMode === 'instant';
  // A range already held is refused now, without a transaction: a request is not left for the owner to decline,
  // and the many losers of a rush cost one read each. Winners are still decided by the constraint below.
  const free = await freeUnits(db, { resourceId: resource.id, totalUnits: resource.units, start, end });
  if (free.length < input.units) throw conflictError(await heldConflicts(db, { resourceId: resource.id, start, end, revealBorrowers: canManage }), input.units);
  const quantity = measureBooking({ booking: { start: start.getTime(), end: end.getTime() }, open, timeZone: resource.timeZone });
  const amount = ownUse ? null : priceBooking(resource, quantity, input.units);
  // Names and the link slug are read once, before the transaction: the transaction stays short under contention.
  const names = await queryRows<{ id: string; name: string }>(
    db,
    sql`SELECT id, name FROM organisations WHERE id = ANY(${`{${[resource.ownerOrganisationId, borrower].join(',')}}`}::uuid[])`,
  );
  const nameOf = (id: string) => names.find((n) => n.id === id)?.name ?? '';
  const networkSlug = await networkSlugOf(db, guard.networkIds);
  const requester = await queryRows<{ name: string }>(db, sql`SELECT name FROM users WHERE id = ${actor.userId}`);
  const { row, held } = await db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    const [row] = await t
      .insert(resourceBookings)
      .values({
        resourceId: resource.id,
        kind: ownUse ? 'owner_use' : 'booking',
        borrowerOrganisationId: borrower,
        requestedBy: actor.userId,
        startsAt: start,
        endsAt: end,
        units: input.units,
        status: holds ? 'approved' : 'pending',
        note: input.note,
        amountCents: amount,
        currency: resource.currency,
        ...(holds ? { decidedAt: new Date(now), decidedBy: actor.userId } : {}),
      })
      .returning();
    const held = holds
      ? await allocateUnits(t, { bookingId: row!.id, resourceId: resource.id, totalUnits: resource.units, wanted: input.units, start, end, revealBorrowers: canManage })
      : [];
    await recordAudit(t, actor, ownUse ? 'owner-use' : holds ? 'book' : 'request', 'resource_booking', row!.id, {
      resource: resource.id,
      start: start.toISOString(),
      end: end.toISOString(),
      units: input.units,
    });
    if (!ownUse && opts.baseUrl) {
      const links = bookingLinks(opts.baseUrl, { networkSlug, booking: { id: row!.id }, resource: { id: resource.id } });
      await sendBookingMail(t, holds ? 'booked' : 'requested', await representativesOf(t, resource.ownerOrganisationId), {
        resource: resource.name,
        borrower: nameOf(borrower),
        units: input.units,
        start,
        end,
        timeZone: resource.timeZone,
        note: input.note,
        link: holds ? links.resource : links.bookings,
        ics: links.ics,
      });
    }
    return { row: row!, held };
  });
  // The answer is built from what is known rather than read back (nine queries fewer on a hot path).
  const view: BookingView = {
    booking: row,
    resource: {
      id: resource.id,
      name: resource.name,
      kind: resource.kind,
      timeZone: resource.timeZone,
      ownerOrganisationId: resource.ownerOrganisationId,
      cancelNoticeMinutes: resource.cancelNoticeMinutes,
      address: resource.address,
      commune: resource.commune,
      latitude: resource.latitude,
      longitude: resource.longitude,
    },
    owner: { id: resource.ownerOrganisationId, name: nameOf(resource.ownerOrganisationId) },
    borrower: { id: borrower, name: nameOf(borrower) },
    requestedBy: actor.userId ? { id: actor.userId, name: requester[0]?.name ?? '' } : null,
    heldUnits: held,
    networkSlug,
    staffLoan: null,
    canManage,
    isBorrower: actor.organisationIds.has(borrower),
  };
  return view;
}

/** The owner blocks its own resource (its own production): held at once, all units unless told otherwise. */
export async function addOwnerUse(opts: { db: Db; actor: Actor; resourceId: string; input: { start: string; end: string; units?: number; note?: string } }) {
  const input = ownerUseSchema.parse(opts.input);
  const { resource, canManage } = await loadResource(opts.db, opts.actor, opts.resourceId);
  if (!canManage) throw forbidden('Only the owner can block its resource for its own use');
  return requestBooking({
    db: opts.db,
    actor: { ...opts.actor, organisationIds: new Set([...opts.actor.organisationIds, resource.ownerOrganisationId]) },
    resourceId: opts.resourceId,
    input: { start: input.start, end: input.end, units: input.units ?? resource.units, note: input.note, organisationId: resource.ownerOrganisationId },
  });
}
