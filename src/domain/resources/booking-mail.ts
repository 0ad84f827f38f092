import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { representatives, users, type Locale } from '../../db/schema';
import { enqueueMail } from '../mail/enqueue-mail';

/**
 * The e-mails of the booking flow, in each interface language. They go through the outbox in the same transaction
 * as the change; `{name}` placeholders are filled by `renderBookingMail`.
 */
const templates = {
  requested: {
    fr: { subject: 'Demande de réservation : {resource}', body: 'Bonjour,\n\n{borrower} demande à réserver {resource} ({units} unité·s)\ndu {start}\nau {end}.\n{note}\nAcceptez ou refusez la demande ici :\n{link}' },
    de: { subject: 'Buchungsanfrage: {resource}', body: 'Guten Tag,\n\n{borrower} möchte {resource} buchen ({units} Einheit(en))\nvon {start}\nbis {end}.\n{note}\nNehmen Sie die Anfrage hier an oder lehnen Sie sie ab:\n{link}' },
    en: { subject: 'Booking request: {resource}', body: 'Hello,\n\n{borrower} asks to book {resource} ({units} unit(s))\nfrom {start}\nto {end}.\n{note}\nApprove or decline the request here:\n{link}' },
    nl: { subject: 'Reserveringsaanvraag: {resource}', body: 'Goedendag,\n\n{borrower} wil {resource} reserveren ({units} eenheid/eenheden)\nvan {start}\ntot {end}.\n{note}\nAanvaard of weiger de aanvraag hier:\n{link}' },
  },
  booked: {
    fr: { subject: 'Nouvelle réservation : {resource}', body: 'Bonjour,\n\n{borrower} a réservé {resource} ({units} unité·s)\ndu {start}\nau {end}.\nLa ressource accepte la réservation immédiate : la réservation est confirmée.\n{note}\nCalendrier de la ressource :\n{link}\nFichier agenda : {ics}' },
    de: { subject: 'Neue Buchung: {resource}', body: 'Guten Tag,\n\n{borrower} hat {resource} gebucht ({units} Einheit(en))\nvon {start}\nbis {end}.\nDie Ressource erlaubt Sofortbuchung: die Buchung ist bestätigt.\n{note}\nKalender der Ressource:\n{link}\nKalenderdatei: {ics}' },
    en: { subject: 'New booking: {resource}', body: 'Hello,\n\n{borrower} booked {resource} ({units} unit(s))\nfrom {start}\nto {end}.\nThe resource allows instant booking: the booking is confirmed.\n{note}\nCalendar of the resource:\n{link}\nCalendar file: {ics}' },
    nl: { subject: 'Nieuwe reservering: {resource}', body: 'Goedendag,\n\n{borrower} heeft {resource} gereserveerd ({units} eenheid/eenheden)\nvan {start}\ntot {end}.\nDe middelen staan directe reservering toe: de reservering is bevestigd.\n{note}\nKalender van het middel:\n{link}\nAgendabestand: {ics}' },
  },
  approved: {
    fr: { subject: 'Réservation confirmée : {resource}', body: 'Bonjour,\n\n{owner} a accepté votre réservation de {resource}\ndu {start}\nau {end}.\n{message}\nAjoutez-la à votre agenda : {ics}\nDétails : {link}' },
    de: { subject: 'Buchung bestätigt: {resource}', body: 'Guten Tag,\n\n{owner} hat Ihre Buchung von {resource} angenommen,\nvon {start}\nbis {end}.\n{message}\nIn Ihren Kalender übernehmen: {ics}\nDetails: {link}' },
    en: { subject: 'Booking confirmed: {resource}', body: 'Hello,\n\n{owner} approved your booking of {resource}\nfrom {start}\nto {end}.\n{message}\nAdd it to your calendar: {ics}\nDetails: {link}' },
    nl: { subject: 'Reservering bevestigd: {resource}', body: 'Goedendag,\n\n{owner} heeft uw reservering van {resource} aanvaard,\nvan {start}\ntot {end}.\n{message}\nZet ze in uw agenda: {ics}\nDetails: {link}' },
  },
  declined: {
    fr: { subject: 'Réservation refusée : {resource}', body: 'Bonjour,\n\n{owner} n’a pas pu accepter votre demande de réservation de {resource}\ndu {start}\nau {end}.\n{message}\nCherchez un autre créneau : {link}' },
    de: { subject: 'Buchung abgelehnt: {resource}', body: 'Guten Tag,\n\n{owner} konnte Ihre Buchungsanfrage für {resource}\nvon {start}\nbis {end} nicht annehmen.\n{message}\nSuchen Sie einen anderen Termin: {link}' },
    en: { subject: 'Booking declined: {resource}', body: 'Hello,\n\n{owner} could not accept your request to book {resource}\nfrom {start}\nto {end}.\n{message}\nFind another slot: {link}' },
    nl: { subject: 'Reservering geweigerd: {resource}', body: 'Goedendag,\n\n{owner} kon uw reserveringsaanvraag voor {resource}\nvan {start}\ntot {end} niet aanvaarden.\n{message}\nZoek een ander tijdstip: {link}' },
  },
  cancelled: {
    fr: { subject: 'Réservation annulée : {resource}', body: 'Bonjour,\n\n{by} a annulé la réservation de {resource}\ndu {start}\nau {end}.\n{message}\nDétails : {link}' },
    de: { subject: 'Buchung storniert: {resource}', body: 'Guten Tag,\n\n{by} hat die Buchung von {resource}\nvon {start}\nbis {end} storniert.\n{message}\nDetails: {link}' },
    en: { subject: 'Booking cancelled: {resource}', body: 'Hello,\n\n{by} cancelled the booking of {resource}\nfrom {start}\nto {end}.\n{message}\nDetails: {link}' },
    nl: { subject: 'Reservering geannuleerd: {resource}', body: 'Goedendag,\n\n{by} heeft de reservering van {resource}\nvan {start}\ntot {end} geannuleerd.\n{message}\nDetails: {link}' },
  },
} satisfies Record<string, Record<Locale, { subject: string; body: string }>>;

export type BookingMailTemplate = keyof typeof templates;

/** Labels of the optional lines, so an empty note or message leaves no dangling "Note:". */
const lines: Record<Locale, { note: string; message: string; late: string }> = {
  fr: { note: 'Message : ', message: 'Message : ', late: 'Annulation tardive (moins que le préavis prévu).' },
  de: { note: 'Nachricht: ', message: 'Nachricht: ', late: 'Späte Stornierung (kürzer als die vereinbarte Frist).' },
  en: { note: 'Note: ', message: 'Message: ', late: 'Late cancellation (less notice than the terms ask).' },
  nl: { note: 'Bericht: ', message: 'Bericht: ', late: 'Late annulering (korter dan de afgesproken termijn).' },
};

/** A date and time in the reader's language and the resource's zone, zone named: "mardi 6 mai 2031 à 07:00 UTC+2". */
export function formatInZone(date: Date, locale: Locale, timeZone: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'short', timeZone }).format(date) + ` (${timeZone})`;
}

export interface BookingMailValues {
  resource: string;
  borrower?: string;
  owner?: string;
  by?: string;
  units?: number;
  start: Date;
  end: Date;
  timeZone: string;
  note?: string;
  message?: string;
  late?: boolean;
  link: string;
  ics?: string;
}

export function renderBookingMail(template: BookingMailTemplate, locale: Locale, v: BookingMailValues) {
  const t = templates[template][locale];
  const l = lines[locale];
  const values: Record<string, string> = {
    resource: v.resource,
    borrower: v.borrower ?? '',
    owner: v.owner ?? '',
    by: v.by ?? '',
    units: String(v.units ?? 1),
    start: formatInZone(v.start, locale, v.timeZone),
    end: formatInZone(v.end, locale, v.timeZone),
    note: v.note ? `${l.note}${v.note}\n` : '',
    message: [v.message ? `${l.message}${v.message}` : '', v.late ? l.late : ''].filter(Boolean).join('\n') + (v.message || v.late ? '\n' : ''),
    link: v.link,
    ics: v.ics ?? '',
  };
  const fill = (s: string) => s.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? '');
  return { subject: fill(t.subject), text: fill(t.body) };
}

export interface Recipient {
  email: string;
  locale: Locale;
}

/** The people who answer for an organisation: its representatives with an active account. */
export async function representativesOf(db: Db, organisationId: string): Promise<Recipient[]> {
  return db
    .select({ email: users.email, locale: users.locale })
    .from(representatives)
    .innerJoin(users, eq(users.id, representatives.userId))
    .where(and(eq(representatives.organisationId, organisationId), isNull(users.disabledAt), isNull(users.anonymisedAt)));
}

export async function userRecipient(db: Db, userId: string | null): Promise<Recipient[]> {
  if (!userId) return [];
  return db
    .select({ email: users.email, locale: users.locale })
    .from(users)
    .where(and(eq(users.id, userId), isNull(users.disabledAt), isNull(users.anonymisedAt)));
}

/** Queues one e-mail per recipient, each in its own language, in the caller's transaction. */
export async function sendBookingMail(db: Db, template: BookingMailTemplate, to: Recipient[], values: BookingMailValues) {
  const seen = new Set<string>();
  for (const r of to) {
    if (seen.has(r.email.toLowerCase())) continue;
    seen.add(r.email.toLowerCase());
    await enqueueMail(db, { to: r.email, ...renderBookingMail(template, r.locale, values) });
  }
}
