import { and, asc, eq, gt, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { queryRows } from '../../db/rows';
import {
  networkOrganisations,
  networks,
  organisations,
  recordShares,
  resourceBookings,
  resourceNetworks,
  resourceOpeningRules,
  resourcePhotos,
  resources,
} from '../../db/schema';
import { recordAudit } from '../audit/record-audit';
import { AppError, notFound } from '../errors';
import type { Actor } from '../policy/actor';
import { assertCan } from '../policy/policy';
import { declineBooking } from './decide-booking';
import { loadResource, managesOrganisation, type Resource } from './resource-access';
import { resourceInputSchema, resourcePatchSchema, termIssues, zoneOfCountry, type ResourceInput, type ResourcePatch } from './resource-schema';
import type { OpeningRule } from './opening-hours';

async function networksOf(db: Db, organisationId: string): Promise<string[]> {
  const rows = await db.select({ id: networkOrganisations.networkId }).from(networkOrganisations).where(eq(networkOrganisations.organisationId, organisationId));
  return rows.map((r) => r.id);
}

/** A resource is offered only in networks its owner belongs to. */
function checkNetworks(chosen: string[], ownerNetworks: string[]) {
  const index = chosen.findIndex((n) => !ownerNetworks.includes(n));
  if (index >= 0) throw new AppError('validation', 'A resource can only be offered in the networks its owner belongs to', `networkIds.${index}`);
}

async function setNetworks(db: Db, resourceId: string, networkIds: string[]) {
  await db.delete(resourceNetworks).where(eq(resourceNetworks.resourceId, resourceId));
  if (networkIds.length) await db.insert(resourceNetworks).values([...new Set(networkIds)].map((networkId) => ({ resourceId, networkId })));
}

async function setShares(db: Db, resourceId: string, sharedWith: string[]) {
  await db.delete(recordShares).where(and(eq(recordShares.recordType, 'resource'), eq(recordShares.recordId, resourceId)));
  const ids = [...new Set(sharedWith)];
  if (!ids.length) return;
  const found = await db.select({ id: organisations.id }).from(organisations).where(inArray(organisations.id, ids));
  const known = new Set(found.map((o) => o.id));
  const index = sharedWith.findIndex((o) => !known.has(o));
  if (index >= 0) throw new AppError('validation', 'Unknown organisation', `sharedWith.${index}`);
  await db.insert(recordShares).values(ids.map((organisationId) => ({ recordType: 'resource', recordId: resourceId, organisationId })));
}

/** Rules of one weekday must not overlap: "07:00–12:00 and 11:00–19:00" is a typing mistake, not two shifts. */
function checkRules(rules: OpeningRule[]) {
  const sorted = rules.map((r, i) => ({ ...r, i })).sort((a, b) => a.weekday - b.weekday || a.opens.localeCompare(b.opens));
  for (let k = 1; k < sorted.length; k++) {
    const prev = sorted[k - 1]!;
    const cur = sorted[k]!;
    if (prev.weekday === cur.weekday && cur.opens < prev.closes)
      throw new AppError('validation', 'Two opening periods of the same day overlap', `openingRules.${cur.i}.opens`);
  }
}

export async function setOpeningRules(db: Db, resourceId: string, rules: OpeningRule[]) {
  checkRules(rules);
  await db.delete(resourceOpeningRules).where(eq(resourceOpeningRules.resourceId, resourceId));
  if (rules.length) await db.insert(resourceOpeningRules).values(rules.map((r) => ({ resourceId, weekday: r.weekday, opens: r.opens, closes: r.closes })));
}

/** Publishes a resource of an organisation, by default to every network of that organisation and to no one else. */
export async function createResource(opts: { db: Db; actor: Actor; input: ResourceInput }) {
  const { db, actor } = opts;
  const input = resourceInputSchema.parse(opts.input);
  const [owner] = await db.select().from(organisations).where(eq(organisations.id, input.ownerOrganisationId));
  if (!owner) throw notFound('Organisation', 'ownerOrganisationId');
  const ownerNetworks = await networksOf(db, owner.id);
  assertCan(managesOrganisation(actor, owner.id, ownerNetworks), 'Only the representatives of the organisation (or its coordinators) can publish its resources');
  if (!ownerNetworks.length) throw new AppError('validation', 'The organisation belongs to no network to share with', 'ownerOrganisationId');
  const networkIds = input.networkIds ?? ownerNetworks;
  checkNetworks(networkIds, ownerNetworks);
  const { networkIds: _n, sharedWith, openingRules, ownerOrganisationId, ...values } = input;
  const country = values.country === undefined ? (owner.country as Resource['country']) : values.country;
  return db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    const [row] = await t
      .insert(resources)
      .values({
        ...values,
        ownerOrganisationId,
        address: values.address ?? owner.address,
        postcode: values.postcode ?? owner.postcode,
        commune: values.commune ?? owner.commune,
        country,
        latitude: values.latitude === undefined ? owner.latitude : values.latitude,
        longitude: values.longitude === undefined ? owner.longitude : values.longitude,
        timeZone: values.timeZone ?? zoneOfCountry[country ?? ''] ?? 'Europe/Brussels',
        createdBy: actor.userId,
      })
      .returning();
    await setNetworks(t, row!.id, networkIds);
    if (sharedWith?.length) await setShares(t, row!.id, sharedWith);
    if (openingRules?.length) await setOpeningRules(t, row!.id, openingRules);
    await recordAudit(t, actor, 'create', 'resource', row!.id, { name: row!.name, owner: owner.id });
    return row!;
  });
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

export async function updateResource(opts: { db: Db; actor: Actor; id: string; input: ResourcePatch }) {
  const { db, actor, id } = opts;
  const { resource, guard, canManage } = await loadResource(db, actor, id);
  assertCan(canManage, 'Only the owner and the coordinators can edit this resource');
  const input = resourcePatchSchema.parse(opts.input);
  const { networkIds, sharedWith, openingRules, ...values } = input;
  const merged = { ...resource, ...values };
  const [issue] = termIssues(merged);
  if (issue) throw new AppError('validation', issue.message, issue.path);
  if (networkIds) checkNetworks(networkIds, await networksOf(db, resource.ownerOrganisationId));
  if (values.units !== undefined && values.units < resource.units) {
    // Fewer units must not strand bookings held on the units that go away.
    const [held] = await queryRows<{ n: number }>(
      db,
      sql`SELECT count(*)::int AS n FROM resource_booking_units WHERE resource_id = ${id} AND NOT released AND unit > ${values.units} AND upper(period) > now()`,
    );
    if ((held?.n ?? 0) > 0) throw new AppError('conflict', 'Bookings to come hold the units you want to remove; cancel or move them first', 'units');
  }
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const [field, to] of Object.entries(values)) {
    const from = resource[field as keyof Resource];
    if (!same(from, to)) changes[field] = { from, to };
  }
  return db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    const [row] = await t.update(resources).set({ ...values, updatedAt: new Date() }).where(eq(resources.id, id)).returning();
    if (networkIds) await setNetworks(t, id, networkIds);
    if (sharedWith) await setShares(t, id, sharedWith);
    if (openingRules) await setOpeningRules(t, id, openingRules);
    await recordAudit(t, actor, 'update', 'resource', id, {
      changes,
      ...(networkIds && !same(networkIds, guard.networkIds) ? { networkIds } : {}),
      ...(sharedWith ? { sharedWith } : {}),
      ...(openingRules ? { openingRules } : {}),
    });
    return row!;
  });
}

/**
 * Withdraws a resource from the catalogue. Bookings to come must be cancelled first (each borrower is told);
 * pending requests are declined with the owner's message.
 */
export async function archiveResource(opts: { db: Db; actor: Actor; id: string; message?: string }) {
  const { db, actor, id } = opts;
  const { canManage } = await loadResource(db, actor, id);
  assertCan(canManage, 'Only the owner and the coordinators can withdraw this resource');
  const upcoming = await db
    .select({ id: resourceBookings.id, startsAt: resourceBookings.startsAt, endsAt: resourceBookings.endsAt })
    .from(resourceBookings)
    .where(and(eq(resourceBookings.resourceId, id), eq(resourceBookings.status, 'approved'), eq(resourceBookings.kind, 'booking'), gt(resourceBookings.endsAt, new Date())));
  if (upcoming.length)
    throw new AppError('conflict', `${upcoming.length} approved booking(s) are still to come; cancel them first`, 'id', {
      bookings: upcoming.map((b) => ({ id: b.id, start: b.startsAt.toISOString(), end: b.endsAt.toISOString() })),
    });
  const pending = await db
    .select({ id: resourceBookings.id })
    .from(resourceBookings)
    .where(and(eq(resourceBookings.resourceId, id), eq(resourceBookings.status, 'pending')));
  for (const p of pending) await declineBooking({ db, actor, bookingId: p.id, message: opts.message ?? '' });
  await db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    await t.update(resources).set({ status: 'archived', updatedAt: new Date() }).where(eq(resources.id, id));
    await recordAudit(t, actor, 'archive', 'resource', id);
  });
}

export async function restoreResource(opts: { db: Db; actor: Actor; id: string }) {
  const { canManage } = await loadResource(opts.db, opts.actor, opts.id);
  assertCan(canManage, 'Only the owner and the coordinators can restore this resource');
  await opts.db.update(resources).set({ status: 'active', updatedAt: new Date() }).where(eq(resources.id, opts.id));
  await recordAudit(opts.db, opts.actor, 'restore', 'resource', opts.id);
}

/**
 * The organisations the actor may book for: those it represents that belong to one of the resource's networks
 * (all it represents when none does), the owner last — booking one's own resource blocks it for own use.
 */
export async function bookableAs(db: Db, actor: Actor, ownerOrganisationId: string, networkIds: string[]) {
  if (!actor.organisationIds.size) return [];
  const rows = await queryRows<{ id: string; name: string; member: boolean }>(
    db,
    sql`SELECT o.id, o.name, EXISTS (SELECT 1 FROM network_organisations n WHERE n.organisation_id = o.id
                 AND n.network_id = ANY(${`{${networkIds.join(',')}}`}::uuid[])) AS member
        FROM organisations o WHERE o.id = ANY(${`{${[...actor.organisationIds].join(',')}}`}::uuid[]) ORDER BY o.name`,
  );
  const members = rows.filter((r) => r.member);
  const list = (members.length ? members : rows).map((r) => ({ id: r.id, name: r.name }));
  return [...list.filter((o) => o.id !== ownerOrganisationId), ...list.filter((o) => o.id === ownerOrganisationId)];
}

/** The actor's organisations with the networks each belongs to (to choose who publishes a resource). */
export async function myOrganisations({ db, actor }: { db: Db; actor: Actor }) {
  if (!actor.organisationIds.size) return [];
  const rows = await queryRows<{ id: string; name: string; network_ids: string[] | null }>(
    db,
    sql`SELECT o.id, o.name, array_remove(array_agg(n.network_id), NULL) AS network_ids
        FROM organisations o LEFT JOIN network_organisations n ON n.organisation_id = o.id
        WHERE o.id = ANY(${`{${[...actor.organisationIds].join(',')}}`}::uuid[]) GROUP BY o.id, o.name ORDER BY o.name`,
  );
  return rows.map((r) => ({ id: r.id, name: r.name, networkIds: (r.network_ids ?? []).map(String) }));
}

/** Everything the resource page shows: terms, place, calendar rules, photos, owner; shares only to those who manage it. */
export async function getResourceDetail(opts: { db: Db; actor: Actor; id: string }) {
  const { db, actor, id } = opts;
  const { resource, guard, canManage } = await loadResource(db, actor, id);
  const [owner] = await db.select({ id: organisations.id, name: organisations.name }).from(organisations).where(eq(organisations.id, resource.ownerOrganisationId));
  const nets = guard.networkIds.length
    ? await db.select({ id: networks.id, slug: networks.slug, name: networks.name }).from(networks).where(inArray(networks.id, guard.networkIds))
    : [];
  const rules = await db
    .select({ weekday: resourceOpeningRules.weekday, opens: resourceOpeningRules.opens, closes: resourceOpeningRules.closes })
    .from(resourceOpeningRules)
    .where(eq(resourceOpeningRules.resourceId, id))
    .orderBy(asc(resourceOpeningRules.weekday), asc(resourceOpeningRules.opens));
  const photos = await db
    .select({ id: resourcePhotos.id, contentType: resourcePhotos.contentType, caption: resourcePhotos.caption, position: resourcePhotos.position })
    .from(resourcePhotos)
    .where(eq(resourcePhotos.resourceId, id))
    .orderBy(asc(resourcePhotos.position), asc(resourcePhotos.createdAt));
  const exceptions = await queryRows<{ id: string; kind: 'closed' | 'open'; start: Date; end: Date; reason: string }>(
    db,
    sql`SELECT id, kind, lower(period) AS start, upper(period) AS "end", reason FROM resource_exceptions
        WHERE resource_id = ${id} AND upper(period) > now() ORDER BY lower(period) LIMIT 200`,
  );
  return {
    resource,
    bookAs: await bookableAs(db, actor, resource.ownerOrganisationId, guard.networkIds),
    owner: owner ?? { id: resource.ownerOrganisationId, name: '' },
    networks: nets,
    canManage,
    canBook: actor.userId !== null && actor.organisationIds.size > 0 && resource.status === 'active',
    sharedWith: canManage ? guard.sharedWith : [],
    openingRules: rules.map((r) => ({ weekday: r.weekday, opens: r.opens.slice(0, 5), closes: r.closes.slice(0, 5) })),
    exceptions: exceptions.map((e) => ({ ...e, start: new Date(e.start), end: new Date(e.end) })),
    photos,
  };
}
