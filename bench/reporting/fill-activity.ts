import type { Database, Executor } from '../../src/db/client';

export interface ActivitySize {
  organisations: number;
  events: number;
  conventions: number;
  participantsPerConvention: number;
  meetingsPerConvention: number;
}

export const defaultSize: ActivitySize = { organisations: 5000, events: 1000, conventions: 40, participantsPerConvention: 120, meetingsPerConvention: 500 };

/**
 * Two years (2024–2025) of a network of `organisations` members in four countries, written with set-based SQL:
 * events of every kind (a third co-organised, some across borders), attended registrations, business conventions
 * with held meetings and outcomes, shared resources and bookings, posts and interests, referrals, taskforces with
 * members, and an adopted roadmap linked to events. Deterministic: every choice is arithmetic on row numbers.
 */
export async function fillActivity(database: Database, size: ActivitySize = defaultSize) {
  // One connection throughout: the temporary tables live in its session.
  const result = await database.transaction((tx) => fill(tx, size));
  await database.exec('ANALYZE');
  return result;
}

async function fill(d: Executor, size: ActivitySize) {
  const [network] = await d.query<{ id: string }>(`INSERT INTO networks (slug, name) VALUES ('bench-' || substr(md5(random()::text), 1, 8), 'Bench') RETURNING id`);
  const net = network!.id;
  const q = (text: string, params: unknown[] = []) => d.query(text, params);
  await q(`CREATE TEMP TABLE b_org AS SELECT n, gen_random_uuid() AS id, (ARRAY['BE','LU','FR','DE'])[1 + (n * 7) % 4] AS country FROM generate_series(1, $1::int) n`, [size.organisations]);
  await q(`INSERT INTO organisations (id, name, country) SELECT id, 'Organisation ' || n, country FROM b_org`);
  await q(`INSERT INTO network_organisations (network_id, organisation_id, joined_at) SELECT $1, id, timestamptz '2021-01-01' + ((n * 37) % 1800) * interval '1 day' FROM b_org`, [net]);
  await q(`CREATE TEMP TABLE b_user AS SELECT n, gen_random_uuid() AS id FROM generate_series(1, 800) n`);
  await q(`INSERT INTO users (id, email, name) SELECT id, 'bench-' || id || '@example.test', 'Person ' || n FROM b_user`);

  // Events: conventions first, then a mix; sizes from 10 to 84 organisations (committees small).
  await q(
    `CREATE TEMP TABLE b_ev AS SELECT n, gen_random_uuid() AS id,
       timestamptz '2024-01-02 08:00Z' + ((n * 7919) % 725) * interval '1 day' AS at,
       CASE WHEN n <= $2 THEN 'business_convention' WHEN n % 10 = 0 THEN 'committee' WHEN n % 7 = 0 THEN 'conference'
            ELSE (ARRAY['business_corner','company_visit','workshop','networking','round_table'])[1 + n % 5] END AS kind,
       CASE WHEN n % 7 = 0 THEN 'public' ELSE 'network' END AS visibility,
       CASE WHEN n <= $2 THEN $3 WHEN n % 10 = 0 THEN 12 ELSE 13 + (n * 31) % 75 END AS size
     FROM generate_series(1, $1::int) n`,
    [size.events, size.conventions, size.participantsPerConvention],
  );
  await q(
    `INSERT INTO events (id, network_id, kind, title, starts_at, ends_at, status, visibility)
     SELECT id, $1, kind, jsonb_build_object('fr', kind || ' ' || n), at, at + interval '4 hours', 'published', visibility FROM b_ev`,
    [net],
  );
  await q(
    `INSERT INTO event_organisers (event_id, organisation_id)
     SELECT DISTINCT e.id, o.id FROM b_ev e CROSS JOIN LATERAL (VALUES (1 + (e.n * 13) % $1), (1 + (e.n * 17 + 1) % $1)) AS x(k) JOIN b_org o ON o.n = x.k
      WHERE e.n % 3 = 0`,
    [size.organisations],
  );
  await q(
    `INSERT INTO event_registrations (event_id, organisation_id, status, check_in_code, attendance)
     SELECT e.id, o.id, 'confirmed', 'b' || e.n || '-' || k, 'attended'
       FROM b_ev e CROSS JOIN LATERAL generate_series(1, e.size) k JOIN b_org o ON o.n = 1 + ((e.n * 1009 + k * 7919) % $1)`,
    [size.organisations],
  );

  // Conventions: one participant per registration, meetings between distinct pairs, most held, some with outcomes.
  await q(
    `INSERT INTO convention_participants (event_id, registration_id, organisation_id, role)
     SELECT r.event_id, r.id, r.organisation_id, CASE WHEN split_part(r.check_in_code, '-', 2)::int % 2 = 0 THEN 'buyer' ELSE 'supplier' END
       FROM event_registrations r JOIN b_ev e ON e.id = r.event_id WHERE e.kind = 'business_convention'`,
  );
  await q(`CREATE TEMP TABLE b_part AS SELECT p.id, p.event_id, split_part(r.check_in_code, '-', 2)::int - 1 AS k FROM convention_participants p JOIN event_registrations r ON r.id = p.registration_id WHERE p.event_id IN (SELECT id FROM b_ev WHERE kind = 'business_convention')`);
  await q(
    `CREATE TEMP TABLE b_meet AS
     SELECT gen_random_uuid() AS request_id, gen_random_uuid() AS meeting_id, pa.event_id, pa.id AS a, pb.id AS b, i
       FROM b_ev e CROSS JOIN LATERAL generate_series(0, $1::int - 1) i
       JOIN b_part pa ON pa.event_id = e.id AND pa.k = i % $2
       JOIN b_part pb ON pb.event_id = e.id AND pb.k = (i % $2 + 1 + i / $2) % $2
      WHERE e.kind = 'business_convention'`,
    [size.meetingsPerConvention, size.participantsPerConvention],
  );
  await q(`INSERT INTO convention_requests (id, event_id, requester_id, recipient_id, status) SELECT request_id, event_id, a, b, 'accepted' FROM b_meet`);
  await q(
    `INSERT INTO convention_meetings (id, event_id, request_id, participant_a, participant_b, status)
     SELECT meeting_id, event_id, request_id, a, b, CASE WHEN i % 7 = 0 THEN 'no_show' ELSE 'held' END FROM b_meet`,
  );
  await q(
    `INSERT INTO convention_outcomes (meeting_id, participant_id, stage, outcome)
     SELECT meeting_id, a, 'followup', (ARRAY['no_further_contact','knowledge_gained','valuable_contact','negotiation_started','agreement_reached'])[1 + i % 5]
       FROM b_meet WHERE i % 7 <> 0 AND i % 3 = 0`,
  );

  // Pooling: 100 resources, 3,000 approved bookings by other members.
  await q(`CREATE TEMP TABLE b_res AS SELECT n, gen_random_uuid() AS id FROM generate_series(1, 100) n`);
  await q(`INSERT INTO resources (id, owner_organisation_id, kind, name) SELECT r.id, o.id, 'machine', 'Machine ' || r.n FROM b_res r JOIN b_org o ON o.n = 1 + (r.n * 53) % $1`, [size.organisations]);
  await q(`INSERT INTO resource_networks (resource_id, network_id) SELECT id, $1 FROM b_res`, [net]);
  await q(
    `INSERT INTO resource_bookings (resource_id, borrower_organisation_id, starts_at, ends_at, status)
     SELECT r.id, o.id, timestamptz '2024-01-03 08:00Z' + (g.i % 720) * interval '1 day', timestamptz '2024-01-03 08:00Z' + (g.i % 720) * interval '1 day' + (2 + g.i % 6) * interval '1 hour', 'approved'
       FROM generate_series(1, 3000) AS g(i) JOIN b_res r ON r.n = 1 + g.i % 100 JOIN b_org o ON o.n = 1 + (g.i * 97) % $1`,
    [size.organisations],
  );

  // Posts, interests with outcomes, referrals.
  await q(
    `CREATE TEMP TABLE b_post AS SELECT g.i AS n, gen_random_uuid() AS id, o.id AS org,
       (ARRAY['capacity_offer','capacity_sought','recruitment','training_need','subcontracting_offer','problem','purchase_request','collaboration'])[1 + g.i % 8] AS kind,
       timestamptz '2024-01-05' + (g.i % 720) * interval '1 day' AS at
       FROM generate_series(1, 4000) AS g(i) JOIN b_org o ON o.n = 1 + (g.i * 61) % $1`,
    [size.organisations],
  );
  await q(
    `INSERT INTO posts (id, organisation_id, kind, title, status, created_at, closed_at)
     SELECT id, org, kind, jsonb_build_object('fr', kind || ' ' || n), CASE WHEN n % 4 = 0 THEN 'fulfilled' ELSE 'open' END, at, CASE WHEN n % 4 = 0 THEN at + interval '40 days' END FROM b_post`,
  );
  await q(`INSERT INTO post_networks (post_id, network_id) SELECT id, $1 FROM b_post`, [net]);
  await q(
    `INSERT INTO post_interests (post_id, organisation_id, status, outcome, outcome_at, created_at)
     SELECT p.id, o.id, 'closed', (ARRAY['deal','project','nothing'])[1 + p.n % 3], p.at + interval '20 days', p.at + interval '5 days'
       FROM b_post p JOIN b_org o ON o.n = 1 + (p.n * 89) % $1 WHERE p.n % 2 = 0 AND o.id <> p.org`,
    [size.organisations],
  );
  await q(
    `INSERT INTO referrals (post_id, network_id, operator_organisation_id, status, created_at, closed_at)
     SELECT p.id, $1, (SELECT id FROM b_org WHERE n = 1), CASE WHEN p.n % 3 = 0 THEN 'filled' ELSE 'sent' END, p.at + interval '1 day', CASE WHEN p.n % 3 = 0 THEN p.at + interval '30 days' END
       FROM b_post p WHERE p.kind IN ('recruitment', 'training_need')`,
    [net],
  );

  // Taskforces: 150 of 5 members, a third closed with a deliverable.
  await q(`CREATE TEMP TABLE b_tf AS SELECT n, gen_random_uuid() AS id, timestamptz '2024-01-10' + (n * 4) * interval '1 day' AS at FROM generate_series(1, 150) n`);
  await q(
    `INSERT INTO taskforces (id, network_id, title, status, created_at, closed_at, lessons_learned)
     SELECT id, $1, jsonb_build_object('fr', 'Taskforce ' || n), CASE WHEN n % 3 = 0 THEN 'closed' ELSE 'active' END, at,
            CASE WHEN n % 3 = 0 THEN at + interval '120 days' END, CASE WHEN n % 3 = 0 THEN 'Leçons' ELSE '' END FROM b_tf`,
    [net],
  );
  await q(
    `INSERT INTO taskforce_members (taskforce_id, user_id, organisation_id, joined_at)
     SELECT t.id, u.id, o.id, t.at FROM b_tf t CROSS JOIN generate_series(1, 5) k
       JOIN b_user u ON u.n = 1 + ((t.n - 1) * 5 + k - 1) % 800 JOIN b_org o ON o.n = 1 + (t.n * 211 + k * 997) % $1`,
    [size.organisations],
  );
  await q(`INSERT INTO taskforce_deliverables (taskforce_id, title, status, delivered_at) SELECT id, 'Livrable', 'delivered', at + interval '100 days' FROM b_tf WHERE n % 3 = 0`);

  // An adopted roadmap, drafted across borders, whose 20 actions are linked to 5 events each.
  const [roadmap] = await d.query<{ id: string }>(`INSERT INTO roadmaps (network_id, title, status, version) VALUES ($1, '{"fr":"Feuille de route"}', 'adopted', 1) RETURNING id`, [net]);
  const [axis] = await d.query<{ id: string }>(`INSERT INTO roadmap_axes (roadmap_id, title) VALUES ($1, '{"fr":"Axe"}') RETURNING id`, [roadmap!.id]);
  const [objective] = await d.query<{ id: string }>(`INSERT INTO roadmap_objectives (roadmap_id, axis_id, title) VALUES ($1, $2, '{"fr":"Objectif"}') RETURNING id`, [roadmap!.id, axis!.id]);
  await q(
    `INSERT INTO roadmap_actions (roadmap_id, objective_id, title, status, target_kind, target_count)
     SELECT $1, $2, jsonb_build_object('fr', 'Action ' || n), 'adopted', 'event', 5 FROM generate_series(1, 20) n`,
    [roadmap!.id, objective!.id],
  );
  await q(
    `INSERT INTO roadmap_action_links (action_id, event_id)
     SELECT a.id, e.id FROM (SELECT id, row_number() OVER (ORDER BY id) AS k FROM roadmap_actions WHERE roadmap_id = $1) a
       JOIN b_ev e ON e.n BETWEEN 100 + a.k * 5 AND 104 + a.k * 5`,
    [roadmap!.id],
  );
  await q(`INSERT INTO roadmap_versions (roadmap_id, version, snapshot, contributor_countries, adopted_at) VALUES ($1, 1, '{}', '{BE,LU}', '2024-02-01')`, [roadmap!.id]);

  const [counts] = await d.query<Record<string, number>>(
    `SELECT (SELECT count(*)::int FROM network_organisations WHERE network_id = $1) AS organisations,
            (SELECT count(*)::int FROM events WHERE network_id = $1) AS events,
            (SELECT count(*)::int FROM event_registrations r JOIN events e ON e.id = r.event_id WHERE e.network_id = $1) AS participations,
            (SELECT count(*)::int FROM convention_meetings m JOIN events e ON e.id = m.event_id WHERE e.network_id = $1) AS meetings,
            (SELECT count(*)::int FROM resource_bookings WHERE resource_id IN (SELECT id FROM b_res)) AS bookings,
            (SELECT count(*)::int FROM post_networks WHERE network_id = $1) AS posts,
            (SELECT count(*)::int FROM taskforces WHERE network_id = $1) AS taskforces`,
    [net],
  );
  for (const t of ['b_org', 'b_user', 'b_ev', 'b_part', 'b_meet', 'b_res', 'b_post', 'b_tf']) await q(`DROP TABLE ${t}`);
  return { networkId: net, counts: counts! };
}
