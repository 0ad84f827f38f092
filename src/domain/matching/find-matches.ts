import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { queryRows } from '../../db/rows';
import type { OrganisationKind, PostKind, Translated } from '../../db/schema';
import type { Actor } from '../policy/actor';
import { organisationsVisibleTo } from '../policy/visible-organisations';
import { postsVisibleTo } from '../posts/post-access';
import { isLookupCode, kindToken, loadConceptFacts } from '../skills/expand-codes';
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
  /** Where the post is; its words are left out of the word matching. */
  commune?: string;
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

/** At most this many ids come from each index in one ranking (see postCandidates): the closest codes, the broader
 * ones, the words. The final ordering and scoring read only these. */
const CLOSEST_CAP = 300;
const BROADER_CAP = 120;
const WORDS_CAP = 100;
/** Organisations sharing a NACE class or group. */
const BRANCH_CAP = 400;

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

/** The source's lookup codes (see isLookupCode), untagged. */
function lookupCodes(source: SourcePost): string[] {
  return source.matchCodes.filter((c) => !c.includes('/') && isLookupCode(c, source.skillCodes));
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
  /** Only the candidate's index codes that are skills the source states: all the scoring asks of them (skillReasons),
   * and the whole index (dozens of essential skills per occupation) weighs on reading 120 rows. */
  match_codes: string[];
  lat: number | null;
  lon: number | null;
  network_ids: string[] | null;
}

/**
 * Candidates in two steps (each index read is fenced with OFFSET 0: the planner misjudges how selective array
 * overlap and word queries are, and would rather filter a b-tree scan of every open post): ids from the code index and from the title words (each branch capped, so a code or a
 * word shared by thousands of posts cannot make one ranking read them all), then the policy, the coarse order
 * (number of shared codes, text rank) and the columns, on those ids only.
 *
 * The read policy of each index hit is evaluated in a lateral subquery of its own (see eachRow): a filter in the
 * branch itself lets the planner hash the policy's membership subqueries, which reads every post of the actor's
 * networks (100,000 in bench:matching, ~50 ms per branch) to check a few hundred.
 */
async function postCandidates(db: Db, actor: Actor, source: SourcePost, words: Set<string>, pool: number, withinNetwork: string | undefined) {
  const kinds = counterpartKinds[source.kind];
  const codes = lookupCodes(source);
  const [closest, broader] = tiersOf(source, codes);
  const query = anyWordQuery(words, 12);
  // Each branch keeps only posts the actor may see (and, for the labelled set, of one network) before its cap, so
  // posts of other networks never take the places of visible ones.
  const kept = eachRow(
    sql`x.status IN ('open', 'in_discussion') AND ${postsVisibleTo(actor, 'x')}
        AND ${withinNetwork ? sql`EXISTS (SELECT 1 FROM post_networks w WHERE w.post_id = x.id AND w.network_id = ${withinNetwork})` : sql`true`}`,
  );
  const none = sql`SELECT NULL::uuid AS id WHERE false`;
  const byCodes = (tier: string[], cap: number) =>
    tier.length
      ? sql`SELECT x.id FROM (SELECT p.id, p.status, p.visibility, p.organisation_id FROM posts p
              WHERE p.match_codes && ${textArray(kinds.flatMap((k) => tier.map((c) => kindToken(k, c))))} OFFSET 0) x
            ${kept} LIMIT ${cap}`
      : none;
  const byWords = query
    ? sql`SELECT x.id FROM (SELECT id, kind, status, visibility, organisation_id FROM posts WHERE search_doc @@ to_tsquery('simple', ${query}) OFFSET 0) x
          ${kept} AND x.kind = ANY(${textArray(kinds)}) LIMIT ${WORDS_CAP}`
    : none;
  // The coarse order reads the posts only; the organisation and the wide columns are fetched for the kept ones.
  return queryRows<PostCandidateRow>(
    db,
    sql`WITH candidates AS ((${byCodes(closest, CLOSEST_CAP)}) UNION (${byCodes(broader, BROADER_CAP)}) UNION (${byWords})),
        kept AS (SELECT p.id FROM candidates c JOIN posts p ON p.id = c.id
          WHERE (p.expires_on IS NULL OR p.expires_on >= current_date) AND p.organisation_id <> ${source.organisationId} AND p.id <> ${source.id}
          ORDER BY (SELECT count(*) FROM unnest(p.match_codes) c WHERE c = ANY(${textArray(codes)})) DESC,
            ts_rank(p.search_doc, to_tsquery('simple', ${query || 'zzzz'})) DESC, p.created_at DESC
          LIMIT ${pool})
        SELECT p.id, p.kind, p.organisation_id, o.name AS organisation_name, p.title, p.body, p.keywords, p.nace_codes,
          p.occupation_codes, p.skill_codes,
          ARRAY(SELECT c FROM unnest(p.match_codes) c WHERE c = ANY(${textArray(source.skillCodes)})) AS match_codes, coalesce(p.latitude, o.latitude) AS lat, coalesce(p.longitude, o.longitude) AS lon,
          ARRAY(SELECT pn.network_id FROM post_networks pn WHERE pn.post_id = p.id) AS network_ids
        FROM kept k JOIN posts p ON p.id = k.id JOIN organisations o ON o.id = p.organisation_id`,
  );
}

/**
 * A filter on the rows of the FROM item before it (an index read), evaluated row by row: the condition sits in a
 * lateral subquery of one row, planned apart (OFFSET 0), so each of its EXISTS probes an index for that row, and a
 * branch's LIMIT stops the probes once its cap is reached. In the branch's own WHERE, the planner, counting every
 * row the index may return, hashes each membership subquery instead: the whole network's rows read to check a few.
 */
const eachRow = (condition: SQL) => sql`CROSS JOIN LATERAL (SELECT ${condition} AS ok OFFSET 0) kept WHERE kept.ok`;

/**
 * The lookup codes in two tiers: the closest (the post's own occupations and their equivalents, its skills, NACE
 * classes) and the broader (parents, ISCO unit groups, NACE groups). Each tier has its own cap, so posts sharing the
 * post's very occupation are never crowded out by those that only share its family.
 */
function tiersOf(source: SourcePost, codes: string[]): [string[], string[]] {
  const own = new Set([...source.occupationCodes, ...source.skillCodes]);
  const parentOfOwn = (c: string) => source.occupationCodes.some((o) => o !== c && o.startsWith(`${c}.`));
  const closest = codes.filter(
    (c) => own.has(c) || (c.startsWith('nace:') && c.length >= 'nace:C25.53'.length) || ((c.startsWith('esco:') || (c.startsWith('rome:') && !source.occupationCodes.some((o) => o.startsWith('rome:')))) && !parentOfOwn(c)),
  );
  const set = new Set(closest);
  return [closest, codes.filter((c) => !set.has(c))];
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
  const query = anyWordQuery(words, 12);
  const none = sql`SELECT NULL::uuid AS id WHERE false`;
  // As for posts: what the actor may not see is filtered before each cap, row by row. Each branch reads its index
  // into a subquery named like the table, which is what the policy's SQL refers to.
  const kept = eachRow(sql`${organisationsVisibleTo(actor)}
    AND ${withinNetwork ? sql`EXISTS (SELECT 1 FROM network_organisations w WHERE w.organisation_id = organisations.id AND w.network_id = ${withinNetwork})` : sql`true`}`);
  const columns = sql`SELECT id, visibility, public_consent FROM organisations`;
  const byNace = nace.length ? sql`SELECT organisations.id FROM (${columns} WHERE nace_paths && ${textArray(nace)} OFFSET 0) organisations ${kept} LIMIT ${BRANCH_CAP}` : none;
  const byWords = query
    ? sql`SELECT organisations.id FROM (${columns} WHERE search_doc @@ to_tsquery('simple', ${query}) OFFSET 0) organisations ${kept} LIMIT ${WORDS_CAP}`
    : none;
  // For jobs and training, the operators and training centres around are counterparts by their very kind.
  const near =
    kindIsEnough.has(source.kind) && source.latitude !== null && source.longitude !== null
      ? sql`SELECT organisations.id FROM (${columns} WHERE kind = ANY(${textArray(counterpartOrganisationKinds[source.kind])})
            AND latitude BETWEEN ${source.latitude - 0.6} AND ${source.latitude + 0.6}
            AND longitude BETWEEN ${source.longitude - 0.9} AND ${source.longitude + 0.9} OFFSET 0) organisations ${kept} LIMIT ${WORDS_CAP}`
      : none;
  return queryRows<OrganisationCandidateRow>(
    db,
    sql`WITH candidates AS ((${byNace}) UNION (${byWords}) UNION (${near}))
        SELECT organisations.id, organisations.name, organisations.kind, organisations.commune, organisations.country, organisations.nace_codes,
          organisations.capabilities, organisations.tags, organisations.certifications, organisations.description,
          organisations.latitude, organisations.longitude,
          ARRAY(SELECT no.network_id FROM network_organisations no WHERE no.organisation_id = organisations.id) AS network_ids
        FROM candidates c JOIN organisations ON organisations.id = c.id
        WHERE organisations.id <> ${source.organisationId}
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
  // Candidates are looked up by the words of the title and keywords (the body's words would find every post; they
  // count in the score). The post's own commune says where, not what: distance already counts it.
  const place = meaningfulWords(source.commune);
  const words = new Set([...meaningfulWords(...texts(source.title), ...source.keywords)].filter((w) => !place.has(w)));
  const [postRows, orgRows] = await db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    // The planner's estimate for array overlap and OR-ed words is poor (~15 % of rows), so it prefers reading the whole
    // table; the indexes are what keeps a ranking at 100,000 posts fast (bench/matching).
    await t.execute(sql`SET LOCAL enable_seqscan = off`);
    const found = await postCandidates(t, actor, source, words, Math.max(120, limit * 10), opts.withinNetwork);
    const orgs = opts.organisations === false ? [] : await organisationCandidates(t, actor, source, words, Math.max(50, limit * 5), opts.withinNetwork);
    return [found, orgs] as const;
  });
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
