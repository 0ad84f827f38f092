import { eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client';
import { queryRows } from '../../db/rows';
import { events, trainingNeeds, type Translated } from '../../db/schema';
import { recordAudit } from '../audit/record-audit';
import { AppError } from '../errors';
import { foldText } from '../matching/text-words';
import type { Actor } from '../policy/actor';
import { assertCan, canOnNetwork } from '../policy/policy';
import { territoriesOf } from './territories';

/**
 * Below this many firms a figure could point at one of them: it goes into "other", and "other" itself is left out
 * when it gathers fewer. Three, not two: with two firms behind a figure, each reads the other's by subtraction.
 */
export const MIN_FIRMS = 3;

/** A training need shared by this many firms is worth a collective session (coordinators see it from here). */
export const COLLECTIVE_MIN_FIRMS = 2;

interface NeedRow {
  post_id: string;
  kind: 'recruitment' | 'training_need';
  organisation_id: string;
  nace_codes: string[];
  country: string | null;
  postcode: string;
  occupation_codes: string[];
  skill_codes: string[];
  occupation_code: string | null;
  topic: string | null;
  headcount: number;
  period_start: string | null;
  period_end: string | null;
  event_id: string | null;
}

async function openNeeds(db: Db, networkId: string): Promise<NeedRow[]> {
  return queryRows<NeedRow>(
    db,
    sql`SELECT p.id AS post_id, p.kind, p.organisation_id, o.nace_codes, p.country, p.postcode, p.occupation_codes, p.skill_codes,
          r.occupation_code, t.topic, coalesce(r.headcount, t.headcount, 1) AS headcount, t.period_start::text, t.period_end::text, t.event_id
        FROM posts p
        JOIN organisations o ON o.id = p.organisation_id
        LEFT JOIN recruitment_needs r ON r.post_id = p.id
        LEFT JOIN training_needs t ON t.post_id = p.id
        WHERE p.kind IN ('recruitment', 'training_need') AND p.status IN ('open', 'in_discussion')
          AND (p.expires_on IS NULL OR p.expires_on >= current_date)
          AND EXISTS (SELECT 1 FROM post_networks pn WHERE pn.post_id = p.id AND pn.network_id = ${networkId})`,
  );
}

interface Cell {
  key: string;
  firms: number;
  headcount: number;
  needs: number;
}

/**
 * Counts firms, people and needs per key; cells of fewer than MIN_FIRMS firms are merged into one "other" cell,
 * shown only if it gathers MIN_FIRMS firms itself.
 */
function aggregate(rows: NeedRow[], keysOf: (r: NeedRow) => string[]): Cell[] {
  const cells = new Map<string, { firms: Set<string>; headcount: number; needs: number }>();
  for (const r of rows)
    for (const key of new Set(keysOf(r))) {
      const c = cells.get(key) ?? { firms: new Set(), headcount: 0, needs: 0 };
      c.firms.add(r.organisation_id);
      c.headcount += r.headcount;
      c.needs += 1;
      cells.set(key, c);
    }
  const shown: Cell[] = [];
  const other = { firms: new Set<string>(), headcount: 0, needs: 0 };
  for (const [key, c] of cells) {
    if (c.firms.size >= MIN_FIRMS) shown.push({ key, firms: c.firms.size, headcount: c.headcount, needs: c.needs });
    else {
      c.firms.forEach((f) => other.firms.add(f));
      other.headcount += c.headcount;
      other.needs += c.needs;
    }
  }
  shown.sort((a, b) => b.headcount - a.headcount || b.firms - a.firms || a.key.localeCompare(b.key));
  if (other.firms.size >= MIN_FIRMS) shown.push({ key: 'other', firms: other.firms.size, headcount: other.headcount, needs: other.needs });
  return shown;
}

const divisionOf = (nace: string[]) => (nace[0] ? [nace[0].slice(0, 3)] : ['unknown']);
const regionOf = (r: NeedRow) => [territoriesOf(r.country, r.postcode).at(-1) ?? 'unknown'];
const topicKey = (topic: string | null) => (topic ? `topic:${foldText(topic).replace(/[^a-z0-9]+/g, ' ').trim()}` : 'unknown');

/**
 * Anonymised demand for training providers and operators: open recruitment and training needs of the network, per
 * occupation, skill, sector (NACE division of the firm) and territory, without any firm's name; small cells are
 * merged so that no figure points at one firm.
 */
export async function anonymisedDemand({ db, actor, networkId }: { db: Db; actor: Actor; networkId: string }) {
  assertCan(canOnNetwork(actor, 'read-members', networkId), 'Only the people of the network see its demand');
  const rows = await openNeeds(db, networkId);
  const recruitment = rows.filter((r) => r.kind === 'recruitment');
  const training = rows.filter((r) => r.kind === 'training_need');
  const concepts = [...new Set(rows.flatMap((r) => [...r.occupation_codes, ...r.skill_codes]))];
  const labels = concepts.length ? await queryRows<{ key: string; labels: Translated }>(db, sql`SELECT key, labels FROM skill_concepts WHERE key IN (SELECT unnest(${`{${concepts.join(',')}}`}::text[]))`) : [];
  return {
    minFirms: MIN_FIRMS,
    recruitment: {
      byOccupation: aggregate(recruitment, (r) => (r.occupation_code ? [r.occupation_code] : r.occupation_codes)),
      bySector: aggregate(recruitment, (r) => divisionOf(r.nace_codes)),
      byTerritory: aggregate(recruitment, regionOf),
    },
    training: {
      bySkill: aggregate(training, (r) => (r.skill_codes.length ? r.skill_codes : r.occupation_codes.length ? r.occupation_codes : [topicKey(r.topic)])),
      bySector: aggregate(training, (r) => divisionOf(r.nace_codes)),
      byTerritory: aggregate(training, regionOf),
    },
    concepts: Object.fromEntries(labels.map((l) => [l.key, l.labels])),
  };
}

/**
 * Training needs that several firms share (same skill, occupation or topic), not yet given a session: proposals for
 * a collective training. Coordinators see which needs from two firms on; everyone else sees only the figures, and
 * only where MIN_FIRMS firms stand behind them.
 */
export async function collectiveTrainingProposals({ db, actor, networkId }: { db: Db; actor: Actor; networkId: string }) {
  assertCan(canOnNetwork(actor, 'read-members', networkId), 'Only the people of the network see its demand');
  const coordinator = canOnNetwork(actor, 'manage', networkId);
  const rows = (await openNeeds(db, networkId)).filter((r) => r.kind === 'training_need' && !r.event_id);
  const groups = new Map<string, NeedRow[]>();
  for (const r of rows) {
    const keys = r.skill_codes.length ? r.skill_codes : r.occupation_codes.length ? r.occupation_codes : [topicKey(r.topic)];
    for (const key of new Set(keys)) groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  return [...groups]
    .map(([key, needs]) => ({
      key,
      firms: new Set(needs.map((n) => n.organisation_id)).size,
      headcount: needs.reduce((s, n) => s + n.headcount, 0),
      topics: [...new Set(needs.map((n) => n.topic ?? ''))].filter(Boolean),
      earliest: needs.map((n) => n.period_start).filter((d): d is string => !!d).sort()[0] ?? null,
      postIds: coordinator ? needs.map((n) => n.post_id) : [],
    }))
    .filter((g) => g.firms >= (coordinator ? COLLECTIVE_MIN_FIRMS : MIN_FIRMS))
    .sort((a, b) => b.firms - a.firms || b.headcount - a.headcount);
}

export const collectiveTrainingSchema = z.object({
  postIds: z.array(z.uuid()).min(2).max(100),
  title: z.object({ fr: z.string().trim().max(300), de: z.string().trim().max(300), en: z.string().trim().max(300), nl: z.string().trim().max(300) }).partial(),
  startsAt: z.iso.datetime({ offset: true }),
  endsAt: z.iso.datetime({ offset: true }),
  capacity: z.number().int().min(1).max(10000).nullable().optional(),
});

/** A coordinator turns a shared training need into a collective session: an event (draft) the needs point to. */
export async function proposeCollectiveTraining(opts: { db: Db; actor: Actor; networkId: string; input: z.input<typeof collectiveTrainingSchema> }) {
  const { db, actor, networkId } = opts;
  assertCan(canOnNetwork(actor, 'manage', networkId), 'Only the coordinators propose collective trainings');
  const input = collectiveTrainingSchema.parse(opts.input);
  if (!Object.values(input.title).some((v) => !!v)) throw new AppError('validation', 'A title in at least one language is required', 'title');
  if (new Date(input.endsAt) <= new Date(input.startsAt)) throw new AppError('validation', 'The end is before the start', 'endsAt');
  const open = new Map((await openNeeds(db, networkId)).filter((r) => r.kind === 'training_need').map((r) => [r.post_id, r]));
  const missing = input.postIds.findIndex((id) => !open.has(id));
  if (missing >= 0) throw new AppError('validation', 'This is not an open training need of the network', `postIds.${missing}`);
  const firms = new Set(input.postIds.map((id) => open.get(id)!.organisation_id));
  if (firms.size < COLLECTIVE_MIN_FIRMS) throw new AppError('validation', 'A collective training gathers the needs of at least two firms', 'postIds');
  const headcount = input.postIds.reduce((s, id) => s + open.get(id)!.headcount, 0);
  return db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    const [event] = await t
      .insert(events)
      .values({
        networkId,
        kind: 'training',
        title: input.title,
        description: {},
        startsAt: new Date(input.startsAt),
        endsAt: new Date(input.endsAt),
        capacity: input.capacity ?? headcount,
        status: 'draft',
        visibility: 'network',
        createdBy: actor.userId,
      })
      .returning();
    await t.update(trainingNeeds).set({ eventId: event!.id }).where(inArray(trainingNeeds.postId, input.postIds));
    await recordAudit(t, actor, 'create', 'collective_training', event!.id, { postIds: input.postIds, firms: firms.size, headcount });
    return { event: event!, firms: firms.size, headcount };
  });
}

/** The session a training need was gathered into, if any. */
export async function eventOfTrainingNeed(db: Db, postId: string) {
  const [row] = await db.select({ eventId: trainingNeeds.eventId }).from(trainingNeeds).where(eq(trainingNeeds.postId, postId));
  return row?.eventId ?? null;
}
