import { naceEntry } from '../classifications/nace';
import type { ParticipantRole } from './convention-model';

/** The parts of an event profile that matching looks at. */
export interface MatchProfile {
  id: string;
  organisationId: string | null;
  role: ParticipantRole;
  offerCodes: string[];
  needCodes: string[];
  offerKeywords: string[];
  needKeywords: string[];
  languages: string[];
  country: string | null;
}

/** Why someone is worth meeting, as codes with parameters; the web app words them in the reader's language. */
export type SuggestionReason =
  /** What they offer (theirCode) answers what you seek (yourCode). */
  | { code: 'their_offer_your_need'; theirCode: string; yourCode: string }
  /** What they seek (theirCode) is what you offer (yourCode). */
  | { code: 'your_offer_their_need'; theirCode: string; yourCode: string }
  /** A word of your needs appears in what they offer (their words or their activities' labels, any language). */
  | { code: 'keyword_in_their_offer'; word: string }
  | { code: 'keyword_in_their_need'; word: string }
  | { code: 'buyer_supplier'; theirRole: ParticipantRole }
  | { code: 'supplier_subcontractor'; theirRole: ParticipantRole }
  | { code: 'common_language'; languages: string[] }
  | { code: 'cross_border'; theirCountry: string };

export interface Suggestion {
  participantId: string;
  score: number;
  reasons: SuggestionReason[];
  /** Nothing in common to speak: worth knowing before asking (an interpreter may be needed). */
  noCommonLanguage: boolean;
}

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .trim();

const levelOf = (code: string) => naceEntry(code)?.level ?? 0;

const ancestors = (code: string): string[] => {
  const out: string[] = [];
  for (let c: string | null | undefined = code; c; c = naceEntry(c)?.parent) out.push(c);
  return out;
};

/**
 * How close two codes are: one is the other or one of its ancestors ("C16" covers "C16.23"), scored by the level
 * of the more general one; or they are siblings under one group or division ("I56.21" event catering and
 * "I56.22" contract catering), scored lower. Sections alone are too broad to count as a match.
 */
function sharedLevel(a: string, b: string): number {
  if (a === b) return levelOf(a);
  if (b.startsWith(a)) return levelOf(a);
  if (a.startsWith(b)) return levelOf(b);
  const common = ancestors(a).find((x) => ancestors(b).includes(x));
  const level = common ? levelOf(common) : 0;
  return level >= 2 ? level - 1 : 0;
}

const levelScore = [0, 0.5, 2, 3, 4];

function codeMatches(theirs: string[], yours: string[]) {
  const found: { theirCode: string; yourCode: string; level: number }[] = [];
  for (const t of theirs)
    for (const y of yours) {
      const level = sharedLevel(t, y);
      if (level > 0) found.push({ theirCode: t, yourCode: y, level });
    }
  return found.sort((a, b) => b.level - a.level || a.theirCode.localeCompare(b.theirCode));
}

/** Words of `words` found in the other side's words or in the labels (four languages) of their NACE codes. */
function wordMatches(words: string[], theirWords: string[], theirCodes: string[]): string[] {
  const haystack = [...theirWords.map(fold), ...theirCodes.map((c) => naceEntry(c)?.searchText ?? '')];
  return words.filter((w) => {
    const f = fold(w);
    if (f.length < 3) return false;
    return haystack.some((h) => h === f || (f.length >= 4 && h.includes(f)) || (h.length >= 4 && f.includes(h)));
  });
}

const sells = (r: ParticipantRole) => r === 'supplier' || r === 'subcontractor';

/** How well `other` fits `me`, with every reason; undefined when nothing at all links them. */
export function scoreCounterpart(me: MatchProfile, other: MatchProfile): Suggestion | undefined {
  const reasons: SuggestionReason[] = [];
  let topical = 0;
  const offers = codeMatches(other.offerCodes, me.needCodes);
  offers.slice(0, 3).forEach((m, i) => {
    reasons.push({ code: 'their_offer_your_need', theirCode: m.theirCode, yourCode: m.yourCode });
    topical += i === 0 ? levelScore[m.level]! : 1;
  });
  const needs = codeMatches(other.needCodes, me.offerCodes);
  needs.slice(0, 3).forEach((m, i) => {
    reasons.push({ code: 'your_offer_their_need', theirCode: m.theirCode, yourCode: m.yourCode });
    topical += i === 0 ? levelScore[m.level]! : 1;
  });
  for (const word of wordMatches(me.needKeywords, other.offerKeywords, other.offerCodes).slice(0, 3)) {
    reasons.push({ code: 'keyword_in_their_offer', word });
    topical += 2;
  }
  for (const word of wordMatches(me.offerKeywords, other.needKeywords, other.needCodes).slice(0, 3)) {
    reasons.push({ code: 'keyword_in_their_need', word });
    topical += 2;
  }
  let score = topical;
  if ((me.role === 'buyer' && sells(other.role)) || (sells(me.role) && other.role === 'buyer')) {
    reasons.push({ code: 'buyer_supplier', theirRole: other.role });
    score += 3;
  } else if ((me.role === 'supplier' && other.role === 'subcontractor') || (me.role === 'subcontractor' && other.role === 'supplier')) {
    reasons.push({ code: 'supplier_subcontractor', theirRole: other.role });
    score += 1;
  }
  if (score === 0) return undefined;
  const common = me.languages.filter((l) => other.languages.includes(l));
  const noCommonLanguage = me.languages.length > 0 && other.languages.length > 0 && common.length === 0;
  if (common.length) {
    reasons.push({ code: 'common_language', languages: common });
    score += 1;
  }
  if (noCommonLanguage) score *= 0.3;
  if (me.country && other.country && me.country !== other.country) {
    reasons.push({ code: 'cross_border', theirCountry: other.country });
    score += 0.5;
  }
  return { participantId: other.id, score: Math.round(score * 100) / 100, reasons, noCommonLanguage };
}

/**
 * Whom `me` should meet, best first: complementary offers and needs (NACE codes, which work across languages, and
 * keywords), buyer ↔ supplier, a language in common, across a border. People already asked or asking, oneself and
 * colleagues of the same organisation are left out.
 */
export function suggestCounterparts(me: MatchProfile, others: readonly MatchProfile[], options: { exclude?: ReadonlySet<string>; limit?: number } = {}): Suggestion[] {
  const out: Suggestion[] = [];
  for (const other of others) {
    if (other.id === me.id || options.exclude?.has(other.id)) continue;
    if (me.organisationId !== null && other.organisationId === me.organisationId) continue;
    const s = scoreCounterpart(me, other);
    if (s) out.push(s);
  }
  out.sort((a, b) => b.score - a.score || a.participantId.localeCompare(b.participantId));
  return out.slice(0, options.limit ?? 20);
}
