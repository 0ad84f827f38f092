import { asc, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../db/client';
import { eventSponsorPromises, eventSponsors, events } from '../../db/schema';
import { uniqueViolation } from '../../db/unique-violation';
import { recordAudit } from '../audit/record-audit';
import { AppError, forbidden, notFound } from '../errors';
import { canOnNetwork } from '../policy/policy';
import type { Actor } from '../policy/actor';
import { runSql } from '../indicators/run-sql';
import { sponsorInputSchema, sponsorPatchSchema } from './sponsor-schema';

/** Sponsorship amounts and promises are the agency's business: coordinators of the event's network only. */
async function managedEvent(db: Db, actor: Actor, eventId: string) {
  const [event] = await db.select().from(events).where(eq(events.id, eventId));
  if (!event || !canOnNetwork(actor, 'read-members', event.networkId)) throw notFound('Event');
  if (!canOnNetwork(actor, 'manage', event.networkId)) throw forbidden('Only the coordinators of the network manage sponsors');
  return event;
}

async function managedSponsor(db: Db, actor: Actor, sponsorId: string) {
  const [sponsor] = await db.select().from(eventSponsors).where(eq(eventSponsors.id, sponsorId));
  if (!sponsor) throw notFound('Sponsor');
  const event = await managedEvent(db, actor, sponsor.eventId);
  return { sponsor, event };
}

/** A sponsor may be an organisation of the directory (then its meetings and attendance are followed) or just a name. */
async function assertOrganisation(db: Db, organisationId: string | null | undefined) {
  if (!organisationId) return;
  const rows = await runSql(db, 'SELECT 1 FROM organisations WHERE id = $1', [organisationId]);
  if (rows.length === 0) throw new AppError('validation', 'No such organisation', 'organisationId');
}

async function writePromises(db: Db, sponsorId: string, promises: z.infer<typeof sponsorInputSchema>['promises']) {
  if (!promises) return;
  await db.delete(eventSponsorPromises).where(eq(eventSponsorPromises.sponsorId, sponsorId));
  if (promises.length)
    await db.insert(eventSponsorPromises).values(promises.map((p, i) => ({ sponsorId, kind: p.kind, detail: p.detail ?? '', status: p.status ?? 'promised', position: i })));
}

export async function addSponsor({ db, actor, eventId, input }: { db: Db; actor: Actor; eventId: string; input: z.input<typeof sponsorInputSchema> }) {
  await managedEvent(db, actor, eventId);
  const values = sponsorInputSchema.parse(input);
  await assertOrganisation(db, values.organisationId);
  try {
    return await db.transaction(async (tx) => {
      const t = tx as unknown as Db;
      const { promises, ...rest } = values;
      const [row] = await t.insert(eventSponsors).values({ ...rest, organisationId: rest.organisationId ?? null, eventId, createdBy: actor.userId }).returning();
      await writePromises(t, row!.id, promises);
      await recordAudit(t, actor, 'add-sponsor', 'event', eventId, { sponsorId: row!.id, name: row!.name });
      return row!;
    });
  } catch (error) {
    if (uniqueViolation(error) !== undefined) throw new AppError('conflict', 'This organisation already sponsors the event', 'organisationId');
    throw error;
  }
}

export async function updateSponsor({ db, actor, sponsorId, input }: { db: Db; actor: Actor; sponsorId: string; input: z.input<typeof sponsorPatchSchema> }) {
  const { event } = await managedSponsor(db, actor, sponsorId);
  const values = sponsorPatchSchema.parse(input);
  await assertOrganisation(db, values.organisationId);
  return db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    const { promises, ...rest } = values;
    const [row] = await t.update(eventSponsors).set({ ...rest, updatedAt: new Date() }).where(eq(eventSponsors.id, sponsorId)).returning();
    await writePromises(t, sponsorId, promises);
    await recordAudit(t, actor, 'update-sponsor', 'event', event.id, { sponsorId });
    return row!;
  });
}

export async function deleteSponsor({ db, actor, sponsorId }: { db: Db; actor: Actor; sponsorId: string }) {
  const { event } = await managedSponsor(db, actor, sponsorId);
  await db.delete(eventSponsors).where(eq(eventSponsors.id, sponsorId));
  await recordAudit(db, actor, 'delete-sponsor', 'event', event.id, { sponsorId });
}

/** The sponsors of the network's events with their promises, newest event first (coordinators). */
export async function listNetworkSponsors({ db, actor, networkId }: { db: Db; actor: Actor; networkId: string }) {
  if (!canOnNetwork(actor, 'manage', networkId)) throw forbidden('Only the coordinators of the network manage sponsors');
  const rows = await db
    .select({ sponsor: eventSponsors, eventTitle: events.title, eventStartsAt: events.startsAt })
    .from(eventSponsors)
    .innerJoin(events, eq(events.id, eventSponsors.eventId))
    .where(eq(events.networkId, networkId))
    .orderBy(asc(events.startsAt));
  const promises = rows.length
    ? await db.select().from(eventSponsorPromises).where(inArray(eventSponsorPromises.sponsorId, rows.map((r) => r.sponsor.id))).orderBy(asc(eventSponsorPromises.position))
    : [];
  return rows.reverse().map((r) => ({ ...r.sponsor, eventTitle: r.eventTitle, eventStartsAt: r.eventStartsAt, promises: promises.filter((p) => p.sponsorId === r.sponsor.id) }));
}
