import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { queryRows } from '../../db/rows';
import type { Locale } from '../../db/schema';
import { writeIcs, type IcsEntry, type IcsStatus } from '../calendar/ics';
import type { Actor } from '../policy/actor';
import { loadBookingView } from './booking-view';
import { loadResource } from './resource-access';

const words: Record<Locale, { lent: (r: string, b: string) => string; borrowed: (r: string, o: string) => string; own: (r: string) => string; mine: string; units: (n: number) => string }> = {
  fr: { lent: (r, b) => `${r} — prêté à ${b}`, borrowed: (r, o) => `${r} (${o})`, own: (r) => `${r} — usage propre`, mine: 'Mes réservations de moyens partagés', units: (n) => `Unités : ${n}` },
  de: { lent: (r, b) => `${r} — verliehen an ${b}`, borrowed: (r, o) => `${r} (${o})`, own: (r) => `${r} — Eigennutzung`, mine: 'Meine Buchungen geteilter Ressourcen', units: (n) => `Einheiten: ${n}` },
  en: { lent: (r, b) => `${r} — lent to ${b}`, borrowed: (r, o) => `${r} (${o})`, own: (r) => `${r} — own use`, mine: 'My bookings of shared resources', units: (n) => `Units: ${n}` },
  nl: { lent: (r, b) => `${r} — uitgeleend aan ${b}`, borrowed: (r, o) => `${r} (${o})`, own: (r) => `${r} — eigen gebruik`, mine: 'Mijn reserveringen van gedeelde middelen', units: (n) => `Eenheden: ${n}` },
};

interface Row {
  id: string;
  kind: 'booking' | 'owner_use';
  status: string;
  s: Date | string;
  e: Date | string;
  units: number;
  note: string;
  resource_name: string;
  time_zone: string;
  address: string;
  commune: string;
  latitude: number | null;
  longitude: number | null;
  owner_id: string;
  owner_name: string;
  borrower_id: string;
  borrower_name: string;
  created: Date | string;
  updated: Date | string;
}

const statusOf = (s: string): IcsStatus => (s === 'approved' ? 'CONFIRMED' : s === 'pending' ? 'TENTATIVE' : 'CANCELLED');

/** One calendar entry per booking, seen from the side of `viewer` (lender or borrower), in the resource's zone. */
function entryOf(r: Row, viewerOrganisations: ReadonlySet<string>, locale: Locale, url?: string): IcsEntry {
  const w = words[locale];
  const lender = viewerOrganisations.has(r.owner_id);
  const summary = r.kind === 'owner_use' ? w.own(r.resource_name) : lender ? w.lent(r.resource_name, r.borrower_name) : w.borrowed(r.resource_name, r.owner_name);
  const created = new Date(r.created).getTime();
  const updated = new Date(r.updated).getTime();
  return {
    uid: `resource-booking-${r.id}@maillage`,
    start: new Date(r.s),
    end: new Date(r.e),
    summary,
    description: [w.units(Number(r.units)), r.note].filter(Boolean).join('\n'),
    location: [r.address, r.commune].filter(Boolean).join(', '),
    ...(r.latitude !== null && r.longitude !== null ? { geo: { latitude: Number(r.latitude), longitude: Number(r.longitude) } } : {}),
    ...(url ? { url } : {}),
    status: statusOf(r.status),
    // Each change (decision, cancellation) moves updated_at on: the sequence grows with it.
    sequence: Math.max(0, Math.floor((updated - created) / 1000)),
    lastModified: new Date(updated),
    timeZone: r.time_zone,
    categories: ['Maillage'],
  };
}

async function rows(db: Db, where: SQL): Promise<Row[]> {
  return queryRows<Row>(
    db,
    sql`SELECT b.id, b.kind, b.status, b.starts_at AS s, b.ends_at AS e, b.units, b.note, r.name AS resource_name, r.time_zone, r.address, r.commune,
               r.latitude, r.longitude, oo.id AS owner_id, oo.name AS owner_name, bo.id AS borrower_id, bo.name AS borrower_name,
               b.created_at AS created, b.updated_at AS updated
        FROM resource_bookings b JOIN resources r ON r.id = b.resource_id
        JOIN organisations oo ON oo.id = r.owner_organisation_id JOIN organisations bo ON bo.id = b.borrower_organisation_id
        WHERE ${where} ORDER BY b.starts_at LIMIT 2000`,
  );
}

/** The calendar file of one booking, for either side. */
export async function bookingIcs({ db, actor, bookingId, locale }: { db: Db; actor: Actor; bookingId: string; locale: Locale }) {
  const view = await loadBookingView(db, actor, bookingId);
  const [row] = await rows(db, sql`b.id = ${bookingId}`);
  const side = view.canManage ? new Set([view.owner.id]) : new Set([view.borrower.id]);
  return writeIcs({ entries: [entryOf(row!, side, locale)], name: view.resource.name });
}

/** Bookings of these organisations, lent or borrowed, from a month ago to a year ahead. */
async function bookingsOf(db: Db, organisationIds: readonly string[]): Promise<Row[]> {
  if (!organisationIds.length) return [];
  const mine = sql`${`{${organisationIds.join(',')}}`}::uuid[]`;
  return rows(
    db,
    sql`(b.borrower_organisation_id = ANY(${mine}) OR r.owner_organisation_id = ANY(${mine}))
        AND b.status IN ('approved', 'pending', 'cancelled') AND b.ends_at > now() - interval '31 days' AND b.starts_at < now() + interval '366 days'`,
  );
}

/** Every booking of the actor's organisations, lent or borrowed, from a month ago to a year ahead. */
export async function myBookingsIcs({ db, actor, locale }: { db: Db; actor: Actor; locale: Locale }) {
  const list = await bookingsOf(db, [...actor.organisationIds]);
  return writeIcs({ entries: list.map((r) => entryOf(r, actor.organisationIds, locale)), name: words[locale].mine, refreshMinutes: 60 });
}

/**
 * The bookings part of a person's calendar feed (src/domain/calendar/calendar-sources.ts): what the organisations
 * they represent booked, and what is booked on their resources, each with a link to the booking list.
 */
export async function bookingCalendarEntries(db: Db, userId: string, ctx: { locale: Locale; baseUrl: string }): Promise<IcsEntry[]> {
  const organisations = (await queryRows<{ id: string }>(db, sql`SELECT organisation_id AS id FROM representatives WHERE user_id = ${userId}`)).map((r) => r.id);
  const list = await bookingsOf(db, organisations);
  const slugs = new Map(
    (
      await queryRows<{ booking_id: string; slug: string }>(
        db,
        sql`SELECT DISTINCT ON (b.id) b.id AS booking_id, n.slug FROM resource_bookings b JOIN resource_networks rn ON rn.resource_id = b.resource_id
            JOIN networks n ON n.id = rn.network_id WHERE b.id = ANY(${`{${list.map((r) => r.id).join(',')}}`}::uuid[]) ORDER BY b.id, n.slug`,
      )
    ).map((r) => [r.booking_id, r.slug]),
  );
  const viewer = new Set(organisations);
  return list.map((r) => {
    const slug = slugs.get(r.id);
    return entryOf(r, viewer, ctx.locale, slug ? `${ctx.baseUrl}/n/${encodeURIComponent(slug)}/pooling/bookings` : undefined);
  });
}

/** The calendar of one resource for those who manage it: every booking and own use to come. */
export async function resourceIcs({ db, actor, resourceId, locale }: { db: Db; actor: Actor; resourceId: string; locale: Locale }) {
  const { resource, canManage } = await loadResource(db, actor, resourceId);
  const where = canManage
    ? sql`b.resource_id = ${resourceId} AND b.status IN ('approved', 'pending') AND b.ends_at > now() - interval '31 days'`
    : sql`false`;
  const list = await rows(db, where);
  return writeIcs({ entries: list.map((r) => entryOf(r, new Set([resource.ownerOrganisationId]), locale)), name: resource.name, refreshMinutes: 60 });
}
