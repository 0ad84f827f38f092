import crypto from 'node:crypto';
import type { Database } from '../../src/db/client';
import {
  conventionMeetings,
  conventionParticipants,
  conventionRequests,
  conventionSettings,
  conventionSlots,
  conventionUnavailability,
  eventRegistrations,
  events,
  networkRoles,
  networks,
  organisations,
  users,
} from '../../src/db/schema';
import { createUser } from '../../src/domain/auth/create-user';
import { buildSlots, numberedTables, type DaySetup } from '../../src/domain/convention/build-slots';
import { generateInstance } from '../../src/domain/scheduling/generate-instance';

export const COORDINATOR_PASSWORD = 'bench convention password';

export interface FilledConvention {
  eventId: string;
  coordinatorEmail: string;
  participants: number;
  meetings: number;
  slots: number;
  tables: number;
}

const batches = async <T>(rows: T[], size: number, insert: (batch: T[]) => Promise<unknown>) => {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
};

/**
 * A convention as large as the issue asks: `participants` registered people with event profiles, buyers asking
 * popular suppliers (the scheduling benchmark's generator), every request accepted, a day of two sessions of
 * 20-minute slots and enough tables. Written straight into the tables, so only the measured steps go through the
 * application.
 */
export async function fillConvention(database: Database, options: { participants: number; meetingsPerParticipant: number; seed: number }): Promise<FilledConvention> {
  const db = database.db;
  const tag = crypto.randomBytes(4).toString('hex');
  const [network] = await db.insert(networks).values({ slug: `bench-conv-${tag}`, name: 'Bench convention' }).returning();
  const coordinatorEmail = `coord-${tag}@bench.test`;
  const coordinator = await createUser({ db, email: coordinatorEmail, password: COORDINATOR_PASSWORD, name: 'Bench coordinator' });
  await db.insert(networkRoles).values({ networkId: network!.id, userId: coordinator.id, role: 'coordinator' });
  const day = new Date(Date.now() + 30 * 86_400_000);
  const ymd = day.toISOString().slice(0, 10);
  const startsAt = new Date(`${ymd}T07:00:00Z`);
  const endsAt = new Date(`${ymd}T18:00:00Z`);
  const [event] = await db
    .insert(events)
    .values({ networkId: network!.id, kind: 'business_convention', title: { fr: 'Convention de mesure' }, startsAt, endsAt, timeZone: 'Europe/Luxembourg', status: 'published' })
    .returning();
  const eventId = event!.id;

  // The engine's benchmark generator gives realistic pairs (popular suppliers, capped at the slots per person).
  const slotsWanted = 23;
  const instance = generateInstance({
    participants: options.participants,
    meetingsPerParticipant: options.meetingsPerParticipant,
    slots: slotsWanted,
    buyerShare: 0.3,
    seed: options.seed,
    unavailableDensity: 0.03,
    fixedTableShare: 0.02,
    fixedShare: 0,
    afterShare: 0,
    sessionShare: 0,
  });
  const tablesNeeded = Math.ceil((instance.meetings.length * 1.15) / slotsWanted);
  const setup: DaySetup = {
    sessions: [
      { name: 'Matin', startsAt: `${ymd}T07:00:00Z`, endsAt: `${ymd}T10:40:00Z` },
      { name: 'Après-midi', startsAt: `${ymd}T12:00:00Z`, endsAt: `${ymd}T16:00:00Z` },
    ],
    slotMinutes: 20,
    changeoverMinutes: 0,
    breaks: [],
    tables: numberedTables(tablesNeeded),
  };
  const planned = buildSlots(setup, { startsAt, endsAt });
  await db.insert(conventionSettings).values({ eventId, daySetup: setup, tableNames: setup.tables });
  const slotIds = planned.map(() => crypto.randomUUID());
  await db.insert(conventionSlots).values(planned.map((s, i) => ({ id: slotIds[i], eventId, session: s.session, startsAt: s.startsAt, endsAt: s.endsAt })));

  const ids = new Map(instance.participants.map((p) => [p.id, { user: crypto.randomUUID(), org: crypto.randomUUID(), reg: crypto.randomUUID(), part: crypto.randomUUID() }]));
  const rows = instance.participants.map((p, i) => ({ p, i, id: ids.get(p.id)! }));
  await batches(rows, 500, (b) => db.insert(users).values(b.map(({ i, id }) => ({ id: id.user, email: `p${i}-${tag}@bench.test`, name: `Participant ${i}` }))));
  await batches(rows, 500, (b) => db.insert(organisations).values(b.map(({ i, id }) => ({ id: id.org, name: `Organisation ${i}`, country: ['LU', 'FR', 'DE', 'BE'][i % 4]! }))));
  await batches(rows, 500, (b) =>
    db.insert(eventRegistrations).values(b.map(({ i, id }) => ({ id: id.reg, eventId, userId: id.user, organisationId: id.org, status: 'confirmed' as const, checkInCode: `B${tag}${i}`.toUpperCase() }))),
  );
  await batches(rows, 500, (b) =>
    db.insert(conventionParticipants).values(
      b.map(({ p, id }) => ({
        id: id.part,
        eventId,
        registrationId: id.reg,
        userId: id.user,
        organisationId: id.org,
        role: p.id.startsWith('b') ? ('buyer' as const) : ('supplier' as const),
        languages: ['fr', 'de'],
        maxMeetings: p.maxMeetings ?? null,
        fixedTable: p.fixedTable && p.fixedTable <= tablesNeeded ? p.fixedTable : null,
      })),
    ),
  );
  const slotOf = new Map(instance.slots.map((s, i) => [s.id, slotIds[i % slotIds.length]!]));
  const unavailable = instance.participants.flatMap((p) => (p.unavailable ?? []).map((s) => ({ participantId: ids.get(p.id)!.part, slotId: slotOf.get(s)! })));
  await batches([...new Map(unavailable.map((u) => [`${u.participantId}|${u.slotId}`, u])).values()], 1000, (b) => db.insert(conventionUnavailability).values(b));
  const requests = instance.meetings.map((m) => ({
    id: crypto.randomUUID(),
    eventId,
    requesterId: ids.get(m.participants[0])!.part,
    recipientId: ids.get(m.participants[1])!.part,
    priority: Math.min(3, m.priority ?? 2),
    status: 'accepted' as const,
    responsePriority: 2,
    respondedAt: new Date(),
  }));
  await batches(requests, 1000, (b) => db.insert(conventionRequests).values(b));
  await batches(requests, 1000, (b) =>
    db.insert(conventionMeetings).values(b.map((r) => ({ eventId, requestId: r.id, participantA: r.requesterId, participantB: r.recipientId, weight: r.priority + 2 }))),
  );
  return { eventId, coordinatorEmail, participants: instance.participants.length, meetings: requests.length, slots: planned.length, tables: tablesNeeded };
}
