import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { queryRows } from '../../db/rows';
import type { Locale } from '../../db/schema';
import { forbidden } from '../errors';
import type { Actor } from '../policy/actor';
import { type ReportQuery } from './reports';
import { computeUsage, sharesPerBorrower } from './usage';

type Cell = string | number | null;

const headings: Record<Locale, { resources: string[]; borrowers: string[]; bookings: string[]; sheets: [string, string, string] }> = {
  fr: {
    resources: ['Ressource', 'Type', 'Propriétaire', 'Heures ouvertes (× unités)', 'Heures prêtées', 'Heures d’usage propre', 'Taux d’utilisation', 'Taux d’occupation', 'Réservations'],
    borrowers: ['Emprunteur', 'Réservations', 'Heures empruntées', 'Part des heures prêtées', 'Montant', 'Devise', 'Prix sur demande', 'Annulations tardives'],
    bookings: ['Ressource', 'Emprunteur', 'Type', 'Statut', 'Début (heure locale)', 'Fin (heure locale)', 'Fuseau', 'Unités', 'Heures', 'Montant', 'Devise', 'Annulation tardive'],
    sheets: ['Utilisation', 'Emprunteurs', 'Réservations'],
  },
  de: {
    resources: ['Ressource', 'Art', 'Eigentümer', 'Offene Stunden (× Einheiten)', 'Verliehene Stunden', 'Eigennutzung (Stunden)', 'Auslastung durch Ausleihe', 'Gesamtauslastung', 'Buchungen'],
    borrowers: ['Entleiher', 'Buchungen', 'Geliehene Stunden', 'Anteil an verliehenen Stunden', 'Betrag', 'Währung', 'Preis auf Anfrage', 'Späte Stornierungen'],
    bookings: ['Ressource', 'Entleiher', 'Art', 'Status', 'Beginn (Ortszeit)', 'Ende (Ortszeit)', 'Zeitzone', 'Einheiten', 'Stunden', 'Betrag', 'Währung', 'Späte Stornierung'],
    sheets: ['Auslastung', 'Entleiher', 'Buchungen'],
  },
  en: {
    resources: ['Resource', 'Kind', 'Owner', 'Open hours (× units)', 'Hours lent', 'Hours of own use', 'Utilisation', 'Occupancy', 'Bookings'],
    borrowers: ['Borrower', 'Bookings', 'Hours borrowed', 'Share of hours lent', 'Amount', 'Currency', 'Price on request', 'Late cancellations'],
    bookings: ['Resource', 'Borrower', 'Kind', 'Status', 'Start (local time)', 'End (local time)', 'Time zone', 'Units', 'Hours', 'Amount', 'Currency', 'Late cancellation'],
    sheets: ['Utilisation', 'Borrowers', 'Bookings'],
  },
  nl: {
    resources: ['Middel', 'Soort', 'Eigenaar', 'Open uren (× eenheden)', 'Uitgeleende uren', 'Uren eigen gebruik', 'Bezettingsgraad door uitlening', 'Totale bezetting', 'Reserveringen'],
    borrowers: ['Ontlener', 'Reserveringen', 'Geleende uren', 'Aandeel in uitgeleende uren', 'Bedrag', 'Munt', 'Prijs op aanvraag', 'Late annuleringen'],
    bookings: ['Middel', 'Ontlener', 'Soort', 'Status', 'Begin (lokale tijd)', 'Einde (lokale tijd)', 'Tijdzone', 'Eenheden', 'Uren', 'Bedrag', 'Munt', 'Late annulering'],
    sheets: ['Bezetting', 'Ontleners', 'Reserveringen'],
  },
};

/** Spreadsheet software runs cells starting with = + - @ as formulas: prefix them so exported data stays data. */
function defuse(value: Cell): Cell {
  return typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

const local = (t: number, zone: string) => new Intl.DateTimeFormat('sv-SE', { timeZone: zone, dateStyle: 'short', timeStyle: 'short' }).format(new Date(t));
const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

/** The owner's report as CSV (one table, `what`) or XLSX (three sheets), headings in the reader's language. */
export async function exportOwnerReport(opts: {
  db: Db;
  actor: Actor;
  query: ReportQuery;
  format: 'csv' | 'xlsx';
  what: 'resources' | 'borrowers' | 'bookings';
  locale: Locale;
}) {
  const { db, actor, query, locale } = opts;
  if (query.organisation && !actor.organisationIds.has(query.organisation) && !actor.isAdmin) throw forbidden('You do not represent this organisation');
  const owners = query.organisation ? [query.organisation] : [...actor.organisationIds];
  const from = Date.parse(query.from);
  const to = Date.parse(query.to);
  const ids = owners.length
    ? (await queryRows<{ id: string }>(db, sql`SELECT id FROM resources WHERE owner_organisation_id = ANY(${`{${owners.join(',')}}`}::uuid[])`)).map((r) => r.id)
    : [];
  const usages = await computeUsage(db, ids, from, to);
  const tables: Record<'resources' | 'borrowers' | 'bookings', Cell[][]> = {
    resources: usages.map((u) => [
      u.resource.name,
      u.resource.kind,
      u.resource.owner_name,
      round(u.availableHours, 1),
      round(u.bookedHours, 1),
      round(u.ownerHours, 1),
      round(u.utilisation, 3),
      round(u.occupancy, 3),
      u.bookings.filter((b) => b.kind === 'booking' && b.status === 'approved').length,
    ]),
    borrowers: sharesPerBorrower(usages, from, to).map((b) => [
      b.borrower.name,
      b.bookings,
      round(b.hours, 1),
      round(b.share, 3),
      b.amountCents / 100,
      usages[0]?.resource.currency ?? 'EUR',
      b.onRequest,
      b.lateCancellations,
    ]),
    bookings: usages.flatMap((u) =>
      u.bookings.map((b) => [
        u.resource.name,
        b.borrowerName,
        b.kind,
        b.status,
        local(b.start, u.resource.time_zone),
        local(b.end, u.resource.time_zone),
        u.resource.time_zone,
        b.units,
        round(b.hours, 2),
        b.amountCents === null ? null : b.amountCents / 100,
        u.resource.currency,
        b.late ? 'x' : '',
      ]),
    ),
  };
  const head = headings[locale];
  if (opts.format === 'csv') {
    const text = Papa.unparse({ fields: head[opts.what], data: tables[opts.what].map((r) => r.map(defuse)) }, { delimiter: ';' });
    return { body: Buffer.from(`\uFEFF${text}\r\n`, 'utf8'), count: tables[opts.what].length };
  }
  const book = new ExcelJS.Workbook();
  (['resources', 'borrowers', 'bookings'] as const).forEach((what, i) => {
    const sheet = book.addWorksheet(head.sheets[i]!);
    sheet.addRow(head[what]).font = { bold: true };
    for (const r of tables[what]) sheet.addRow(r.map(defuse));
    sheet.views = [{ state: 'frozen', ySplit: 1 }];
    sheet.columns.forEach((c) => (c.width = 20));
  });
  return { body: Buffer.from(await book.xlsx.writeBuffer()), count: tables[opts.what].length };
}
