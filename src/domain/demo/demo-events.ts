import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/client';
import {
  eventActivities,
  eventActivitySignups,
  eventDecisions,
  eventFeedback,
  eventMinutes,
  eventRegistrations,
  events,
  type EventKind,
  type EventQuestion,
  type Translated,
} from '../../db/schema';
import { zonedTimeToUtc } from '../calendar/time-zones';
import { newCheckInCode } from '../events/registrations';
import type { DemoTerritory } from './build-demo-territory';
import type { DemoNetworkSlug } from './demo-networks';

/**
 * The demo's events: a few per reference network, upcoming and past, so each scenario of PRODUCT.md shows —
 * the Food Club's conference, Résilian's business corners and strategic committee with its minutes, GRE-Liège's
 * networking evening, and the Cluster ESS Grande Région's business convention on responsible purchasing (whose
 * convention data the convention module adds). Dates are relative to the day of seeding, so there is always
 * something to come; everything else is fixed.
 */
export interface DemoEventPlan {
  key: string;
  network: DemoNetworkSlug;
  kind: EventKind;
  title: Required<Translated>;
  description: Required<Translated>;
  venue: string;
  address: string;
  postcode: string;
  commune: string;
  country: 'BE' | 'LU' | 'FR' | 'DE';
  latitude: number;
  longitude: number;
  timeZone: string;
  /** Days from the seeding day, and the local start and end times. */
  day: number;
  start: [number, number];
  end: [number, number];
  capacity: number | null;
  visibility: 'public' | 'network';
  questions?: EventQuestion[];
  /** Fixed demo accounts registered, by e-mail. */
  fixedRegistrants: string[];
  /** How many other people of the network register (the first ones with a member or partner role). */
  otherRegistrants: number;
  activities?: { kind: 'round_table' | 'workshop'; title: Required<Translated>; start: [number, number]; end: [number, number]; capacity: number; room: string }[];
  minutes?: string;
  decisions?: { kind: 'decision' | 'action'; body: string; ownerEmail?: string; dueInDays?: number; status?: 'open' | 'done' }[];
}

const dietQuestion: EventQuestion = {
  id: 'diet',
  kind: 'choice',
  label: { fr: 'Repas', de: 'Essen', en: 'Meal', nl: 'Maaltijd' },
  options: [
    { id: 'any', label: { fr: 'Sans restriction', de: 'Ohne Einschränkung', en: 'No restriction', nl: 'Geen beperking' } },
    { id: 'veg', label: { fr: 'Végétarien', de: 'Vegetarisch', en: 'Vegetarian', nl: 'Vegetarisch' } },
    { id: 'none', label: { fr: 'Je ne mange pas sur place', de: 'Ich esse nicht vor Ort', en: 'Not eating there', nl: 'Ik eet niet ter plaatse' } },
  ],
  required: true,
};

const conventionRole: EventQuestion = {
  id: 'role',
  kind: 'choice',
  label: { fr: 'Vous venez comme', de: 'Sie kommen als', en: 'You come as', nl: 'U komt als' },
  options: [
    { id: 'buyer', label: { fr: 'Acheteur', de: 'Einkäufer', en: 'Buyer', nl: 'Aankoper' } },
    { id: 'supplier', label: { fr: 'Fournisseur ESS', de: 'SSW-Lieferant', en: 'SSE supplier', nl: 'SSE-leverancier' } },
    { id: 'subcontractor', label: { fr: 'Sous-traitant', de: 'Zulieferer', en: 'Subcontractor', nl: 'Onderaannemer' } },
    { id: 'other', label: { fr: 'Autre', de: 'Sonstiges', en: 'Other', nl: 'Andere' } },
  ],
  required: true,
};

export const RESPONSIBLE_PURCHASING_CONVENTION = 'ess-responsible-purchasing';

export const demoEventPlans: readonly DemoEventPlan[] = [
  {
    key: 'remalux-food-club',
    network: 'remalux',
    kind: 'conference',
    title: {
      fr: 'Food Club : emballages, réemploi et nouvelle réglementation',
      de: 'Food Club: Verpackung, Wiederverwendung und neue Vorschriften',
      en: 'Food Club: packaging, reuse and the new regulation',
      nl: 'Food Club: verpakking, hergebruik en de nieuwe regelgeving',
    },
    description: {
      fr: 'Conférence du Food Club sur un enjeu partagé par les entreprises agroalimentaires de la province : le règlement européen sur les emballages. Témoignages de deux PME, puis échanges autour d’un buffet de produits locaux.',
      de: 'Konferenz des Food Club zu einer gemeinsamen Herausforderung der Lebensmittelunternehmen der Provinz: die EU-Verpackungsverordnung. Erfahrungsberichte zweier KMU, danach Austausch bei einem Buffet mit regionalen Produkten.',
      en: 'A Food Club conference on an issue shared by the province’s food companies: the EU packaging regulation. Two SMEs share their experience, then discussion over a buffet of local products.',
      nl: 'Conferentie van de Food Club over een gedeelde uitdaging van de voedingsbedrijven in de provincie: de Europese verpakkingsverordening. Getuigenissen van twee kmo’s, daarna uitwisseling bij een buffet met lokale producten.',
    },
    venue: 'Halle aux foires',
    address: 'Rue des Aubépines 50',
    postcode: '6800',
    commune: 'Libramont-Chevigny',
    country: 'BE',
    latitude: 49.9196,
    longitude: 5.3806,
    timeZone: 'Europe/Brussels',
    day: 12,
    start: [14, 0],
    end: [17, 30],
    capacity: 80,
    visibility: 'public',
    questions: [dietQuestion],
    fixedRegistrants: ['membre@maillage.demo', 'partenaire@maillage.demo'],
    otherRegistrants: 24,
  },
  {
    key: 'remalux-sawmill-visit',
    network: 'remalux',
    kind: 'company_visit',
    title: {
      fr: 'Bois Wallon, Ensemble : visite d’une scierie et de son séchoir',
      de: 'Bois Wallon, Ensemble: Besichtigung eines Sägewerks und seiner Trockenkammer',
      en: 'Bois Wallon, Ensemble: visit of a sawmill and its drying kiln',
      nl: 'Bois Wallon, Ensemble: bezoek aan een zagerij en haar droogkamer',
    },
    description: {
      fr: 'Visite guidée, puis discussion sur le séchage mutualisé entre scieries de la filière.',
      de: 'Führung, danach Gespräch über gemeinsame Holztrocknung unter den Sägewerken der Branche.',
      en: 'Guided tour, then a discussion on shared drying between the sector’s sawmills.',
      nl: 'Rondleiding, daarna gesprek over gedeeld drogen tussen de zagerijen van de sector.',
    },
    venue: 'Scierie du Haut-Pays',
    address: 'Zoning artisanal 4',
    postcode: '6880',
    commune: 'Bertrix',
    country: 'BE',
    latitude: 49.8549,
    longitude: 5.2531,
    timeZone: 'Europe/Brussels',
    day: 26,
    start: [9, 30],
    end: [12, 0],
    capacity: 15,
    visibility: 'network',
    fixedRegistrants: [],
    otherRegistrants: 15,
  },
  {
    key: 'remalux-biotech-brainstorming',
    network: 'remalux',
    kind: 'brainstorming',
    title: {
      fr: 'Biotech/medtech : brainstorming sur les plateformes partagées de Novalis',
      de: 'Biotech/Medtech: Brainstorming zu den gemeinsamen Plattformen von Novalis',
      en: 'Biotech/medtech: brainstorming on Novalis’s shared platforms',
      nl: 'Biotech/medtech: brainstorming over de gedeelde platformen van Novalis',
    },
    description: {
      fr: 'Quels équipements partager au parc scientifique ? Séance d’idéation avec les entreprises de l’écosystème.',
      de: 'Welche Geräte im Wissenschaftspark teilen? Ideenworkshop mit den Unternehmen des Ökosystems.',
      en: 'Which equipment to share at the science park? An ideation session with the ecosystem’s companies.',
      nl: 'Welke uitrusting delen in het wetenschapspark? Ideeënsessie met de bedrijven van het ecosysteem.',
    },
    venue: 'Novalis Science Park',
    address: 'Rue Comte d’Yve',
    postcode: '6900',
    commune: 'Marche-en-Famenne',
    country: 'BE',
    latitude: 50.2268,
    longitude: 5.3442,
    timeZone: 'Europe/Brussels',
    day: -20,
    start: [9, 0],
    end: [12, 0],
    capacity: 25,
    visibility: 'network',
    fixedRegistrants: [],
    otherRegistrants: 14,
    minutes:
      'Présents : 12 entreprises de l’écosystème biotech/medtech.\n\nTrois pistes retenues : salle blanche partagée, cryoconservation mutualisée, achat groupé de consommables.',
    decisions: [{ kind: 'action', body: 'Chiffrer le partage de la salle blanche avec deux entreprises volontaires', dueInDays: 10 }],
  },
  {
    key: 'gre-liege-together',
    network: 'gre-liege',
    kind: 'networking',
    title: {
      fr: 'LiègeTogether : soirée réseau des entreprises de la métropole',
      de: 'LiègeTogether: Netzwerkabend der Unternehmen der Metropole',
      en: 'LiègeTogether: networking evening of the metropolis’s companies',
      nl: 'LiègeTogether: netwerkavond van de bedrijven van de metropool',
    },
    description: {
      fr: 'La soirée annuelle de GRE-Liège avec ses sponsors : présentation des réalisations sur les six axes, puis networking.',
      de: 'Der jährliche Abend von GRE-Liège mit seinen Sponsoren: Ergebnisse der sechs Achsen, danach Networking.',
      en: 'GRE-Liège’s annual evening with its sponsors: achievements on the six axes, then networking.',
      nl: 'De jaarlijkse avond van GRE-Liège met zijn sponsors: resultaten op de zes assen, daarna netwerken.',
    },
    venue: 'Cité Miroir',
    address: 'Place Xavier Neujean 22',
    postcode: '4000',
    commune: 'Liège',
    country: 'BE',
    latitude: 50.6412,
    longitude: 5.5683,
    timeZone: 'Europe/Brussels',
    day: 18,
    start: [18, 30],
    end: [22, 0],
    capacity: 150,
    visibility: 'public',
    fixedRegistrants: [],
    otherRegistrants: 30,
  },
  {
    key: 'gre-liege-digital-twins',
    network: 'gre-liege',
    kind: 'workshop',
    title: {
      fr: 'Industries du futur : atelier jumeaux numériques',
      de: 'Industrie der Zukunft: Workshop digitale Zwillinge',
      en: 'Industries of the future: digital twins workshop',
      nl: 'Industrie van de toekomst: workshop digitale tweelingen',
    },
    description: {
      fr: 'Atelier pratique avec un centre de recherche : modéliser une ligne de production.',
      de: 'Praxisworkshop mit einem Forschungszentrum: eine Fertigungslinie modellieren.',
      en: 'Hands-on workshop with a research centre: modelling a production line.',
      nl: 'Praktijkworkshop met een onderzoekscentrum: een productielijn modelleren.',
    },
    venue: 'Liège Science Park',
    address: 'Avenue Pré-Aily',
    postcode: '4031',
    commune: 'Angleur',
    country: 'BE',
    latitude: 50.5866,
    longitude: 5.5665,
    timeZone: 'Europe/Brussels',
    day: 33,
    start: [9, 0],
    end: [16, 0],
    capacity: 20,
    visibility: 'network',
    fixedRegistrants: [],
    otherRegistrants: 8,
  },
  {
    key: 'resilian-lean-corner',
    network: 'resilian',
    kind: 'business_corner',
    title: {
      fr: 'Business corner lean : réduire les temps de changement en peinture',
      de: 'Business Corner Lean: Rüstzeiten in der Lackiererei verkürzen',
      en: 'Lean business corner: cutting changeover times in painting',
      nl: 'Business corner lean: omsteltijden in de spuiterij verkorten',
    },
    description: {
      fr: 'Retour d’expérience SMED sur la cabine de peinture partagée, puis tour de table des industriels.',
      de: 'SMED-Erfahrungsbericht zur gemeinsam genutzten Lackierkabine, danach Runde der Industriellen.',
      en: 'SMED experience on the shared paint booth, then a round of the industrials.',
      nl: 'SMED-ervaring met de gedeelde spuitcabine, daarna een rondvraag bij de industriëlen.',
    },
    venue: 'Résilian — salle du club',
    address: 'Rue de l’Industrie 12',
    postcode: '67500',
    commune: 'Haguenau',
    country: 'FR',
    latitude: 48.8156,
    longitude: 7.7906,
    timeZone: 'Europe/Paris',
    day: 9,
    start: [8, 30],
    end: [11, 0],
    capacity: 20,
    visibility: 'network',
    fixedRegistrants: ['membre@maillage.demo'],
    otherRegistrants: 12,
  },
  {
    key: 'resilian-committee-next',
    network: 'resilian',
    kind: 'committee',
    title: {
      fr: 'Comité stratégique mensuel',
      de: 'Monatlicher Strategieausschuss',
      en: 'Monthly strategic committee',
      nl: 'Maandelijks strategisch comité',
    },
    description: {
      fr: 'Ordre du jour : avancement des taskforces, feuille de route, challenge entre pairs du trimestre.',
      de: 'Tagesordnung: Stand der Taskforces, Fahrplan, Peer Challenge des Quartals.',
      en: 'Agenda: taskforce progress, roadmap, this quarter’s peer challenge.',
      nl: 'Agenda: voortgang van de taskforces, routekaart, peer challenge van het kwartaal.',
    },
    venue: 'Résilian — salle du club',
    address: 'Rue de l’Industrie 12',
    postcode: '67500',
    commune: 'Haguenau',
    country: 'FR',
    latitude: 48.8156,
    longitude: 7.7906,
    timeZone: 'Europe/Paris',
    day: 30,
    start: [17, 0],
    end: [19, 0],
    capacity: null,
    visibility: 'network',
    fixedRegistrants: ['membre@maillage.demo'],
    otherRegistrants: 9,
  },
  {
    key: 'resilian-committee-past',
    network: 'resilian',
    kind: 'committee',
    title: {
      fr: 'Comité stratégique mensuel',
      de: 'Monatlicher Strategieausschuss',
      en: 'Monthly strategic committee',
      nl: 'Maandelijks strategisch comité',
    },
    description: {
      fr: 'Ordre du jour : mutualisation de la cabine de peinture, recrutements communs, data accelerator.',
      de: 'Tagesordnung: gemeinsame Nutzung der Lackierkabine, gemeinsame Einstellungen, Data Accelerator.',
      en: 'Agenda: pooling the paint booth, joint hiring, data accelerator.',
      nl: 'Agenda: delen van de spuitcabine, gezamenlijke aanwervingen, data accelerator.',
    },
    venue: 'Résilian — salle du club',
    address: 'Rue de l’Industrie 12',
    postcode: '67500',
    commune: 'Haguenau',
    country: 'FR',
    latitude: 48.8156,
    longitude: 7.7906,
    timeZone: 'Europe/Paris',
    day: -28,
    start: [17, 0],
    end: [19, 0],
    capacity: null,
    visibility: 'network',
    fixedRegistrants: ['membre@maillage.demo'],
    otherRegistrants: 10,
    minutes:
      'Présents : 11 industriels, la coordinatrice du club et un élu de la communauté d’agglomération.\n\n1. Cabine de peinture : taux d’occupation de 38 %, trois nouvelles entreprises intéressées.\n2. Recrutements : deux postes de peintre industriel à pourvoir en commun.\n3. Data accelerator : lancement du groupe de travail en septembre.',
    decisions: [
      { kind: 'decision', body: 'Ouvrir la cabine de peinture aux membres non fondateurs au tarif club', status: 'done' },
      { kind: 'action', body: 'Rédiger l’offre d’emploi commune de peintre industriel', ownerEmail: 'membre@maillage.demo', dueInDays: 14 },
      { kind: 'action', body: 'Proposer trois dates pour le lancement du data accelerator', ownerEmail: 'coord.resilian@maillage.demo', dueInDays: 7 },
    ],
  },
  {
    key: 'resilian-digital-corner-past',
    network: 'resilian',
    kind: 'business_corner',
    title: {
      fr: 'Business corner numérique : la maintenance prédictive en PME',
      de: 'Business Corner Digitalisierung: vorausschauende Wartung im Mittelstand',
      en: 'Digital business corner: predictive maintenance in SMEs',
      nl: 'Business corner digitalisering: voorspellend onderhoud in kmo’s',
    },
    description: {
      fr: 'Trois industriels partagent leurs capteurs, leurs échecs et leurs résultats.',
      de: 'Drei Industrielle berichten über ihre Sensoren, Misserfolge und Ergebnisse.',
      en: 'Three industrials share their sensors, failures and results.',
      nl: 'Drie industriëlen delen hun sensoren, mislukkingen en resultaten.',
    },
    venue: 'Campus industriel',
    address: 'Route de Bitche 3',
    postcode: '67500',
    commune: 'Haguenau',
    country: 'FR',
    latitude: 48.8211,
    longitude: 7.7961,
    timeZone: 'Europe/Paris',
    day: -55,
    start: [8, 30],
    end: [11, 0],
    capacity: 20,
    visibility: 'network',
    fixedRegistrants: ['membre@maillage.demo'],
    otherRegistrants: 14,
  },
  {
    key: RESPONSIBLE_PURCHASING_CONVENTION,
    network: 'ess-grande-region',
    kind: 'business_convention',
    title: {
      fr: 'Convention d’affaires transfrontalière : achats responsables',
      de: 'Grenzüberschreitende Kooperationsbörse: verantwortungsvolle Beschaffung',
      en: 'Cross-border business convention: responsible purchasing',
      nl: 'Grensoverschrijdende zakenbeurs: verantwoord aankopen',
    },
    description: {
      fr: 'Une table ronde sur les achats responsables, puis des rendez-vous d’affaires en tête-à-tête entre acheteurs publics et privés, fournisseurs de l’ESS et sous-traitants du Luxembourg et de Meurthe-et-Moselle.',
      de: 'Ein runder Tisch zur verantwortungsvollen Beschaffung, danach Einzelgespräche zwischen öffentlichen und privaten Einkäufern, Lieferanten der Sozial- und Solidarwirtschaft und Zulieferern aus Luxemburg und Meurthe-et-Moselle.',
      en: 'A round table on responsible purchasing, then one-to-one business meetings between public and private buyers, social economy suppliers and subcontractors from Luxembourg and Meurthe-et-Moselle.',
      nl: 'Een rondetafel over verantwoord aankopen, daarna één-op-één zakengesprekken tussen publieke en private aankopers, leveranciers uit de sociale economie en onderaannemers uit Luxemburg en Meurthe-et-Moselle.',
    },
    venue: 'Maison du Savoir, Belval',
    address: '2 avenue de l’Université',
    postcode: '4365',
    commune: 'Esch-sur-Alzette',
    country: 'LU',
    latitude: 49.5047,
    longitude: 5.9486,
    timeZone: 'Europe/Luxembourg',
    day: 45,
    start: [9, 0],
    end: [17, 0],
    capacity: 120,
    visibility: 'public',
    questions: [conventionRole, dietQuestion],
    fixedRegistrants: [],
    otherRegistrants: 20,
    activities: [
      {
        kind: 'round_table',
        title: {
          fr: 'Table ronde : acheter responsable, de la commande publique aux PME',
          de: 'Runder Tisch: verantwortungsvoll einkaufen, von der öffentlichen Vergabe bis zum KMU',
          en: 'Round table: buying responsibly, from public procurement to SMEs',
          nl: 'Rondetafel: verantwoord aankopen, van overheidsopdrachten tot kmo’s',
        },
        start: [9, 15],
        end: [10, 30],
        capacity: 80,
        room: 'Auditorium',
      },
    ],
  },
  {
    key: 'ess-cooperatives-workshop',
    network: 'ess-grande-region',
    kind: 'workshop',
    title: {
      fr: 'Atelier : créer une coopérative transfrontalière',
      de: 'Workshop: eine grenzüberschreitende Genossenschaft gründen',
      en: 'Workshop: setting up a cross-border cooperative',
      nl: 'Workshop: een grensoverschrijdende coöperatie oprichten',
    },
    description: {
      fr: 'Statuts, fiscalité et financement de part et d’autre de la frontière, avec deux coopératives témoins.',
      de: 'Satzung, Steuern und Finanzierung beiderseits der Grenze, mit zwei Genossenschaften als Beispiel.',
      en: 'Statutes, tax and funding on both sides of the border, with two cooperatives as examples.',
      nl: 'Statuten, fiscaliteit en financiering aan beide kanten van de grens, met twee coöperaties als voorbeeld.',
    },
    venue: 'Tiers-lieu Le Grand Sauvoy',
    address: '2 rue de la Sarre',
    postcode: '54000',
    commune: 'Nancy',
    country: 'FR',
    latitude: 48.6921,
    longitude: 6.1844,
    timeZone: 'Europe/Paris',
    day: 21,
    start: [14, 0],
    end: [17, 0],
    capacity: 30,
    visibility: 'network',
    fixedRegistrants: [],
    otherRegistrants: 10,
  },
  {
    key: 'agencies-steering',
    network: 'agences-grande-region',
    kind: 'committee',
    title: {
      fr: 'Comité de pilotage : réalisations 2022–2023 pour les financeurs',
      de: 'Lenkungsausschuss: Ergebnisse 2022–2023 für die Geldgeber',
      en: 'Steering committee: 2022–2023 achievements for funders',
      nl: 'Stuurcomité: realisaties 2022–2023 voor de financiers',
    },
    description: {
      fr: 'Revue des indicateurs par réseau (Wallonie, Région Grand Est, Interreg) et du graphe du réseau.',
      de: 'Überprüfung der Indikatoren je Netzwerk (Wallonien, Region Grand Est, Interreg) und des Netzwerkgraphen.',
      en: 'Review of the indicators per network (Wallonia, Région Grand Est, Interreg) and of the network graph.',
      nl: 'Bespreking van de indicatoren per netwerk (Wallonië, Région Grand Est, Interreg) en van de netwerkgraaf.',
    },
    venue: 'IDELUX',
    address: 'Drève de l’Arc-en-Ciel 98',
    postcode: '6700',
    commune: 'Arlon',
    country: 'BE',
    latitude: 49.6833,
    longitude: 5.8167,
    timeZone: 'Europe/Brussels',
    day: 15,
    start: [10, 0],
    end: [12, 30],
    capacity: null,
    visibility: 'network',
    fixedRegistrants: ['partenaire@maillage.demo'],
    otherRegistrants: 6,
  },
];

/** Midnight in Brussels of the seeding day, as calendar parts. */
function seedingDay(now: Date) {
  const p = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
  const [year, month, day] = p.split('-').map(Number) as [number, number, number];
  return { year, month, day };
}

function at(base: { year: number; month: number; day: number }, days: number, time: [number, number], zone: string): Date {
  const d = new Date(Date.UTC(base.year, base.month - 1, base.day + days));
  return zonedTimeToUtc({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: time[0], minute: time[1] }, zone);
}

export interface DemoEventContext {
  networkId: (slug: DemoNetworkSlug) => string;
  userId: (index: number) => string;
  organisationId: (index: number) => string;
  territory: DemoTerritory;
  now?: Date;
}

/** Inserts the demo events, registrations, attendance, feedback, minutes and decisions, in the seeding transaction. */
export async function seedDemoEvents(db: Db, ctx: DemoEventContext): Promise<number> {
  const now = ctx.now ?? new Date();
  const base = seedingDay(now);
  const users = ctx.territory.users;
  const userIndexByEmail = new Map(users.map((u, i) => [u.email, i]));
  const coordinatorOf = (slug: DemoNetworkSlug) => users.findIndex((u) => u.roles.some((r) => r.network === slug && r.role === 'coordinator'));

  for (const plan of demoEventPlans) {
    const startsAt = at(base, plan.day, plan.start, plan.timeZone);
    const endsAt = at(base, plan.day, plan.end, plan.timeZone);
    const past = endsAt < now;
    const eventId = randomUUID();
    const coordinator = coordinatorOf(plan.network);
    await db.insert(events).values({
      id: eventId,
      networkId: ctx.networkId(plan.network),
      kind: plan.kind,
      title: plan.title,
      description: plan.description,
      venue: plan.venue,
      address: plan.address,
      postcode: plan.postcode,
      commune: plan.commune,
      country: plan.country,
      latitude: plan.latitude,
      longitude: plan.longitude,
      timeZone: plan.timeZone,
      startsAt,
      endsAt,
      capacity: plan.capacity,
      questions: plan.questions ?? [],
      status: 'published',
      visibility: plan.visibility,
      createdBy: coordinator >= 0 ? ctx.userId(coordinator) : null,
      createdAt: new Date(startsAt.getTime() - 40 * 86_400_000),
      updatedAt: new Date(startsAt.getTime() - 40 * 86_400_000),
    });

    // Who registers: the fixed accounts named, then the first members and partners of the network.
    const registrants = plan.fixedRegistrants.map((e) => userIndexByEmail.get(e)).filter((i): i is number => i !== undefined);
    for (let i = 0; i < users.length && registrants.length < plan.fixedRegistrants.length + plan.otherRegistrants; i++) {
      const u = users[i]!;
      if (registrants.includes(i) || !u.roles.some((r) => r.network === plan.network && (r.role === 'member' || r.role === 'partner'))) continue;
      registrants.push(i);
    }
    const registrationIds: string[] = [];
    for (const [n, index] of registrants.entries()) {
      const u = users[index]!;
      const orgIndex = u.represents[0]?.organisation;
      const confirmed = plan.capacity === null || n < plan.capacity;
      const registeredAt = new Date(startsAt.getTime() - (30 - (n % 25)) * 86_400_000);
      // Past events: most came (checked in a few minutes after the start), every seventh did not.
      const came = past && confirmed && n % 7 !== 3;
      const id = randomUUID();
      registrationIds.push(id);
      const answers: Record<string, string> = {};
      for (const q of plan.questions ?? []) answers[q.id] = q.options?.[n % q.options.length]?.id ?? '';
      await db.insert(eventRegistrations).values({
        id,
        eventId,
        userId: ctx.userId(index),
        organisationId: orgIndex === undefined ? null : ctx.organisationId(orgIndex),
        status: confirmed ? 'confirmed' : 'waitlisted',
        answers,
        checkInCode: newCheckInCode(),
        confirmedAt: confirmed ? registeredAt : null,
        waitlistedAt: confirmed ? null : registeredAt,
        checkedInAt: came ? new Date(startsAt.getTime() + (n % 15) * 60_000) : null,
        checkedInBy: came && coordinator >= 0 ? ctx.userId(coordinator) : null,
        attendance: !past || !confirmed ? 'unknown' : came ? 'attended' : 'no_show',
        createdAt: registeredAt,
        updatedAt: registeredAt,
      });
      if (came && n % 2 === 0) {
        const rating = [5, 4, 4, 3, 5][n % 5]!;
        await db.insert(eventFeedback).values({
          eventId,
          registrationId: id,
          rating,
          usefulness: Math.max(1, rating - (n % 2)),
          newContacts: n % 4,
          wouldReturn: rating >= 4,
          comment: n % 4 === 0 ? ['Très concret, on repart avec des contacts utiles.', 'Bon format, un peu court pour les échanges.', 'Merci pour l’organisation !'][n % 3]! : '',
          createdAt: endsAt,
          updatedAt: endsAt,
        });
      }
    }

    for (const [position, a] of (plan.activities ?? []).entries()) {
      const activityId = randomUUID();
      await db.insert(eventActivities).values({
        id: activityId,
        eventId,
        kind: a.kind,
        title: a.title,
        room: a.room,
        startsAt: at(base, plan.day, a.start, plan.timeZone),
        endsAt: at(base, plan.day, a.end, plan.timeZone),
        capacity: a.capacity,
        position,
      });
      const seats = registrationIds.slice(0, Math.min(registrationIds.length, Math.floor(a.capacity / 2)));
      if (seats.length) await db.insert(eventActivitySignups).values(seats.map((registrationId) => ({ activityId, registrationId, status: 'confirmed' as const })));
    }

    if (plan.minutes) {
      await db.insert(eventMinutes).values({ eventId, body: plan.minutes, published: true, updatedBy: coordinator >= 0 ? ctx.userId(coordinator) : null, updatedAt: endsAt });
    }
    for (const [position, d] of (plan.decisions ?? []).entries()) {
      const owner = d.ownerEmail ? userIndexByEmail.get(d.ownerEmail) : undefined;
      const due = d.dueInDays === undefined ? null : new Date(endsAt.getTime() + d.dueInDays * 86_400_000).toISOString().slice(0, 10);
      await db.insert(eventDecisions).values({
        eventId,
        kind: d.kind,
        body: d.body,
        ownerUserId: owner === undefined ? null : ctx.userId(owner),
        dueOn: due,
        status: d.status ?? 'open',
        position,
        createdBy: coordinator >= 0 ? ctx.userId(coordinator) : null,
      });
    }
  }
  return demoEventPlans.length;
}
