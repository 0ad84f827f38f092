import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requestPasswordReset } from '../domain/auth/password-reset';
import { createApiToken, createSession } from '../domain/auth/sessions';
import { signIn } from '../domain/auth/sign-in';
import { createNetwork } from '../domain/networks/networks';
import { grantRole, makeNetwork, makeOrganisation, makeRepresentative, makeUser } from '../../tests/factories';
import { openPgliteTestDatabase } from '../../tests/test-database';
import { restoreBackup, tablesInDependencyOrder, writeBackup } from './backup';
import { openPostgres, type Database } from './client';
import { enqueueJob } from '../jobs/queue';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'maillage-backup-'));
let source: Database;

/** Every row of every table, in primary-key order, with instants rendered in UTC so engines compare equal. */
async function snapshot(database: Database): Promise<Record<string, unknown[]>> {
  return database.transaction(async (tx) => {
    await tx.exec("SET LOCAL TIME ZONE 'UTC'");
    const out: Record<string, unknown[]> = {};
    for (const table of await tablesInDependencyOrder(tx)) {
      const rows = await tx.query<{ r: string }>(`SELECT row_to_json(t)::text AS r FROM "${table}" t ORDER BY 1`);
      out[table] = rows.map((x) => x.r).sort();
    }
    return out;
  });
}

beforeAll(async () => {
  source = await openPgliteTestDatabase();
  const db = source.db;
  // Put rows in every table, with the awkward types: arrays, JSON, NULLs, doubles, identities, accents.
  const admin = await makeUser(db, { admin: true, name: 'Zoë Ærøskøbing-Łódź' });
  const network = await createNetwork({
    db,
    actor: { userId: admin.id, isAdmin: true, roles: new Map(), organisationIds: new Set() },
    input: { slug: 'bois-wallon', name: 'Bois Wallon, Ensemble', description: { fr: 'Filière bois « ensemble »', de: 'Holz' } },
  });
  const other = await makeNetwork(db);
  const a = await makeOrganisation(db, { networkIds: [network.id, other.id], visibility: 'public', publicConsent: true });
  await makeOrganisation(db, { networkIds: [network.id], visibility: 'organisations', sharedWith: [a.id] });
  const member = await makeUser(db);
  await grantRole(db, member.id, network.id, 'member');
  await makeRepresentative(db, member.id, a.id);
  await createSession(db, member.id, 1);
  await createApiToken(db, member.id, 'ERP');
  await requestPasswordReset({ db, email: member.email, baseUrl: 'http://localhost:3000' });
  await signIn({ db, email: member.email, password: 'wrong password!', clientAddress: '10.0.0.1', sessionDays: 1 }).catch(() => undefined);
  await enqueueJob(db, 'mail.send', { outboxId: crypto.randomUUID() });
  // Pooling of industrial means (0010): a resource with its calendar, a booking holding a unit, a staff loan.
  const [resource] = await source.query<{ id: string }>(
    `INSERT INTO resources (owner_organisation_id, kind, name, description, characteristics, price_cents, min_minutes, max_minutes, units)
     VALUES ($1, 'booth', 'Cabine de peinture « grande »', '{"fr":"Cabine","de":"Lackierkabine"}', '[{"key":"Longueur","value":"12","unit":"m"}]', 9500, 120, 4320, 2) RETURNING id`,
    [a.id],
  );
  await source.query('INSERT INTO resource_networks (resource_id, network_id) VALUES ($1, $2)', [resource!.id, network.id]);
  await source.query("INSERT INTO resource_photos (resource_id, content_type, bytes) VALUES ($1, 'image/png', $2)", [resource!.id, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0xff])]);
  await source.query("INSERT INTO resource_opening_rules (resource_id, weekday, opens, closes) VALUES ($1, 1, '07:00', '24:00')", [resource!.id]);
  await source.query("INSERT INTO resource_exceptions (resource_id, kind, period, reason) VALUES ($1, 'closed', '[2031-05-01 00:00+02,2031-05-02 00:00+02)', 'Fête du travail')", [resource!.id]);
  const [booking] = await source.query<{ id: string }>(
    "INSERT INTO resource_bookings (resource_id, borrower_organisation_id, requested_by, starts_at, ends_at, status, amount_cents) VALUES ($1, $2, $3, '2031-05-05 07:00+02', '2031-05-06 19:00+02', 'approved', 228000) RETURNING id",
    [resource!.id, a.id, member.id],
  );
  await source.query("INSERT INTO resource_booking_units (booking_id, resource_id, unit, period) VALUES ($1, $2, 1, '[2031-05-05 07:00+02,2031-05-06 19:00+02)')", [booking!.id, resource!.id]);
  await source.query(
    "INSERT INTO staff_loans (booking_id, person_name, consent_given, consent_date, hourly_cost_cents, no_profit, agreement_reference) VALUES ($1, 'Émilie Wäger', true, '2031-04-20', 4200, true, 'MAD-2031-007')",
    [booking!.id],
  );
  await source.query("UPDATE organisations SET latitude = 49.6116, longitude = 6.1319, nace_codes = '{C16.10,C31.09}', tags = '{bois,CLT}' WHERE id = $1", [a.id]);
  const [category] = await source.query<{ id: string }>(
    "INSERT INTO network_categories (network_id, kind, slug, name) VALUES ($1, 'ecosystem', 'bois', '{\"fr\":\"Bois\"}') RETURNING id",
    [network.id],
  );
  await source.query('INSERT INTO organisation_categories (organisation_id, category_id) VALUES ($1, $2)', [a.id, category!.id]);
  await source.query("INSERT INTO postal_codes (country, postcode, place, place_key, latitude, longitude) VALUES ('BE', '6900', 'Marche-en-Famenne', 'marche-en-famenne', 50.2268, 5.3442)");
  await source.query("INSERT INTO imports (network_id, file_name, format, content) VALUES ($1, 'membres é.csv', 'csv', $2)", [
    network.id,
    Buffer.from('nom;commune\nScierie;Bertrix\n\u0000\u00ff', 'utf8'),
  ]);
  // Events (0008): one row in each table.
  const [event] = await source.query<{ id: string }>(
    `INSERT INTO events (network_id, kind, title, starts_at, ends_at, capacity, questions, created_by)
     VALUES ($1, 'business_corner', '{"fr":"Business corner « lean »","de":"Lean-Treffen"}', '2031-03-30 09:00+02', '2031-03-30 12:00+02', 20,
       '[{"id":"q1","kind":"text","label":{"fr":"Régime ?"},"required":false}]', $2) RETURNING id`,
    [network.id, admin.id],
  );
  const [registration] = await source.query<{ id: string }>(
    `INSERT INTO event_registrations (event_id, user_id, organisation_id, status, answers, check_in_code, confirmed_at)
     VALUES ($1, $2, $3, 'confirmed', '{"q1":"végétarien"}', 'code-backup-1', now()) RETURNING id`,
    [event!.id, member.id, a.id],
  );
  const [activity] = await source.query<{ id: string }>(
    "INSERT INTO event_activities (event_id, kind, title, starts_at, ends_at, capacity) VALUES ($1, 'round_table', '{\"fr\":\"Table ronde\"}', '2031-03-30 09:00+02', '2031-03-30 10:00+02', 8) RETURNING id",
    [event!.id],
  );
  await source.query("INSERT INTO event_activity_signups (activity_id, registration_id, status) VALUES ($1, $2, 'confirmed')", [activity!.id, registration!.id]);
  await source.query("INSERT INTO event_feedback (event_id, registration_id, rating, comment) VALUES ($1, $2, 4, 'Très utile')", [event!.id, registration!.id]);
  await source.query("INSERT INTO event_minutes (event_id, body, updated_by) VALUES ($1, 'Présents : …', $2)", [event!.id, admin.id]);
  await source.query("INSERT INTO event_decisions (event_id, kind, body, owner_user_id, due_on) VALUES ($1, 'action', 'Envoyer le bilan', $2, '2031-04-15')", [event!.id, member.id]);
  await source.query("INSERT INTO calendar_feed_tokens (user_id, token_hash) VALUES ($1, 'feed-hash-backup')", [member.id]);
  // Business convention (0009): two participants, a slot, a request, its meeting, an outcome and a schedule run.
  const supplier = await makeUser(db, { name: 'Łukasz Čapek' });
  const [registration2] = await source.query<{ id: string }>(
    "INSERT INTO event_registrations (event_id, user_id, status, check_in_code) VALUES ($1, $2, 'confirmed', 'code-backup-2') RETURNING id",
    [event!.id, supplier.id],
  );
  await source.query(
    `INSERT INTO convention_settings (event_id, day_setup, table_names, request_deadline, max_meetings_per_participant)
     VALUES ($1, '{"slotMinutes":20,"tables":["Stand Moselle"]}', '{"Stand Moselle"}', '2031-03-28 18:00+02', 8)`,
    [event!.id],
  );
  const [slot] = await source.query<{ id: string }>(
    "INSERT INTO convention_slots (event_id, session, starts_at, ends_at) VALUES ($1, 0, '2031-03-30 10:00+02', '2031-03-30 10:20+02') RETURNING id",
    [event!.id],
  );
  const [buyerP] = await source.query<{ id: string }>(
    `INSERT INTO convention_participants (event_id, registration_id, user_id, organisation_id, role, need_codes, need_keywords, languages)
     VALUES ($1, $2, $3, $4, 'buyer', '{C16.23}', '{"menuiserie éco"}', '{fr,de}') RETURNING id`,
    [event!.id, registration!.id, member.id, a.id],
  );
  const [supplierP] = await source.query<{ id: string }>(
    "INSERT INTO convention_participants (event_id, registration_id, user_id, role, offer_codes, languages, fixed_table) VALUES ($1, $2, $3, 'supplier', '{C16}', '{de}', 1) RETURNING id",
    [event!.id, registration2!.id, supplier.id],
  );
  await source.query('INSERT INTO convention_unavailability (participant_id, slot_id) VALUES ($1, $2)', [buyerP!.id, slot!.id]);
  const [request] = await source.query<{ id: string }>(
    "INSERT INTO convention_requests (event_id, requester_id, recipient_id, message, status, response_priority, responded_at) VALUES ($1, $2, $3, 'Grüße', 'accepted', 3, now()) RETURNING id",
    [event!.id, buyerP!.id, supplierP!.id],
  );
  const [meeting] = await source.query<{ id: string }>(
    `INSERT INTO convention_meetings (event_id, request_id, participant_a, participant_b, weight, status, slot_id, table_number, published_slot_id, published_table)
     VALUES ($1, $2, $3, $4, 5, 'held', $5, 1, $5, 1) RETURNING id`,
    [event!.id, request!.id, buyerP!.id, supplierP!.id, slot!.id],
  );
  await source.query("INSERT INTO convention_outcomes (meeting_id, participant_id, stage, outcome, comment) VALUES ($1, $2, 'event', 'valuable_contact', 'À suivre')", [
    meeting!.id,
    buyerP!.id,
  ]);
  await source.query(
    "INSERT INTO convention_schedule_runs (event_id, mode, status, requested_by, stats, released) VALUES ($1, 'full', 'done', $2, '{\"scheduled\":1}', '[]')",
    [event!.id, admin.id],
  );
  // Walk-ins and publication e-mails (0016).
  await source.query("INSERT INTO convention_mailings (event_id, published_at, participant_id) VALUES ($1, '2031-03-29 12:00+02', $2)", [event!.id, supplierP!.id]);
  await fillPostTables(source, { networkId: network.id, organisationId: a.id, userId: member.id, eventId: event!.id, resourceId: resource!.id });
  await fillReportingTables(source, { networkId: network.id, organisationId: a.id, userId: member.id, eventId: event!.id, categoryId: category!.id });
});

/** Needs and offers, GANESH and taskforces (0011): one row in each table. */
async function fillPostTables(d: Database, ids: { networkId: string; organisationId: string; userId: string; eventId: string; resourceId: string }) {
  const { networkId, organisationId, userId, eventId, resourceId } = ids;
  await d.query(
    `INSERT INTO skill_concepts (key, scheme, uri, kind, labels, alt_labels, broader) VALUES
       ('esco:7212.3', 'esco', 'http://data.europa.eu/esco/occupation/7aedaa07-3884-4c5b-88f9-80997b2aa54b', 'occupation',
        '{"fr":"soudeur/soudeuse","de":"Schweißer/Schweißerin"}', '{"fr":["soudeuse"]}', '{isco:7212}'),
       ('skill:0a2c-b1', 'skill', '', 'skill', '{"en":"weld"}', '{}', '{}')`,
  );
  await d.query("INSERT INTO skill_concept_relations (occupation_key, skill_key, essential) VALUES ('esco:7212.3', 'skill:0a2c-b1', true)");
  const [post] = await d.query<{ id: string }>(
    `INSERT INTO posts (organisation_id, kind, title, occupation_codes, match_codes, resource_id, details, starts_on, created_by)
     VALUES ($1, 'recruitment', '{"fr":"Trois soudeurs « TIG »","de":"Drei Schweißer"}', '{esco:7212.3}', '{esco:7212.3,isco:7212}', $2,
       '{"criteria":["sse_supplier"]}', '2031-06-01', $3) RETURNING id`,
    [organisationId, resourceId, userId],
  );
  const [other] = await d.query<{ id: string }>("INSERT INTO posts (organisation_id, kind, title) VALUES ($1, 'problem', '{\"fr\":\"Panne\"}') RETURNING id", [organisationId]);
  await d.query('INSERT INTO post_networks (post_id, network_id) VALUES ($1, $2)', [post!.id, networkId]);
  await d.query("INSERT INTO recruitment_needs (post_id, occupation_code, headcount, contract, start_on) VALUES ($1, 'esco:7212.3', 3, 'permanent', '2031-06-01')", [post!.id]);
  await d.query("INSERT INTO training_needs (post_id, topic, headcount, event_id) VALUES ($1, 'Soudage TIG', 4, $2)", [other!.id, eventId]);
  const [interest] = await d.query<{ id: string }>(
    "INSERT INTO post_interests (post_id, organisation_id, from_post_id, outcome, outcome_at) VALUES ($1, $2, $3, 'deal', now()) RETURNING id",
    [post!.id, organisationId, other!.id],
  );
  await d.query("INSERT INTO post_messages (interest_id, author_user_id, author_organisation_id, body) VALUES ($1, $2, $3, 'Grüß Gott ; bonjour')", [interest!.id, userId, organisationId]);
  await d.query('INSERT INTO network_post_settings (network_id, coordinator_in_conversations) VALUES ($1, true)', [networkId]);
  await d.query('INSERT INTO post_match_notices (post_id, matched_post_id, score) VALUES ($1, $2, 42)', [post!.id, other!.id]);
  const [rule] = await d.query<{ id: string }>(
    "INSERT INTO routing_rules (network_id, need_kind, territory, postcode_prefixes, operator_organisation_id) VALUES ($1, 'recruitment', 'BE-WAL', '{67}', $2) RETURNING id",
    [networkId, organisationId],
  );
  const [referral] = await d.query<{ id: string }>(
    "INSERT INTO referrals (post_id, network_id, rule_id, operator_organisation_id, due_at) VALUES ($1, $2, $3, $4, '2031-06-04 09:00+02') RETURNING id",
    [post!.id, networkId, rule!.id, organisationId],
  );
  await d.query("INSERT INTO referral_events (referral_id, status, note, by_user_id) VALUES ($1, 'sent', 'Envoyé au Forem', $2)", [referral!.id, userId]);
  const [taskforce] = await d.query<{ id: string }>(
    `INSERT INTO taskforces (network_id, kind, problem_post_id, title, lead_user_id, host_organisation_id, status, lessons_learned, closed_at)
     VALUES ($1, 'peer_challenge', $2, '{"fr":"Défi entre pairs"}', $3, $4, 'closed', 'Mesurer avant d''agir', now()) RETURNING id`,
    [networkId, other!.id, userId, organisationId],
  );
  await d.query("INSERT INTO taskforce_members (taskforce_id, user_id, organisation_id, role) VALUES ($1, $2, $3, 'host')", [taskforce!.id, userId, organisationId]);
  await d.query("INSERT INTO taskforce_milestones (taskforce_id, title, due_on) VALUES ($1, 'Diagnostic', '2031-07-01')", [taskforce!.id]);
  await d.query("INSERT INTO taskforce_deliverables (taskforce_id, title, status, delivered_at) VALUES ($1, 'Rapport', 'delivered', now())", [taskforce!.id]);
  await d.query("INSERT INTO taskforce_documents (taskforce_id, title, url, added_by) VALUES ($1, 'Compte rendu', 'https://drive.example/cr', $2)", [taskforce!.id, userId]);
  await d.query("INSERT INTO taskforce_recommendations (taskforce_id, body, author_user_id, status) VALUES ($1, 'Réduire les changements de série', $2, 'adopted')", [taskforce!.id, userId]);
}

/** Roadmaps, committees, indicators and sponsors (0014): one row in each table. */
async function fillReportingTables(d: Database, ids: { networkId: string; organisationId: string; userId: string; eventId: string; categoryId: string }) {
  const { networkId, organisationId, userId, eventId, categoryId } = ids;
  const one = async (sql: string) => (await d.query<{ id: string }>(sql))[0]!.id;
  const taskforceId = await one('SELECT id FROM taskforces LIMIT 1');
  const bookingId = await one('SELECT id FROM resource_bookings LIMIT 1');
  const referralId = await one('SELECT id FROM referrals LIMIT 1');
  const decisionId = await one('SELECT id FROM event_decisions LIMIT 1');
  await d.query('INSERT INTO event_organisers (event_id, organisation_id) VALUES ($1, $2)', [eventId, organisationId]);
  await d.query('INSERT INTO event_categories (event_id, category_id) VALUES ($1, $2)', [eventId, categoryId]);
  await d.query('INSERT INTO taskforce_categories (taskforce_id, category_id) VALUES ($1, $2)', [taskforceId, categoryId]);
  const [roadmap] = await d.query<{ id: string }>(
    `INSERT INTO roadmaps (network_id, ecosystem_id, title, starts_on, ends_on, status, version, first_adopted_at, adopted_at, adopted_by)
     VALUES ($1, $2, '{"fr":"Feuille de route « bois » 2031","de":"Fahrplan Holz"}', '2031-01-01', '2032-12-31', 'adopted', 1, now(), now(), $3) RETURNING id`,
    [networkId, categoryId, userId],
  );
  const [axis] = await d.query<{ id: string }>("INSERT INTO roadmap_axes (roadmap_id, category_id, title) VALUES ($1, $2, '{\"fr\":\"Économie circulaire\"}') RETURNING id", [roadmap!.id, categoryId]);
  const [objective] = await d.query<{ id: string }>("INSERT INTO roadmap_objectives (roadmap_id, axis_id, title) VALUES ($1, $2, '{\"fr\":\"Valoriser les connexes\"}') RETURNING id", [roadmap!.id, axis!.id]);
  const [action] = await d.query<{ id: string }>(
    `INSERT INTO roadmap_actions (roadmap_id, objective_id, title, owner_user_id, owner_organisation_id, due_on, status, target_kind, target_event_kind, target_count, proposed_by)
     VALUES ($1, $2, '{"fr":"Quatre business corners"}', $3, $4, '2031-12-31', 'adopted', 'event', 'business_corner', 4, $3) RETURNING id`,
    [roadmap!.id, objective!.id, userId, organisationId],
  );
  await d.query('INSERT INTO roadmap_action_links (action_id, event_id, created_by) VALUES ($1, $2, $3)', [action!.id, eventId, userId]);
  await d.query('INSERT INTO roadmap_action_links (action_id, taskforce_id) VALUES ($1, $2)', [action!.id, taskforceId]);
  await d.query('INSERT INTO roadmap_action_links (action_id, booking_id) VALUES ($1, $2)', [action!.id, bookingId]);
  await d.query('INSERT INTO roadmap_action_links (action_id, referral_id) VALUES ($1, $2)', [action!.id, referralId]);
  await d.query("INSERT INTO roadmap_comments (action_id, author_user_id, author_organisation_id, body) VALUES ($1, $2, $3, 'D’accord ; gern')", [action!.id, userId, organisationId]);
  await d.query('INSERT INTO roadmap_votes (action_id, user_id, organisation_id, value) VALUES ($1, $2, $3, -1)', [action!.id, userId, organisationId]);
  await d.query(
    `INSERT INTO roadmap_versions (roadmap_id, version, snapshot, note, contributor_countries, adopted_by) VALUES ($1, 1, '{"axes":[{"title":{"fr":"Économie circulaire"}}]}', 'Adoptée en comité', '{BE,LU}', $2)`,
    [roadmap!.id, userId],
  );
  await d.query("INSERT INTO action_item_reminders (decision_id, due_on, stage) VALUES ($1, '2031-04-15', 'soon')", [decisionId]);
  const [sponsor] = await d.query<{ id: string }>(
    "INSERT INTO event_sponsors (event_id, organisation_id, name, package, amount_cents, reported_reach, note) VALUES ($1, $2, 'Brasserie « Ardennaise »', 'gold', 500000, 12000, 'Logo sur l’affiche') RETURNING id",
    [eventId, organisationId],
  );
  await d.query("INSERT INTO event_sponsor_promises (sponsor_id, kind, detail, status) VALUES ($1, 'stand', 'Stand 3 × 3 m', 'delivered')", [sponsor!.id]);
}

afterAll(async () => {
  await source?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('backup and restore', () => {
  it('the fixture fills every table, so the round trip really covers them all', async () => {
    const snap = await snapshot(source);
    const empty = Object.entries(snap).filter(([, rows]) => rows.length === 0).map(([t]) => t);
    expect(empty).toEqual([]);
  });

  it('round-trips embedded → embedded losslessly, and identities continue after restore', async () => {
    const file = path.join(dir, 'a.maillage.gz');
    const written = await writeBackup(source, file);
    expect(written.rows).toBeGreaterThan(10);
    const target = await openPgliteTestDatabase();
    try {
      await restoreBackup(target, file);
      expect(await snapshot(target)).toEqual(await snapshot(source));
      await target.query("INSERT INTO audit_log (action, entity) VALUES ('after-restore', 'test')");
    } finally {
      await target.close();
    }
  });

  it('refuses a non-empty target and a damaged or foreign file, changing nothing', async () => {
    const file = path.join(dir, 'b.maillage.gz');
    await writeBackup(source, file);
    await expect(restoreBackup(source, file)).rejects.toThrow(/not empty/);
    const target = await openPgliteTestDatabase();
    try {
      const damaged = path.join(dir, 'damaged.gz');
      const bytes = fs.readFileSync(file);
      fs.writeFileSync(damaged, bytes.subarray(0, Math.floor(bytes.length / 2)));
      await expect(restoreBackup(target, damaged)).rejects.toThrow(/damaged/);
      const foreign = path.join(dir, 'foreign.gz');
      fs.writeFileSync(foreign, zlib.gzipSync('{"hello":"world"}\n'));
      await expect(restoreBackup(target, foreign)).rejects.toThrow(/not a Maillage backup/);
      await expect(restoreBackup(target, path.join(dir, 'missing.gz'))).rejects.toThrow(/No backup file/);
      const counts = await target.query<{ n: number }>('SELECT count(*)::int AS n FROM users');
      expect(counts[0]?.n).toBe(0);
    } finally {
      await target.close();
    }
  });

  const serverUrl = process.env.TEST_DATABASE_URL;
  describe.skipIf(!serverUrl)('through a PostgreSQL server (needs TEST_DATABASE_URL; skipped without it)', () => {
    it('round-trips embedded → server → embedded losslessly, every table', async () => {
      const admin = await openPostgres(serverUrl!, 1);
      const name = `maillage_rt_${crypto.randomBytes(4).toString('hex')}`;
      await admin.exec(`CREATE DATABASE ${name}`);
      const url = new URL(serverUrl!);
      url.pathname = `/${name}`;
      const server = await openPostgres(url.toString(), 2);
      const back = await openPgliteTestDatabase();
      try {
        const first = path.join(dir, 'to-server.gz');
        await writeBackup(source, first);
        await restoreBackup(server, first);
        expect(await snapshot(server)).toEqual(await snapshot(source));
        const second = path.join(dir, 'from-server.gz');
        await writeBackup(server, second);
        await restoreBackup(back, second);
        expect(await snapshot(back)).toEqual(await snapshot(source));
      } finally {
        await back.close();
        await server.close();
        await admin.exec(`DROP DATABASE IF EXISTS ${name}`);
        await admin.close();
      }
    });
  });
});
