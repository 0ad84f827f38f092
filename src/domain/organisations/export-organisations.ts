import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { Db } from '../../db/client';
import type { Locale, organisations } from '../../db/schema';
import { naceLabel } from '../classifications/nace';
import type { Actor } from '../policy/actor';
import { searchOrganisations, type SearchOrganisationsQuery } from './search-organisations';

export const EXPORT_LIMIT = 100_000;
const PAGE = 200;

type Org = typeof organisations.$inferSelect;

/** Column headings in the user's language; the values are the same in every language but the NACE labels. */
const headings: Record<Locale, string[]> = {
  fr: ['Nom', 'Raison sociale', 'Type', 'Pays', 'Adresse', 'Code postal', 'Commune', 'Latitude', 'Longitude', 'Codes NACE', 'Activités (NACE)', 'N° d’entreprise (BE)', 'SIREN', 'SIRET', 'RCS (LU)', 'Registre (DE)', 'Tranche d’effectif', 'Site web', 'E-mail', 'Téléphone', 'Capacités', 'Certifications', 'Étiquettes'],
  de: ['Name', 'Firmenname', 'Art', 'Land', 'Adresse', 'PLZ', 'Ort', 'Breite', 'Länge', 'NACE-Codes', 'Tätigkeiten (NACE)', 'Unternehmensnummer (BE)', 'SIREN', 'SIRET', 'RCS (LU)', 'Handelsregister (DE)', 'Größenklasse', 'Website', 'E-Mail', 'Telefon', 'Fähigkeiten', 'Zertifizierungen', 'Schlagwörter'],
  en: ['Name', 'Legal name', 'Kind', 'Country', 'Address', 'Postcode', 'Commune', 'Latitude', 'Longitude', 'NACE codes', 'Activities (NACE)', 'Enterprise number (BE)', 'SIREN', 'SIRET', 'RCS (LU)', 'Register (DE)', 'Size band', 'Website', 'E-mail', 'Phone', 'Capabilities', 'Certifications', 'Tags'],
  nl: ['Naam', 'Juridische naam', 'Soort', 'Land', 'Adres', 'Postcode', 'Gemeente', 'Breedtegraad', 'Lengtegraad', 'NACE-codes', 'Activiteiten (NACE)', 'Ondernemingsnummer (BE)', 'SIREN', 'SIRET', 'RCS (LU)', 'Register (DE)', 'Grootteklasse', 'Website', 'E-mail', 'Telefoon', 'Capaciteiten', 'Certificeringen', 'Labels'],
};

function rowOf(o: Org, locale: Locale): (string | number | null)[] {
  return [
    o.name, o.legalName, o.kind, o.country, o.address, o.postcode, o.commune, o.latitude, o.longitude,
    o.naceCodes.join(', '), o.naceCodes.map((c) => naceLabel(c, locale)).join(' | '),
    o.beEnterprise, o.frSiren, o.frSiret, o.luRcs, o.deRegister ? `${o.deRegister} ${o.deCourt}`.trim() : null,
    o.sizeBand, o.website, o.email, o.phone, o.capabilities.join(', '), o.certifications.join(', '), o.tags.join(', '),
  ];
}

/** Spreadsheet software runs cells starting with = + - @ as formulas: prefix them so exported data stays data. */
function defuse(value: string | number | null): string | number | null {
  return typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

async function collect(db: Db, actor: Actor, query: SearchOrganisationsQuery): Promise<Org[]> {
  const out: Org[] = [];
  for (let page = 1; out.length < EXPORT_LIMIT; page++) {
    const r = await searchOrganisations({ db, actor, query: { ...query, page, pageSize: PAGE, sort: query.sort ?? 'name' } });
    out.push(...r.items.map((i) => i.organisation));
    if (r.items.length < PAGE) break;
  }
  return out.slice(0, EXPORT_LIMIT);
}

/** The filtered list the actor can see, as CSV (UTF-8 with BOM, `;` for European Excel) or XLSX. */
export async function exportOrganisations(opts: { db: Db; actor: Actor; query: SearchOrganisationsQuery; format: 'csv' | 'xlsx'; locale: Locale }) {
  const rows = (await collect(opts.db, opts.actor, opts.query)).map((o) => rowOf(o, opts.locale).map(defuse));
  const head = headings[opts.locale];
  if (opts.format === 'csv') {
    const text = Papa.unparse({ fields: head, data: rows }, { delimiter: ';' });
    return { body: Buffer.from(`\uFEFF${text}\r\n`, 'utf8'), count: rows.length };
  }
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Organisations');
  sheet.addRow(head).font = { bold: true };
  for (const r of rows) sheet.addRow(r);
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  sheet.columns.forEach((c) => (c.width = 18));
  return { body: Buffer.from(await book.xlsx.writeBuffer()), count: rows.length };
}
