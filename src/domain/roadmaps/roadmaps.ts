import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../db/client';
import { networkCategories, roadmapActions, roadmapAxes, roadmapObjectives, roadmaps } from '../../db/schema';
import { recordAudit } from '../audit/record-audit';
import { AppError, forbidden, notFound } from '../errors';
import type { Actor } from '../policy/actor';
import { canManageRoadmap, canReadRoadmap, loadManagedRoadmap } from './roadmap-access';
import { axisInputSchema, axisPatchSchema, objectiveInputSchema, objectivePatchSchema, roadmapInputSchema, roadmapPatchSchema } from './roadmap-schema';

/** The roadmaps of a network, newest first (people of the network). */
export async function listRoadmaps({ db, actor, networkId }: { db: Db; actor: Actor; networkId: string }) {
  if (!canReadRoadmap(actor, { networkId })) throw forbidden('Only the people of the network see its roadmaps');
  return db.select().from(roadmaps).where(eq(roadmaps.networkId, networkId)).orderBy(desc(roadmaps.createdAt));
}

async function assertCategory(db: Db, networkId: string, categoryId: string | null | undefined, kind: 'ecosystem' | 'axis' | null, field: string) {
  if (!categoryId) return;
  const [c] = await db.select().from(networkCategories).where(eq(networkCategories.id, categoryId));
  if (!c || c.networkId !== networkId || (kind && c.kind !== kind)) throw new AppError('validation', `No such ${kind ?? 'category'} in this network`, field);
}

function assertDates(startsOn: string | null | undefined, endsOn: string | null | undefined, field = 'endsOn') {
  if (startsOn && endsOn && endsOn < startsOn) throw new AppError('validation', 'The end comes before the start', field);
}

export async function createRoadmap({ db, actor, networkId, input }: { db: Db; actor: Actor; networkId: string; input: z.input<typeof roadmapInputSchema> }) {
  if (!canManageRoadmap(actor, { networkId })) throw forbidden('Only the coordinators of the network write its roadmaps');
  const values = roadmapInputSchema.parse(input);
  assertDates(values.startsOn, values.endsOn);
  await assertCategory(db, networkId, values.ecosystemId, 'ecosystem', 'ecosystemId');
  const [row] = await db
    .insert(roadmaps)
    .values({
      networkId,
      title: values.title,
      summary: values.summary ?? {},
      ecosystemId: values.ecosystemId ?? null,
      startsOn: values.startsOn ?? null,
      endsOn: values.endsOn ?? null,
      consultationEndsOn: values.consultationEndsOn ?? null,
      createdBy: actor.userId,
    })
    .returning();
  await recordAudit(db, actor, 'create', 'roadmap', row!.id, { networkId });
  return row!;
}

export async function updateRoadmap({ db, actor, id, input }: { db: Db; actor: Actor; id: string; input: z.input<typeof roadmapPatchSchema> }) {
  const roadmap = await loadManagedRoadmap(db, actor, id);
  const values = roadmapPatchSchema.parse(input);
  assertDates(values.startsOn ?? roadmap.startsOn, values.endsOn ?? roadmap.endsOn);
  await assertCategory(db, roadmap.networkId, values.ecosystemId, 'ecosystem', 'ecosystemId');
  const [row] = await db.update(roadmaps).set({ ...values, updatedAt: new Date() }).where(eq(roadmaps.id, id)).returning();
  await recordAudit(db, actor, 'update', 'roadmap', id, { fields: Object.keys(values) });
  return row!;
}

/** draft → consultation: members may now comment, vote and propose actions. */
export async function openConsultation({ db, actor, id }: { db: Db; actor: Actor; id: string }) {
  await loadManagedRoadmap(db, actor, id);
  const [row] = await db.update(roadmaps).set({ status: 'consultation', updatedAt: new Date() }).where(eq(roadmaps.id, id)).returning();
  await recordAudit(db, actor, 'open-consultation', 'roadmap', id);
  return row!;
}

export async function archiveRoadmap({ db, actor, id }: { db: Db; actor: Actor; id: string }) {
  await loadManagedRoadmap(db, actor, id);
  const [row] = await db.update(roadmaps).set({ status: 'archived', updatedAt: new Date() }).where(eq(roadmaps.id, id)).returning();
  await recordAudit(db, actor, 'archive', 'roadmap', id);
  return row!;
}

export async function addAxis({ db, actor, roadmapId, input }: { db: Db; actor: Actor; roadmapId: string; input: z.input<typeof axisInputSchema> }) {
  const roadmap = await loadManagedRoadmap(db, actor, roadmapId);
  const values = axisInputSchema.parse(input);
  await assertCategory(db, roadmap.networkId, values.categoryId, null, 'categoryId');
  const [row] = await db.insert(roadmapAxes).values({ roadmapId, title: values.title, categoryId: values.categoryId ?? null, position: values.position ?? 0 }).returning();
  return row!;
}

async function axisOf(db: Db, actor: Actor, axisId: string) {
  const [axis] = await db.select().from(roadmapAxes).where(eq(roadmapAxes.id, axisId));
  if (!axis) throw notFound('Axis');
  return { axis, roadmap: await loadManagedRoadmap(db, actor, axis.roadmapId) };
}

export async function updateAxis({ db, actor, axisId, input }: { db: Db; actor: Actor; axisId: string; input: z.input<typeof axisPatchSchema> }) {
  const { roadmap } = await axisOf(db, actor, axisId);
  const values = axisPatchSchema.parse(input);
  await assertCategory(db, roadmap.networkId, values.categoryId, null, 'categoryId');
  const [row] = await db.update(roadmapAxes).set(values).where(eq(roadmapAxes.id, axisId)).returning();
  return row!;
}

export async function deleteAxis({ db, actor, axisId }: { db: Db; actor: Actor; axisId: string }) {
  await axisOf(db, actor, axisId);
  await db.delete(roadmapAxes).where(eq(roadmapAxes.id, axisId));
}

export async function addObjective({ db, actor, roadmapId, input }: { db: Db; actor: Actor; roadmapId: string; input: z.input<typeof objectiveInputSchema> }) {
  await loadManagedRoadmap(db, actor, roadmapId);
  const values = objectiveInputSchema.parse(input);
  const [axis] = await db.select().from(roadmapAxes).where(and(eq(roadmapAxes.id, values.axisId), eq(roadmapAxes.roadmapId, roadmapId)));
  if (!axis) throw new AppError('validation', 'No such axis in this roadmap', 'axisId');
  const [row] = await db.insert(roadmapObjectives).values({ roadmapId, axisId: axis.id, title: values.title, position: values.position ?? 0 }).returning();
  return row!;
}

async function objectiveOf(db: Db, actor: Actor, objectiveId: string) {
  const [objective] = await db.select().from(roadmapObjectives).where(eq(roadmapObjectives.id, objectiveId));
  if (!objective) throw notFound('Objective');
  return { objective, roadmap: await loadManagedRoadmap(db, actor, objective.roadmapId) };
}

export async function updateObjective({ db, actor, objectiveId, input }: { db: Db; actor: Actor; objectiveId: string; input: z.input<typeof objectivePatchSchema> }) {
  await objectiveOf(db, actor, objectiveId);
  const [row] = await db.update(roadmapObjectives).set(objectivePatchSchema.parse(input)).where(eq(roadmapObjectives.id, objectiveId)).returning();
  return row!;
}

export async function deleteObjective({ db, actor, objectiveId }: { db: Db; actor: Actor; objectiveId: string }) {
  await objectiveOf(db, actor, objectiveId);
  await db.delete(roadmapObjectives).where(eq(roadmapObjectives.id, objectiveId));
}

/** Axes, objectives and actions of a roadmap in their order. */
export async function loadStructure(db: Db, roadmapId: string) {
  const axes = await db.select().from(roadmapAxes).where(eq(roadmapAxes.roadmapId, roadmapId)).orderBy(asc(roadmapAxes.position), asc(roadmapAxes.createdAt));
  const objectives = axes.length
    ? await db.select().from(roadmapObjectives).where(inArray(roadmapObjectives.axisId, axes.map((a) => a.id))).orderBy(asc(roadmapObjectives.position), asc(roadmapObjectives.createdAt))
    : [];
  const actions = await db.select().from(roadmapActions).where(eq(roadmapActions.roadmapId, roadmapId)).orderBy(asc(roadmapActions.position), asc(roadmapActions.createdAt));
  return { axes, objectives, actions };
}
