import { eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { queryRows } from '../../db/rows';
import { networks, organisations, resourceBookings, resources, staffLoans, users } from '../../db/schema';
import { notFound } from '../errors';
import type { Actor } from '../policy/actor';
import { canOnRecord } from '../policy/policy';
import { resourceGuard } from './resource-access';

export type BookingRow = typeof resourceBookings.$inferSelect;

/** A booking as both sides see it: the resource, the two organisations, the units held, and what the actor may do. */
export interface BookingView {
  booking: BookingRow;
  resource: { id: string; name: string; kind: string; timeZone: string; ownerOrganisationId: string; cancelNoticeMinutes: number; address: string; commune: string; latitude: number | null; longitude: number | null };
  owner: { id: string; name: string };
  borrower: { id: string; name: string };
  requestedBy: { id: string; name: string } | null;
  heldUnits: number[];
  /** The slug of a network the resource is offered in, for links. */
  networkSlug: string | null;
  staffLoan: typeof staffLoans.$inferSelect | null;
  canManage: boolean;
  isBorrower: boolean;
}

/** Loads a booking for an actor who is one of its two sides (or manages the resource); others get 404. */
export async function loadBookingView(db: Db, actor: Actor, bookingId: string): Promise<BookingView> {
  const [booking] = await db.select().from(resourceBookings).where(eq(resourceBookings.id, bookingId));
  if (!booking) throw notFound('Booking', 'id');
  const [resource] = await db.select().from(resources).where(eq(resources.id, booking.resourceId));
  if (!resource) throw notFound('Booking', 'id');
  const guard = await resourceGuard(db, resource);
  const canManage = canOnRecord(actor, 'update', guard);
  const isBorrower = actor.organisationIds.has(booking.borrowerOrganisationId);
  if (!canManage && !isBorrower) throw notFound('Booking', 'id');
  const orgs = await db
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(inArray(organisations.id, [resource.ownerOrganisationId, booking.borrowerOrganisationId]));
  const nameOf = (id: string) => orgs.find((o) => o.id === id)?.name ?? '';
  const [requester] = booking.requestedBy ? await db.select({ id: users.id, name: users.name }).from(users).where(eq(users.id, booking.requestedBy)) : [];
  const held = await queryRows<{ unit: number }>(db, sql`SELECT unit FROM resource_booking_units WHERE booking_id = ${bookingId} AND NOT released ORDER BY unit`);
  const [net] = guard.networkIds.length ? await db.select({ slug: networks.slug }).from(networks).where(inArray(networks.id, guard.networkIds)).limit(1) : [];
  const [loan] = await db.select().from(staffLoans).where(eq(staffLoans.bookingId, bookingId));
  return {
    booking,
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
    borrower: { id: booking.borrowerOrganisationId, name: nameOf(booking.borrowerOrganisationId) },
    requestedBy: requester ?? null,
    heldUnits: held.map((h) => Number(h.unit)),
    networkSlug: net?.slug ?? null,
    staffLoan: loan ?? null,
    canManage,
    isBorrower,
  };
}

/** Links used in e-mails: the booking in the web app and its calendar file. */
export function bookingLinks(baseUrl: string, view: { networkSlug: string | null; booking: { id: string }; resource: { id: string } }) {
  const area = view.networkSlug ? `${baseUrl}/n/${encodeURIComponent(view.networkSlug)}/pooling` : `${baseUrl}/`;
  return {
    resource: view.networkSlug ? `${area}/r/${view.resource.id}` : area,
    bookings: view.networkSlug ? `${area}/bookings` : area,
    ics: `${baseUrl}/api/bookings/${view.booking.id}/calendar.ics`,
  };
}
