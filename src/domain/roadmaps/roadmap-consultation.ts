import { and, eq, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../db/client';
import { roadmapActions, roadmapComments, roadmapVersions, roadmapVotes, roadmaps, users } from '../../db/schema';
import { recordAudit } from '../audit/record-audit';
import { runSql } from '../indicators/run-sql';
import { AppError, forbidden, notFound } from '../errors';
import type { Actor } from '../policy/actor';
import { buildRoadmapView } from './get-roadmap';
import { canComment, canVote, loadManagedRoadmap, loadRoadmap, roadmapRefusal } from './roadmap-access';
import { adoptInputSchema, commentInputSchema, voteInputSchema } from './roadmap-schema';
import { compareRoadmaps, normaliseSnapshot } from './version-diff';

async function actionAndRoadmap(db: Db, actor: Actor, actionId: string) {
  const [action] = await db.select().from(roadmapActions).where(eq(roadmapActions.id, actionId));
  if (!action) throw notFound('Action');
  return { action, roadmap: await loadRoadmap(db, actor, action.roadmapId) };
}

/** The organisation a person speaks for in this network: one they represent that is a member, else any. */
async function speakingFor(db: Db, actor: Actor, networkId: string): Promise<string | null> {
  if (!actor.userId || actor.organisationIds.size === 0) return null;
  const ids = [...actor.organisationIds];
  const rows = await runSql<{ organisation_id: string }>(
    db,
    'SELECT organisation_id FROM network_organisations WHERE network_id = $1 AND organisation_id = ANY($2::uuid[]) ORDER BY organisation_id LIMIT 1',
    [networkId, `{${ids.join(',')}}`],
  );
  return rows[0]?.organisation_id ?? ids.sort()[0] ?? null;
}

/** The people of the network comment on any action of a roadmap that is not archived. */
export async function addComment({ db, actor, actionId, input }: { db: Db; actor: Actor; actionId: string; input: z.input<typeof commentInputSchema> }) {
  const { roadmap } = await actionAndRoadmap(db, actor, actionId);
  if (!canComment(actor, roadmap)) throw forbidden('Sign in to comment');
  if (roadmap.status === 'archived') throw roadmapRefusal('conflict', 'archived', 'This roadmap is archived');
  const { body } = commentInputSchema.parse(input);
  const [row] = await db
    .insert(roadmapComments)
    .values({ actionId, authorUserId: actor.userId, authorOrganisationId: await speakingFor(db, actor, roadmap.networkId), body })
    .returning();
  return row!;
}

/** For (1), against (-1) or withdrawn (0): members, partners and coordinators, while the roadmap is in consultation. */
export async function voteOnAction({ db, actor, actionId, input }: { db: Db; actor: Actor; actionId: string; input: z.input<typeof voteInputSchema> }) {
  const { roadmap } = await actionAndRoadmap(db, actor, actionId);
  if (!canVote(actor, roadmap)) throw forbidden('Members, partners and coordinators vote on actions');
  if (roadmap.status !== 'consultation') throw roadmapRefusal('conflict', 'not_in_consultation', 'Votes are open while the roadmap is in consultation');
  const { value } = voteInputSchema.parse(input);
  const userId = actor.userId!;
  if (value === 0) {
    await db.delete(roadmapVotes).where(and(eq(roadmapVotes.actionId, actionId), eq(roadmapVotes.userId, userId)));
  } else {
    const organisationId = await speakingFor(db, actor, roadmap.networkId);
    await db
      .insert(roadmapVotes)
      .values({ actionId, userId, organisationId, value })
      .onConflictDoUpdate({ target: [roadmapVotes.actionId, roadmapVotes.userId], set: { value, organisationId, updatedAt: new Date() } });
  }
  const [tally] = await runSql<{ pro: number; contra: number }>(
    db,
    'SELECT count(*) FILTER (WHERE value = 1)::int AS pro, count(*) FILTER (WHERE value = -1)::int AS contra FROM roadmap_votes WHERE action_id = $1',
    [actionId],
  );
  return { for: tally?.pro ?? 0, against: tally?.contra ?? 0, mine: value };
}

/** Countries of the organisations that took part in drafting: owners, proposers, commenters, voters (RCO83). */
async function contributorCountries(db: Db, roadmapId: string): Promise<string[]> {
  const rows = await runSql<{ country: string }>(
    db,
    `SELECT DISTINCT o.country FROM organisations o WHERE o.id IN (
       SELECT a.owner_organisation_id FROM roadmap_actions a WHERE a.roadmap_id = $1 AND a.status <> 'dropped'
       UNION SELECT rep.organisation_id FROM roadmap_actions a JOIN representatives rep ON rep.user_id = a.proposed_by WHERE a.roadmap_id = $1
       UNION SELECT c.author_organisation_id FROM roadmap_comments c JOIN roadmap_actions a ON a.id = c.action_id WHERE a.roadmap_id = $1
       UNION SELECT v.organisation_id FROM roadmap_votes v JOIN roadmap_actions a ON a.id = v.action_id WHERE a.roadmap_id = $1)
     ORDER BY 1`,
    [roadmapId],
  );
  return rows.map((r) => r.country);
}

/**
 * The coordinators adopt the roadmap: the proposed actions they keep become adopted, the others are dropped, and the
 * whole roadmap is kept as a new version (with who contributed from which country). Adopting again after changes
 * makes the next version; earlier versions stay readable.
 */
export async function adoptRoadmap({ db, actor, id, input }: { db: Db; actor: Actor; id: string; input: z.input<typeof adoptInputSchema> }) {
  const values = adoptInputSchema.parse(input);
  return db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    await loadManagedRoadmap(t, actor, id);
    // Serialises two adoptions of the same roadmap: the second waits and takes the next version number.
    const [locked] = await t.select().from(roadmaps).where(eq(roadmaps.id, id)).for('update');
    const proposed = await t.select({ id: roadmapActions.id }).from(roadmapActions).where(and(eq(roadmapActions.roadmapId, id), eq(roadmapActions.status, 'proposed')));
    const keep = values.acceptActionIds ? new Set(values.acceptActionIds) : new Set(proposed.map((p) => p.id));
    const unknown = values.acceptActionIds?.find((a) => !proposed.some((p) => p.id === a));
    if (unknown) throw roadmapRefusal('validation', 'not_proposed', 'Only proposed actions of this roadmap can be accepted', 'acceptActionIds');
    const accepted = proposed.filter((p) => keep.has(p.id)).map((p) => p.id);
    const dropped = proposed.filter((p) => !keep.has(p.id)).map((p) => p.id);
    const now = new Date();
    if (accepted.length) await t.update(roadmapActions).set({ status: 'adopted', updatedAt: now }).where(inArray(roadmapActions.id, accepted));
    if (dropped.length) await t.update(roadmapActions).set({ status: 'dropped', updatedAt: now }).where(inArray(roadmapActions.id, dropped));
    const version = (locked?.version ?? 0) + 1;
    const snapshot = await buildRoadmapView(t, id, null);
    const countries = await contributorCountries(t, id);
    await t.insert(roadmapVersions).values({
      roadmapId: id,
      version,
      snapshot: { roadmap: { ...locked, status: 'adopted', version }, axes: snapshot.axes, progress: snapshot.progress },
      note: values.note ?? '',
      contributorCountries: countries,
      adoptedBy: actor.userId,
      adoptedAt: now,
    });
    const [row] = await t
      .update(roadmaps)
      .set({ status: 'adopted', version, adoptedAt: now, adoptedBy: actor.userId, firstAdoptedAt: sql`coalesce(${roadmaps.firstAdoptedAt}, ${now.toISOString()}::timestamptz)`, updatedAt: now })
      .where(eq(roadmaps.id, id))
      .returning();
    await recordAudit(t, actor, 'adopt', 'roadmap', id, { version, accepted: accepted.length, dropped: dropped.length, countries });
    return { roadmap: row!, version, accepted, dropped, contributorCountries: countries };
  });
}

/**
 * One adopted version as it was kept (read-only), who adopted it, and what changed in the roadmap since: the kept
 * snapshot compared with the roadmap as it is now.
 */
export async function getRoadmapVersion({ db, actor, id, version }: { db: Db; actor: Actor; id: string; version: number }) {
  const roadmap = await loadRoadmap(db, actor, id);
  const [row] = await db.select().from(roadmapVersions).where(and(eq(roadmapVersions.roadmapId, id), eq(roadmapVersions.version, version)));
  if (!row) throw new AppError('not_found', `Version ${version} not found`, 'version');
  const [adopter] = row.adoptedBy ? await db.select({ name: users.name }).from(users).where(eq(users.id, row.adoptedBy)) : [];
  const now = await buildRoadmapView(db, id, null);
  const snapshot = normaliseSnapshot(row.snapshot, now);
  return {
    ...row,
    snapshot,
    adoptedByName: adopter?.name ?? null,
    roadmap: { id: roadmap.id, title: roadmap.title, status: roadmap.status, version: roadmap.version },
    versions: now.versions.map((v) => v.version),
    changes: compareRoadmaps(snapshot, now),
  };
}
