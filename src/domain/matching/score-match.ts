import { derivedBroader, naceWithAncestors } from '../skills/concept-keys';

/** Why two things match. Codes are keys (esco:7212.3, skill:…, NACE codes); the reader sees them in their language. */
export type MatchReason =
  | { kind: 'occupation'; level: 'same' | 'family'; codes: string[]; points: number }
  | { kind: 'skills'; via: 'stated' | 'occupation'; codes: string[]; points: number }
  | { kind: 'sector'; level: 'class' | 'group' | 'division'; codes: string[]; points: number }
  | { kind: 'keywords'; words: string[]; points: number }
  | { kind: 'distance'; km: number; points: number }
  | { kind: 'network'; networkIds: string[]; points: number }
  | { kind: 'ties'; count: number; points: number }
  | { kind: 'organisationKind'; organisationKind: string; points: number };

/** What scoring needs to know of a post or an organisation. */
export interface MatchSide {
  naceCodes: readonly string[];
  occupationCodes: readonly string[];
  skillCodes: readonly string[];
  /** The matching index (codes with broader and related ones and essential skills); empty for organisations. */
  matchCodes: ReadonlySet<string>;
  words: ReadonlySet<string>;
  latitude: number | null;
  longitude: number | null;
  networkIds: readonly string[];
}

/** What the classification says about occupation keys (from the database; derived from the code when unknown). */
export interface OccupationFacts {
  broader(key: string): readonly string[];
  related(key: string): readonly string[];
}

export const emptyFacts: OccupationFacts = { broader: (k) => derivedBroader(k), related: () => [] };

/** Substantive reasons: without one of them, nearness or a shared network alone make no match. */
const substantive = new Set(['occupation', 'skills', 'sector', 'keywords']);

function equivalents(keys: readonly string[], facts: OccupationFacts): Set<string> {
  return new Set(keys.flatMap((k) => [k, ...facts.related(k)]));
}

/** Points for sharing a broader occupation key: an ESCO or ROME parent is close, an ISCO minor group is far. */
function familyPoints(key: string): number {
  const [scheme, id = ''] = key.split(':');
  if (scheme === 'esco') return 26;
  if (scheme === 'rome') return id.length === 5 ? 26 : 8;
  if (scheme === 'isco') return id.length === 4 ? 16 : id.length === 3 ? 7 : 0;
  return 0;
}

export function occupationReason(source: MatchSide, candidate: MatchSide, facts: OccupationFacts): MatchReason | undefined {
  if (!source.occupationCodes.length || !candidate.occupationCodes.length) return undefined;
  const eqS = equivalents(source.occupationCodes, facts);
  const eqC = equivalents(candidate.occupationCodes, facts);
  const same = candidate.occupationCodes.filter((c) => eqS.has(c) || facts.related(c).some((r) => eqS.has(r)));
  if (same.length || [...eqC].some((c) => eqS.has(c)))
    return { kind: 'occupation', level: 'same', codes: same.length ? same : [...eqC].filter((c) => eqS.has(c)), points: 40 };
  const up = (keys: Set<string>) => new Set([...keys, ...[...keys].flatMap((k) => facts.broader(k))]);
  const upS = up(eqS);
  const upC = up(eqC);
  let best: { key: string; points: number } | undefined;
  for (const key of upC) {
    if (!upS.has(key)) continue;
    // One side's own occupation is the other's parent (welder and pipe welder): as close as it gets short of equal.
    const points = eqS.has(key) || eqC.has(key) ? 30 : familyPoints(key);
    if (points > (best?.points ?? 0)) best = { key, points };
  }
  return best ? { kind: 'occupation', level: 'family', codes: [best.key], points: best.points } : undefined;
}

export function skillReasons(source: MatchSide, candidate: MatchSide): MatchReason[] {
  const stated = source.skillCodes.filter((s) => candidate.skillCodes.includes(s));
  const statedSet = new Set(stated);
  const viaOccupation = [
    ...source.skillCodes.filter((s) => !statedSet.has(s) && candidate.matchCodes.has(s)),
    ...candidate.skillCodes.filter((s) => !statedSet.has(s) && source.matchCodes.has(s)),
  ];
  const out: MatchReason[] = [];
  if (stated.length) out.push({ kind: 'skills', via: 'stated', codes: stated, points: Math.min(36, 12 * stated.length) });
  const via = [...new Set(viaOccupation)];
  if (via.length) out.push({ kind: 'skills', via: 'occupation', codes: via, points: Math.min(24, 8 * via.length) });
  return out;
}

export function sectorReason(source: MatchSide, candidate: MatchSide): MatchReason | undefined {
  const ancestors = (codes: readonly string[]) => new Set(codes.flatMap((c) => naceWithAncestors(c)).filter((c) => c.length >= 3));
  const s = ancestors(source.naceCodes);
  const shared = [...ancestors(candidate.naceCodes)].filter((c) => s.has(c));
  if (!shared.length) return undefined;
  const longest = Math.max(...shared.map((c) => c.length));
  const codes = shared.filter((c) => c.length === longest).sort();
  if (longest >= 6) return { kind: 'sector', level: 'class', codes, points: 15 };
  if (longest === 5) return { kind: 'sector', level: 'group', codes, points: 10 };
  return { kind: 'sector', level: 'division', codes, points: 6 };
}

export function keywordReason(source: MatchSide, candidate: MatchSide): MatchReason | undefined {
  const words = [...candidate.words].filter((w) => source.words.has(w)).sort((a, b) => b.length - a.length || a.localeCompare(b));
  return words.length ? { kind: 'keywords', words: words.slice(0, 6), points: Math.min(16, 4 * words.length) } : undefined;
}

/** Great-circle distance in kilometres. */
export function distanceKm(aLat: number, aLon: number, bLat: number, bLon: number): number {
  const rad = Math.PI / 180;
  const dLat = (bLat - aLat) * rad;
  const dLon = (bLon - aLon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(aLat * rad) * Math.cos(bLat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

export interface ScoreContext {
  facts: OccupationFacts;
  /** Past interactions between the two organisations (conversations, referrals, taskforces, bookings). */
  ties: number;
  /** The candidate organisation's kind, when it answers the post by its kind. */
  fittingKind?: string | undefined;
  /** The organisation's kind alone makes it a counterpart (an employment operator near a recruitment need). */
  kindIsEnough?: boolean;
}

/**
 * The score of a candidate for a source, with its reasons. Codes carry the weight (they work in every language);
 * shared words, nearness, a shared network and past ties add to it. Undefined when nothing substantive is shared.
 */
export function scoreMatch(source: MatchSide, candidate: MatchSide, context: ScoreContext): { score: number; reasons: MatchReason[] } | undefined {
  const reasons: MatchReason[] = [];
  const add = (r: MatchReason | undefined) => {
    if (r) reasons.push(r);
  };
  add(occupationReason(source, candidate, context.facts));
  skillReasons(source, candidate).forEach(add);
  add(sectorReason(source, candidate));
  add(keywordReason(source, candidate));
  if (!context.kindIsEnough && !reasons.some((r) => substantive.has(r.kind))) return undefined;
  if (source.latitude !== null && source.longitude !== null && candidate.latitude !== null && candidate.longitude !== null) {
    const km = distanceKm(source.latitude, source.longitude, candidate.latitude, candidate.longitude);
    const points = Math.round(12 * Math.max(0, 1 - km / 150));
    if (points > 0) add({ kind: 'distance', km: Math.round(km), points });
  }
  const sharedNetworks = candidate.networkIds.filter((n) => source.networkIds.includes(n));
  if (sharedNetworks.length) add({ kind: 'network', networkIds: sharedNetworks, points: 4 });
  if (context.ties > 0) add({ kind: 'ties', count: context.ties, points: Math.min(10, 5 + context.ties) });
  if (context.fittingKind) add({ kind: 'organisationKind', organisationKind: context.fittingKind, points: 10 });
  reasons.sort((a, b) => b.points - a.points);
  return { score: reasons.reduce((s, r) => s + r.points, 0), reasons };
}
