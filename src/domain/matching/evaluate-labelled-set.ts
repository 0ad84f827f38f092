import type { Db } from '../../db/client';
import { networkOrganisations, organisations, postNetworks, posts } from '../../db/schema';
import type { Actor } from '../policy/actor';
import { computeMatchCodes } from '../posts/create-post';
import { rankCounterparts, type SourcePost } from './find-matches';
import { keywordSearch } from './keyword-baseline';
import { idealPrecisionAt, labelledPlaces, labelledPosts, labelledQueries, precisionAt } from './labelled-set';

/** Writes the labelled posts (each with its organisation) into a network; returns labelled id → post. */
export async function loadLabelledSet(db: Db, networkId: string): Promise<Map<string, SourcePost>> {
  const out = new Map<string, SourcePost>();
  for (const item of labelledPosts) {
    const place = labelledPlaces[item.place];
    const [org] = await db
      .insert(organisations)
      .values({ name: `${item.organisation.name} (${item.id})`, kind: item.organisation.kind ?? 'company', ...place, naceCodes: item.organisation.nace ?? [] })
      .returning();
    await db.insert(networkOrganisations).values({ networkId, organisationId: org!.id });
    const codes = { naceCodes: item.nace ?? [], occupationCodes: item.occupations ?? [], skillCodes: item.skills ?? [] };
    const title = Object.fromEntries(Object.entries(item.text).map(([l, [t]]) => [l, t]));
    const body = Object.fromEntries(Object.entries(item.text).map(([l, [, b]]) => [l, b]));
    const [row] = await db
      .insert(posts)
      .values({ organisationId: org!.id, kind: item.kind, title, body, ...codes, matchCodes: await computeMatchCodes(db, codes, item.kind), ...place })
      .returning();
    await db.insert(postNetworks).values({ postId: row!.id, networkId });
    out.set(item.id, { ...row!, networkIds: [networkId] });
  }
  return out;
}

export interface LabelledResult {
  queries: number;
  engine: number;
  baseline: number;
  ideal: number;
  perQuery: { post: string; engine: number; baseline: number; ideal: number; engineTop: string[]; baselineTop: string[] }[];
}

/** Precision at 5 of the matching and of the keyword baseline on every labelled query, and their means. */
export async function evaluateLabelledSet(db: Db, actor: Actor, loaded: Map<string, SourcePost>, networkId: string): Promise<LabelledResult> {
  const labelOf = new Map([...loaded].map(([label, p]) => [p.id, label]));
  const perQuery: LabelledResult['perQuery'] = [];
  for (const q of labelledQueries) {
    const source = loaded.get(q.post);
    if (!source) throw new Error(`Labelled query "${q.post}" names no labelled post`);
    const ranked = await rankCounterparts({ db, actor, source, limit: 5, organisations: false, withinNetwork: networkId });
    const engineTop = ranked.posts.map((m) => labelOf.get(m.postId) ?? m.postId);
    const baselineTop = (await keywordSearch({ db, actor, source, limit: 5, withinNetwork: networkId })).map((id) => labelOf.get(id) ?? id);
    perQuery.push({
      post: q.post,
      engine: precisionAt(5, engineTop, q.relevant),
      baseline: precisionAt(5, baselineTop, q.relevant),
      ideal: idealPrecisionAt(5, q.relevant),
      engineTop,
      baselineTop,
    });
  }
  const mean = (f: (r: (typeof perQuery)[number]) => number) => perQuery.reduce((s, r) => s + f(r), 0) / perQuery.length;
  return { queries: perQuery.length, engine: mean((r) => r.engine), baseline: mean((r) => r.baseline), ideal: mean((r) => r.ideal), perQuery };
}
