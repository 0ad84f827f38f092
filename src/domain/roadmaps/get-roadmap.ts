import { asc, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { organisations, roadmapComments, roadmapVersions, users, type EventKind, type RoadmapLinkKind } from '../../db/schema';
import { runSql } from '../indicators/run-sql';
import type { Actor } from '../policy/actor';
import { linkStateSql } from './link-state';
import { actionProgress, combinedProgress, type LinkState, type LinkView } from './progress';
import { canComment, canManageRoadmap, canVote, loadRoadmap } from './roadmap-access';
import { loadStructure } from './roadmaps';

interface RawLink {
  id: string;
  action_id: string;
  kind: RoadmapLinkKind;
  record_id: string;
  title: Record<string, string> | null;
  at: Date | string | null;
  event_kind: EventKind | null;
  state: LinkState;
}

/** The records linked to the actions of a roadmap, with their titles and states. */
async function loadLinks(db: Db, roadmapId: string) {
  const rows = await runSql<RawLink>(
    db,
    `SELECT l.id, l.action_id,
            CASE WHEN l.event_id IS NOT NULL THEN 'event' WHEN l.taskforce_id IS NOT NULL THEN 'taskforce' WHEN l.booking_id IS NOT NULL THEN 'booking'
                 WHEN l.referral_id IS NOT NULL THEN 'referral' ELSE 'post' END AS kind,
            coalesce(l.event_id, l.taskforce_id, l.booking_id, l.referral_id, l.post_id) AS record_id,
            coalesce(e.title, t.title, CASE WHEN r.id IS NOT NULL THEN jsonb_build_object('und', r.name || ' — ' || ob.name) END, rp.title, p.title) AS title,
            coalesce(e.starts_at, t.created_at, b.starts_at, rf.created_at, p.created_at) AS at,
            e.kind AS event_kind,
            ${linkStateSql} AS state
       FROM roadmap_action_links l JOIN roadmap_actions a ON a.id = l.action_id
       LEFT JOIN events e ON e.id = l.event_id
       LEFT JOIN taskforces t ON t.id = l.taskforce_id
       LEFT JOIN resource_bookings b ON b.id = l.booking_id LEFT JOIN resources r ON r.id = b.resource_id
       LEFT JOIN organisations ob ON ob.id = b.borrower_organisation_id
       LEFT JOIN referrals rf ON rf.id = l.referral_id LEFT JOIN posts rp ON rp.id = rf.post_id
       LEFT JOIN posts p ON p.id = l.post_id
      WHERE a.roadmap_id = $1
      ORDER BY at NULLS LAST, l.created_at`,
    [roadmapId],
  );
  const byAction = new Map<string, LinkView[]>();
  for (const r of rows) {
    const list = byAction.get(r.action_id) ?? [];
    list.push({
      id: r.id,
      kind: r.kind,
      recordId: r.record_id,
      title: r.title ?? {},
      at: r.at === null ? null : new Date(r.at).toISOString(),
      eventKind: r.event_kind,
      state: r.state,
    });
    byAction.set(r.action_id, list);
  }
  return byAction;
}

async function loadVotes(db: Db, roadmapId: string, userId: string | null) {
  const rows = await runSql<{ action_id: string; pro: number; contra: number; mine: number | null }>(
    db,
    `SELECT v.action_id, count(*) FILTER (WHERE v.value = 1)::int AS pro, count(*) FILTER (WHERE v.value = -1)::int AS contra,
            max(CASE WHEN v.user_id = $2 THEN v.value END)::int AS mine
       FROM roadmap_votes v JOIN roadmap_actions a ON a.id = v.action_id WHERE a.roadmap_id = $1 GROUP BY v.action_id`,
    [roadmapId, userId],
  );
  return new Map(rows.map((r) => [r.action_id, { for: r.pro, against: r.contra, mine: r.mine ?? 0 }]));
}

async function loadComments(db: Db, actionIds: string[]) {
  if (actionIds.length === 0) return new Map<string, { id: string; body: string; createdAt: string; author: string; organisation: string | null }[]>();
  const rows = await db
    .select({ id: roadmapComments.id, actionId: roadmapComments.actionId, body: roadmapComments.body, createdAt: roadmapComments.createdAt, author: users.name, organisation: organisations.name })
    .from(roadmapComments)
    .leftJoin(users, eq(users.id, roadmapComments.authorUserId))
    .leftJoin(organisations, eq(organisations.id, roadmapComments.authorOrganisationId))
    .where(inArray(roadmapComments.actionId, actionIds))
    .orderBy(asc(roadmapComments.createdAt));
  const out = new Map<string, { id: string; body: string; createdAt: string; author: string; organisation: string | null }[]>();
  for (const r of rows) out.set(r.actionId, [...(out.get(r.actionId) ?? []), { id: r.id, body: r.body, createdAt: r.createdAt.toISOString(), author: r.author ?? '', organisation: r.organisation }]);
  return out;
}

async function ownerNames(db: Db, userIds: string[], orgIds: string[]) {
  const people = userIds.length ? await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, userIds)) : [];
  const orgs = orgIds.length ? await db.select({ id: organisations.id, name: organisations.name }).from(organisations).where(inArray(organisations.id, orgIds)) : [];
  return { people: new Map(people.map((p) => [p.id, p.name])), orgs: new Map(orgs.map((o) => [o.id, o.name])) };
}

const today = () => new Date().toISOString().slice(0, 10);

/** The whole roadmap as its readers see it: axes → objectives → actions with owners, links, progress, votes and comments. */
export async function getRoadmap({ db, actor, id }: { db: Db; actor: Actor; id: string }) {
  const roadmap = await loadRoadmap(db, actor, id);
  return { ...(await buildRoadmapView(db, roadmap.id, actor.userId)), roadmap, canManage: canManageRoadmap(actor, roadmap), canComment: canComment(actor, roadmap), canVote: canVote(actor, roadmap) };
}

/** The tree with computed progress; also what a version keeps when the roadmap is adopted. */
export async function buildRoadmapView(db: Db, roadmapId: string, userId: string | null) {
  const { axes, objectives, actions } = await loadStructure(db, roadmapId);
  const links = await loadLinks(db, roadmapId);
  const votes = await loadVotes(db, roadmapId, userId);
  const comments = await loadComments(db, actions.map((a) => a.id));
  const names = await ownerNames(db, [...new Set(actions.flatMap((a) => (a.ownerUserId ? [a.ownerUserId] : [])))], [...new Set(actions.flatMap((a) => (a.ownerOrganisationId ? [a.ownerOrganisationId] : [])))]);
  const day = today();
  const actionViews = actions.map((a) => {
    const actionLinks = links.get(a.id) ?? [];
    return {
      ...a,
      ownerName: a.ownerUserId ? (names.people.get(a.ownerUserId) ?? null) : null,
      ownerOrganisationName: a.ownerOrganisationId ? (names.orgs.get(a.ownerOrganisationId) ?? null) : null,
      links: actionLinks,
      progress: actionProgress(a, actionLinks, day),
      votes: votes.get(a.id) ?? { for: 0, against: 0, mine: 0 },
      comments: comments.get(a.id) ?? [],
    };
  });
  const axisViews = axes.map((axis) => {
    const objectiveViews = objectives
      .filter((o) => o.axisId === axis.id)
      .map((o) => {
        const list = actionViews.filter((a) => a.objectiveId === o.id);
        return { ...o, actions: list, progress: combinedProgress(list) };
      });
    return { ...axis, objectives: objectiveViews, progress: combinedProgress(objectiveViews.flatMap((o) => o.actions)) };
  });
  const versions = await db
    .select({ version: roadmapVersions.version, adoptedAt: roadmapVersions.adoptedAt, note: roadmapVersions.note, contributorCountries: roadmapVersions.contributorCountries })
    .from(roadmapVersions)
    .where(eq(roadmapVersions.roadmapId, roadmapId))
    .orderBy(desc(roadmapVersions.version));
  return { axes: axisViews, progress: combinedProgress(actionViews), versions };
}
