import type { Database } from '../../src/db/client';
import { createUser } from '../../src/domain/auth/create-user';
import { createApiToken } from '../../src/domain/auth/sessions';
import { loadActor } from '../../src/domain/policy/actor';
import { createResource } from '../../src/domain/resources/resources';

/**
 * A network with one lending organisation and `borrowers` borrowing organisations, each with a representative who
 * holds an API token (integrations authenticate with a Bearer token, no CSRF), and one instant-booking resource
 * open at any time, so that only overlaps decide who gets a range.
 */
export async function makeBookingWorld(database: Database, borrowers: number) {
  const tag = Math.random().toString(36).slice(2, 8);
  const [network] = await database.query<{ id: string }>(`INSERT INTO networks (slug, name) VALUES ($1, 'Bench pooling') RETURNING id`, [`bench-pool-${tag}`]);
  const org = async (name: string) => {
    const [row] = await database.query<{ id: string }>(`INSERT INTO organisations (name, country, commune, latitude, longitude) VALUES ($1, 'FR', 'Haguenau', 48.8156, 7.7905) RETURNING id`, [name]);
    await database.query('INSERT INTO network_organisations (network_id, organisation_id) VALUES ($1, $2)', [network!.id, row!.id]);
    return row!.id;
  };
  const person = async (organisationId: string, i: number) => {
    const user = await createUser({ db: database.db, email: `bench-${tag}-${i}@example.test`, password: 'bench password 1' });
    await database.query(`INSERT INTO network_roles (network_id, user_id, role) VALUES ($1, $2, 'member')`, [network!.id, user.id]);
    await database.query('INSERT INTO representatives (user_id, organisation_id) VALUES ($1, $2)', [user.id, organisationId]);
    return user;
  };
  const owner = await org(`Bench owner ${tag}`);
  const ownerUser = await person(owner, 0);
  const tokens: string[] = [];
  for (let i = 1; i <= borrowers; i++) {
    const user = await person(await org(`Bench borrower ${tag} ${i}`), i);
    tokens.push((await createApiToken(database.db, user.id, 'bench')).token);
  }
  const resource = await createResource({
    db: database.db,
    actor: await loadActor(database.db, ownerUser.id),
    input: { ownerOrganisationId: owner, kind: 'booth', name: `Bench paint booth ${tag}`, bookingMode: 'instant', minMinutes: 15, maxMinutes: null, leadMinutes: 0, openingRules: [] },
  });
  return { networkId: network!.id, resourceId: resource.id, tokens };
}
