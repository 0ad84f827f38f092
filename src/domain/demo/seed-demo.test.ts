import { createHash } from 'node:crypto';
import { asc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openPglite } from '../../db/client';
import { migrate } from '../../db/migrate';
import { networkOrganisations, networkRoles, networks, organisations, recordShares, representatives, users } from '../../db/schema';
import { verifyPassword } from '../auth/passwords';
import { DEMO_PASSWORD, type DemoSummary, seedDemo } from './seed-demo';
import { parseNaceCode } from '../classifications/nace';

const slugs = ['remalux', 'gre-liege', 'resilian', 'ess-grande-region', 'agences-grande-region'];

let first: Database;
let second: Database;
let summary: DemoSummary;

async function organisationDigest(database: Database): Promise<string> {
  const rows = await database.db
    .select({ name: organisations.name, postcode: organisations.postcode, commune: organisations.commune, kind: organisations.kind, nace: organisations.naceCodes, visibility: organisations.visibility })
    .from(organisations)
    .orderBy(asc(organisations.name), asc(organisations.postcode));
  return createHash('sha256').update(JSON.stringify(rows)).digest('hex');
}

async function rolesOf(database: Database, email: string) {
  const rows = await database.db
    .select({ slug: networks.slug, role: networkRoles.role })
    .from(networkRoles)
    .innerJoin(users, eq(users.id, networkRoles.userId))
    .innerJoin(networks, eq(networks.id, networkRoles.networkId))
    .where(eq(users.email, email));
  return rows.map((r) => `${r.role}:${r.slug}`).sort();
}

/** The organisations a person represents, with the networks each belongs to. */
async function representedBy(database: Database, email: string) {
  const rows = await database.db
    .select({ id: organisations.id, kind: organisations.kind, slug: networks.slug })
    .from(representatives)
    .innerJoin(users, eq(users.id, representatives.userId))
    .innerJoin(organisations, eq(organisations.id, representatives.organisationId))
    .innerJoin(networkOrganisations, eq(networkOrganisations.organisationId, organisations.id))
    .innerJoin(networks, eq(networks.id, networkOrganisations.networkId))
    .where(eq(users.email, email));
  const byOrg = new Map<string, { kind: string; networks: string[] }>();
  for (const r of rows) {
    const entry = byOrg.get(r.id) ?? { kind: r.kind, networks: [] };
    entry.networks.push(r.slug);
    byOrg.set(r.id, entry);
  }
  return [...byOrg.values()];
}

beforeAll(async () => {
  first = await openPglite(undefined);
  await migrate(first);
  second = await openPglite(undefined);
  await migrate(second);
  summary = await seedDemo({ db: first.db });
  await seedDemo({ db: second.db });
}, 120_000);

afterAll(async () => {
  await first?.close();
  await second?.close();
});

describe('seedDemo', () => {
  it('creates the five reference networks, described in the four languages', async () => {
    const rows = await first.db.select().from(networks).orderBy(asc(networks.slug));
    expect(rows.map((n) => n.slug)).toEqual([...slugs].sort());
    for (const n of rows) {
      expect(n.agency).not.toBe('');
      expect(Object.keys(n.description).sort()).toEqual(['de', 'en', 'fr', 'nl']);
    }
    expect(summary).toMatchObject({ alreadySeeded: false, networks: 5 });
  });

  it('creates ~300 organisations in real places, each in at least one network', async () => {
    const orgs = await first.db.select().from(organisations);
    expect(orgs.length).toBeGreaterThanOrEqual(250);
    expect(orgs.length).toBeLessThanOrEqual(400);
    expect(summary.organisations).toBe(orgs.length);
    expect(new Set(orgs.map((o) => o.country))).toEqual(new Set(['BE', 'LU', 'FR', 'DE']));
    expect(new Set(orgs.map((o) => o.kind))).toEqual(new Set(['company', 'sse', 'association', 'research', 'training', 'employment', 'public', 'agency']));
    for (const o of orgs) {
      expect(['BE', 'LU', 'FR', 'DE']).toContain(o.country);
      expect(o.postcode).toMatch(o.country === 'LU' ? /^L-\d{4}$/ : o.country === 'BE' ? /^\d{4}$/ : /^\d{5}$/);
      // Inside the Grande Région's bounding box.
      expect(o.latitude).toBeGreaterThan(48.5);
      expect(o.latitude).toBeLessThan(50.8);
      expect(o.longitude).toBeGreaterThan(4.9);
      expect(o.longitude).toBeLessThan(8.3);
      expect(o.naceCodes.length).toBeGreaterThan(0);
      for (const code of o.naceCodes) expect(parseNaceCode(code), code).toBe(code); // canonical NACE Rev. 2.1
      expect(o.description.fr).toBeTruthy();
      expect(Object.keys(o.description).length).toBeGreaterThanOrEqual(2);
      if (o.visibility === 'public') expect(o.publicConsent).toBe(true);
    }
    expect(new Set(orgs.map((o) => o.name)).size).toBe(orgs.length);

    const memberships = await first.db
      .select({ id: networkOrganisations.organisationId, n: sql<number>`count(*)::int` })
      .from(networkOrganisations)
      .groupBy(networkOrganisations.organisationId);
    expect(memberships).toHaveLength(orgs.length);
    expect(memberships.filter((m) => m.n > 1).length).toBeGreaterThanOrEqual(10);
  });

  it('mixes visibilities, and shares confidential profiles with named organisations', async () => {
    const counts = await first.db
      .select({ visibility: organisations.visibility, n: sql<number>`count(*)::int` })
      .from(organisations)
      .groupBy(organisations.visibility);
    const of = (v: string) => counts.find((c) => c.visibility === v)?.n ?? 0;
    expect(of('network')).toBeGreaterThan(of('public'));
    expect(of('public')).toBeGreaterThan(0);
    expect(of('coordinators')).toBeGreaterThan(0);
    expect(of('organisations')).toBeGreaterThan(0);
    const sharedRecords = await first.db.selectDistinct({ id: recordShares.recordId }).from(recordShares);
    expect(sharedRecords).toHaveLength(of('organisations'));
  });

  it('gives every organisation a representative and keeps people under 600', async () => {
    const [unrepresented] = await first.db
      .select({ n: sql<number>`count(*)::int` })
      .from(organisations)
      .where(sql`not exists (select 1 from representatives r where r.organisation_id = ${organisations.id})`);
    expect(unrepresented?.n).toBe(0);
    expect(summary.users).toBeGreaterThan(300);
    expect(summary.users).toBeLessThan(600);
  });

  it('creates the demo logins with their roles and the demo password', async () => {
    expect(summary.logins.map((l) => l.email).sort()).toEqual(
      ['admin', ...slugs.map((s) => `coord.${s}`), 'membre', 'partenaire', 'observateur', 'rh.arlon', 'personal.minett', 'formation.longwy']
        .map((l) => `${l}@maillage.demo`)
        .sort(),
    );
    for (const login of summary.logins) {
      expect(login.password).toBe(DEMO_PASSWORD);
      expect(login.description).not.toBe('');
      const [user] = await first.db.select().from(users).where(eq(users.email, login.email));
      expect(await verifyPassword(user?.passwordHash ?? null, DEMO_PASSWORD)).toBe(true);
      expect(user?.isAdmin).toBe(login.email === 'admin@maillage.demo');
    }
    for (const slug of slugs) expect(await rolesOf(first, `coord.${slug}@maillage.demo`)).toContain(`coordinator:${slug}`);
    expect(await rolesOf(first, 'coord.remalux@maillage.demo')).toEqual(['coordinator:agences-grande-region', 'coordinator:remalux']);
    expect(await rolesOf(first, 'membre@maillage.demo')).toEqual(['member:remalux', 'member:resilian']);
    expect(await rolesOf(first, 'partenaire@maillage.demo')).toEqual(['partner:agences-grande-region', 'partner:remalux']);
    expect(await rolesOf(first, 'observateur@maillage.demo')).toEqual(['observer:gre-liege', 'observer:resilian']);

    const memberOrgs = await representedBy(first, 'membre@maillage.demo');
    expect(memberOrgs).toHaveLength(2);
    expect(memberOrgs.some((o) => o.networks.includes('remalux'))).toBe(true);
    expect(memberOrgs.some((o) => o.networks.includes('resilian'))).toBe(true);
    const partnerOrgs = await representedBy(first, 'partenaire@maillage.demo');
    expect(partnerOrgs).toHaveLength(1);
    expect(partnerOrgs[0]?.kind).toBe('employment');
    expect(partnerOrgs[0]?.networks.sort()).toEqual(['agences-grande-region', 'remalux']);
  });

  it('produces the same territory on every fresh database', async () => {
    expect(await organisationDigest(second)).toBe(await organisationDigest(first));
    const emails = async (database: Database) =>
      (await database.db.select({ email: users.email }).from(users).orderBy(asc(users.email))).map((u) => u.email);
    expect(await emails(second)).toEqual(await emails(first));
  });

  it('adds events to every network, the ESS responsible-purchasing convention among them, with registrations and minutes', async () => {
    const perNetwork = await first.query<{ slug: string; upcoming: number; total: number }>(
      `SELECT n.slug, count(*) FILTER (WHERE e.starts_at > now())::int AS upcoming, count(*)::int AS total
       FROM events e JOIN networks n ON n.id = e.network_id GROUP BY n.slug ORDER BY n.slug`,
    );
    expect(perNetwork.map((r) => r.slug)).toEqual([...slugs].sort());
    for (const r of perNetwork) expect(r.upcoming).toBeGreaterThan(0);
    const [convention] = await first.query<{ title: string; time_zone: string; visibility: string; sessions: number }>(
      `SELECT e.title->>'fr' AS title, e.time_zone, e.visibility, (SELECT count(*)::int FROM event_activities a WHERE a.event_id = e.id) AS sessions
       FROM events e JOIN networks n ON n.id = e.network_id WHERE n.slug = 'ess-grande-region' AND e.kind = 'business_convention'`,
    );
    expect(convention).toMatchObject({ title: 'Convention d’affaires transfrontalière : achats responsables', time_zone: 'Europe/Luxembourg', visibility: 'public', sessions: 1 });
    const mine = await first.query<{ kind: string; status: string }>(
      `SELECT e.kind, r.status FROM event_registrations r JOIN users u ON u.id = r.user_id JOIN events e ON e.id = r.event_id
       WHERE u.email = 'membre@maillage.demo' AND e.starts_at > now() ORDER BY e.starts_at`,
    );
    expect(mine.map((m) => m.kind)).toContain('business_corner');
    expect(mine.every((m) => m.status === 'confirmed')).toBe(true);
    const [overbooked] = await first.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM events e WHERE e.capacity < (SELECT count(*) FROM event_registrations r WHERE r.event_id = e.id AND r.status = 'confirmed')`,
    );
    expect(overbooked?.n).toBe(0);
    const [committee] = await first.query<{ minutes: string; decisions: number; attended: number; feedback: number }>(
      `SELECT m.body AS minutes, (SELECT count(*)::int FROM event_decisions d WHERE d.event_id = e.id) AS decisions,
              (SELECT count(*)::int FROM event_registrations r WHERE r.event_id = e.id AND r.attendance = 'attended') AS attended,
              (SELECT count(*)::int FROM event_feedback f WHERE f.event_id = e.id) AS feedback
       FROM events e JOIN networks n ON n.id = e.network_id JOIN event_minutes m ON m.event_id = e.id
       WHERE n.slug = 'resilian' AND e.kind = 'committee' AND e.ends_at < now() AND e.title->>'fr' = 'Comité stratégique mensuel'`,
    );
    expect(committee?.minutes).toContain('Cabine de peinture');
    expect(committee?.decisions).toBe(3);
    expect(committee?.attended).toBeGreaterThan(5);
    expect(committee?.feedback).toBeGreaterThan(0);
    const titles = async (database: Database) => (await database.query<{ t: string }>("SELECT title->>'de' AS t FROM events ORDER BY title->>'de'")).map((r) => r.t);
    expect(await titles(second)).toEqual(await titles(first));
  });

  it('fills the ESS convention: the day, a profile per confirmed registrant, requests that the engine can schedule', async () => {
    const [c] = await first.query<{ slots: number; tables: number; participants: number; registrants: number; buyers: number; accepted: number; declined: number; pending: number; meetings: number }>(
      `SELECT (SELECT count(*)::int FROM convention_slots s WHERE s.event_id = e.id) AS slots,
              (SELECT cardinality(table_names) FROM convention_settings cs WHERE cs.event_id = e.id) AS tables,
              (SELECT count(*)::int FROM convention_participants p WHERE p.event_id = e.id) AS participants,
              (SELECT count(*)::int FROM event_registrations r WHERE r.event_id = e.id AND r.status = 'confirmed') AS registrants,
              (SELECT count(*)::int FROM convention_participants p WHERE p.event_id = e.id AND p.role = 'buyer') AS buyers,
              (SELECT count(*)::int FROM convention_requests q WHERE q.event_id = e.id AND q.status = 'accepted') AS accepted,
              (SELECT count(*)::int FROM convention_requests q WHERE q.event_id = e.id AND q.status = 'declined') AS declined,
              (SELECT count(*)::int FROM convention_requests q WHERE q.event_id = e.id AND q.status = 'pending') AS pending,
              (SELECT count(*)::int FROM convention_meetings m WHERE m.event_id = e.id) AS meetings
       FROM events e JOIN networks n ON n.id = e.network_id WHERE n.slug = 'ess-grande-region' AND e.kind = 'business_convention'`,
    );
    expect(c).toMatchObject({ tables: 14 });
    expect(c!.slots).toBeGreaterThanOrEqual(8);
    expect(c!.participants).toBe(c!.registrants);
    expect(c!.buyers).toBeGreaterThan(2);
    expect(c!.accepted).toBeGreaterThan(8);
    expect(c!.declined + c!.pending).toBeGreaterThan(0);
    expect(c!.meetings).toBe(c!.accepted);
    // Generated by the engine and published: agendas, the table plan and statistics show at once.
    const [p] = await first.query<{ status: string; scheduled: number; published: number; runs: number }>(
      `SELECT cs.schedule_status AS status,
              (SELECT count(*)::int FROM convention_meetings m WHERE m.event_id = e.id AND m.status = 'scheduled') AS scheduled,
              (SELECT count(*)::int FROM convention_meetings m WHERE m.event_id = e.id AND m.published_slot_id IS NOT NULL) AS published,
              (SELECT count(*)::int FROM convention_schedule_runs r WHERE r.event_id = e.id AND r.status = 'done') AS runs
       FROM events e JOIN networks n ON n.id = e.network_id JOIN convention_settings cs ON cs.event_id = e.id
       WHERE n.slug = 'ess-grande-region' AND e.kind = 'business_convention'`,
    );
    expect(p).toMatchObject({ status: 'published', runs: 1 });
    expect(p!.scheduled).toBeGreaterThan(c!.meetings * 0.8);
    expect(p!.published).toBe(p!.scheduled);
  });

  it('adds needs and offers: operators with routing rules, the Arlon welders with Forem, a German training need, taskforces', async () => {
    const rules = await first.query<{ territory: string; name: string }>(
      `SELECT r.territory, o.name FROM routing_rules r JOIN organisations o ON o.id = r.operator_organisation_id JOIN networks n ON n.id = r.network_id
       WHERE n.slug = 'remalux' AND r.need_kind = 'recruitment' ORDER BY r.territory`,
    );
    expect(rules.map((r) => [r.territory, r.name.split(' ')[0]])).toEqual([['BE-WAL', 'Le'], ['LU', 'ADEM']]);
    const [welders] = await first.query<{ commune: string; status: string; operator: string }>(
      `SELECT p.commune, r.status, o.name AS operator FROM posts p JOIN referrals r ON r.post_id = p.id JOIN organisations o ON o.id = r.operator_organisation_id
       WHERE p.kind = 'recruitment' AND 'esco:7212.3' = ANY(p.occupation_codes)`,
    );
    expect(welders).toMatchObject({ commune: 'Arlon', status: 'acknowledged' });
    expect(welders!.operator).toMatch(/^Le Forem/);
    // The forklift needs went through routing like any posted need: each has its operator referral, just sent.
    const forklift = await first.query<{ status: string | null; operator: string | null; note: string | null }>(
      `SELECT r.status, o.name AS operator, (SELECT e.note FROM referral_events e WHERE e.referral_id = r.id ORDER BY e.at LIMIT 1) AS note
         FROM posts p LEFT JOIN referrals r ON r.post_id = p.id LEFT JOIN organisations o ON o.id = r.operator_organisation_id
        WHERE p.kind = 'recruitment' AND 'esco:8344.1' = ANY(p.occupation_codes)`,
    );
    expect(forklift).toHaveLength(3);
    for (const r of forklift) expect(r).toMatchObject({ status: 'sent', note: 'rule', operator: expect.stringMatching(/^Le Forem/) });
    const [german] = await first.query<{ title: Record<string, string>; match_codes: string[] }>(`SELECT title, match_codes FROM posts WHERE kind = 'training_need' AND country = 'LU'`);
    expect(Object.keys(german!.title)).toEqual(['de']);
    expect(german!.match_codes).toContain('esco:7212.3');
    const [fromProblem] = await first.query<{ status: string; members: number }>(
      `SELECT t.status, (SELECT count(*)::int FROM taskforce_members m WHERE m.taskforce_id = t.id) AS members FROM taskforces t WHERE t.problem_post_id IS NOT NULL`,
    );
    expect(fromProblem).toEqual({ status: 'active', members: 3 });
    const challenges = await first.query<{ lessons: string; recommendations: number }>(
      `SELECT t.lessons_learned AS lessons, (SELECT count(*)::int FROM taskforce_recommendations r WHERE r.taskforce_id = t.id) AS recommendations
       FROM taskforces t WHERE t.kind = 'peer_challenge' AND t.status = 'closed'`,
    );
    expect(challenges.some((c) => c.lessons !== '' && c.recommendations === 3)).toBe(true);
  });

  it('changes nothing when the demo is already there', async () => {
    const again = await seedDemo({ db: first.db });
    expect(again).toEqual({ ...summary, alreadySeeded: true });
    const [roles] = await first.db.select({ n: sql<number>`count(*)::int` }).from(networkRoles);
    const [rolesOnSecond] = await second.db.select({ n: sql<number>`count(*)::int` }).from(networkRoles);
    expect(roles?.n).toBe(rolesOnSecond?.n);
  });
});
