import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { resourceBookings, resourceNetworks, resourceOpeningRules, resources, type Characteristic, type PriceUnit, type ResourceKind, type Translated, type Visibility } from '../../db/schema';
import { addDays, isoWeekday, localDate, localInstant, type CivilDate } from './opening-hours';

/**
 * The pooling part of the demo territory: Résilian's paint booth — the under-used booth the club was born from —
 * and a few other shared means in each network, with bookings around the seeding day so the calendar, the
 * requests and the utilisation have something to show. Same resources on every installation; dates follow the
 * day of the first start.
 */
interface DemoResource {
  owner: { tag: string; nth: number };
  kind: ResourceKind;
  name: string;
  description: Translated;
  characteristics: Characteristic[];
  timeZone: string;
  priceUnit: PriceUnit;
  priceCents: number | null;
  minMinutes: number;
  maxMinutes: number | null;
  leadMinutes: number;
  bookingMode: 'approval' | 'instant';
  units?: number;
  visibility?: Visibility;
  conditions?: Translated;
  insurance?: Translated;
  safety?: Translated;
  hours: { days: number[]; opens: string; closes: string }[];
}

const weekdays = [1, 2, 3, 4, 5];

export const demoResources: readonly DemoResource[] = [
  {
    owner: { tag: 'resilian-plant', nth: 0 },
    kind: 'booth',
    name: 'Cabine de peinture grandes pièces (30 m)',
    description: {
      fr: 'Cabine de peinture liquide pressurisée pour pièces de grande longueur (caisses, châssis, charpentes), avec four de cuisson. Utilisée à 40 % par notre production : ouverte aux membres du club.',
      de: 'Druckbelüftete Nasslackierkabine für lange Teile (Wagenkästen, Rahmen, Stahlbau) mit Einbrennofen. Zu 40 % durch unsere Fertigung ausgelastet: für die Clubmitglieder geöffnet.',
      en: 'Pressurised wet-paint booth for long parts (car bodies, frames, steel structures) with a curing oven. Our own production uses 40 % of it: open to the club members.',
    },
    characteristics: [
      { key: 'Longueur utile', value: '30', unit: 'm' },
      { key: 'Largeur utile', value: '6', unit: 'm' },
      { key: 'Hauteur utile', value: '7', unit: 'm' },
      { key: 'Température de cuisson', value: '80', unit: '°C' },
      { key: 'Peintures', value: 'liquide, époxy, polyuréthane', unit: '' },
    ],
    timeZone: 'Europe/Paris',
    priceUnit: 'hour',
    priceCents: 9500,
    minMinutes: 4 * 60,
    maxMinutes: 5 * 24 * 60,
    leadMinutes: 48 * 60,
    bookingMode: 'approval',
    conditions: { fr: 'Peintures et consommables fournis par l’emprunteur ; nettoyage de la cabine compris ; un opérateur de la maison présent.' },
    insurance: { fr: 'Responsabilité civile professionnelle couvrant les biens confiés.' },
    safety: { fr: 'Accueil sécurité de 30 minutes à la première venue ; EPI fournis (masques à adduction d’air).' },
    hours: [{ days: weekdays, opens: '06:00', closes: '22:00' }],
  },
  {
    owner: { tag: 'resilian-plant', nth: 10 },
    kind: 'lab',
    name: 'Laboratoire de métrologie 3D',
    description: { fr: 'Machine à mesurer tridimensionnelle (portée 2 m) et bras de mesure portable, salle climatisée à 20 °C.', de: 'Koordinatenmessmaschine (Messbereich 2 m) und tragbarer Messarm, klimatisierter Raum bei 20 °C.' },
    characteristics: [
      { key: 'Volume de mesure', value: '2000 × 1200 × 1000', unit: 'mm' },
      { key: 'Incertitude', value: '2,5', unit: 'µm' },
    ],
    timeZone: 'Europe/Paris',
    priceUnit: 'hour',
    priceCents: 12000,
    minMinutes: 2 * 60,
    maxMinutes: 2 * 24 * 60,
    leadMinutes: 24 * 60,
    bookingMode: 'instant',
    hours: [{ days: weekdays, opens: '07:30', closes: '17:30' }],
  },
  {
    owner: { tag: 'resilian-plant', nth: 8 },
    kind: 'line',
    name: 'Ligne de poudrage et four de polymérisation',
    description: { fr: 'Ligne de poudrage époxy-polyester en continu, four à 200 °C, pièces jusqu’à 2,5 m.' },
    characteristics: [
      { key: 'Longueur maximale des pièces', value: '2,5', unit: 'm' },
      { key: 'Température du four', value: '200', unit: '°C' },
    ],
    timeZone: 'Europe/Paris',
    priceUnit: 'half_day',
    priceCents: 45000,
    minMinutes: 4 * 60,
    maxMinutes: 3 * 24 * 60,
    leadMinutes: 72 * 60,
    bookingMode: 'instant',
    hours: [
      { days: weekdays, opens: '05:00', closes: '13:00' },
      { days: weekdays, opens: '13:00', closes: '21:00' },
    ],
  },
  {
    owner: { tag: 'resilian-sme', nth: 2 },
    kind: 'staff',
    name: 'Technicien de maintenance habilité électrique',
    description: { fr: 'Technicien confirmé (habilitations B2V, BR, BC), maintenance préventive et dépannage de lignes automatisées. Mise à disposition à prix coûtant.' },
    characteristics: [{ key: 'Habilitations', value: 'B2V, BR, BC', unit: '' }],
    timeZone: 'Europe/Paris',
    priceUnit: 'hour',
    priceCents: 4200,
    minMinutes: 7 * 60,
    maxMinutes: null,
    leadMinutes: 5 * 24 * 60,
    bookingMode: 'approval',
    hours: [{ days: weekdays, opens: '08:00', closes: '16:00' }],
  },
  {
    owner: { tag: 'resilian-plant', nth: 9 },
    kind: 'storage',
    name: 'Stockage couvert — emplacements palettes',
    description: { fr: 'Racks à palettes dans un bâtiment couvert et gardé, accès par quai.' },
    characteristics: [{ key: 'Charge par emplacement', value: '1000', unit: 'kg' }],
    timeZone: 'Europe/Paris',
    priceUnit: 'day',
    priceCents: 250,
    minMinutes: 24 * 60,
    maxMinutes: 90 * 24 * 60,
    leadMinutes: 24 * 60,
    bookingMode: 'instant',
    units: 40,
    hours: [],
  },
  {
    owner: { tag: 'remalux-wood', nth: 0 },
    kind: 'machine',
    name: 'Séchoir à bois 40 m³',
    description: { fr: 'Séchoir à air chaud régulé pour sciages feuillus et résineux, avec suivi de l’humidité.', nl: 'Geregelde warmeluchtdroger voor loof- en naaldhout, met vochtopvolging.' },
    characteristics: [
      { key: 'Capacité', value: '40', unit: 'm³' },
      { key: 'Humidité finale', value: '8 à 18', unit: '%' },
    ],
    timeZone: 'Europe/Brussels',
    priceUnit: 'day',
    priceCents: 18000,
    minMinutes: 3 * 24 * 60,
    maxMinutes: 21 * 24 * 60,
    leadMinutes: 7 * 24 * 60,
    bookingMode: 'approval',
    hours: [],
  },
  {
    owner: { tag: 'gre-smart', nth: 0 },
    kind: 'room',
    name: 'Salle de réunion et de démonstration (30 places)',
    description: { fr: 'Salle équipée (écran, visioconférence), accès PMR, au centre de Liège.' },
    characteristics: [{ key: 'Places', value: '30', unit: '' }],
    timeZone: 'Europe/Brussels',
    priceUnit: 'half_day',
    priceCents: 0,
    minMinutes: 2 * 60,
    maxMinutes: 10 * 60,
    leadMinutes: 24 * 60,
    bookingMode: 'instant',
    hours: [{ days: weekdays, opens: '08:00', closes: '18:00' }],
  },
  {
    owner: { tag: 'ess-buyers', nth: 0 },
    kind: 'vehicle',
    name: 'Camion frigorifique 12 m³',
    description: { fr: 'Porteur frigorifique (+2 / +6 °C) pour les circuits courts, permis B+C.', de: 'Kühl-Lkw (+2 / +6 °C) für kurze Lieferketten.' },
    characteristics: [{ key: 'Volume', value: '12', unit: 'm³' }],
    timeZone: 'Europe/Luxembourg',
    priceUnit: 'day',
    priceCents: 9000,
    minMinutes: 4 * 60,
    maxMinutes: 3 * 24 * 60,
    leadMinutes: 24 * 60,
    bookingMode: 'approval',
    hours: [{ days: [1, 2, 3, 4, 5, 6], opens: '06:00', closes: '20:00' }],
  },
];

export interface DemoPlanLookup {
  /** Database id of the nth organisation (0-based) of a cohort. */
  organisation: (tag: string, nth: number) => { id: string; networkIds: string[] };
  /** Database id of a fixed demo user, by e-mail. */
  user: (email: string) => string | undefined;
}

const at = (day: CivilDate, time: string, zone: string) => {
  const [h, m] = time.split(':').map(Number) as [number, number];
  return new Date(localInstant(day, h * 60 + m, zone));
};

/** Inserts the demo resources and a few bookings of the paint booth, in the seeding transaction. */
export async function seedDemoResources(db: Db, lookup: DemoPlanLookup, now = Date.now()): Promise<number> {
  const ids: string[] = [];
  for (const r of demoResources) {
    const owner = lookup.organisation(r.owner.tag, r.owner.nth);
    const [row] = await db
      .insert(resources)
      .values({
        ownerOrganisationId: owner.id,
        kind: r.kind,
        name: r.name,
        description: r.description,
        characteristics: r.characteristics,
        timeZone: r.timeZone,
        priceUnit: r.priceUnit,
        priceCents: r.priceCents,
        minMinutes: r.minMinutes,
        maxMinutes: r.maxMinutes,
        leadMinutes: r.leadMinutes,
        bookingMode: r.bookingMode,
        units: r.units ?? 1,
        visibility: r.visibility ?? 'network',
        conditions: r.conditions ?? {},
        insurance: r.insurance ?? {},
        safety: r.safety ?? {},
      })
      .returning({ id: resources.id });
    const id = row!.id;
    ids.push(id);
    // Place as the owner's, as a freshly published resource would have.
    await db.execute(sql`UPDATE resources r SET address = o.address, postcode = o.postcode, commune = o.commune, country = o.country,
                            latitude = o.latitude, longitude = o.longitude FROM organisations o WHERE r.id = ${id} AND o.id = r.owner_organisation_id`);
    if (owner.networkIds.length) await db.insert(resourceNetworks).values(owner.networkIds.map((networkId) => ({ resourceId: id, networkId })));
    const rules = r.hours.flatMap((h) => h.days.map((weekday) => ({ resourceId: id, weekday, opens: h.opens, closes: h.closes })));
    if (rules.length) await db.insert(resourceOpeningRules).values(rules);
  }

  // The paint booth's calendar: a past two-day booking by the demo member's company, a week of the owner's own
  // production, a confirmed booking to come by another plant, and a request waiting for the owner's answer.
  const booth = ids[0]!;
  const zone = demoResources[0]!.timeZone;
  const owner = lookup.organisation('resilian-plant', 0).id;
  const member = lookup.organisation('resilian-sme', 0).id;
  const plant = lookup.organisation('resilian-plant', 3).id;
  const memberUser = lookup.user('membre@maillage.demo') ?? null;
  const today = localDate(now, zone);
  const monday = addDays(today, 1 - isoWeekday(today));
  const bookings: { borrower: string; kind: 'booking' | 'owner_use'; status: 'approved' | 'pending'; start: Date; end: Date; note: string; hours: number }[] = [
    { borrower: member, kind: 'booking', status: 'approved', start: at(addDays(monday, -13), '06:00', zone), end: at(addDays(monday, -12), '22:00', zone), note: 'Carters de réducteurs, deux lots', hours: 32 },
    { borrower: owner, kind: 'owner_use', status: 'approved', start: at(addDays(monday, -7), '06:00', zone), end: at(addDays(monday, -5), '22:00', zone), note: 'Série caisses TER', hours: 0 },
    { borrower: plant, kind: 'booking', status: 'approved', start: at(addDays(monday, 15), '06:00', zone), end: at(addDays(monday, 15), '14:00', zone), note: 'Bâtis de machines', hours: 8 },
    { borrower: member, kind: 'booking', status: 'pending', start: at(addDays(monday, 22), '06:00', zone), end: at(addDays(monday, 23), '22:00', zone), note: 'Châssis mécano-soudés, 12 pièces', hours: 32 },
  ];
  for (const b of bookings) {
    const [row] = await db
      .insert(resourceBookings)
      .values({
        resourceId: booth,
        kind: b.kind,
        borrowerOrganisationId: b.borrower,
        requestedBy: b.borrower === member ? memberUser : null,
        startsAt: b.start,
        endsAt: b.end,
        status: b.status,
        note: b.note,
        amountCents: b.kind === 'booking' ? b.hours * demoResources[0]!.priceCents! : null,
        decidedAt: b.status === 'approved' ? new Date(now) : null,
      })
      .returning({ id: resourceBookings.id });
    if (b.status === 'approved')
      await db.execute(
        sql`INSERT INTO resource_booking_units (booking_id, resource_id, unit, period)
            VALUES (${row!.id}, ${booth}, 1, tstzrange(${b.start.toISOString()}::timestamptz, ${b.end.toISOString()}::timestamptz, '[)'))`,
      );
  }
  return ids.length;
}
