import crypto from 'node:crypto';
import type { Database } from '../../db/client';

/**
 * A small network with a year of activity (2024) whose figures are counted by hand in indicators.test.ts and
 * graph.test.ts. Organisations: A, B, F (BE), C (LU), D (FR), E (DE, joined in 2024), G (DE, never active);
 * X (BE) in another network M; OP (BE) an employment operator outside both.
 */
export interface ReportingWorld {
  networkId: string;
  otherNetworkId: string;
  org: Record<'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G' | 'X' | 'OP', string>;
  event: Record<'ev1' | 'ev2' | 'ev3' | 'ev4' | 'ev5' | 'ev6' | 'ev7' | 'ev8', string>;
  taskforce: Record<'t1' | 't2' | 't3', string>;
  roadmap: Record<'rm1' | 'rm2', string>;
  coordinatorId: string;
}

export async function makeReportingWorld(d: Database): Promise<ReportingWorld> {
  const tag = crypto.randomBytes(4).toString('hex');
  const one = async (text: string, params: unknown[] = []) => (await d.query<{ id: string }>(text, params))[0]!.id;
  const networkId = await one(`INSERT INTO networks (slug, name) VALUES ($1, 'Réseau test') RETURNING id`, [`rep-${tag}`]);
  const otherNetworkId = await one(`INSERT INTO networks (slug, name) VALUES ($1, 'Autre réseau') RETURNING id`, [`rep-m-${tag}`]);
  const coordinatorId = await one(`INSERT INTO users (email, name) VALUES ($1, 'Coordinatrice') RETURNING id`, [`coord-${tag}@example.test`]);
  await d.query(`INSERT INTO network_roles (network_id, user_id, role) VALUES ($1, $2, 'coordinator')`, [networkId, coordinatorId]);

  const countries = { A: 'BE', B: 'BE', C: 'LU', D: 'FR', E: 'DE', F: 'BE', G: 'DE', X: 'BE', OP: 'BE' } as const;
  const org = {} as ReportingWorld['org'];
  for (const [key, country] of Object.entries(countries) as [keyof typeof countries, string][])
    org[key] = await one(`INSERT INTO organisations (name, country, kind) VALUES ($1, $2, $3) RETURNING id`, [`${key} ${tag}`, country, key === 'OP' ? 'employment' : 'company']);
  for (const key of ['A', 'B', 'C', 'D', 'F', 'G'] as const)
    await d.query(`INSERT INTO network_organisations (network_id, organisation_id, joined_at) VALUES ($1, $2, '2023-06-01T00:00:00Z')`, [networkId, org[key]]);
  await d.query(`INSERT INTO network_organisations (network_id, organisation_id, joined_at) VALUES ($1, $2, '2024-03-01T00:00:00Z')`, [networkId, org.E]);
  await d.query(`INSERT INTO network_organisations (network_id, organisation_id, joined_at) VALUES ($1, $2, '2023-06-01T00:00:00Z')`, [otherNetworkId, org.X]);
  await d.query(`INSERT INTO network_organisations (network_id, organisation_id, joined_at) VALUES ($1, $2, '2023-06-01T00:00:00Z')`, [otherNetworkId, org.A]);

  const makeEvent = (network: string, kind: string, day: string, visibility = 'network', status = 'published') =>
    one(
      `INSERT INTO events (network_id, kind, title, starts_at, ends_at, visibility, status) VALUES ($1, $2, $3, $4::timestamptz, $4::timestamptz + interval '3 hours', $5, $6) RETURNING id`,
      [network, kind, JSON.stringify({ fr: `${kind} ${day}`, de: `${kind} ${day} (de)` }), `${day}T09:00:00Z`, visibility, status],
    );
  const event = {
    ev1: await makeEvent(networkId, 'business_corner', '2024-02-10'),
    ev2: await makeEvent(networkId, 'conference', '2024-05-15', 'public'),
    ev3: await makeEvent(networkId, 'committee', '2024-06-01'),
    ev4: await makeEvent(networkId, 'networking', '2024-09-01'),
    ev5: await makeEvent(networkId, 'workshop', '2024-03-01', 'network', 'cancelled'),
    ev6: await makeEvent(networkId, 'business_convention', '2024-10-10'),
    ev7: await makeEvent(networkId, 'workshop', '2025-02-01'),
    ev8: await makeEvent(otherNetworkId, 'workshop', '2024-04-01'),
  };
  const organisers: [keyof typeof event, keyof typeof org][] = [
    ['ev1', 'A'], ['ev1', 'C'], ['ev2', 'A'], ['ev2', 'D'], ['ev3', 'A'], ['ev3', 'C'], ['ev4', 'A'],
  ];
  for (const [e, o] of organisers) await d.query('INSERT INTO event_organisers (event_id, organisation_id) VALUES ($1, $2)', [event[e], org[o]]);

  const registration = (e: keyof typeof event, o: keyof typeof org, attendance: 'attended' | 'no_show' | 'unknown') =>
    one(
      `INSERT INTO event_registrations (event_id, organisation_id, status, check_in_code, attendance) VALUES ($1, $2, 'confirmed', $3, $4) RETURNING id`,
      [event[e], org[o], crypto.randomBytes(12).toString('hex'), attendance],
    );
  const attendance: [keyof typeof event, keyof typeof org, 'attended' | 'no_show' | 'unknown'][] = [
    ['ev1', 'A', 'attended'], ['ev1', 'B', 'attended'], ['ev1', 'C', 'attended'], ['ev1', 'D', 'no_show'], ['ev1', 'E', 'unknown'],
    ['ev2', 'A', 'attended'], ['ev2', 'D', 'attended'], ['ev2', 'E', 'attended'],
    ['ev3', 'A', 'attended'], ['ev3', 'C', 'attended'],
    ['ev4', 'B', 'attended'], ['ev4', 'D', 'attended'], ['ev4', 'F', 'attended'],
    ['ev5', 'A', 'attended'],
    ['ev7', 'A', 'attended'],
    ['ev8', 'X', 'attended'],
  ];
  for (const [e, o, a] of attendance) await registration(e, o, a);

  // The convention ev6: C and E meet (held, agreement); C and B were to meet but B did not come.
  const regC = await registration('ev6', 'C', 'attended');
  const regE = await registration('ev6', 'E', 'attended');
  const regB = await registration('ev6', 'B', 'no_show');
  const participant = (reg: string, o: keyof typeof org, role: string) =>
    one(`INSERT INTO convention_participants (event_id, registration_id, organisation_id, role) VALUES ($1, $2, $3, $4) RETURNING id`, [event.ev6, reg, org[o], role]);
  const pC = await participant(regC, 'C', 'buyer');
  const pE = await participant(regE, 'E', 'supplier');
  const pB = await participant(regB, 'B', 'supplier');
  const meeting = async (a: string, b: string, status: string) => {
    const request = await one(`INSERT INTO convention_requests (event_id, requester_id, recipient_id, status) VALUES ($1, $2, $3, 'accepted') RETURNING id`, [event.ev6, a, b]);
    return one(`INSERT INTO convention_meetings (event_id, request_id, participant_a, participant_b, status) VALUES ($1, $2, $3, $4, $5) RETURNING id`, [event.ev6, request, a, b, status]);
  };
  const m1 = await meeting(pC, pE, 'held');
  await meeting(pC, pB, 'no_show');
  await d.query(`INSERT INTO convention_outcomes (meeting_id, participant_id, stage, outcome) VALUES ($1, $2, 'followup', 'agreement_reached')`, [m1, pE]);

  // D's paint booth, offered in the network: A and B book it (4 h and 2 units × 6 h); D's own use and a pending request do not count.
  const resource = await one(`INSERT INTO resources (owner_organisation_id, kind, name, units) VALUES ($1, 'booth', 'Cabine', 2) RETURNING id`, [org.D]);
  await d.query('INSERT INTO resource_networks (resource_id, network_id) VALUES ($1, $2)', [resource, networkId]);
  const booking = (borrower: keyof typeof org, from: string, to: string, units: number, status: string) =>
    one(
      `INSERT INTO resource_bookings (resource_id, borrower_organisation_id, starts_at, ends_at, units, status) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [resource, org[borrower], from, to, units, status],
    );
  await booking('A', '2024-04-01T08:00:00Z', '2024-04-01T12:00:00Z', 1, 'approved');
  await booking('B', '2024-04-02T08:00:00Z', '2024-04-02T12:00:00Z', 1, 'pending');
  await booking('D', '2024-04-03T08:00:00Z', '2024-04-03T12:00:00Z', 1, 'approved');
  await booking('B', '2024-07-01T10:00:00Z', '2024-07-01T16:00:00Z', 2, 'approved');

  // Posts: two needs published in 2024 (p1, p3), an offer (p2), a need of 2023 fulfilled in 2024 (p4).
  const post = async (o: keyof typeof org, kind: string, created: string, status = 'open', closed: string | null = null) => {
    const id = await one(
      `INSERT INTO posts (organisation_id, kind, title, status, created_at, closed_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [org[o], kind, JSON.stringify({ fr: `${kind} ${created}` }), status, created, closed],
    );
    await d.query('INSERT INTO post_networks (post_id, network_id) VALUES ($1, $2)', [id, networkId]);
    return id;
  };
  const p1 = await post('A', 'recruitment', '2024-02-01T10:00:00Z', 'fulfilled', '2024-08-01T10:00:00Z');
  await post('A', 'capacity_offer', '2024-03-01T10:00:00Z');
  const p3 = await post('C', 'problem', '2024-04-01T10:00:00Z');
  await post('B', 'purchase_request', '2023-12-01T10:00:00Z', 'fulfilled', '2024-01-15T10:00:00Z');
  await d.query(
    `INSERT INTO post_interests (post_id, organisation_id, status, outcome, outcome_at, created_at) VALUES ($1, $2, 'closed', 'deal', '2024-05-01T10:00:00Z', '2024-04-15T10:00:00Z')`,
    [p3, org.E],
  );
  await d.query(
    `INSERT INTO referrals (post_id, network_id, operator_organisation_id, status, created_at, closed_at) VALUES ($1, $2, $3, 'filled', '2024-02-02T10:00:00Z', '2024-07-01T10:00:00Z')`,
    [p1, networkId, org.OP],
  );
  await d.query(`INSERT INTO referrals (post_id, network_id, operator_organisation_id, status, created_at) VALUES ($1, $2, $3, 'sent', '2024-03-01T10:00:00Z')`, [p3, networkId, org.OP]);

  // Taskforces: t1 (A + C, closed mid-2024 with a deliverable), t2 (B alone, since 2023), t3 (peer challenge D + E, late 2024).
  const taskforce = (kind: string, created: string, status: string, closed: string | null, host: string | null) =>
    one(
      `INSERT INTO taskforces (network_id, kind, title, status, created_at, closed_at, lessons_learned, host_organisation_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [networkId, kind, JSON.stringify({ fr: `${kind} ${created}` }), status, created, closed, status === 'closed' ? 'Mesurer avant d’agir' : '', host],
    );
  const member = async (t: string, o: keyof typeof org, joined: string) => {
    const user = await one(`INSERT INTO users (email) VALUES ($1) RETURNING id`, [`${o}-${crypto.randomBytes(4).toString('hex')}@example.test`]);
    await d.query('INSERT INTO taskforce_members (taskforce_id, user_id, organisation_id, joined_at) VALUES ($1, $2, $3, $4)', [t, user, org[o], joined]);
  };
  const t1 = await taskforce('taskforce', '2024-01-10T10:00:00Z', 'closed', '2024-06-30T10:00:00Z', null);
  await member(t1, 'A', '2024-01-10T10:00:00Z');
  await member(t1, 'C', '2024-01-10T10:00:00Z');
  await d.query(`INSERT INTO taskforce_deliverables (taskforce_id, title, status, delivered_at) VALUES ($1, 'Guide', 'delivered', '2024-06-15T10:00:00Z')`, [t1]);
  const t2 = await taskforce('taskforce', '2023-05-01T10:00:00Z', 'active', null, null);
  await member(t2, 'B', '2023-05-01T10:00:00Z');
  const t3 = await taskforce('peer_challenge', '2024-11-01T10:00:00Z', 'active', null, org.D);
  await member(t3, 'D', '2024-11-01T10:00:00Z');
  await member(t3, 'E', '2024-11-01T10:00:00Z');

  // Roadmaps: rm1 drafted with BE and LU contributors, adopted in March 2024, its action linked to ev4 (held in
  // September); rm2 drafted in Belgium only, its action linked to ev1.
  const roadmap = async (adopted: string, countries: string[], linkedEvent: string) => {
    const id = await one(`INSERT INTO roadmaps (network_id, title, status, version, adopted_at, first_adopted_at) VALUES ($1, '{"fr":"Feuille de route"}', 'adopted', 1, $2, $2) RETURNING id`, [networkId, adopted]);
    const axis = await one(`INSERT INTO roadmap_axes (roadmap_id, title) VALUES ($1, '{"fr":"Axe"}') RETURNING id`, [id]);
    const objective = await one(`INSERT INTO roadmap_objectives (roadmap_id, axis_id, title) VALUES ($1, $2, '{"fr":"Objectif"}') RETURNING id`, [id, axis]);
    const action = await one(
      `INSERT INTO roadmap_actions (roadmap_id, objective_id, title, status, target_kind, target_count) VALUES ($1, $2, '{"fr":"Action"}', 'adopted', 'event', 2) RETURNING id`,
      [id, objective],
    );
    await d.query('INSERT INTO roadmap_action_links (action_id, event_id) VALUES ($1, $2)', [action, linkedEvent]);
    await d.query(`INSERT INTO roadmap_versions (roadmap_id, version, snapshot, contributor_countries, adopted_at) VALUES ($1, 1, '{}', $2, $3)`, [id, `{${countries.join(',')}}`, adopted]);
    return id;
  };
  const rm1 = await roadmap('2024-03-01T10:00:00Z', ['BE', 'LU'], event.ev4);
  const rm2 = await roadmap('2024-04-01T10:00:00Z', ['BE'], event.ev1);

  return { networkId, otherNetworkId, org, event, taskforce: { t1, t2, t3 }, roadmap: { rm1, rm2 }, coordinatorId };
}
