import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import {
  networkOrganisations,
  networkRoles,
  organisations,
  postInterests,
  postMessages,
  postNetworks,
  posts,
  recruitmentNeeds,
  referralEvents,
  referrals,
  representatives,
  resources,
  routingRules,
  taskforceDeliverables,
  taskforceDocuments,
  taskforceMembers,
  taskforceMilestones,
  taskforceRecommendations,
  taskforces,
  trainingNeeds,
  users,
  type Locale,
  type NeedKind,
  type OrganisationKind,
  type PostKind,
  type Territory,
  type Translated,
} from '../../db/schema';
import { computeMatchCodes } from '../posts/create-post';
import { anonymous, loadActor } from '../policy/actor';
import { referNeed } from '../skills/referrals';
import { runnerOf } from '../skills/sql-runner';
import { seedStarterConcepts } from '../skills/starter-concepts';
import type { DemoNetworkSlug } from './demo-networks';

/** The address the demo's seeded e-mails link to (the default local server). */
const DEMO_BASE_URL = 'http://localhost:3000';

/**
 * Needs and offers, GANESH and taskforces in the demo territory (issue 7), written in the seeding transaction:
 * the employment and training operators with the agencies' routing rules (Forem, IFAPME, ADEM, France Travail,
 * Agentur für Arbeit), the Arlon welders already referred to Forem, a Luxembourg firm's German training need beside
 * a French training centre's offer, Résilian's problem that became a taskforce, a closed peer challenge, and a few
 * other posts. Deterministic: the same rows on every fresh installation (dates relative to the seeding day).
 */
export interface DemoNeedsLookup {
  networkId: (slug: DemoNetworkSlug) => string;
  organisation: (tag: string, nth: number) => { id: string; networkIds: string[] };
  user: (email: string) => string | undefined;
  passwordHash: string;
}

const TIG = 'skill:a51adea8-bf02-488a-a0d8-b0961caca5b0';
const LEAN = 'skill:82fea746-853f-4f1b-8ab7-55de8619cccd';
const DAY = 86_400_000;
const isoDay = (t: number) => new Date(t).toISOString().slice(0, 10);

interface DemoOrg {
  key: string;
  name: string;
  kind: OrganisationKind;
  country: 'BE' | 'LU' | 'FR' | 'DE';
  postcode: string;
  commune: string;
  latitude: number;
  longitude: number;
  nace: string[];
  description: Translated;
  networks: DemoNetworkSlug[];
  person: { email: string; name: string; locale: Locale; jobTitle: string; role: 'member' | 'partner' };
}

const demoOrganisations: DemoOrg[] = [
  {
    key: 'ifapme', name: 'IFAPME — Centre de Libramont', kind: 'training', country: 'BE', postcode: '6800', commune: 'Libramont-Chevigny', latitude: 49.92, longitude: 5.38, nace: ['P85.59'],
    description: { fr: 'Formation en alternance des PME wallonnes : apprentissage, chef d’entreprise, formation continue.', de: 'Duale Ausbildung für wallonische KMU: Lehre, Meisterkurse, Weiterbildung.' },
    networks: ['remalux', 'agences-grande-region'], person: { email: 'conseil.ifapme@maillage.demo', name: 'Benoît Lejeune', locale: 'fr', jobTitle: 'Délégué à la tutelle', role: 'partner' },
  },
  {
    key: 'adem', name: 'ADEM — Agence pour le développement de l’emploi', kind: 'employment', country: 'LU', postcode: 'L-1611', commune: 'Luxembourg', latitude: 49.6116, longitude: 6.1319, nace: ['O84.13'],
    description: { fr: 'Service public de l’emploi du Luxembourg : service employeurs, offres d’emploi, formation des demandeurs d’emploi.', de: 'Öffentliche Arbeitsverwaltung Luxemburgs: Arbeitgeberservice, Stellenangebote, Qualifizierung.' },
    networks: ['ess-grande-region', 'agences-grande-region'], person: { email: 'employeurs.adem@maillage.demo', name: 'Claude Weber', locale: 'de', jobTitle: 'Conseiller employeurs', role: 'partner' },
  },
  {
    key: 'france-travail', name: 'France Travail — Longwy', kind: 'employment', country: 'FR', postcode: '54400', commune: 'Longwy', latitude: 49.5197, longitude: 5.7617, nace: ['O84.13'],
    description: { fr: 'Agence France Travail du bassin de Longwy : recrutements, méthode de recrutement par simulation, formations.', en: 'France Travail office of the Longwy area: recruitment, simulation-based hiring, training.' },
    networks: ['ess-grande-region', 'agences-grande-region'], person: { email: 'entreprises.longwy@maillage.demo', name: 'Sandrine Marchal', locale: 'fr', jobTitle: 'Chargée de relation entreprises', role: 'partner' },
  },
  {
    key: 'agentur', name: 'Agentur für Arbeit Trier', kind: 'employment', country: 'DE', postcode: '54290', commune: 'Trier', latitude: 49.7499, longitude: 6.6371, nace: ['O84.13'],
    description: { de: 'Agentur für Arbeit Trier: Arbeitgeber-Service, Vermittlung, Förderung beruflicher Weiterbildung.', fr: 'Agence pour l’emploi de Trèves : service employeurs, placement, aide à la formation continue.' },
    networks: ['ess-grande-region', 'agences-grande-region'], person: { email: 'arbeitgeber.trier@maillage.demo', name: 'Stefan Krämer', locale: 'de', jobTitle: 'Arbeitgeberservice', role: 'partner' },
  },
  {
    key: 'campus', name: 'Campus des métiers du Pays-Haut', kind: 'training', country: 'FR', postcode: '54400', commune: 'Longwy', latitude: 49.5197, longitude: 5.7617, nace: ['P85.59'],
    description: { fr: 'Centre de formation aux métiers de l’industrie : soudage, chaudronnerie, maintenance, sessions pour les entreprises.', de: 'Ausbildungszentrum für Industrieberufe: Schweißen, Kesselbau, Instandhaltung, Kurse für Unternehmen.' },
    networks: ['ess-grande-region', 'agences-grande-region'], person: { email: 'formation.longwy@maillage.demo', name: 'Hervé Colin', locale: 'fr', jobTitle: 'Responsable formation continue', role: 'partner' },
  },
  {
    key: 'arlon-metal', name: 'Constructions métalliques d’Arlon', kind: 'company', country: 'BE', postcode: '6700', commune: 'Arlon', latitude: 49.6833, longitude: 5.8167, nace: ['C25.11'],
    description: { fr: 'Charpentes et structures métalliques, soudure TIG et semi-automatique, 45 salariés.', nl: 'Staalconstructies, TIG- en halfautomatisch lassen, 45 medewerkers.' },
    networks: ['remalux'], person: { email: 'rh.arlon@maillage.demo', name: 'Sophie Lambert', locale: 'fr', jobTitle: 'Responsable des ressources humaines', role: 'member' },
  },
  {
    key: 'minett', name: 'Stahlbau Minett', kind: 'company', country: 'LU', postcode: 'L-4002', commune: 'Esch-sur-Alzette', latitude: 49.4958, longitude: 5.9806, nace: ['C25.11'],
    description: { de: 'Stahlbau und Montage im Süden Luxemburgs, 60 Beschäftigte.', fr: 'Construction métallique et montage dans le sud du Luxembourg, 60 salariés.' },
    networks: ['ess-grande-region'], person: { email: 'personal.minett@maillage.demo', name: 'Jutta Schmit', locale: 'de', jobTitle: 'Personalleiterin', role: 'member' },
  },
];

/** The people of this demo worth signing in as, printed at start with the other demo logins (README lists them too). */
export const needsDemoLogins: readonly { email: string; description: string }[] = [
  { email: 'rh.arlon@maillage.demo', description: 'HR manager of a metalworks in Arlon (REMALUX): recruitment needs referred to Forem' },
  { email: 'personal.minett@maillage.demo', description: 'HR manager of a Luxembourg steel builder (Cluster ESS), interface in German' },
  { email: 'formation.longwy@maillage.demo', description: 'Training manager of a French training centre (Cluster ESS): the welding course, the anonymised demand' },
];

/** Routing rules of the agencies' networks: who receives which need, where. */
const demoRules: { network: DemoNetworkSlug; needKind: NeedKind; territory: Territory; prefixes?: string[]; operator: string }[] = [
  { network: 'remalux', needKind: 'recruitment', territory: 'BE-WAL', operator: 'forem' },
  { network: 'remalux', needKind: 'apprenticeship', territory: 'BE-WAL', operator: 'ifapme' },
  { network: 'remalux', needKind: 'training', territory: 'BE-WAL', operator: 'ifapme' },
  { network: 'remalux', needKind: 'recruitment', territory: 'LU', operator: 'adem' },
  ...(['ess-grande-region', 'agences-grande-region'] as const).flatMap((network) => [
    { network, needKind: 'recruitment' as const, territory: 'LU' as const, operator: 'adem' },
    { network, needKind: 'training' as const, territory: 'LU' as const, operator: 'adem' },
    { network, needKind: 'recruitment' as const, territory: 'FR-GES' as const, operator: 'france-travail' },
    { network, needKind: 'recruitment' as const, territory: 'DE' as const, prefixes: ['54'], operator: 'agentur' },
    { network, needKind: 'recruitment' as const, territory: 'BE-WAL' as const, operator: 'forem' },
  ]),
];

export async function seedDemoNeeds(db: Db, lookup: DemoNeedsLookup, now = Date.now()): Promise<number> {
  await seedStarterConcepts(runnerOf(db));
  const orgIds = new Map<string, string>();
  const personIds = new Map<string, string>();
  // Forem: the employment service the demo partner already represents takes its real name.
  const forem = lookup.organisation('operator-be-lux', 0).id;
  await db.update(organisations).set({ name: 'Le Forem — Direction régionale de Luxembourg', legalName: 'Office wallon de la formation professionnelle et de l’emploi' }).where(eq(organisations.id, forem));
  orgIds.set('forem', forem);
  for (const o of demoOrganisations) {
    const id = randomUUID();
    orgIds.set(o.key, id);
    await db.insert(organisations).values({
      id, name: o.name, kind: o.kind, country: o.country, postcode: o.postcode, commune: o.commune, latitude: o.latitude, longitude: o.longitude,
      naceCodes: o.nace, description: o.description, visibility: 'public', publicConsent: o.kind !== 'company',
      ...(o.kind === 'company' ? { visibility: 'network' as const } : {}),
    });
    await db.insert(networkOrganisations).values(o.networks.map((n) => ({ networkId: lookup.networkId(n), organisationId: id })));
    const userId = randomUUID();
    personIds.set(o.person.email, userId);
    await db.insert(users).values({ id: userId, email: o.person.email, name: o.person.name, locale: o.person.locale, passwordHash: lookup.passwordHash });
    await db.insert(networkRoles).values(o.networks.map((n) => ({ networkId: lookup.networkId(n), userId, role: o.person.role })));
    await db.insert(representatives).values({ userId, organisationId: id, jobTitle: o.person.jobTitle });
  }
  const org = (key: string) => orgIds.get(key)!;
  const person = (email: string) => personIds.get(email) ?? lookup.user(email) ?? null;
  const coordinator = lookup.user('coord.remalux@maillage.demo') ?? null;

  for (const r of demoRules)
    await db.insert(routingRules).values({
      networkId: lookup.networkId(r.network), needKind: r.needKind, territory: r.territory, postcodePrefixes: r.prefixes ?? [],
      operatorOrganisationId: org(r.operator), createdBy: coordinator,
    });

  const addPost = async (p: {
    organisation: string; networks: DemoNetworkSlug[]; kind: PostKind; title: Translated; body: Translated; occupations?: string[]; skills?: string[];
    nace?: string[]; by?: string | null; status?: 'open' | 'in_discussion'; daysAgo: number; details?: Record<string, unknown>; resourceId?: string | null;
  }) => {
    const [o] = await db.select().from(organisations).where(eq(organisations.id, p.organisation));
    const codes = { naceCodes: p.nace ?? [], occupationCodes: p.occupations ?? [], skillCodes: p.skills ?? [] };
    const [row] = await db
      .insert(posts)
      .values({
        organisationId: p.organisation, kind: p.kind, title: p.title, body: p.body, ...codes, matchCodes: await computeMatchCodes(db, codes, p.kind),
        country: o!.country, postcode: o!.postcode, commune: o!.commune, latitude: o!.latitude, longitude: o!.longitude,
        expiresOn: isoDay(now + 120 * DAY), status: p.status ?? 'open', createdBy: p.by ?? null, details: p.details ?? {}, resourceId: p.resourceId ?? null,
        createdAt: new Date(now - p.daysAgo * DAY), updatedAt: new Date(now - p.daysAgo * DAY),
      })
      .returning();
    await db.insert(postNetworks).values(p.networks.map((n) => ({ postId: row!.id, networkId: lookup.networkId(n) })));
    return row!;
  };

  // The Arlon welders, already with Forem.
  const welders = await addPost({
    organisation: org('arlon-metal'), networks: ['remalux'], kind: 'recruitment', status: 'in_discussion', daysAgo: 9, by: person('rh.arlon@maillage.demo'),
    title: { fr: 'Deux soudeurs pour la ligne de charpente' }, body: { fr: 'Soudure semi-automatique et TIG sur acier, lecture de plans, horaire de jour. Démarrage dès que possible.' },
    occupations: ['esco:7212.3'], skills: [TIG], nace: ['C25.11'],
  });
  await db.insert(recruitmentNeeds).values({ postId: welders.id, occupationCode: 'esco:7212.3', headcount: 2, contract: 'permanent', urgency: 'high', startOn: isoDay(now + 30 * DAY) });
  const [rule] = await db.select().from(routingRules).where(and(eq(routingRules.networkId, lookup.networkId('remalux')), eq(routingRules.needKind, 'recruitment'), eq(routingRules.territory, 'BE-WAL')));
  const [referral] = await db
    .insert(referrals)
    .values({ postId: welders.id, networkId: lookup.networkId('remalux'), ruleId: rule!.id, operatorOrganisationId: forem, status: 'acknowledged', dueAt: new Date(now + 6 * DAY), createdAt: new Date(now - 9 * DAY) })
    .returning();
  await db.insert(referralEvents).values([
    { referralId: referral!.id, status: 'sent', note: 'rule', at: new Date(now - 9 * DAY) },
    { referralId: referral!.id, status: 'acknowledged', note: 'Deux profils en fin de formation au centre de compétence.', byUserId: lookup.user('partenaire@maillage.demo') ?? null, at: new Date(now - 8 * DAY) },
  ]);

  // A Luxembourg firm's training need in German, and a French training centre's welding course.
  const minettNeed = await addPost({
    organisation: org('minett'), networks: ['ess-grande-region'], kind: 'training_need', daysAgo: 5, by: person('personal.minett@maillage.demo'),
    title: { de: 'Weiterbildung WIG-Schweißen für vier Monteure' }, body: { de: 'Vier Monteure sollen im Herbst das WIG-Schweißen an Edelstahl lernen, gern in unserer Werkstatt in Esch.' },
    occupations: ['esco:7212.3'], skills: [TIG],
  });
  await db.insert(trainingNeeds).values({ postId: minettNeed.id, topic: 'WIG-Schweißen an Edelstahl', headcount: 4, periodStart: isoDay(now + 60 * DAY), periodEnd: isoDay(now + 120 * DAY), format: 'on_site' });
  await addPost({
    organisation: org('campus'), networks: ['ess-grande-region', 'agences-grande-region'], kind: 'training_offer', daysAgo: 20, by: person('formation.longwy@maillage.demo'),
    title: { fr: 'Formation soudeur TIG — sessions pour les entreprises' }, body: { fr: 'Douze semaines en alternance ou modules courts dans vos ateliers, qualification selon la norme EN ISO 9606. Salariés luxembourgeois bienvenus.' },
    occupations: ['rome:H2916'], skills: [TIG],
  });

  // Résilian: the paint booth on offer, a problem that became a taskforce, a peer challenge closed with its lessons.
  const plant = lookup.organisation('resilian-plant', 0);
  const [booth] = await db.select({ id: resources.id }).from(resources).where(and(eq(resources.ownerOrganisationId, plant.id), eq(resources.kind, 'booth'))).limit(1);
  await addPost({
    organisation: plant.id, networks: ['resilian'], kind: 'capacity_offer', daysAgo: 30, nace: ['C25.51'], resourceId: booth?.id ?? null,
    title: { fr: 'Cabine de peinture grandes pièces disponible' }, body: { fr: 'Notre cabine de 30 m n’est utilisée qu’à 40 % : créneaux ouverts aux membres du club, avec four de cuisson.' },
  });
  const problemOwner = lookup.organisation('resilian-plant', 4);
  const problem = await addPost({
    organisation: problemOwner.id, networks: ['resilian'], kind: 'problem', status: 'in_discussion', daysAgo: 40, skills: [LEAN],
    title: { fr: 'Changements de série trop longs sur les lignes d’assemblage' }, body: { fr: 'Nos changements de série prennent plus de deux heures et génèrent des rebuts. Qui a mené un chantier SMED et accepterait de partager sa méthode ?' },
  });
  const volunteers = [lookup.organisation('resilian-plant', 5).id, lookup.organisation('resilian-sme', 0).id];
  const repOf = async (organisationId: string) =>
    (await db.select({ id: representatives.userId }).from(representatives).where(eq(representatives.organisationId, organisationId)).orderBy(representatives.userId).limit(1))[0]?.id ?? null;
  for (const [i, v] of volunteers.entries()) {
    const [interest] = await db
      .insert(postInterests)
      .values({ postId: problem.id, organisationId: v, createdBy: await repOf(v), createdAt: new Date(now - (35 - i) * DAY) })
      .returning();
    await db.insert(postMessages).values({
      interestId: interest!.id, authorUserId: await repOf(v), authorOrganisationId: v,
      body: i === 0 ? 'Nous avons divisé nos temps de changement par trois avec un chantier SMED l’an dernier : volontiers.' : 'Nous avons le même souci sur nos petites séries, nous voulons en être.',
      createdAt: new Date(now - (35 - i) * DAY),
    });
  }
  const resilian = lookup.networkId('resilian');
  const coordResilian = lookup.user('coord.resilian@maillage.demo') ?? null;
  const lead = await repOf(volunteers[0]!);
  const [taskforce] = await db
    .insert(taskforces)
    .values({
      networkId: resilian, kind: 'taskforce', problemPostId: problem.id, title: { fr: 'Chantier SMED partagé : changements de série en moins d’une heure' }, goal: problem.body,
      leadUserId: lead, leadOrganisationId: volunteers[0]!, startsOn: isoDay(now - 30 * DAY), dueOn: isoDay(now + 90 * DAY), createdBy: coordResilian, createdAt: new Date(now - 30 * DAY),
    })
    .returning();
  const memberRows = [
    { userId: lead, organisationId: volunteers[0]!, role: 'lead' as const },
    { userId: await repOf(volunteers[1]!), organisationId: volunteers[1]!, role: 'member' as const },
    { userId: await repOf(problemOwner.id), organisationId: problemOwner.id, role: 'member' as const },
  ].filter((m): m is { userId: string; organisationId: string; role: 'lead' | 'member' } => !!m.userId);
  await db.insert(taskforceMembers).values(memberRows.map((m) => ({ ...m, taskforceId: taskforce!.id })));
  await db.insert(taskforceMilestones).values([
    { taskforceId: taskforce!.id, title: 'Filmer et chronométrer trois changements de série', dueOn: isoDay(now - 10 * DAY), doneAt: new Date(now - 12 * DAY), position: 0 },
    { taskforceId: taskforce!.id, title: 'Atelier SMED croisé chez le pilote', dueOn: isoDay(now + 20 * DAY), position: 1 },
    { taskforceId: taskforce!.id, title: 'Mesure des gains après trois mois', dueOn: isoDay(now + 85 * DAY), position: 2 },
  ]);
  await db.insert(taskforceDeliverables).values({ taskforceId: taskforce!.id, title: 'Guide SMED du club', description: 'Méthode, standards de changement, exemples filmés.', dueOn: isoDay(now + 90 * DAY), status: 'in_progress' });
  await db.insert(taskforceDocuments).values({ taskforceId: taskforce!.id, title: 'Relevé des temps de changement', url: 'https://partage.resilian.demo/smed/releve-temps', addedBy: lead });

  const host = lookup.organisation('resilian-plant', 2);
  const hostRep = await repOf(host.id);
  const [challenge] = await db
    .insert(taskforces)
    .values({
      networkId: resilian, kind: 'peer_challenge', title: { fr: 'Défi entre pairs : le flux entre peinture et montage' }, goal: { fr: 'Douze directeurs de site challengent l’organisation du flux entre la cabine de peinture et le montage.' },
      hostOrganisationId: host.id, leadUserId: hostRep, leadOrganisationId: host.id, sessionAt: new Date(now - 60 * DAY), visibility: 'network', status: 'closed',
      closureSummary: 'Deux recommandations adoptées, l’en-cours entre peinture et montage réduit de moitié trois mois après.',
      lessonsLearned: 'Venir voir le flux sur place vaut mieux que dix présentations ; une séance de trois heures suffit si la question est précise.',
      closedAt: new Date(now - 20 * DAY), closedBy: coordResilian, createdBy: coordResilian, createdAt: new Date(now - 75 * DAY),
    })
    .returning();
  const challengers = [lookup.organisation('resilian-plant', 6).id, lookup.organisation('resilian-plant', 7).id];
  const challengerRows: { userId: string | null; organisationId: string; role: 'host' | 'challenger' }[] = [{ userId: hostRep, organisationId: host.id, role: 'host' }];
  for (const c of challengers) challengerRows.push({ userId: await repOf(c), organisationId: c, role: 'challenger' });
  await db.insert(taskforceMembers).values(challengerRows.filter((m) => !!m.userId).map((m) => ({ ...m, userId: m.userId!, taskforceId: challenge!.id })));
  await db.insert(taskforceRecommendations).values([
    { taskforceId: challenge!.id, body: 'Regrouper les teintes par campagnes hebdomadaires', authorOrganisationId: challengers[0]!, status: 'done', position: 0 },
    { taskforceId: challenge!.id, body: 'Kanban de deux chariots entre peinture et montage', authorOrganisationId: challengers[1]!, status: 'adopted', position: 1 },
    { taskforceId: challenge!.id, body: 'Second four de cuisson', authorOrganisationId: challengers[0]!, status: 'declined', position: 2 },
  ]);

  // A few more, so each network's list shows the range of kinds.
  await addPost({
    organisation: lookup.organisation('ess-lu', 0).id, networks: ['ess-grande-region'], kind: 'purchase_request', daysAgo: 12, nace: ['A01.13'],
    title: { fr: 'Légumes de saison pour notre restaurant solidaire' }, body: { fr: 'Environ 400 kg par mois, livrés à Luxembourg-ville, de préférence par une structure de l’ESS en circuit court.' },
    details: { volume: '400 kg par mois', criteria: ['sse_supplier', 'short_circuit', 'local_supplier'], deadline: isoDay(now + 30 * DAY) },
  });
  await addPost({
    organisation: lookup.organisation('remalux-wood', 1).id, networks: ['remalux'], kind: 'subcontracting_sought', daysAgo: 15, nace: ['C16.23'],
    title: { fr: 'Sous-traitant pour la préfabrication de murs à ossature bois' }, body: { fr: 'Pour une série de 20 maisons passives, nous cherchons un atelier capable de préfabriquer murs et planchers.' },
  });
  await addPost({
    organisation: lookup.organisation('remalux-food', 2).id, networks: ['remalux'], kind: 'training_need', daysAgo: 7, skills: ['skill:5ba1d5b9-3f8d-46ca-bf9f-2e9ca65d1350'],
    title: { fr: 'Formation HACCP pour six personnes de production' }, body: { fr: 'Mise à niveau de l’équipe avant l’audit de l’automne.' },
  }).then((p) => db.insert(trainingNeeds).values({ postId: p.id, topic: 'Hygiène alimentaire HACCP', headcount: 6, format: 'on_site' }));
  // GANESH demand: food firms of REMALUX share the HACCP need and several firms seek forklift drivers, so that the
  // anonymised demand (three firms at least behind a figure) and a collective training proposal have something to show.
  const haccp: [number, string, number][] = [[3, 'Recyclage HACCP pour l’équipe de nuit', 4], [4, 'HACCP : former les nouveaux opérateurs', 3]];
  for (const [i, title, headcount] of haccp)
    await addPost({
      organisation: lookup.organisation('remalux-food', i).id, networks: ['remalux'], kind: 'training_need', daysAgo: 10 + i, skills: ['skill:5ba1d5b9-3f8d-46ca-bf9f-2e9ca65d1350'],
      title: { fr: title }, body: { fr: 'Avant l’audit de certification, en petits groupes sur notre site.' },
    }).then((p) => db.insert(trainingNeeds).values({ postId: p.id, topic: 'Hygiène alimentaire HACCP', headcount, format: 'on_site', periodStart: isoDay(now + 45 * DAY), periodEnd: isoDay(now + 90 * DAY) }));
  const router = coordinator ? await loadActor(db, coordinator) : anonymous;
  const forklift: [string, number, number][] = [['remalux-food', 5, 2], ['remalux-wood', 3, 1], ['remalux-wood', 4, 2]];
  for (const [cohort, i, headcount] of forklift)
    await addPost({
      organisation: lookup.organisation(cohort, i).id, networks: ['remalux'], kind: 'recruitment', daysAgo: 4 + i, occupations: ['esco:8344.1'],
      title: { fr: headcount > 1 ? `${headcount} caristes pour l’entrepôt` : 'Un cariste pour le parc à bois' }, body: { fr: 'Permis cariste souhaité, horaire en équipes.' },
    }).then(async (p) => {
      await db.insert(recruitmentNeeds).values({ postId: p.id, occupationCode: 'esco:8344.1', headcount, contract: 'permanent', urgency: 'normal' });
      // Routed by the network's rules, as when a firm posts the need: each gets its operator referral.
      await referNeed({ db, actor: router, post: p, networkIds: [lookup.networkId('remalux')], need: { kind: 'recruitment', country: p.country, postcode: p.postcode }, baseUrl: DEMO_BASE_URL });
    });
  const [count] = await db.select({ n: sql<number>`count(*)::int` }).from(posts);
  return count?.n ?? 0;
}
