import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import {
  conventionMeetings,
  conventionParticipants,
  conventionRequests,
  conventionSettings,
  conventionSlots,
  eventRegistrations,
  events,
  networks,
  organisations,
  users,
  type ConventionRole,
} from '../../db/schema';
import { buildSlots, type DaySetup } from '../convention/build-slots';
import { draftProfile } from '../convention/event-profiles';
import { suggestCounterparts, type MatchProfile } from '../convention/suggest-counterparts';
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
 * between buyers and the suppliers the matching suggests, most accepted, a few declined or still pending. The
 * schedule itself is left for the coordinator to generate. Deterministic apart from ids.
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
  return n;
}
