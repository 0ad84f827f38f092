import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { queryRows } from '../../db/rows';
import type { OrganisationKind, PostKind, Translated } from '../../db/schema';
import type { Actor } from '../policy/actor';
import { organisationsVisibleTo } from '../policy/visible-organisations';
import { postsVisibleTo } from '../posts/post-access';
import { loadConceptFacts } from '../skills/expand-codes';
import { derivedBroader } from '../skills/concept-keys';
import { runnerOf } from '../skills/sql-runner';
import { counterpartKinds, counterpartOrganisationKinds } from './counterparts';
import { scoreMatch, type MatchReason, type MatchSide, type OccupationFacts } from './score-match';
import { anyWordQuery, meaningfulWords } from './text-words';
import { pastTies } from './past-ties';

/** A post as the matching sees it. */
export interface SourcePost {
  id: string;
  kind: PostKind;
  organisationId: string;
  title: Translated;
  body: Translated;
  keywords: string[];
  naceCodes: string[];
  occupationCodes: string[];
  skillCodes: string[];
  matchCodes: string[];
  latitude: number | null;
  longitude: number | null;
  networkIds: string[];
}

export interface PostMatch {
  postId: string;
  kind: PostKind;
  title: Translated;
  organisationId: string;
  organisationName: string;
  score: number;
  reasons: MatchReason[];
}

export interface OrganisationMatch {
  organisationId: string;
  name: string;
  kind: OrganisationKind;
  commune: string;
  country: string;
  score: number;
  reasons: MatchReason[];
}

/** Post kinds for which an organisation's kind (operator, training centre) is reason enough to suggest it. */
const kindIsEnough = new Set<PostKind>(['recruitment', 'training_need']);

// A PostgreSQL array literal with every element quoted, so any code travels as one text value.
export const textArray = (values: Iterable<string>) => sql`${`{${[...values].map((v) => `"${v.replace(/["\\]/g, '')}"`).join(',')}}`}::text[]`;

const texts = (t: Translated) => Object.values(t).filter((v): v is string => !!v);

export function sideOf(p: Omit<SourcePost, 'id' | 'kind' | 'organisationId'>): MatchSide {
  return {
    naceCodes: p.naceCodes,
    occupationCodes: p.occupationCodes,
    skillCodes: p.skillCodes,
    matchCodes: new Set(p.matchCodes),
    words: meaningfulWords(...texts(p.title), ...texts(p.body), ...p.keywords),
    latitude: p.latitude,
    longitude: p.longitude,
    networkIds: p.networkIds,
  };
}

/** Codes worth looking candidates up by: every code of the index but the broadest (NACE divisions, ISCO minor groups). */
function lookupCodes(source: SourcePost): string[] {
  return source.matchCodes.filter((c) => !/^isco:\d{3}$/.test(c) && !/^nace:[A-Z]\d{2}$/.test(c) && !/^rome:[A-Z]\d{2}$/.test(c));
}

interface PostCandidateRow {
  id: string;
  kind: PostKind;
  organisation_id: string;
  organisation_name: string;
  title: Translated;
  body: Translated;
  keywords: string[];
  nace_codes: string[];
  occupation_codes: string[];
  skill_codes: string[];
  match_codes: string[];
  lat: number | null;
  lon: number | null;
  network_ids: string[] | null;
}

async function postCandidates(db: Db, actor: Actor, source: SourcePost, words: Set<string>, pool: number, withinNetwork: string | undefined) {
  const kinds = counterpartKinds[source.kind];
  const codes = lookupCodes(source);
  const query = anyWordQuery(words);
  const byCodes = codes.length ? sql`p.match_codes && ${textArray(codes)}` : sql`false`;
  const byWords = query ? sql`p.search_doc @@ to_tsquery('simple', ${query})` : sql`false`;
  return queryRows<PostCandidateRow>(
    db,
    sql`SELECT p.id, p.kind, p.organisation_id, o.name AS organisation_name, p.title, p.body, p.keywords, p.nace_codes,
          p.occupation_codes, p.skill_codes, p.match_codes, coalesce(p.latitude, o.latitude) AS lat, coalesce(p.longitude, o.longitude) AS lon,
          ARRAY(SELECT pn.network_id FROM post_networks pn WHERE pn.post_id = p.id) AS network_ids
        FROM posts p JOIN organisations o ON o.id = p.organisation_id
        WHERE p.kind IN (SELECT unnest(${textArray(kinds)})) AND p.status IN ('open', 'in_discussion')
          AND (p.expires_on IS NULL OR p.expires_on >= current_date)
          AND p.organisation_id <> ${source.organisationId} AND p.id <> ${source.id}
          AND (${byCodes} OR ${byWords})
          AND ${postsVisibleTo(actor, 'p')}
          AND ${withinNetwork ? sql`EXISTS (SELECT 1 FROM post_networks w WHERE w.post_id = p.id AND w.network_id = ${withinNetwork})` : sql`true`}
        ORDER BY (SELECT count(*) FROM unnest(p.match_codes) c WHERE c = ANY(${textArray(codes)})) DESC,
          ts_rank(p.search_doc, to_tsquery('simple', ${query || 'zzzz'})) DESC, p.created_at DESC
        LIMIT ${pool}`,
  );
}

interface OrganisationCandidateRow {
  id: string;
  name: string;
  kind: OrganisationKind;
  commune: string;
  country: string;
  nace_codes: string[];
  capabilities: string[];
  tags: string[];
  certifications: string[];
  description: Translated;
  latitude: number | null;
  longitude: number | null;
  network_ids: string[] | null;
}

async function organisationCandidates(db: Db, actor: Actor, source: SourcePost, words: Set<string>, pool: number, withinNetwork: string | undefined) {
  const nace = source.matchCodes.filter((c) => c.startsWith('nace:') && c.length > 'nace:C25'.length).map((c) => c.slice(5));
  const query = anyWordQuery(words);
  const byNace = nace.length ? sql`organisations.nace_paths && ${textArray(nace)}` : sql`false`;
  const byWords = query ? sql`organisations.search_doc @@ to_tsquery('simple', ${query})` : sql`false`;
  // For jobs and training, the operators and training centres around are counterparts by their very kind.
  const near =
    kindIsEnough.has(source.kind) && source.latitude !== null && source.longitude !== null
      ? sql`(organisations.kind IN (SELECT unnest(${textArray(counterpartOrganisationKinds[source.kind])}))
            AND organisations.latitude BETWEEN ${source.latitude - 0.6} AND ${source.latitude + 0.6}
            AND organisations.longitude BETWEEN ${source.longitude - 0.9} AND ${source.longitude + 0.9})`
      : sql`false`;
  return queryRows<OrganisationCandidateRow>(
    db,
    sql`SELECT organisations.id, organisations.name, organisations.kind, organisations.commune, organisations.country, organisations.nace_codes,
          organisations.capabilities, organisations.tags, organisations.certifications, organisations.description,
          organisations.latitude, organisations.longitude,
          ARRAY(SELECT no.network_id FROM network_organisations no WHERE no.organisation_id = organisations.id) AS network_ids
        FROM organisations
        WHERE organisations.id <> ${source.organisationId} AND (${byNace} OR ${byWords} OR ${near}) AND ${organisationsVisibleTo(actor)}
          AND ${withinNetwork ? sql`EXISTS (SELECT 1 FROM network_organisations w WHERE w.organisation_id = organisations.id AND w.network_id = ${withinNetwork})` : sql`true`}
        ORDER BY (SELECT count(*) FROM unnest(organisations.nace_paths) c WHERE c = ANY(${textArray(nace)})) DESC,
          ts_rank(organisations.search_doc, to_tsquery('simple', ${query || 'zzzz'})) DESC
        LIMIT ${pool}`,
  );
}

function factsOf(facts: Awaited<ReturnType<typeof loadConceptFacts>>): OccupationFacts {
  return { broader: (k) => facts.broader.get(k) ?? derivedBroader(k), related: (k) => facts.related.get(k) ?? [] };
}

/**
 * Ranks the counterparts of a post that the actor may see: posts of the answering kinds and organisations, each
 * with the reasons of its score. Candidates come from the matching index (shared codes, in any language) and from
 * the words of the post; then every candidate is scored on codes, skills, sector, words, distance, shared networks
 * and past ties.
 */
export async function rankCounterparts(opts: { db: Db; actor: Actor; source: SourcePost; limit?: number; organisations?: boolean; withinNetwork?: string }) {
  const { db, actor, source } = opts;
  const limit = opts.limit ?? 10;
  const words = meaningfulWords(...texts(source.title), ...texts(source.body), ...source.keywords);
  const [postRows, orgRows] = await Promise.all([
    postCandidates(db, actor, source, words, Math.max(150, limit * 10), opts.withinNetwork),
    opts.organisations === false ? Promise.resolve([]) : organisationCandidates(db, actor, source, words, Math.max(60, limit * 6), opts.withinNetwork),
  ]);
  const facts = factsOf(await loadConceptFacts(runnerOf(db), [...source.occupationCodes, ...postRows.flatMap((r) => r.occupation_codes)]));
  const ties = await pastTies(db, source.organisationId, [...postRows.map((r) => r.organisation_id), ...orgRows.map((r) => r.id)]);
  const sourceSide = sideOf(source);

  const posts: PostMatch[] = [];
  for (const r of postRows) {
    const side = sideOf({
      title: r.title,
      body: r.body,
      keywords: r.keywords,
      naceCodes: r.nace_codes,
      occupationCodes: r.occupation_codes,
      skillCodes: r.skill_codes,
      matchCodes: r.match_codes,
      latitude: r.lat,
      longitude: r.lon,
      networkIds: r.network_ids ?? [],
    });
    const scored = scoreMatch(sourceSide, side, { facts, ties: ties.get(r.organisation_id) ?? 0 });
    if (scored) posts.push({ postId: r.id, kind: r.kind, title: r.title, organisationId: r.organisation_id, organisationName: r.organisation_name, ...scored });
  }
  const fitting = new Set(counterpartOrganisationKinds[source.kind]);
  const organisations: OrganisationMatch[] = [];
  for (const o of orgRows) {
    const side: MatchSide = {
      naceCodes: o.nace_codes,
      occupationCodes: [],
      skillCodes: [],
      matchCodes: new Set(),
      words: meaningfulWords(...o.capabilities, ...o.tags, ...o.certifications, ...texts(o.description)),
      latitude: o.latitude,
      longitude: o.longitude,
      networkIds: o.network_ids ?? [],
    };
    const fits = fitting.has(o.kind);
    const scored = scoreMatch(sourceSide, side, { facts, ties: ties.get(o.id) ?? 0, fittingKind: fits ? o.kind : undefined, kindIsEnough: fits && kindIsEnough.has(source.kind) });
    if (scored) organisations.push({ organisationId: o.id, name: o.name, kind: o.kind, commune: o.commune, country: o.country, ...scored });
  }
  // Equal scores keep a fixed order, so a ranking (and a digest) does not change between two identical calls.
  posts.sort((a, b) => b.score - a.score || a.postId.localeCompare(b.postId));
  organisations.sort((a, b) => b.score - a.score || a.organisationId.localeCompare(b.organisationId));
  return { posts: posts.slice(0, limit), organisations: organisations.slice(0, limit) };
}
