import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client';
import type { Role } from '../../db/schema';
import { grantRole, makeNetwork, makeUser } from '../../../tests/factories';
import { openTestDatabase } from '../../../tests/test-database';
import { anonymous, loadActor, type Actor } from '../policy/actor';
import { canReadMinutes, canRegisterForEvent } from './event-policy';
import { createEvent, getEvent, listNetworkEvents, updateEvent, type EventRow } from './events';

/**
 * The events rows of the policy matrix (decision 003): personas × event visibility × action, through the domain
 * functions and the SQL list filter. Expectations are written out by hand.
 */
let database: Database;
const personas = ['admin', 'coordinator', 'member', 'partner', 'observer', 'otherCoordinator', 'anonymous'] as const;
type Persona = (typeof personas)[number];
const actors = {} as Record<Persona, Actor>;
const cases = ['draft', 'network', 'public', 'cancelledNetwork'] as const;
type Case = (typeof cases)[number];
const rows = {} as Record<Case, EventRow>;
let networkId = '';

beforeAll(async () => {
  database = await openTestDatabase();
  const db = database.db;
  const network = await makeNetwork(db, 'Policy');
  const other = await makeNetwork(db, 'Other');
  networkId = network.id;
  const person = async (role: Role | null, net = network.id, admin = false) => {
    const u = await makeUser(db, { admin });
    if (role) await grantRole(db, u.id, net, role);
    return loadActor(db, u.id);
  };
  actors.admin = await person(null, network.id, true);
  actors.coordinator = await person('coordinator');
  actors.member = await person('member');
  actors.partner = await person('partner');
  actors.observer = await person('observer');
  actors.otherCoordinator = await person('coordinator', other.id);
  actors.anonymous = anonymous;
  const make = (input: { status: 'draft' | 'published'; visibility: 'public' | 'network' }) =>
    createEvent({
      db,
      actor: actors.coordinator,
      networkId,
      baseUrl: 'https://x.example',
      input: { kind: 'committee', title: { fr: 'Matrice' }, startsAt: '2031-05-01T09:00', endsAt: '2031-05-01T11:00', ...input },
    });
  rows.draft = await make({ status: 'draft', visibility: 'public' });
  rows.network = await make({ status: 'published', visibility: 'network' });
  rows.public = await make({ status: 'published', visibility: 'public' });
  rows.cancelledNetwork = await make({ status: 'published', visibility: 'network' });
  await database.query("UPDATE events SET status = 'cancelled' WHERE id = $1", [rows.cancelledNetwork.id]);
  rows.cancelledNetwork = { ...rows.cancelledNetwork, status: 'cancelled' };
});
afterAll(async () => {
  await database?.close();
});

// R = read, U = update, G = register, M = read minutes; '-' = refused.
const expected: Record<Persona, Record<Case, string>> = {
  admin: { draft: 'RUGM', network: 'RUGM', public: 'RUGM', cancelledNetwork: 'RUGM' },
  coordinator: { draft: 'RUGM', network: 'RUGM', public: 'RUGM', cancelledNetwork: 'RUGM' },
  member: { draft: '----', network: 'R-GM', public: 'R-GM', cancelledNetwork: 'R-GM' },
  partner: { draft: '----', network: 'R-GM', public: 'R-GM', cancelledNetwork: 'R-GM' },
  observer: { draft: '----', network: 'R--M', public: 'R--M', cancelledNetwork: 'R--M' },
  otherCoordinator: { draft: '----', network: '----', public: 'R---', cancelledNetwork: '----' },
  anonymous: { draft: '----', network: '----', public: 'R---', cancelledNetwork: '----' },
};

async function observed(persona: Persona, c: Case): Promise<string> {
  const actor = actors[persona];
  const event = rows[c];
  const read = await getEvent({ db: database.db, actor, id: event.id }).then(
    () => 'R',
    () => '-',
  );
  const update = await updateEvent({ db: database.db, actor, id: event.id, input: { venue: `v-${persona}` }, baseUrl: 'https://x.example' }).then(
    () => 'U',
    (e: { code?: string }) => (e.code === 'conflict' ? 'U' : '-'), // a cancelled event refuses edits to everyone: the rights are what count here
  );
  return `${read}${update}${canRegisterForEvent(actor, event) ? 'G' : '-'}${canReadMinutes(actor, event) ? 'M' : '-'}`;
}

describe('events in the policy matrix', () => {
  for (const persona of personas)
    it(`${persona}: reads, edits, registers and reads minutes as expected`, async () => {
      const got: Record<string, string> = {};
      for (const c of cases) got[c] = await observed(persona, c);
      expect(got).toEqual(expected[persona]);
      // The SQL twin of the read rule gives the same answer for lists.
      const listed = (await listNetworkEvents({ db: database.db, actor: actors[persona], networkId, query: { when: 'all', page: 1, pageSize: 100 } })).items.map((i) => i.event.id);
      for (const c of cases) expect(listed.includes(rows[c].id), `${persona} lists ${c}`).toBe(expected[persona][c].startsWith('R'));
    });
});
