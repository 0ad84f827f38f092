import { describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import { validatePlan } from '../scheduling/validate-plan';
import { solveSchedule } from '../scheduling/solve-schedule';
import { buildProblem, type ConventionSnapshot } from './build-problem';
import { buildSlots, numberedTables, type DaySetup } from './build-slots';
import { suggestCounterparts, type MatchProfile } from './suggest-counterparts';
import { filterParticipants, catalogueQuerySchema } from './catalogue';
import type { ParticipantView } from './event-profiles';
import { reasonCode } from './schedule-runs';

const at = (hhmm: string) => `2031-03-30T${hhmm}:00+02:00`;

describe('buildSlots: the day cut into meeting slots', () => {
  const setup: DaySetup = {
    sessions: [
      { name: 'Matin', startsAt: at('09:00'), endsAt: at('11:00') },
      { name: 'Après-midi', startsAt: at('14:00'), endsAt: at('15:10') },
    ],
    slotMinutes: 20,
    changeoverMinutes: 5,
    breaks: [{ label: 'Pause café', startsAt: at('10:00'), endsAt: at('10:15') }],
    tables: numberedTables(3),
  };

  it('steps by slot and changeover, skips the break, drops a slot that would overrun the session', () => {
    const slots = buildSlots(setup);
    const hm = (d: Date) => d.toISOString().slice(11, 16);
    // 09:00, 09:25, then 09:50 would overlap the 10:00 break: next at 10:15, 10:40 (ends 11:00). Afternoon: 14:00, 14:25, 14:50 (ends 15:10).
    expect(slots.map((s) => `${s.session}@${hm(s.startsAt)}-${hm(s.endsAt)}`)).toEqual([
      '0@07:00-07:20',
      '0@07:25-07:45',
      '0@08:15-08:35',
      '0@08:40-09:00',
      '1@12:00-12:20',
      '1@12:25-12:45',
      '1@12:50-13:10',
    ]);
  });

  it('names the field of what is wrong', () => {
    const fieldOf = (s: DaySetup, event?: { startsAt: Date; endsAt: Date }) => {
      try {
        buildSlots(s, event);
        return 'no error';
      } catch (error) {
        return error instanceof AppError ? error.field : String(error);
      }
    };
    expect(fieldOf({ ...setup, sessions: [{ name: '', startsAt: at('10:00'), endsAt: at('09:00') }] })).toBe('sessions.0.endsAt');
    expect(fieldOf({ ...setup, sessions: [setup.sessions[0]!, { name: '', startsAt: at('10:30'), endsAt: at('12:00') }] })).toBe('sessions.1.startsAt');
    expect(fieldOf({ ...setup, tables: ['Stand A', 'stand a'] })).toBe('tables.1');
    expect(fieldOf({ ...setup, slotMinutes: 180 })).toBe('slotMinutes');
    expect(fieldOf(setup, { startsAt: new Date(at('09:30')), endsAt: new Date(at('18:00')) })).toBe('sessions.0.startsAt');
  });
});

const slotIds = ['s1', 's2', 's3', 's4'];
function snapshot(): ConventionSnapshot {
  return {
    slots: slotIds.map((id, i) => ({ id, session: 0, startsAt: new Date(Date.UTC(2031, 2, 30, 8, i * 20)), endsAt: new Date(Date.UTC(2031, 2, 30, 8, i * 20 + 20)) })),
    tableCount: 2,
    maxMeetingsPerParticipant: null,
    participants: ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, maxMeetings: null, fixedTable: null, unavailableSlotIds: [], absent: false })),
    meetings: [
      { id: 'm1', participants: ['a', 'b'], weight: 4, status: 'scheduled', slotId: 's1', tableNumber: 1, locked: false, published: true },
      { id: 'm2', participants: ['a', 'c'], weight: 4, status: 'scheduled', slotId: 's2', tableNumber: 2, locked: false, published: true },
      { id: 'm3', participants: ['b', 'c'], weight: 3, status: 'held', slotId: 's3', tableNumber: 1, locked: false, published: true },
      { id: 'm4', participants: ['d', 'e'], weight: 5, status: 'unscheduled', slotId: null, tableNumber: null, locked: false, published: false },
      { id: 'm5', participants: ['a', 'd'], weight: 2, status: 'no_show', slotId: 's4', tableNumber: 1, locked: false, published: true },
    ],
  };
}

describe('buildProblem: a convention as the engine sees it', () => {
  it('full mode: only meetings still to happen, no locks but the coordinator’s', () => {
    const s = snapshot();
    s.meetings[1]!.locked = true;
    const built = buildProblem(s, { mode: 'full' });
    expect(built.problem.meetings.map((m) => m.id)).toEqual(['m2', 'm1', 'm4']);
    expect(built.locked).toEqual(['m2']);
    expect(built.untouched.sort()).toEqual(['m3', 'm5']);
    expect(built.problem.tables).toBe(2);
  });

  it('keep-published mode locks published meetings; a lock that no longer holds is released', () => {
    const s = snapshot();
    s.participants.find((p) => p.id === 'c')!.unavailableSlotIds = ['s2'];
    const built = buildProblem(s, { mode: 'keep-published' });
    expect(built.locked).toEqual(['m1']);
    expect(built.released).toEqual(['m2']);
    // The engine accepts it (no contradictory pins), and m1 stays where it was.
    const plan = solveSchedule(built.problem, { seed: 1 });
    expect(plan.assignments.find((a) => a.meeting === 'm1')).toEqual({ meeting: 'm1', slot: 's1', table: 1 });
    expect(validatePlan(built.problem, plan).valid).toBe(true);
  });

  it('past slots are dropped with what happened there; caps count what was already had', () => {
    const s = snapshot();
    s.participants.find((p) => p.id === 'a')!.maxMeetings = 2;
    const built = buildProblem(s, { mode: 'keep-published', notBefore: new Date(Date.UTC(2031, 2, 30, 8, 20)) });
    expect(built.problem.slots.map((x) => x.id)).toEqual(['s2', 's3', 's4']);
    expect(built.untouched).toContain('m1');
    expect(built.problem.participants.find((p) => p.id === 'a')!.maxMeetings).toBe(1);
  });

  it('absent participants take no part', () => {
    const s = snapshot();
    s.participants.find((p) => p.id === 'e')!.absent = true;
    expect(buildProblem(s, { mode: 'full' }).untouched).toContain('m4');
  });

  it('maps the engine’s reasons to codes', () => {
    expect(reasonCode('infeasible: no common available slot')).toBe('no_common_slot');
    expect(reasonCode('"a" already has the most meetings possible (3)')).toBe('cap_reached');
    expect(reasonCode('no room: in each of its 4 allowed slot(s)…')).toBe('no_room');
  });
});

const profile = (p: Partial<MatchProfile> & { id: string }): MatchProfile => ({
  organisationId: `org-${p.id}`,
  role: 'other',
  offerCodes: [],
  needCodes: [],
  offerKeywords: [],
  needKeywords: [],
  languages: ['fr'],
  country: 'FR',
  ...p,
});

describe('suggestCounterparts: whom to meet, and why', () => {
  const buyer = profile({ id: 'buyer', role: 'buyer', needCodes: ['C16'], needKeywords: ['traiteur'], languages: ['fr', 'de'], country: 'LU' });
  const joinery = profile({ id: 'joinery', role: 'supplier', offerCodes: ['C16.23'], languages: ['de'], country: 'DE' });
  const caterer = profile({ id: 'caterer', role: 'supplier', offerCodes: ['I56.21'], languages: ['fr'], country: 'LU' });
  const colleague = profile({ id: 'colleague', role: 'supplier', offerCodes: ['C16.23'], organisationId: 'org-buyer' });
  const stranger = profile({ id: 'stranger', role: 'buyer', offerCodes: ['K64'], languages: ['nl'] });

  it('ranks by complementary activities, with the reasons in codes', () => {
    const out = suggestCounterparts(buyer, [joinery, caterer, colleague, stranger, buyer]);
    expect(out.map((s) => s.participantId)).toEqual(['joinery', 'caterer']);
    const [first, second] = out;
    expect(first!.reasons).toEqual([
      { code: 'their_offer_your_need', theirCode: 'C16.23', yourCode: 'C16' },
      { code: 'buyer_supplier', theirRole: 'supplier' },
      { code: 'common_language', languages: ['de'] },
      { code: 'cross_border', theirCountry: 'DE' },
    ]);
    // "traiteur" is found in the French label of I56.21 (event catering), whatever language the offer was typed in.
    expect(second!.reasons.map((r) => r.code)).toEqual(['keyword_in_their_offer', 'buyer_supplier', 'common_language']);
  });

  it('counts sibling activities (event and contract catering) as a weaker match', () => {
    const needsEventCatering = profile({ id: 'b', role: 'buyer', needCodes: ['I56.21'] });
    const contract = profile({ id: 'c', role: 'supplier', offerCodes: ['I56.22'] });
    const exact = profile({ id: 'e', role: 'supplier', offerCodes: ['I56.21'] });
    const out = suggestCounterparts(needsEventCatering, [contract, exact]);
    expect(out.map((x) => x.participantId)).toEqual(['e', 'c']);
    expect(out[1]!.reasons[0]).toEqual({ code: 'their_offer_your_need', theirCode: 'I56.22', yourCode: 'I56.21' });
  });

  it('leaves out people already asked, and warns when there is no language in common', () => {
    expect(suggestCounterparts(buyer, [joinery, caterer], { exclude: new Set(['joinery']) }).map((s) => s.participantId)).toEqual(['caterer']);
    const dutch = profile({ id: 'nl', role: 'supplier', offerCodes: ['C16.10'], languages: ['nl'] });
    const [s] = suggestCounterparts(buyer, [dutch]);
    expect(s!.noCommonLanguage).toBe(true);
    expect(s!.score).toBeLessThan(suggestCounterparts(buyer, [{ ...dutch, languages: ['fr'] }])[0]!.score);
  });
});

describe('filterParticipants: catalogue search and filters', () => {
  const view = (v: Partial<ParticipantView> & { id: string; name: string }): ParticipantView => ({
    userId: null,
    organisation: { id: `o-${v.id}`, name: `Org ${v.name}`, country: 'LU', kind: 'company' },
    role: 'supplier',
    presentation: '',
    offerCodes: [],
    needCodes: [],
    offerKeywords: [],
    needKeywords: [],
    languages: ['fr'],
    maxMeetings: null,
    fixedTable: null,
    absent: false,
    checkedIn: false,
    ...v,
  });
  const all = [
    view({ id: '1', name: 'Menuiserie Wagner', offerCodes: ['C16.23'], languages: ['de', 'fr'] }),
    view({ id: '2', name: 'Régie des Eaux', role: 'buyer', needCodes: ['C16'], organisation: { id: 'o2', name: 'Régie', country: 'FR', kind: 'public' } }),
    view({ id: '3', name: 'Café Solidaire', offerCodes: ['I56.10'], offerKeywords: ['traiteur bio'] }),
  ];
  const q = (raw: Record<string, string>) => filterParticipants(all, catalogueQuerySchema.parse(raw)).map((p) => p.id);

  it('finds by words without accents, in any language through the NACE labels', () => {
    expect(q({ q: 'regie' })).toEqual(['2']);
    expect(q({ q: 'timmerwerk' })).toEqual(['1']);
    expect(q({ q: 'traiteur' })).toEqual(['3']);
  });

  it('filters by role, NACE (side), language and country', () => {
    expect(q({ role: 'buyer' })).toEqual(['2']);
    expect(q({ nace: 'C16' })).toEqual(['1', '2']);
    expect(q({ nace: 'C16', side: 'offers' })).toEqual(['1']);
    expect(q({ nace: '16.23', side: 'needs' })).toEqual(['2']);
    expect(q({ language: 'de' })).toEqual(['1']);
    expect(q({ country: 'FR' })).toEqual(['2']);
  });
});
