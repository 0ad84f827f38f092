import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { Db } from '../../db/client';
import type { EventQuestion, Locale } from '../../db/schema';
import type { Actor } from '../policy/actor';
import { listAttendees, type Attendee } from './check-in';
import { intlLocale, pickText } from './event-mail';
import { getManagedEvent } from './events';

const headings: Record<Locale, string[]> = {
  fr: ['Nom', 'E-mail', 'Organisation', 'Statut', 'Inscrit le', 'Arrivé à', 'Présence', 'Code d’accueil'],
  de: ['Name', 'E-Mail', 'Organisation', 'Status', 'Angemeldet am', 'Eingecheckt um', 'Anwesenheit', 'Check-in-Code'],
  en: ['Name', 'E-mail', 'Organisation', 'Status', 'Registered on', 'Checked in at', 'Attendance', 'Check-in code'],
  nl: ['Naam', 'E-mail', 'Organisatie', 'Status', 'Ingeschreven op', 'Ingecheckt om', 'Aanwezigheid', 'Check-incode'],
};

const words: Record<Locale, Record<string, string>> = {
  fr: { confirmed: 'confirmé', waitlisted: 'liste d’attente', cancelled: 'annulé', unknown: '', attended: 'présent', no_show: 'absent', yes: 'oui', no: 'non' },
  de: { confirmed: 'bestätigt', waitlisted: 'Warteliste', cancelled: 'storniert', unknown: '', attended: 'anwesend', no_show: 'nicht erschienen', yes: 'ja', no: 'nein' },
  en: { confirmed: 'confirmed', waitlisted: 'waiting list', cancelled: 'cancelled', unknown: '', attended: 'attended', no_show: 'no-show', yes: 'yes', no: 'no' },
  nl: { confirmed: 'bevestigd', waitlisted: 'wachtlijst', cancelled: 'geannuleerd', unknown: '', attended: 'aanwezig', no_show: 'afwezig', yes: 'ja', no: 'nee' },
};

/** Spreadsheet software runs cells starting with = + - @ as formulas: prefix them so exported data stays data. */
const defuse = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

export function answerText(q: EventQuestion, value: unknown, locale: Locale): string {
  if (value === undefined || value === null || value === '') return '';
  if (q.kind === 'boolean') return value ? words[locale].yes! : words[locale].no!;
  const label = (id: string) => pickText(q.options?.find((o) => o.id === id)?.label ?? {}, locale) || id;
  if (q.kind === 'choice') return label(String(value));
  if (q.kind === 'multi') return (Array.isArray(value) ? value : []).map((v) => label(String(v))).join(', ');
  return String(value);
}

function rows(attendees: Attendee[], questions: EventQuestion[], locale: Locale, timeZone: string) {
  const when = (d: Date | null) =>
    d ? new Intl.DateTimeFormat(intlLocale[locale], { dateStyle: 'short', timeStyle: 'short', timeZone }).format(d) : '';
  return attendees.map((a) =>
    [
      a.name,
      a.email,
      a.organisationName,
      words[locale][a.status] ?? a.status,
      when(a.createdAt),
      when(a.checkedInAt),
      words[locale][a.attendance] ?? a.attendance,
      a.checkInCode,
      ...questions.map((q) => answerText(q, a.answers[q.id], locale)),
    ].map(defuse),
  );
}

/** The attendance list as CSV (UTF-8 with BOM, `;` for European Excel) or XLSX, with one column per question. */
export async function exportAttendance(opts: { db: Db; actor: Actor; eventId: string; format: 'csv' | 'xlsx'; locale: Locale }) {
  const event = await getManagedEvent(opts.db, opts.actor, opts.eventId);
  const attendees = await listAttendees({ db: opts.db, actor: opts.actor, eventId: opts.eventId });
  const head = [...headings[opts.locale], ...event.questions.map((q) => pickText(q.label, opts.locale))];
  const data = rows(attendees, event.questions, opts.locale, event.timeZone);
  const fileBase = `attendance-${event.startsAt.toISOString().slice(0, 10)}`;
  if (opts.format === 'csv') {
    const text = Papa.unparse({ fields: head, data }, { delimiter: ';' });
    return { body: Buffer.from(`\uFEFF${text}\r\n`, 'utf8'), count: data.length, fileName: `${fileBase}.csv` };
  }
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(pickText(event.title, opts.locale).replace(/[\\/?*[\]:]/g, ' ').slice(0, 31) || 'Attendance');
  sheet.addRow(head).font = { bold: true };
  for (const r of data) sheet.addRow(r);
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  sheet.columns.forEach((c) => (c.width = 22));
  return { body: Buffer.from(await book.xlsx.writeBuffer()), count: data.length, fileName: `${fileBase}.xlsx` };
}
