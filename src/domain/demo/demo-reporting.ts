import { randomBytes } from 'node:crypto';
import type { Db } from '../../db/client';
import type { EventKind, Translated } from '../../db/schema';
import { runSql } from '../indicators/run-sql';
import { type Actor, loadActor } from '../policy/actor';
import { adoptRoadmap } from '../roadmaps/roadmap-consultation';

/**
 * The evidence part of the demo territory: a year of Résilian's club life (business corners, a visit, a peer
 * challenge, monthly committees, two taskforces, some co-organised with the German members of the Palatinate),
 * the club's roadmap whose actions are linked to those events, taskforces and the paint booth's bookings — so
 * its progress is computed, never typed — and GRE-Liège's six axes, past events, roadmap and sponsors of its
 * LiègeTogether evenings. Everything is chosen from the seeded directory by SQL in name order, with dates relative
 * to the seeding day: the same on every installation.
 */
const DAY = 86_400_000;

type Sql = <T = Record<string, unknown>>(text: string, params?: unknown[]) => Promise<T[]>;

interface Member {
  organisation: string;
  country: string;
  user: string | null;
}

const t4 = (fr: string, de: string, en: string, nl: string): Required<Translated> => ({ fr, de, en, nl });
const code = () => randomBytes(16).toString('base64url');

async function membersOf(q: Sql, slug: string): Promise<Member[]> {
  return q<Member>(
    `SELECT o.id AS organisation, o.country,
            (SELECT r.user_id FROM representatives r JOIN network_roles nr ON nr.user_id = r.user_id AND nr.network_id = n.id
              WHERE r.organisation_id = o.id ORDER BY r.user_id LIMIT 1) AS "user"
       FROM networks n JOIN network_organisations m ON m.network_id = n.id JOIN organisations o ON o.id = m.organisation_id
      WHERE n.slug = $1 AND o.kind NOT IN ('employment', 'training', 'agency')
      ORDER BY o.name`,
    [slug],
  );
}

interface PastEvent {
  kind: EventKind;
  title: Required<Translated>;
  day: number;
  /** Indexes into the network's members who attended. */
  attendees: number[];
  visibility?: 'public' | 'network';
  /** Co-organised with the first German member: a joint cross-border action. */
  joint?: boolean;
  decisions?: { kind: 'decision' | 'action'; body: string; dueInDays?: number; status?: 'open' | 'done' }[];
}

async function insertPastEvent(q: Sql, ctx: { networkId: string; agency: string | null; partner: string | null; members: Member[]; now: number }, e: PastEvent) {
  const startsAt = new Date(Math.floor((ctx.now + e.day * DAY) / DAY) * DAY + 8 * 3_600_000);
  const [row] = await q<{ id: string }>(
    `INSERT INTO events (network_id, kind, title, description, starts_at, ends_at, status, visibility, created_at, updated_at)
     VALUES ($1, $2, $3, '{}', $4, $5, 'published', $6, $7, $7) RETURNING id`,
    [ctx.networkId, e.kind, JSON.stringify(e.title), startsAt.toISOString(), new Date(startsAt.getTime() + 3 * 3_600_000).toISOString(), e.visibility ?? 'network', new Date(startsAt.getTime() - 30 * DAY).toISOString()],
  );
  const id = row!.id;
  const organisers = [ctx.agency, e.joint ? ctx.partner : null].filter((x): x is string => !!x);
  for (const o of organisers) await q('INSERT INTO event_organisers (event_id, organisation_id) VALUES ($1, $2) ON CONFLICT DO NOTHING', [id, o]);
  const seen = new Set<string>();
  const people = new Set<string>();
  for (const i of e.attendees) {
    const m = ctx.members[i % ctx.members.length]!;
    if (seen.has(m.organisation)) continue;
    seen.add(m.organisation);
    // One registration per person and event: someone representing two members comes once.
    const user = m.user && !people.has(m.user) ? m.user : null;
    if (user) people.add(user);
    await q(
      `INSERT INTO event_registrations (event_id, user_id, organisation_id, status, check_in_code, confirmed_at, checked_in_at, attendance, created_at, updated_at)
       VALUES ($1, $2, $3, 'confirmed', $4, $5, $6, 'attended', $5, $5)`,
      [id, user, m.organisation, code(), new Date(startsAt.getTime() - 20 * DAY).toISOString(), new Date(startsAt.getTime() + 10 * 60_000).toISOString()],
    );
  }
  for (const [position, d] of (e.decisions ?? []).entries())
    await q(
      `INSERT INTO event_decisions (event_id, kind, body, due_on, status, position, created_at) VALUES ($1, $2, $3, $4::date, $5, $6, $7)`,
      [id, d.kind, d.body, d.dueInDays === undefined ? null : new Date(startsAt.getTime() + d.dueInDays * DAY).toISOString().slice(0, 10), d.status ?? 'open', position, startsAt.toISOString()],
    );
  return id;
}

async function insertTaskforce(
  q: Sql,
  networkId: string,
  t: { kind: 'taskforce' | 'peer_challenge'; title: Required<Translated>; goal: Required<Translated>; startDay: number; closeDay?: number; members: Member[]; host?: string; deliverable?: string; lessons?: string },
  now: number,
) {
  const created = new Date(now + t.startDay * DAY);
  const closed = t.closeDay === undefined ? null : new Date(now + t.closeDay * DAY);
  const lead = t.members[0]!;
  const [row] = await q<{ id: string }>(
    `INSERT INTO taskforces (network_id, kind, title, goal, lead_user_id, lead_organisation_id, host_organisation_id, status, created_at, updated_at, closed_at, lessons_learned, closure_summary)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9, $10, $11, $12) RETURNING id`,
    [networkId, t.kind, JSON.stringify(t.title), JSON.stringify(t.goal), lead.user, lead.organisation, t.host ?? null, closed ? 'closed' : 'active', created.toISOString(), closed?.toISOString() ?? null, t.lessons ?? '', closed ? (t.deliverable ?? '') : ''],
  );
  const id = row!.id;
  const users = new Set<string>();
  for (const [i, m] of t.members.entries()) {
    if (!m.user || users.has(m.user)) continue;
    users.add(m.user);
    await q(`INSERT INTO taskforce_members (taskforce_id, user_id, organisation_id, role, joined_at) VALUES ($1, $2, $3, $4, $5)`, [id, m.user, m.organisation, i === 0 ? 'lead' : 'member', created.toISOString()]);
  }
  if (t.deliverable && closed)
    await q(`INSERT INTO taskforce_deliverables (taskforce_id, title, status, delivered_at) VALUES ($1, $2, 'delivered', $3)`, [id, t.deliverable, new Date(closed.getTime() - 5 * DAY).toISOString()]);
  return id;
}

interface ActionPlan {
  title: Required<Translated>;
  owner?: Member;
  dueDay?: number;
  target?: { kind: 'event' | 'taskforce' | 'booking'; eventKind?: EventKind; count?: number };
  links: { kind: 'event' | 'taskforce' | 'booking'; ids: string[] };
  comments?: { by: Member; body: string }[];
  votes?: Member[];
}

async function insertRoadmap(
  q: Sql,
  db: Db,
  r: { networkId: string; note: string; title: Required<Translated>; summary: Required<Translated>; adoptedDay: number; now: number; axes: { title: Required<Translated>; categoryId?: string | null; objectives: { title: Required<Translated>; actions: ActionPlan[] }[] }[] },
) {
  const adoptedAt = new Date(r.now + r.adoptedDay * DAY);
  const [row] = await q<{ id: string }>(
    `INSERT INTO roadmaps (network_id, title, summary, starts_on, ends_on, status, version, first_adopted_at, adopted_at, created_at, updated_at)
     VALUES ($1, $2, $3, $4::date, $5::date, 'consultation', 0, NULL, NULL, $6, $6) RETURNING id`,
    [r.networkId, JSON.stringify(r.title), JSON.stringify(r.summary), adoptedAt.toISOString().slice(0, 10), new Date(adoptedAt.getTime() + 730 * DAY).toISOString().slice(0, 10), new Date(adoptedAt.getTime() - 45 * DAY).toISOString()],
  );
  const roadmapId = row!.id;
  for (const [ai, axis] of r.axes.entries()) {
    const [a] = await q<{ id: string }>('INSERT INTO roadmap_axes (roadmap_id, category_id, title, position) VALUES ($1, $2, $3, $4) RETURNING id', [roadmapId, axis.categoryId ?? null, JSON.stringify(axis.title), ai]);
    for (const [oi, objective] of axis.objectives.entries()) {
      const [o] = await q<{ id: string }>('INSERT INTO roadmap_objectives (roadmap_id, axis_id, title, position) VALUES ($1, $2, $3, $4) RETURNING id', [roadmapId, a!.id, JSON.stringify(objective.title), oi]);
      for (const [pi, action] of objective.actions.entries()) {
        const [x] = await q<{ id: string }>(
          `INSERT INTO roadmap_actions (roadmap_id, objective_id, title, owner_user_id, owner_organisation_id, starts_on, due_on, status, target_kind, target_event_kind, target_count, position, created_at)
           VALUES ($1, $2, $3, $4, $5, $6::date, $7::date, 'proposed', $8, $9, $10, $11, $12) RETURNING id`,
          [
            roadmapId, o!.id, JSON.stringify(action.title), action.owner?.user ?? null, action.owner?.organisation ?? null, adoptedAt.toISOString().slice(0, 10),
            action.dueDay === undefined ? null : new Date(r.now + action.dueDay * DAY).toISOString().slice(0, 10),
            action.target?.kind ?? null, action.target?.eventKind ?? null, action.target?.count ?? null, pi, new Date(adoptedAt.getTime() - 40 * DAY).toISOString(),
          ],
        );
        const column = { event: 'event_id', taskforce: 'taskforce_id', booking: 'booking_id' }[action.links.kind];
        for (const id of action.links.ids) await q(`INSERT INTO roadmap_action_links (action_id, ${column}) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [x!.id, id]);
        for (const [ci, c] of (action.comments ?? []).entries()) {
          await q('INSERT INTO roadmap_comments (action_id, author_user_id, author_organisation_id, body, created_at) VALUES ($1, $2, $3, $4, $5)', [x!.id, c.by.user, c.by.organisation, c.body, new Date(adoptedAt.getTime() - (20 - ci) * DAY).toISOString()]);
        }
        for (const v of action.votes ?? []) {
          if (!v.user) continue;
          await q('INSERT INTO roadmap_votes (action_id, user_id, organisation_id, value, created_at, updated_at) VALUES ($1, $2, $3, 1, $4, $4) ON CONFLICT DO NOTHING', [x!.id, v.user, v.organisation, new Date(adoptedAt.getTime() - 10 * DAY).toISOString()]);
        }
      }
    }
  }
  // Adopted by the network's coordinator the way the app does it (every proposed action kept), so the version
  // holds the full snapshot — ids, links and progress — then dated back to the adoption day.
  const [coordinator] = await ids(q, `SELECT user_id AS id FROM network_roles WHERE network_id = $1 AND role = 'coordinator' ORDER BY user_id LIMIT 1`, [r.networkId]);
  const actor: Actor = coordinator ? await loadActor(db, coordinator) : { userId: null, isAdmin: true, roles: new Map(), organisationIds: new Set() };
  await adoptRoadmap({ db, actor, id: roadmapId, input: { note: r.note } });
  await q('UPDATE roadmap_versions SET adopted_at = $2 WHERE roadmap_id = $1 AND version = 1', [roadmapId, adoptedAt.toISOString()]);
  await q('UPDATE roadmaps SET adopted_at = $2, first_adopted_at = $2, updated_at = $2 WHERE id = $1', [roadmapId, adoptedAt.toISOString()]);
  await q('UPDATE roadmap_actions SET updated_at = $2 WHERE roadmap_id = $1', [roadmapId, adoptedAt.toISOString()]);
  return roadmapId;
}

const ids = async (q: Sql, text: string, params: unknown[]) => (await q<{ id: string }>(text, params)).map((r) => r.id);

interface DemoAxis {
  slug: string;
  name: Required<Translated>;
  /** French titles (ILIKE patterns) of the events and taskforces that serve the axis. */
  events?: string[];
  taskforces?: string[];
  /** Members on the axis by their NACE codes (prefixes) or their kind of organisation. */
  nace?: string[];
  kinds?: string[];
}

/** The strategic axes of the demo networks other than GRE-Liège (whose six are below with its evidence). */
const demoAxes: Record<'remalux' | 'resilian' | 'ess-grande-region' | 'agences-grande-region', DemoAxis[]> = {
  remalux: [
    { slug: 'food-club', name: t4('Agroalimentaire — Food Club', 'Lebensmittel — Food Club', 'Agri-food — Food Club', 'Agrovoeding — Food Club'), events: ['Food Club%'], nace: ['C10', 'C11', 'A01'] },
    { slug: 'filiere-bois', name: t4('Filière bois', 'Holzwirtschaft', 'Wood industry', 'Houtsector'), events: ['Bois Wallon%'], nace: ['C16', 'A02', 'C31'] },
    { slug: 'biotech-medtech', name: t4('Biotech & medtech', 'Biotech & Medtech', 'Biotech & medtech', 'Biotech & medtech'), events: ['Biotech%'], nace: ['C21', 'C32.5', 'M72'] },
    { slug: 'emploi-formation', name: t4('Emploi et formation — GANESH', 'Beschäftigung und Weiterbildung — GANESH', 'Jobs and training — GANESH', 'Werk en opleiding — GANESH'), kinds: ['employment', 'training'] },
  ],
  resilian: [
    { slug: 'mutualisation-moyens', name: t4('Mutualisation des moyens', 'Gemeinsame Nutzung von Mitteln', 'Pooling of means', 'Middelen delen'), events: ['%atelier de peinture%', 'Challenge entre pairs%'], taskforces: ['%cabine de peinture%', 'Défi entre pairs%'] },
    { slug: 'competences-rh', name: t4('Compétences et RH', 'Kompetenzen und Personal', 'Skills and HR', 'Competenties en HR'), events: ['Business corner formation%'] },
    { slug: 'performance-numerique', name: t4('Performance industrielle et numérique', 'Industrielle Leistung und Digitalisierung', 'Industrial performance and digital', 'Industriële prestaties en digitalisering'), events: ['Business corner lean%', 'Business corner numérique%', 'Challenge entre pairs%'], taskforces: ['Data accelerator%', 'Chantier SMED%', 'Défi entre pairs%'] },
    { slug: 'donneurs-ordre', name: t4('Relations donneurs d’ordre – sous-traitants', 'Beziehungen Auftraggeber – Zulieferer', 'Client–subcontractor relations', 'Relaties opdrachtgevers – onderaannemers'), events: ['Table ronde publique%', 'Soirée de lancement%'] },
  ],
  'ess-grande-region': [
    { slug: 'achats-responsables', name: t4('Achats responsables', 'Verantwortungsvolle Beschaffung', 'Responsible purchasing', 'Verantwoord aankopen'), events: ['Convention d’affaires%'], kinds: ['public'] },
    { slug: 'circuits-courts', name: t4('Circuits courts', 'Kurze Lieferketten', 'Short supply chains', 'Korte ketens'), nace: ['A01', 'C10', 'G46.31', 'G47.11'] },
    { slug: 'economie-circulaire', name: t4('Économie circulaire', 'Kreislaufwirtschaft', 'Circular economy', 'Circulaire economie'), nace: ['E38', 'G47.79'] },
    { slug: 'cooperatives', name: t4('Coopératives et entrepreneuriat social', 'Genossenschaften und Sozialunternehmertum', 'Cooperatives and social entrepreneurship', 'Coöperaties en sociaal ondernemerschap'), events: ['Atelier : créer une coopérative%'], kinds: ['sse', 'association'] },
    { slug: 'logiciel-libre', name: t4('Logiciel libre', 'Freie Software', 'Free software', 'Vrije software'), nace: ['J62', 'J63'] },
  ],
  'agences-grande-region': [
    { slug: 'emploi-competences', name: t4('Emploi et compétences', 'Beschäftigung und Kompetenzen', 'Jobs and skills', 'Werk en competenties'), events: ['Comité de pilotage%'], kinds: ['employment', 'training'] },
    { slug: 'cooperation-transfrontaliere', name: t4('Coopération transfrontalière', 'Grenzüberschreitende Zusammenarbeit', 'Cross-border cooperation', 'Grensoverschrijdende samenwerking'), events: ['Comité de pilotage%'], kinds: ['agency'] },
    { slug: 'attractivite', name: t4('Attractivité des territoires', 'Standortattraktivität', 'Attractiveness of the territories', 'Aantrekkelijkheid van de regio’s'), kinds: ['public'] },
  ],
};

/** A network's axes, in order; returns their ids (existing ones kept). */
async function insertAxes(q: Sql, networkId: string, axes: readonly { slug: string; name: Required<Translated> }[]) {
  const categories: string[] = [];
  for (const [i, axis] of axes.entries()) {
    await q(`INSERT INTO network_categories (network_id, kind, slug, name, position) VALUES ($1, 'axis', $2, $3, $4) ON CONFLICT DO NOTHING`, [networkId, axis.slug, JSON.stringify(axis.name), i]);
    categories.push((await ids(q, `SELECT id FROM network_categories WHERE network_id = $1 AND kind = 'axis' AND slug = $2`, [networkId, axis.slug]))[0]!);
  }
  return categories;
}

/**
 * Tags the demo networks' events and taskforces with the axes they serve, by their French titles, and puts members
 * on axes (by NACE code or kind, and on the axes of the events they came to), so activity per axis has figures.
 * Runs once everything else of the demo is written (the taskforces of the needs module included).
 */
export async function tagDemoAxes(db: Db) {
  const q: Sql = (text, params = []) => runSql(db, text, params);
  for (const [slug, axes] of Object.entries(demoAxes)) {
    const [networkId] = await ids(q, 'SELECT id FROM networks WHERE slug = $1', [slug]);
    if (!networkId) continue;
    const categories = await insertAxes(q, networkId, axes);
    for (const [i, axis] of axes.entries()) {
      const category = categories[i]!;
      if (axis.events?.length)
        await q(`INSERT INTO event_categories (event_id, category_id) SELECT id, $2 FROM events WHERE network_id = $1 AND title->>'fr' ILIKE ANY ($3::text[]) ON CONFLICT DO NOTHING`, [networkId, category, `{${axis.events.map((e) => `"${e}"`).join(',')}}`]);
      if (axis.taskforces?.length)
        await q(`INSERT INTO taskforce_categories (taskforce_id, category_id) SELECT id, $2 FROM taskforces WHERE network_id = $1 AND title->>'fr' ILIKE ANY ($3::text[]) ON CONFLICT DO NOTHING`, [networkId, category, `{${axis.taskforces.map((e) => `"${e}"`).join(',')}}`]);
      await q(
        `INSERT INTO organisation_categories (organisation_id, category_id)
         SELECT m.organisation_id, $2 FROM network_organisations m JOIN organisations o ON o.id = m.organisation_id
          WHERE m.network_id = $1 AND (o.kind = ANY ($3::text[]) OR EXISTS (SELECT 1 FROM unnest(o.nace_codes) AS c(code) WHERE c.code LIKE ANY ($4::text[])))
         ON CONFLICT DO NOTHING`,
        [networkId, category, `{${(axis.kinds ?? []).join(',')}}`, `{${(axis.nace ?? []).map((p) => `${p}%`).join(',')}}`],
      );
    }
    // Members who came to an event of an axis show an interest in it.
    await q(
      `INSERT INTO organisation_categories (organisation_id, category_id)
       SELECT DISTINCT r.organisation_id, ec.category_id FROM event_registrations r JOIN events e ON e.id = r.event_id JOIN event_categories ec ON ec.event_id = e.id
         JOIN network_organisations m ON m.network_id = e.network_id AND m.organisation_id = r.organisation_id
        WHERE e.network_id = $1 AND ec.category_id = ANY ($2::uuid[]) AND r.attendance = 'attended'
       ON CONFLICT DO NOTHING`,
      [networkId, `{${categories.join(',')}}`],
    );
  }
  // GRE-Liège: the events module's LiègeTogether evening serves all six axes, its digital twins workshop the first.
  const [gre] = await ids(q, "SELECT id FROM networks WHERE slug = 'gre-liege'", []);
  if (gre) {
    await q(`INSERT INTO event_categories (event_id, category_id) SELECT e.id, c.id FROM events e JOIN network_categories c ON c.network_id = e.network_id AND c.kind = 'axis'
              WHERE e.network_id = $1 AND e.title->>'fr' LIKE 'LiègeTogether%' ON CONFLICT DO NOTHING`, [gre]);
    await q(`INSERT INTO event_categories (event_id, category_id) SELECT e.id, c.id FROM events e JOIN network_categories c ON c.network_id = e.network_id AND c.slug = 'industries-futur'
              WHERE e.network_id = $1 AND e.title->>'fr' LIKE 'Industries du futur%' ON CONFLICT DO NOTHING`, [gre]);
  }
}

/** Adds the evidence scenario to a freshly seeded demo territory (inside the seeding transaction). */
export async function seedDemoReporting(db: Db, now = Date.now()) {
  const q: Sql = (text, params = []) => runSql(db, text, params);
  const network = async (slug: string) => (await q<{ id: string }>('SELECT id FROM networks WHERE slug = $1', [slug]))[0]?.id;
  const resilian = await network('resilian');
  const gre = await network('gre-liege');
  if (!resilian || !gre) return;
  // Members joined over the last four years (about a quarter in the last one), not all on the seeding day: the
  // figures then compare with the year before, as an agency's would.
  await q(
    `UPDATE network_organisations m SET joined_at = $1::timestamptz - ((r.rank * 997) % 1400 + 20) * interval '1 day'
       FROM (SELECT nm.network_id, nm.organisation_id, row_number() OVER (PARTITION BY nm.network_id ORDER BY o.name, o.postcode) AS rank
               FROM network_organisations nm JOIN organisations o ON o.id = nm.organisation_id) r
      WHERE r.network_id = m.network_id AND r.organisation_id = m.organisation_id`,
    [new Date(now).toISOString()],
  );
  await seedResilian(q, db, resilian, now);
  await seedGreLiege(q, db, gre, now);
}

async function seedResilian(q: Sql, db: Db, networkId: string, now: number) {
  const members = await membersOf(q, 'resilian');
  const german = members.filter((m) => m.country === 'DE');
  const french = members.filter((m) => m.country === 'FR' && m.user);
  const [agency] = await ids(q, `SELECT o.id FROM organisations o JOIN network_organisations m ON m.organisation_id = o.id WHERE m.network_id = $1 AND o.kind = 'agency' ORDER BY o.name LIMIT 1`, [networkId]);
  const ctx = { networkId, agency: agency ?? null, partner: german[0]?.organisation ?? null, members, now };
  const range = (from: number, count: number, step = 1) => Array.from({ length: count }, (_, i) => from + i * step);

  // The evening the club started from, more than a year ago: the ties made there are not new this year.
  await insertPastEvent(q, ctx, { kind: 'networking', day: -420, attendees: range(0, 24, 2), title: t4('Soirée de lancement du club', 'Gründungsabend des Clubs', 'The club’s launch evening', 'Lanceringsavond van de club') });
  const corners: string[] = [];
  corners.push(await insertPastEvent(q, ctx, { kind: 'business_corner', day: -330, joint: true, attendees: range(0, 12, 3), title: t4('Business corner lean : le SMED en pratique', 'Business Corner Lean: SMED in der Praxis', 'Lean business corner: SMED in practice', 'Business corner lean: SMED in de praktijk') }));
  const visit = await insertPastEvent(q, ctx, { kind: 'company_visit', day: -300, attendees: range(1, 10, 4), title: t4('Visite de l’atelier de peinture partagé', 'Besichtigung der gemeinsamen Lackiererei', 'Visit of the shared paint shop', 'Bezoek aan de gedeelde spuiterij') });
  corners.push(await insertPastEvent(q, ctx, { kind: 'business_corner', day: -240, joint: true, attendees: range(2, 14, 3), title: t4('Business corner numérique : MES et données machine', 'Business Corner Digital: MES und Maschinendaten', 'Digital business corner: MES and machine data', 'Business corner digitaal: MES en machinedata') }));
  const challenge = await insertPastEvent(q, ctx, { kind: 'workshop', day: -200, attendees: range(0, 9, 5), title: t4('Challenge entre pairs : réduire les rebuts de peinture', 'Peer Challenge: Lackierausschuss senken', 'Peer challenge: cutting paint rejects', 'Peer challenge: minder lakafval') });
  corners.push(await insertPastEvent(q, ctx, { kind: 'business_corner', day: -150, attendees: range(3, 11, 3), title: t4('Business corner formation : tutorat et alternance', 'Business Corner Ausbildung: Mentoring und duale Ausbildung', 'Training business corner: mentoring and apprenticeships', 'Business corner opleiding: mentoring en duaal leren') }));
  await insertPastEvent(q, ctx, { kind: 'round_table', day: -110, joint: true, visibility: 'public', attendees: range(1, 16, 2), title: t4('Table ronde publique : donneurs d’ordre et sous-traitants du Rhin supérieur', 'Öffentlicher Runder Tisch: Auftraggeber und Zulieferer am Oberrhein', 'Public round table: clients and subcontractors of the Upper Rhine', 'Openbare rondetafel: opdrachtgevers en onderaannemers van de Boven-Rijn') });
  const committees: string[] = [];
  for (const [i, day] of [-335, -305, -275, -245, -215, -185, -155, -125, -95, -65].entries())
    committees.push(
      await insertPastEvent(q, ctx, {
        kind: 'committee',
        day,
        attendees: range(i % 4, 6, 7),
        title: t4(`Comité stratégique n° ${i + 1}`, `Strategieausschuss Nr. ${i + 1}`, `Strategic committee no. ${i + 1}`, `Strategisch comité nr. ${i + 1}`),
        decisions: [{ kind: 'decision', body: ['Adopter la feuille de route du club', 'Fixer le tarif club de la cabine de peinture', 'Lancer la taskforce data accelerator', 'Inviter les entreprises du Palatinat au comité'][i % 4]!, status: 'done' }, { kind: 'action', body: ['Préparer le bilan des business corners', 'Mettre à jour la convention de mise à disposition', 'Recenser les besoins de formation en peinture'][i % 3]!, dueInDays: 21, status: i < 8 ? 'done' : 'open' }],
      }),
    );
  // The events module's own Résilian events (corners and committees, past and coming) belong to the same actions.
  corners.push(...(await ids(q, `SELECT id FROM events WHERE network_id = $1 AND kind = 'business_corner' AND id <> ALL($2::uuid[]) ORDER BY starts_at`, [networkId, `{${corners.join(',')}}`])));
  committees.push(...(await ids(q, `SELECT id FROM events WHERE network_id = $1 AND kind = 'committee' AND id <> ALL($2::uuid[]) ORDER BY starts_at`, [networkId, `{${committees.join(',')}}`])));

  const booth = await insertTaskforce(
    q,
    networkId,
    {
      kind: 'taskforce',
      title: t4('Ouvrir la cabine de peinture aux membres', 'Die Lackierkabine für Mitglieder öffnen', 'Opening the paint booth to members', 'De spuitcabine openstellen voor leden'),
      goal: t4('Un tarif, des règles de sécurité et un planning partagé pour la cabine sous-utilisée.', 'Ein Tarif, Sicherheitsregeln und ein gemeinsamer Kalender für die wenig genutzte Kabine.', 'A price, safety rules and a shared calendar for the under-used booth.', 'Een tarief, veiligheidsregels en een gedeelde planning voor de onderbenutte cabine.'),
      startDay: -320,
      closeDay: -120,
      members: [...french.slice(0, 3), ...german.slice(0, 1)],
      deliverable: 'Convention de mise à disposition et tarif club',
      lessons: 'Fixer le tarif avant d’ouvrir le planning ; former les utilisateurs une fois pour toutes.',
    },
    now,
  );
  const accelerator = await insertTaskforce(
    q,
    networkId,
    {
      kind: 'taskforce',
      title: t4('Data accelerator partagé', 'Gemeinsamer Data Accelerator', 'Shared data accelerator', 'Gedeelde data-accelerator'),
      goal: t4('Mutualiser un data scientist et une plateforme entre groupes.', 'Einen Data Scientist und eine Plattform zwischen Unternehmen teilen.', 'Share a data scientist and a platform between groups.', 'Een datawetenschapper en een platform delen tussen groepen.'),
      startDay: -90,
      members: [...french.slice(3, 6), ...german.slice(1, 2)],
    },
    now,
  );
  const boothBookings = await ids(
    q,
    `SELECT b.id FROM resource_bookings b JOIN resources r ON r.id = b.resource_id JOIN resource_networks rn ON rn.resource_id = r.id
      WHERE rn.network_id = $1 AND r.kind = 'booth' AND b.kind = 'booking' ORDER BY b.starts_at`,
    [networkId],
  );

  const owner = (i: number) => french[i % Math.max(1, french.length)];
  const by = german[0] ?? members[0]!;
  // The club's axes, so the roadmap's axes stand for them (events and taskforces are tagged by tagDemoAxes).
  const axis = await insertAxes(q, networkId, demoAxes.resilian);
  await insertRoadmap(q, db, {
    networkId,
    now,
    adoptedDay: -340,
    note: 'Adoptée en comité stratégique après la consultation des membres.',
    title: t4('Feuille de route Résilian', 'Fahrplan Résilian', 'Résilian roadmap', 'Routekaart Résilian'),
    summary: t4('Mutualiser les moyens, partager les compétences, innover ensemble : ce que les industriels du club se sont fixé.', 'Mittel teilen, Kompetenzen austauschen, gemeinsam innovieren: was sich die Industriellen des Clubs vorgenommen haben.', 'Pool means, share skills, innovate together: what the club’s industrials set themselves.', 'Middelen delen, competenties uitwisselen, samen innoveren: wat de industriëlen van de club zich voornamen.'),
    axes: [
      {
        title: t4('Mutualisation des moyens', 'Gemeinsame Nutzung von Mitteln', 'Pooling of means', 'Middelen delen'),
        categoryId: axis[0],
        objectives: [
          {
            title: t4('Rentabiliser les équipements sous-utilisés', 'Wenig genutzte Anlagen auslasten', 'Make under-used equipment pay', 'Onderbenutte installaties rendabel maken'),
            actions: [
              { title: t4('Cadrer l’ouverture de la cabine de peinture', 'Die Öffnung der Lackierkabine regeln', 'Set the rules for opening the paint booth', 'De openstelling van de spuitcabine regelen'), owner: owner(0), target: { kind: 'taskforce', count: 1 }, links: { kind: 'taskforce', ids: [booth] } },
              {
                title: t4('Six réservations de la cabine par des membres', 'Sechs Buchungen der Kabine durch Mitglieder', 'Six bookings of the booth by members', 'Zes reserveringen van de cabine door leden'),
                owner: owner(1),
                dueDay: 60,
                target: { kind: 'booking', count: 6 },
                links: { kind: 'booking', ids: boothBookings },
                comments: [{ by, body: 'Wir hätten Interesse an Terminen im Frühjahr.' }],
                votes: [by, ...french.slice(0, 4)],
              },
            ],
          },
        ],
      },
      {
        title: t4('Compétences et RH', 'Kompetenzen und Personal', 'Skills and HR', 'Competenties en HR'),
        categoryId: axis[1],
        objectives: [
          {
            title: t4('Partager les bonnes pratiques', 'Gute Praxis teilen', 'Share good practice', 'Goede praktijken delen'),
            actions: [
              {
                title: t4('Cinq business corners par an', 'Fünf Business Corners pro Jahr', 'Five business corners a year', 'Vijf business corners per jaar'),
                owner: owner(2),
                dueDay: 25,
                target: { kind: 'event', eventKind: 'business_corner', count: 5 },
                links: { kind: 'event', ids: corners },
                comments: [{ by: owner(3)!, body: 'Proposer un corner sur la relation client–sous-traitant.' }],
                votes: [by, ...french.slice(2, 7)],
              },
              { title: t4('Visites croisées d’ateliers', 'Gegenseitige Werksbesuche', 'Cross visits of workshops', 'Wederzijdse werkplaatsbezoeken'), owner: owner(4), target: { kind: 'event', eventKind: 'company_visit', count: 3 }, links: { kind: 'event', ids: [visit] } },
            ],
          },
        ],
      },
      {
        title: t4('Innovation et numérique', 'Innovation und Digitalisierung', 'Innovation and digital', 'Innovatie en digitalisering'),
        categoryId: axis[2],
        objectives: [
          {
            title: t4('Accélérer par la donnée', 'Mit Daten schneller werden', 'Speed up with data', 'Versnellen met data'),
            actions: [
              { title: t4('Lancer le data accelerator partagé', 'Den gemeinsamen Data Accelerator starten', 'Launch the shared data accelerator', 'De gedeelde data-accelerator starten'), owner: owner(5), dueDay: 120, target: { kind: 'taskforce', count: 1 }, links: { kind: 'taskforce', ids: [accelerator] } },
              { title: t4('Deux challenges entre pairs', 'Zwei Peer Challenges', 'Two peer challenges', 'Twee peer challenges'), owner: owner(6), dueDay: -10, target: { kind: 'event', eventKind: 'workshop', count: 2 }, links: { kind: 'event', ids: [challenge] } },
            ],
          },
        ],
      },
      {
        title: t4('Gouvernance du club', 'Steuerung des Clubs', 'Running the club', 'Bestuur van de club'),
        objectives: [
          {
            title: t4('Un comité stratégique chaque mois', 'Jeden Monat ein Strategieausschuss', 'A strategic committee every month', 'Elke maand een strategisch comité'),
            actions: [{ title: t4('Douze comités stratégiques', 'Zwölf Strategieausschüsse', 'Twelve strategic committees', 'Twaalf strategische comités'), owner: owner(0), target: { kind: 'event', eventKind: 'committee', count: 12 }, links: { kind: 'event', ids: committees } }],
          },
        ],
      },
    ],
  });
}

const greAxes = [
  { slug: 'industries-futur', name: t4('Industries du futur', 'Industrie der Zukunft', 'Industries of the future', 'Industrie van de toekomst') },
  { slug: 'efficacite-energetique', name: t4('Efficacité énergétique', 'Energieeffizienz', 'Energy efficiency', 'Energie-efficiëntie') },
  { slug: 'territoires-intelligents', name: t4('Territoires intelligents', 'Intelligente Regionen', 'Smart territories', 'Slimme regio’s') },
  { slug: 'biotech-sante', name: t4('Biotech & santé', 'Biotech & Gesundheit', 'Biotech & health', 'Biotech & gezondheid') },
  { slug: 'ebusiness-logistique', name: t4('E-business & logistique', 'E-Business & Logistik', 'E-business & logistics', 'E-business & logistiek') },
  { slug: 'agroalimentaire', name: t4('Agroalimentaire', 'Lebensmittel', 'Agri-food', 'Agrovoeding') },
];

async function seedGreLiege(q: Sql, db: Db, networkId: string, now: number) {
  const categories = await insertAxes(q, networkId, greAxes);
  // Members on the axes their activity serves, by their NACE codes: activity per axis then has members behind it.
  const byNace: [number, string[]][] = [
    [5, ['C10', 'C11', 'A01']],
    [3, ['C21', 'C32.5', 'M72', 'Q']],
    [1, ['D', 'F43.2', 'M71']],
    [2, ['J']],
    [4, ['H', 'G47.91', 'N82']],
    [0, ['C']],
  ];
  for (const [axis, prefixes] of byNace)
    await q(
      `INSERT INTO organisation_categories (organisation_id, category_id)
       SELECT m.organisation_id, $2 FROM network_organisations m JOIN organisations o ON o.id = m.organisation_id
        WHERE m.network_id = $1 AND EXISTS (SELECT 1 FROM unnest(o.nace_codes) AS c(code) WHERE c.code LIKE ANY ($3::text[]))
          AND NOT EXISTS (SELECT 1 FROM organisation_categories oc WHERE oc.organisation_id = o.id AND oc.category_id = ANY ($4::uuid[]))
       ON CONFLICT DO NOTHING`,
      [networkId, categories[axis], `{${prefixes.map((p) => `${p}%`).join(',')}}`, `{${categories.join(',')}}`],
    );
  const members = await membersOf(q, 'gre-liege');
  const [agency] = await ids(q, `SELECT o.id FROM organisations o JOIN network_organisations m ON m.organisation_id = o.id WHERE m.network_id = $1 AND o.kind = 'agency' ORDER BY o.name LIMIT 1`, [networkId]);
  const ctx = { networkId, agency: agency ?? null, partner: null, members, now };
  const range = (from: number, count: number, step = 1) => Array.from({ length: count }, (_, i) => from + i * step);
  const tag = async (eventId: string, axis: number) => q('INSERT INTO event_categories (event_id, category_id) VALUES ($1, $2) ON CONFLICT DO NOTHING', [eventId, categories[axis]]);

  const twins = await insertPastEvent(q, ctx, { kind: 'workshop', day: -210, attendees: range(0, 14, 3), title: t4('Industrie 4.0 : premiers pas vers le jumeau numérique', 'Industrie 4.0: erste Schritte zum digitalen Zwilling', 'Industry 4.0: first steps to a digital twin', 'Industrie 4.0: eerste stappen naar een digitale tweeling') });
  await tag(twins, 0);
  const audit = await insertPastEvent(q, ctx, { kind: 'workshop', day: -130, attendees: range(1, 12, 4), title: t4('Audit énergétique partagé des PME', 'Gemeinsames Energieaudit für KMU', 'Shared energy audit for SMEs', 'Gedeelde energie-audit voor kmo’s') });
  await tag(audit, 1);
  const logistics = await insertPastEvent(q, ctx, { kind: 'round_table', day: -70, attendees: range(2, 10, 5), title: t4('Logistique urbaine du dernier kilomètre', 'Urbane Logistik der letzten Meile', 'Last-mile urban logistics', 'Stedelijke logistiek van de laatste kilometer') });
  await tag(logistics, 4);
  const lastTogether = await insertPastEvent(q, ctx, { kind: 'networking', day: -347, visibility: 'public', attendees: range(0, 40, 2), title: t4('LiègeTogether — édition précédente', 'LiègeTogether — letzte Ausgabe', 'LiègeTogether — previous edition', 'LiègeTogether — vorige editie') });
  for (const axis of [0, 1, 2, 3, 4, 5]) await tag(lastTogether, axis);
  const nextTogether = (await ids(q, `SELECT id FROM events WHERE network_id = $1 AND kind = 'networking' AND id <> $2 ORDER BY starts_at DESC LIMIT 1`, [networkId, lastTogether]))[0];

  // Sponsors of the two LiègeTogether evenings: packages, what was promised and what was delivered.
  const sponsorOrgs = members.slice(5, 9);
  const sponsor = async (eventId: string, m: Member | undefined, name: string, pkg: string, amount: number, reach: number | null, promises: [string, string, string][]) => {
    const [s] = await q<{ id: string }>(
      `INSERT INTO event_sponsors (event_id, organisation_id, name, package, amount_cents, reported_reach) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [eventId, m?.organisation ?? null, name, pkg, amount, reach],
    );
    for (const [i, [kind, detail, status]] of promises.entries())
      await q('INSERT INTO event_sponsor_promises (sponsor_id, kind, detail, status, position) VALUES ($1, $2, $3, $4, $5)', [s!.id, kind, detail, status, i]);
  };
  const orgName = async (m: Member | undefined) => (m ? ((await q<{ name: string }>('SELECT name FROM organisations WHERE id = $1', [m.organisation]))[0]?.name ?? '') : '');
  await sponsor(lastTogether, sponsorOrgs[0], await orgName(sponsorOrgs[0]), 'gold', 500000, 12000, [['logo', 'Logo sur l’affiche et l’écran d’accueil', 'delivered'], ['talk', 'Cinq minutes en ouverture', 'delivered'], ['stand', 'Stand 3 × 3 m', 'delivered']]);
  await sponsor(lastTogether, sponsorOrgs[1], await orgName(sponsorOrgs[1]), 'silver', 250000, 4000, [['logo', 'Logo sur l’affiche', 'delivered'], ['mention', 'Remerciement au micro', 'delivered']]);
  await sponsor(lastTogether, undefined, 'Ville de Liège', 'in_kind', 0, null, [['mention', 'Salle mise à disposition', 'delivered']]);
  if (nextTogether) {
    await sponsor(nextTogether, sponsorOrgs[0], await orgName(sponsorOrgs[0]), 'gold', 500000, null, [['logo', 'Logo sur l’affiche et l’écran d’accueil', 'delivered'], ['talk', 'Cinq minutes en ouverture', 'promised'], ['stand', 'Stand 3 × 3 m', 'promised']]);
    await sponsor(nextTogether, sponsorOrgs[2], await orgName(sponsorOrgs[2]), 'bronze', 100000, null, [['logo', 'Logo sur le site', 'promised']]);
  }

  const owner = (i: number) => members[(i * 7) % Math.max(1, members.length)];
  const workshops = await ids(q, `SELECT id FROM events WHERE network_id = $1 AND kind = 'workshop' ORDER BY starts_at`, [networkId]);
  await insertRoadmap(q, db, {
    networkId,
    now,
    adoptedDay: -250,
    note: 'Adoptée par le conseil d’administration.',
    title: t4('Feuille de route GRE-Liège — six axes', 'Fahrplan GRE-Liège — sechs Achsen', 'GRE-Liège roadmap — six axes', 'Routekaart GRE-Liège — zes assen'),
    summary: t4('Les actions du réseau sur ses six axes stratégiques, et l’image de la métropole.', 'Die Maßnahmen des Netzwerks auf seinen sechs strategischen Achsen und das Image der Metropole.', 'The network’s actions on its six strategic axes, and the metropolis’s image.', 'De acties van het netwerk op zijn zes strategische assen, en het imago van de metropool.'),
    axes: [
      { title: greAxes[0]!.name, categoryId: categories[0], objectives: [{ title: t4('Former aux technologies nouvelles', 'Zu neuen Technologien schulen', 'Train for new technologies', 'Opleiden in nieuwe technologieën'), actions: [{ title: t4('Trois ateliers industrie 4.0', 'Drei Workshops Industrie 4.0', 'Three Industry 4.0 workshops', 'Drie workshops industrie 4.0'), owner: owner(1), target: { kind: 'event', eventKind: 'workshop', count: 3 }, links: { kind: 'event', ids: workshops } }] }] },
      { title: greAxes[1]!.name, categoryId: categories[1], objectives: [{ title: t4('Réduire la facture des PME', 'Die Rechnung der KMU senken', 'Cut SMEs’ energy bills', 'De energiefactuur van kmo’s verlagen'), actions: [{ title: t4('Un audit énergétique partagé', 'Ein gemeinsames Energieaudit', 'A shared energy audit', 'Een gedeelde energie-audit'), owner: owner(2), target: { kind: 'event', count: 1 }, links: { kind: 'event', ids: [audit] } }] }] },
      { title: greAxes[4]!.name, categoryId: categories[4], objectives: [{ title: t4('Organiser le dernier kilomètre', 'Die letzte Meile organisieren', 'Organise the last mile', 'De laatste kilometer organiseren'), actions: [{ title: t4('Table ronde logistique urbaine', 'Runder Tisch urbane Logistik', 'Urban logistics round table', 'Rondetafel stedelijke logistiek'), owner: owner(3), target: { kind: 'event', count: 1 }, links: { kind: 'event', ids: [logistics] } }] }] },
      {
        title: t4('Image de la métropole', 'Image der Metropole', 'The metropolis’s image', 'Imago van de metropool'),
        objectives: [{ title: t4('Rassembler chaque année', 'Jedes Jahr zusammenkommen', 'Gather every year', 'Elk jaar samenkomen'), actions: [{ title: t4('Deux soirées LiègeTogether avec sponsors', 'Zwei LiègeTogether-Abende mit Sponsoren', 'Two LiègeTogether evenings with sponsors', 'Twee LiègeTogether-avonden met sponsors'), owner: owner(4), target: { kind: 'event', eventKind: 'networking', count: 2 }, links: { kind: 'event', ids: [lastTogether, ...(nextTogether ? [nextTogether] : [])] } }] }],
      },
    ],
  });
}
