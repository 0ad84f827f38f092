import { and, eq, inArray, or } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client';
import { conventionRequests } from '../../db/schema';
import { naceEntry, parseNaceCode } from '../classifications/nace';
import type { Actor } from '../policy/actor';
import { loadConvention, myParticipant, refuse } from './convention-access';
import { participantRoles, spokenLanguages } from './convention-model';
import { loadParticipantViews, type ParticipantView } from './event-profiles';
import { suggestCounterparts, type MatchProfile, type Suggestion } from './suggest-counterparts';

export const catalogueQuerySchema = z.object({
  q: z.string().trim().max(200).optional(),
  role: z.enum(participantRoles).optional(),
  nace: z.string().trim().max(12).optional(),
  /** Where the NACE code must appear: in what they offer, what they seek, or either. */
  side: z.enum(['offers', 'needs', 'any']).default('any'),
  language: z.enum(spokenLanguages).optional(),
  country: z.enum(['BE', 'LU', 'FR', 'DE', 'NL']).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(24),
});
export type CatalogueQuery = z.infer<typeof catalogueQuerySchema>;

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

/** The words a participant is found by: names, keywords, presentation, and their activities' labels in four languages. */
function searchText(p: ParticipantView): string {
  const codes = [...p.offerCodes, ...p.needCodes];
  return fold(
    [p.name, p.organisation?.name ?? '', p.presentation, ...p.offerKeywords, ...p.needKeywords, ...codes, ...codes.map((c) => naceEntry(c)?.searchText ?? '')].join(' | '),
  );
}

export function filterParticipants(all: ParticipantView[], query: CatalogueQuery): ParticipantView[] {
  const words = query.q ? fold(query.q).split(/\s+/).filter(Boolean) : [];
  const code = query.nace ? (parseNaceCode(query.nace) ?? query.nace.toUpperCase()) : undefined;
  const hasCode = (codes: string[]) => !!code && codes.some((c) => c.startsWith(code) || code.startsWith(c));
  return all.filter((p) => {
    if (query.role && p.role !== query.role) return false;
    if (query.language && !p.languages.includes(query.language)) return false;
    if (query.country && p.organisation?.country !== query.country) return false;
    if (code) {
      const inOffers = hasCode(p.offerCodes);
      const inNeeds = hasCode(p.needCodes);
      if (query.side === 'offers' ? !inOffers : query.side === 'needs' ? !inNeeds : !inOffers && !inNeeds) return false;
    }
    if (words.length) {
      const text = searchText(p);
      if (!words.every((w) => text.includes(w))) return false;
    }
    return true;
  });
}

const toMatch = (p: ParticipantView): MatchProfile => ({
  id: p.id,
  organisationId: p.organisation?.id ?? null,
  role: p.role,
  offerCodes: p.offerCodes,
  needCodes: p.needCodes,
  offerKeywords: p.offerKeywords,
  needKeywords: p.needKeywords,
  languages: p.languages,
  country: p.organisation?.country ?? null,
});

/** Requests between the actor and others, by the other participant: what the catalogue shows on each card. */
async function requestsWith(db: Db, meId: string) {
  const rows = await db
    .select()
    .from(conventionRequests)
    .where(and(or(eq(conventionRequests.requesterId, meId), eq(conventionRequests.recipientId, meId)), inArray(conventionRequests.status, ['pending', 'accepted', 'declined'])));
  const map = new Map<string, { id: string; status: string; direction: 'sent' | 'received' }>();
  for (const r of rows) {
    const other = r.requesterId === meId ? r.recipientId : r.requesterId;
    map.set(other, { id: r.id, status: r.status, direction: r.requesterId === meId ? 'sent' : 'received' });
  }
  return map;
}

type PublicParticipant = Omit<ParticipantView, 'maxMeetings' | 'fixedTable' | 'unavailableSlotIds'> & Partial<Pick<ParticipantView, 'maxMeetings' | 'fixedTable'>>;

/** What a participant may see of others; coordinators also see caps and fixed tables. */
function present(p: ParticipantView, manage: boolean): PublicParticipant {
  const { maxMeetings, fixedTable, unavailableSlotIds: _u, ...rest } = p;
  return manage ? { ...rest, maxMeetings, fixedTable } : rest;
}

/**
 * The catalogue of participants with search and filters, and for a participant, whom to meet and why. Visible to
 * the convention's participants and the coordinators; others get a 403 with `details.reason = no_profile`.
 */
export async function browseCatalogue({ db, actor, eventId, query }: { db: Db; actor: Actor; eventId: string; query: CatalogueQuery }) {
  const { manage } = await loadConvention(db, actor, eventId);
  const me = await myParticipant(db, actor, eventId);
  if (!me && !manage) throw refuse('forbidden', 'no_profile', 'Create your event profile to see the other participants');
  const all = await loadParticipantViews(db, eventId);
  const filtered = filterParticipants(all, query).sort((a, b) => a.name.localeCompare(b.name));
  const start = (query.page - 1) * query.pageSize;
  const links = me ? await requestsWith(db, me.id) : new Map();
  return {
    total: filtered.length,
    page: query.page,
    pageSize: query.pageSize,
    items: filtered.slice(start, start + query.pageSize).map((p) => ({ ...present(p, manage), you: p.id === me?.id, request: links.get(p.id) ?? null })),
  };
}

export async function suggestionsFor({ db, actor, eventId, limit = 12 }: { db: Db; actor: Actor; eventId: string; limit?: number }) {
  await loadConvention(db, actor, eventId);
  const meRow = await myParticipant(db, actor, eventId);
  if (!meRow) return { items: [] as (Suggestion & { participant: PublicParticipant })[] };
  const all = await loadParticipantViews(db, eventId);
  const me = all.find((p) => p.id === meRow.id);
  if (!me) return { items: [] };
  const links = await requestsWith(db, me.id);
  const suggestions = suggestCounterparts(
    toMatch(me),
    all.filter((p) => !p.absent).map(toMatch),
    { exclude: new Set(links.keys()), limit },
  );
  const byId = new Map(all.map((p) => [p.id, p]));
  return { items: suggestions.map((s) => ({ ...s, participant: present(byId.get(s.participantId)!, false) })) };
}
