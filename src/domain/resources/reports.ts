import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client';
import { queryRows } from '../../db/rows';
import { AppError, forbidden } from '../errors';
import type { Actor } from '../policy/actor';
import { assertCan, canOnNetwork } from '../policy/policy';
import { loadResource } from './resource-access';
import { computeUsage, sharesPerBorrower, usagePerPeriod } from './usage';

export const MAX_REPORT_DAYS = 400;

export const reportQuery = z.object({
  from: z.iso.datetime({ offset: true }),
  to: z.iso.datetime({ offset: true }),
  period: z.enum(['week', 'month']).default('month'),
  /** One of my organisations (default: all of them). */
  organisation: z.uuid().optional(),
});

export type ReportQuery = z.infer<typeof reportQuery>;

function window(query: { from: string; to: string }) {
  const from = Date.parse(query.from);
  const to = Date.parse(query.to);
  if (!(to > from)) throw new AppError('validation', 'The end of the period must come after its start', 'to');
  if (to - from > MAX_REPORT_DAYS * 86_400_000) throw new AppError('validation', `A report covers ${MAX_REPORT_DAYS} days at most`, 'to');
  return { from, to };
}

const round1 = (x: number) => Math.round(x * 10) / 10;
const round3 = (x: number) => Math.round(x * 1000) / 1000;
const uuidArray = (ids: Iterable<string>) => sql`${`{${[...ids].join(',')}}`}::uuid[]`;

/** Utilisation of one resource per week or month (those who manage it). */
export async function getResourceUtilisation({ db, actor, resourceId, query }: { db: Db; actor: Actor; resourceId: string; query: ReportQuery }) {
  const { canManage, resource } = await loadResource(db, actor, resourceId);
  if (!canManage) throw forbidden('Only the owner and the coordinators see the utilisation of a resource');
  const { from, to } = window(query);
  const [usage] = await computeUsage(db, [resource.id], from, to);
  const periods = usagePerPeriod(usage!, query.period, from, to).map((p) => ({
    label: p.label,
    start: new Date(p.start).toISOString(),
    end: new Date(p.end).toISOString(),
    availableHours: round1(p.availableHours),
    bookedHours: round1(p.bookedHours),
    ownerHours: round1(p.ownerHours),
    utilisation: round3(p.utilisation),
    occupancy: round3(p.occupancy),
  }));
  return {
    resourceId: resource.id,
    timeZone: resource.timeZone,
    period: query.period,
    total: {
      availableHours: round1(usage!.availableHours),
      bookedHours: round1(usage!.bookedHours),
      ownerHours: round1(usage!.ownerHours),
      utilisation: round3(usage!.utilisation),
      occupancy: round3(usage!.occupancy),
    },
    periods,
  };
}

/**
 * The owner's view across its resources over a period: utilisation of each, and revenue and cost sharing per
 * borrower (hours borrowed, share of the hours lent, amount under the owner's terms, late cancellations).
 */
export async function getOwnerReport({ db, actor, query }: { db: Db; actor: Actor; query: ReportQuery }) {
  const { from, to } = window(query);
  if (query.organisation && !actor.organisationIds.has(query.organisation) && !actor.isAdmin)
    throw forbidden('You do not represent this organisation');
  const owners = query.organisation ? [query.organisation] : [...actor.organisationIds];
  if (!owners.length) return { from: query.from, to: query.to, period: query.period, resources: [], borrowers: [], totals: emptyTotals() };
  const ids = (await queryRows<{ id: string }>(db, sql`SELECT id FROM resources WHERE owner_organisation_id = ANY(${uuidArray(owners)}) ORDER BY name`)).map((r) => r.id);
  const usages = await computeUsage(db, ids, from, to);
  const resources = usages.map((u) => ({
    id: u.resource.id,
    name: u.resource.name,
    kind: u.resource.kind,
    owner: { id: u.resource.owner_id, name: u.resource.owner_name },
    currency: u.resource.currency,
    availableHours: round1(u.availableHours),
    bookedHours: round1(u.bookedHours),
    ownerHours: round1(u.ownerHours),
    utilisation: round3(u.utilisation),
    occupancy: round3(u.occupancy),
    bookings: u.bookings.filter((b) => b.kind === 'booking' && b.status === 'approved').length,
    periods: usagePerPeriod(u, query.period, from, to).map((p) => ({ label: p.label, utilisation: round3(p.utilisation), occupancy: round3(p.occupancy), bookedHours: round1(p.bookedHours) })),
  }));
  const borrowers = sharesPerBorrower(usages, from, to).map((b) => ({ ...b, hours: round1(b.hours), share: round3(b.share) }));
  const totals = {
    availableHours: round1(usages.reduce((s, u) => s + u.availableHours, 0)),
    bookedHours: round1(usages.reduce((s, u) => s + u.bookedHours, 0)),
    ownerHours: round1(usages.reduce((s, u) => s + u.ownerHours, 0)),
    amountCents: borrowers.reduce((s, b) => s + b.amountCents, 0),
    bookings: borrowers.reduce((s, b) => s + b.bookings, 0),
  };
  return { from: query.from, to: query.to, period: query.period, resources, borrowers, totals };
}

function emptyTotals() {
  return { availableHours: 0, bookedHours: 0, ownerHours: 0, amountCents: 0, bookings: 0 };
}

/**
 * The coordinator's view of a network's pooling: every resource offered in it and how much it is used, which
 * members share and which borrow, and the ties bookings create between members.
 */
export async function getNetworkPoolingOverview({ db, actor, networkId, query }: { db: Db; actor: Actor; networkId: string; query: Pick<ReportQuery, 'from' | 'to'> }) {
  assertCan(canOnNetwork(actor, 'manage', networkId), 'Only the coordinators of the network see its pooling overview');
  const { from, to } = window(query);
  const ids = (await queryRows<{ id: string }>(db, sql`SELECT resource_id AS id FROM resource_networks WHERE network_id = ${networkId}`)).map((r) => r.id);
  const usages = await computeUsage(db, ids, from, to);
  const resources = usages.map((u) => ({
    id: u.resource.id,
    name: u.resource.name,
    kind: u.resource.kind,
    owner: { id: u.resource.owner_id, name: u.resource.owner_name },
    availableHours: round1(u.availableHours),
    bookedHours: round1(u.bookedHours),
    ownerHours: round1(u.ownerHours),
    utilisation: round3(u.utilisation),
    occupancy: round3(u.occupancy),
    bookings: u.bookings.filter((b) => b.kind === 'booking' && b.status === 'approved').length,
    borrowers: new Set(u.bookings.filter((b) => b.kind === 'booking' && b.status === 'approved').map((b) => b.borrowerId)).size,
  }));
  const sharing = new Map<string, { organisation: { id: string; name: string }; resources: number; hoursLent: number; borrowers: Set<string> }>();
  const borrowing = new Map<string, { organisation: { id: string; name: string }; bookings: number; hours: number; owners: Set<string> }>();
  const ties = new Set<string>();
  for (const u of usages) {
    const s = sharing.get(u.resource.owner_id) ?? { organisation: { id: u.resource.owner_id, name: u.resource.owner_name }, resources: 0, hoursLent: 0, borrowers: new Set<string>() };
    s.resources += 1;
    for (const b of u.bookings) {
      if (b.kind !== 'booking' || b.status !== 'approved') continue;
      s.hoursLent += b.hours;
      s.borrowers.add(b.borrowerId);
      const r = borrowing.get(b.borrowerId) ?? { organisation: { id: b.borrowerId, name: b.borrowerName }, bookings: 0, hours: 0, owners: new Set<string>() };
      r.bookings += 1;
      r.hours += b.hours;
      r.owners.add(u.resource.owner_id);
      borrowing.set(b.borrowerId, r);
      ties.add(`${u.resource.owner_id}>${b.borrowerId}`);
    }
    sharing.set(u.resource.owner_id, s);
  }
  const available = usages.reduce((s, u) => s + u.availableHours, 0);
  const booked = usages.reduce((s, u) => s + u.bookedHours, 0);
  return {
    from: query.from,
    to: query.to,
    totals: {
      resources: resources.length,
      sharingMembers: sharing.size,
      borrowingMembers: borrowing.size,
      bookings: resources.reduce((s, r) => s + r.bookings, 0),
      bookedHours: round1(booked),
      availableHours: round1(available),
      // The mean of the resources' rates: a large always-open store must not drown a saturated paint booth.
      utilisation: round3(usages.length ? usages.reduce((sum, u) => sum + u.utilisation, 0) / usages.length : 0),
      ties: ties.size,
    },
    resources: resources.sort((a, b) => b.utilisation - a.utilisation || a.name.localeCompare(b.name)),
    sharing: [...sharing.values()]
      .map((s) => ({ organisation: s.organisation, resources: s.resources, hoursLent: round1(s.hoursLent), borrowers: s.borrowers.size }))
      .sort((a, b) => b.hoursLent - a.hoursLent || a.organisation.name.localeCompare(b.organisation.name)),
    borrowing: [...borrowing.values()]
      .map((r) => ({ organisation: r.organisation, bookings: r.bookings, hours: round1(r.hours), owners: r.owners.size }))
      .sort((a, b) => b.hours - a.hours || a.organisation.name.localeCompare(b.organisation.name)),
  };
}
