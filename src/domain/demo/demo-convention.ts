import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import {
  conventionMeetings,
  conventionParticipants,
  conventionRequests,
  conventionScheduleRuns,
  conventionSettings,
  conventionSlots,
  eventRegistrations,
  events,
  networks,
  organisations,
  users,
  type ConventionRole,
} from '../../db/schema';
import { buildProblem } from '../convention/build-problem';
import { buildSlots, type DaySetup } from '../convention/build-slots';
import { draftProfile } from '../convention/event-profiles';
import { loadSnapshot } from '../convention/load-snapshot';
import { reasonCode } from '../convention/schedule-runs';
import { suggestCounterparts, type MatchProfile } from '../convention/suggest-counterparts';
import type { Problem } from '../scheduling/problem-schema';
import { solveSchedule } from '../scheduling/solve-schedule';
import { validatePlan } from '../scheduling/validate-plan';
import { zonedTimeToUtc, zonedParts } from '../calendar/time-zones';

/** What responsible buyers come to source, in NACE codes, with the words they would type. */
const purchasingNeeds: { codes: string[]; words: string[] }[] = [
  { codes: ['I56.21'], words: ['traiteur', 'repas bio'] },
  { codes: ['N81.21', 'N81.22'], words: ['nettoyage', 'entretien des locaux'] },
  { codes: ['C18.12'], words: ['impression', 'papier recyclé'] },
  { codes: ['C31.01', 'C16.23'], words: ['mobilier', 'bois local'] },
  { codes: ['E38.32'], words: ['recyclage', 'réemploi'] },
  { codes: ['N81.30'], words: ['espaces verts'] },
  { codes: ['C14.13'], words: ['vêtements de travail'] },
  { codes: ['J62.01'], words: ['logiciel libre', 'site web'] },
];

const messages = [
  'Nous renouvelons notre marché pour 2027 et cherchons des partenaires de l’ESS : pouvons-nous en parler ?',
  'Wir suchen regionale Partner aus der Sozialwirtschaft für unsere Beschaffung.',
  'Intéressés par vos prestations pour nos sites de Moselle et du Luxembourg.',
  'Nous voulons intégrer une clause sociale dans notre prochain appel d’offres.',
  '',
];

const roleOf = (answer: unknown): ConventionRole =>
  answer === 'buyer' || answer === 'supplier' || answer === 'subcontractor' ? answer : 'other';

/**
 * The Cluster ESS Grande Région's responsible-purchasing convention in the demo: the day laid out (two sessions of
 * 20-minute meetings around lunch, a coffee break, twelve tables and two exhibitor stands), an event profile for
 * every confirmed registrant built from their organisation and the role they gave when registering, and requests
 * between buyers and the suppliers the matching suggests, most accepted, a few declined or still pending, and the
 * schedule generated and published. Deterministic apart from ids.
 */
export async function seedDemoConvention(db: Db): Promise<number> {
  const [event] = await db
    .select({ e: events })
    .from(events)
    .innerJoin(networks, eq(networks.id, events.networkId))
    .where(and(eq(networks.slug, 'ess-grande-region'), eq(events.kind, 'business_convention')));
  if (!event) return 0;
  const e = event.e;
  const local = zonedParts(e.startsAt, e.timeZone);
  const at = (hour: number, minute: number) =>
    zonedTimeToUtc({ year: local.year, month: local.month, day: local.day, hour, minute }, e.timeZone).toISOString();
  const tables = [...Array.from({ length: 12 }, (_, i) => `Table ${i + 1}`), 'Stand ESS Lorraine', 'Stand Luxembourg ESS'];
  const setup: DaySetup = {
    sessions: [
      { name: 'Matin', startsAt: at(10, 45), endsAt: at(12, 30) },
      { name: 'Après-midi', startsAt: at(14, 0), endsAt: at(16, 45) },
    ],
    slotMinutes: 20,
    changeoverMinutes: 5,
    breaks: [{ label: 'Pause café', startsAt: at(15, 15), endsAt: at(15, 30) }],
    tables,
  };
  const slots = buildSlots(setup, { startsAt: e.startsAt, endsAt: e.endsAt });
  await db.insert(conventionSettings).values({
    eventId: e.id,
    daySetup: setup,
    tableNames: tables,
    requestDeadline: new Date(e.startsAt.getTime() - 3 * 86_400_000),
    maxMeetingsPerParticipant: 8,
  });
  await db.insert(conventionSlots).values(slots.map((s) => ({ eventId: e.id, session: s.session, startsAt: s.startsAt, endsAt: s.endsAt })));

  const registrants = await db
    .select({ r: eventRegistrations, org: organisations, locale: users.locale })
    .from(eventRegistrations)
    .innerJoin(users, eq(users.id, eventRegistrations.userId))
    .leftJoin(organisations, eq(organisations.id, eventRegistrations.organisationId))
    .where(and(eq(eventRegistrations.eventId, e.id), eq(eventRegistrations.status, 'confirmed')))
    .orderBy(asc(eventRegistrations.createdAt), asc(users.email));
  const profiles: (MatchProfile & { registrationId: string; userId: string })[] = [];
  let buyers = 0;
  let exhibitors = 0;
  for (const [i, { r, org, locale }] of registrants.entries()) {
    const role = roleOf(r.answers.role);
    const draft = draftProfile(org ?? undefined, locale);
    const need = purchasingNeeds[buyers % purchasingNeeds.length]!;
    const isBuyer = role === 'buyer';
    if (isBuyer) buyers++;
    const fixedTable = role === 'supplier' && exhibitors < 2 && i % 2 === 1 ? 13 + exhibitors++ : null;
    const [row] = await db
      .insert(conventionParticipants)
      .values({
        eventId: e.id,
        registrationId: r.id,
        userId: r.userId,
        organisationId: r.organisationId,
        role,
        presentation: isBuyer ? `Acheteur engagé dans une démarche d’achats responsables (${need.words.join(', ')}).` : '',
        offerCodes: isBuyer ? [] : draft.offerCodes,
        needCodes: isBuyer ? need.codes : [],
        offerKeywords: isBuyer ? [] : draft.offerKeywords.slice(0, 6),
        needKeywords: isBuyer ? need.words : [],
        languages: draft.languages,
        fixedTable,
      })
      .returning({ id: conventionParticipants.id });
    profiles.push({
      id: row!.id,
      registrationId: r.id,
      userId: r.userId!,
      organisationId: r.organisationId,
      role,
      offerCodes: isBuyer ? [] : draft.offerCodes,
      needCodes: isBuyer ? need.codes : [],
      offerKeywords: isBuyer ? [] : draft.offerKeywords,
      needKeywords: isBuyer ? need.words : [],
      languages: draft.languages,
      country: org?.country ?? null,
    });
  }

  // Each buyer asks the best suggestions; the answers follow a fixed pattern (mostly yes).
  const asked = new Set<string>();
  let n = 0;
  for (const me of profiles.filter((p) => p.role === 'buyer')) {
    for (const s of suggestCounterparts(me, profiles, { limit: 5 })) {
      const pair = [me.id, s.participantId].sort().join('|');
      if (asked.has(pair)) continue;
      asked.add(pair);
      const status = n % 7 === 5 ? 'declined' : n % 7 === 6 ? 'pending' : 'accepted';
      const priority = (n % 3) + 1;
      const createdAt = new Date(e.startsAt.getTime() - (20 - (n % 15)) * 86_400_000);
      const [request] = await db
        .insert(conventionRequests)
        .values({
          eventId: e.id,
          requesterId: me.id,
          recipientId: s.participantId,
          message: messages[n % messages.length]!,
          priority,
          status,
          responsePriority: status === 'accepted' ? 2 : null,
          respondedAt: status === 'pending' ? null : new Date(createdAt.getTime() + 2 * 86_400_000),
          createdAt,
        })
        .returning();
      if (status === 'accepted')
        await db.insert(conventionMeetings).values({ eventId: e.id, requestId: request!.id, participantA: me.id, participantB: s.participantId, weight: priority + 2 });
      n++;
    }
  }
  await generateAndPublish(db, e.id, profiles.map((p) => p.id));
  return n;
}

/**
 * The schedule generated by the same engine as the coordinator's "generate" button (seed 1, so the demo always
 * gets the same plan), checked by the validator and published: agendas, the table plan and the statistics show at
 * once. No e-mails: nobody reads the demo's mailbox.
 */
async function generateAndPublish(db: Db, eventId: string, order: string[]) {
  const [settings] = await db.select().from(conventionSettings).where(eq(conventionSettings.eventId, eventId));
  const { snapshot } = await loadSnapshot(db, eventId, settings!);
  const { problem: built } = buildProblem(snapshot, { mode: 'full' });
  if (!built.meetings.length) return;
  // Ids are random and the engine breaks ties by them: it gets ids numbered in the seed's own order instead, so the
  // plan depends only on the participants and requests.
  const rank = new Map(order.map((id, i) => [id, i]));
  const participants = [...built.participants].sort((a, b) => (rank.get(a.id) ?? order.length) - (rank.get(b.id) ?? order.length));
  const pid = new Map(participants.map((p, i) => [p.id, `p${String(i).padStart(4, '0')}`]));
  const sid = new Map(built.slots.map((x, i) => [x.id, `s${String(i).padStart(3, '0')}`]));
  const pair = (m: { participants: [string, string] }) => m.participants.map((x) => pid.get(x)!).sort().join('|');
  const meetings = [...built.meetings].sort((a, b) => pair(a).localeCompare(pair(b)));
  const mid = new Map(meetings.map((m, i) => [m.id, `m${String(i).padStart(4, '0')}`]));
  const back = new Map([...mid, ...sid].map(([k, v]) => [v, k]));
  const problem: Problem = {
    tables: built.tables,
    slots: built.slots.map((x) => ({ ...x, id: sid.get(x.id)! })),
    participants: participants.map((p) => ({ ...p, id: pid.get(p.id)!, ...(p.unavailable ? { unavailable: p.unavailable.map((u) => sid.get(u)!) } : {}) })),
    meetings: meetings.map((m) => ({
      ...m,
      id: mid.get(m.id)!,
      participants: [pid.get(m.participants[0])!, pid.get(m.participants[1])!],
      ...(m.fixedSlot ? { fixedSlot: sid.get(m.fixedSlot)! } : {}),
      ...(m.after ? { after: m.after.map((x) => mid.get(x)!) } : {}),
      ...(m.locked ? { locked: { slot: sid.get(m.locked.slot)!, table: m.locked.table } } : {}),
    })),
  };
  const solved = solveSchedule(problem, { seed: 1, timeLimitSeconds: 60 });
  const check = validatePlan(problem, solved);
  if (!check.valid) throw new Error(`demo convention: the engine returned an invalid plan: ${check.violations[0]}`);
  const plan = {
    ...solved,
    assignments: solved.assignments.map((a) => ({ ...a, meeting: back.get(a.meeting)!, slot: back.get(a.slot)! })),
    unscheduled: solved.unscheduled.map((u) => ({ ...u, meeting: back.get(u.meeting)! })),
  };
  const seats = plan.assignments.map((a) => ({ id: a.meeting, slot: a.slot, t: a.table }));
  await db.execute(sql`
    UPDATE convention_meetings m SET status = 'scheduled', slot_id = v.slot, table_number = v.t, published_slot_id = v.slot, published_table = v.t
    FROM jsonb_to_recordset(${JSON.stringify(seats)}::jsonb) AS v(id uuid, slot uuid, t integer)
    WHERE m.id = v.id AND m.event_id = ${eventId}`);
  const reasons = plan.unscheduled.map((u) => ({ id: u.meeting, r: reasonCode(u.reason) }));
  if (reasons.length)
    await db.execute(sql`
      UPDATE convention_meetings m SET unscheduled_reason = v.r
      FROM jsonb_to_recordset(${JSON.stringify(reasons)}::jsonb) AS v(id uuid, r text)
      WHERE m.id = v.id AND m.event_id = ${eventId}`);
  const now = new Date();
  await db.insert(conventionScheduleRuns).values({
    eventId,
    mode: 'full',
    status: 'done',
    seed: 1,
    stats: { ...plan.stats, locked: 0, untouched: 0, unscheduled: plan.unscheduled.length },
    createdAt: now,
    startedAt: now,
    finishedAt: now,
  });
  await db.update(conventionSettings).set({ scheduleStatus: 'published', publishedAt: now, updatedAt: now }).where(eq(conventionSettings.eventId, eventId));
}
