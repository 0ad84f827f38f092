import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { queryRows } from '../../db/rows';
import { resourceBookings, resources } from '../../db/schema';
import { recordAudit } from '../audit/record-audit';
import { AppError, forbidden } from '../errors';
import type { Actor } from '../policy/actor';
import { allocateUnits } from './allocate-units';
import { representativesOf, sendBookingMail, userRecipient, type Recipient } from './booking-mail';
import { bookingLinks, loadBookingView, type BookingView } from './booking-view';

export interface DecisionOptions {
  db: Db;
  actor: Actor;
  bookingId: string;
  message?: string;
  baseUrl?: string;
  now?: number;
}

/** Locks the booking row and checks it is still in the state the decision expects (another manager may have been faster). */
async function lockStatus(t: Db, bookingId: string, expected: string[]): Promise<string> {
  const [row] = await queryRows<{ status: string }>(t, sql`SELECT status FROM resource_bookings WHERE id = ${bookingId} FOR UPDATE`);
  const status = row?.status ?? 'missing';
  if (!expected.includes(status)) throw new AppError('conflict', `This booking is ${status} already`, 'status', { status });
  return status;
}

/** The borrower hears back: the person who asked, or the organisation's representatives if that person has gone. */
async function borrowerRecipients(t: Db, view: BookingView): Promise<Recipient[]> {
  const person = await userRecipient(t, view.booking.requestedBy);
  return person.length ? person : representativesOf(t, view.booking.borrowerOrganisationId);
}

/** The owner approves a request: its units are held now (409 if someone else got them first) and the borrower is told. */
export async function approveBooking(opts: DecisionOptions) {
  const { db, actor, bookingId } = opts;
  const view = await loadBookingView(db, actor, bookingId);
  if (!view.canManage) throw forbidden('Only the owner of the resource decides on its bookings');
  if (view.booking.status !== 'pending') throw new AppError('conflict', `This booking is ${view.booking.status} already`, 'status', { status: view.booking.status });
  if (view.booking.startsAt.getTime() <= (opts.now ?? Date.now())) throw new AppError('conflict', 'The booking should have started already; the borrower must ask again', 'start');
  if (view.resource.kind === 'staff' && !view.staffLoan)
    throw new AppError('validation', 'Record the staff loan (the person’s consent, the cost, the agreement) before approving', 'staffLoan');
  const [resource] = await db.select({ units: resources.units }).from(resources).where(eq(resources.id, view.resource.id));
  await db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    await lockStatus(t, bookingId, ['pending']);
    await allocateUnits(t, {
      bookingId,
      resourceId: view.resource.id,
      totalUnits: resource?.units ?? 1,
      wanted: view.booking.units,
      start: view.booking.startsAt,
      end: view.booking.endsAt,
      revealBorrowers: true,
    });
    await t
      .update(resourceBookings)
      .set({ status: 'approved', ownerMessage: opts.message ?? '', decidedBy: actor.userId, decidedAt: new Date(), updatedAt: new Date() })
      .where(eq(resourceBookings.id, bookingId));
    await recordAudit(t, actor, 'approve', 'resource_booking', bookingId, { message: opts.message ?? '' });
    if (opts.baseUrl) {
      const links = bookingLinks(opts.baseUrl, view);
      await sendBookingMail(t, 'approved', await borrowerRecipients(t, view), {
        resource: view.resource.name,
        owner: view.owner.name,
        start: view.booking.startsAt,
        end: view.booking.endsAt,
        timeZone: view.resource.timeZone,
        message: opts.message ?? '',
        link: links.bookings,
        ics: links.ics,
      });
    }
  });
  return loadBookingView(db, actor, bookingId);
}

/** The owner declines a request, with a message for the borrower. */
export async function declineBooking(opts: DecisionOptions) {
  const { db, actor, bookingId } = opts;
  const view = await loadBookingView(db, actor, bookingId);
  if (!view.canManage) throw forbidden('Only the owner of the resource decides on its bookings');
  if (view.booking.status !== 'pending') throw new AppError('conflict', `This booking is ${view.booking.status} already`, 'status', { status: view.booking.status });
  await db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    await lockStatus(t, bookingId, ['pending']);
    await t
      .update(resourceBookings)
      .set({ status: 'declined', ownerMessage: opts.message ?? '', decidedBy: actor.userId, decidedAt: new Date(), updatedAt: new Date() })
      .where(eq(resourceBookings.id, bookingId));
    await recordAudit(t, actor, 'decline', 'resource_booking', bookingId, { message: opts.message ?? '' });
    if (opts.baseUrl) {
      const links = bookingLinks(opts.baseUrl, view);
      await sendBookingMail(t, 'declined', await borrowerRecipients(t, view), {
        resource: view.resource.name,
        owner: view.owner.name,
        start: view.booking.startsAt,
        end: view.booking.endsAt,
        timeZone: view.resource.timeZone,
        message: opts.message ?? '',
        link: links.resource,
      });
    }
  });
  return loadBookingView(db, actor, bookingId);
}

/**
 * Cancellation rules: the borrower withdraws a request at any time and cancels an approved booking until it ends —
 * free of charge until the owner's notice period, a late cancellation after it (flagged for the cost summary).
 * The owner may cancel any booking to come (a breakdown), with a message; its own use it simply releases.
 * Units are released at once; the other side is told.
 */
export async function cancelBooking(opts: DecisionOptions) {
  const { db, actor, bookingId } = opts;
  const now = opts.now ?? Date.now();
  const view = await loadBookingView(db, actor, bookingId);
  const { booking } = view;
  const byOwner = view.canManage;
  if (!byOwner && !view.isBorrower) throw forbidden();
  if (booking.kind === 'owner_use' && !byOwner) throw forbidden('Only the owner releases its own use');
  if (booking.status !== 'pending' && booking.status !== 'approved')
    throw new AppError('conflict', `This booking is ${booking.status} already`, 'status', { status: booking.status });
  if (booking.endsAt.getTime() <= now) throw new AppError('conflict', 'This booking is over; it can no longer be cancelled', 'status');
  const late = !byOwner && booking.status === 'approved' && booking.startsAt.getTime() - now < view.resource.cancelNoticeMinutes * 60_000;
  await db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    await lockStatus(t, bookingId, ['pending', 'approved']);
    await t
      .update(resourceBookings)
      .set({
        status: 'cancelled',
        cancelledBy: actor.userId,
        cancelledAt: new Date(now),
        lateCancellation: late,
        ...(byOwner ? { ownerMessage: opts.message ?? '' } : {}),
        updatedAt: new Date(),
      })
      .where(eq(resourceBookings.id, bookingId));
    await t.execute(sql`UPDATE resource_booking_units SET released = true WHERE booking_id = ${bookingId}`);
    await recordAudit(t, actor, 'cancel', 'resource_booking', bookingId, { late, byOwner, message: opts.message ?? '' });
    if (opts.baseUrl && booking.kind === 'booking') {
      const links = bookingLinks(opts.baseUrl, view);
      const to = byOwner ? await borrowerRecipients(t, view) : await representativesOf(t, view.resource.ownerOrganisationId);
      await sendBookingMail(t, 'cancelled', to, {
        resource: view.resource.name,
        by: byOwner ? view.owner.name : view.borrower.name,
        start: booking.startsAt,
        end: booking.endsAt,
        timeZone: view.resource.timeZone,
        message: opts.message ?? '',
        late,
        link: byOwner ? links.resource : links.bookings,
      });
    }
  });
  return loadBookingView(db, actor, bookingId);
}
