import Papa from 'papaparse';
import { decodeText } from '../import/decode-text';
import { AppError } from '../errors';
import { readZipEntries } from './read-zip-entries';

export interface PostalCodeEntry {
  country: string;
  postcode: string;
  place: string;
  region: string;
  latitude: number;
  longitude: number;
}

export interface PostalCodeFile {
  entries: PostalCodeEntry[];
  /** Lines left out, with why: GeoNames' company postcodes (not places) and unreadable coordinates. */
  skipped: { corporate: number; invalid: number };
}

// GeoNames' official columns (readme.txt of download.geonames.org/export/zip), tab-separated, no heading.
const officialColumns = ['country_code', 'zipcode', 'place', 'state', 'state_code', 'province', 'province_code', 'community', 'community_code', 'latitude', 'longitude', 'accuracy'];

/**
 * A GeoNames postal-code file in the official tab-separated format (.txt, or the .zip it is published in), or the
 * same data as CSV with headings (country_code, zipcode, place, state, …, latitude, longitude[, entry_kind]).
 */
export function readPostalCodeFile(content: Buffer, fileName: string): PostalCodeFile {
  if (/\.zip$/i.test(fileName) || (content[0] === 0x50 && content[1] === 0x4b)) {
    const entries = readZipEntries(content).filter((e) => /\.(txt|csv|tsv)$/i.test(e.name) && !/readme/i.test(e.name));
    if (!entries.length) throw new AppError('validation', 'The archive holds no postal-code .txt file', 'file');
    const parts = entries.map((e) => readPostalCodeFile(e.content, e.name));
    return {
      entries: parts.flatMap((p) => p.entries),
      skipped: { corporate: parts.reduce((s, p) => s + p.skipped.corporate, 0), invalid: parts.reduce((s, p) => s + p.skipped.invalid, 0) },
    };
  }
  const { text } = decodeText(content);
  const firstLine = text.slice(0, text.indexOf('\n') >>> 0);
  const hasHeadings = /country_code|countrycode|zipcode|postal_code|postcode/i.test(firstLine);
  const delimiter = firstLine.includes('\t') ? '\t' : firstLine.includes(';') && !firstLine.includes(',') ? ';' : ',';
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: true, quoteChar: delimiter === '\t' ? '\u0000' : '"' });
  const rows = parsed.data;
  const headings = (hasHeadings ? rows[0]! : officialColumns).map((h) => h.trim().toLowerCase().replace(/\s+/g, '_'));
  const col = (...names: string[]) => headings.findIndex((h) => names.includes(h));
  const at = {
    country: col('country_code', 'countrycode', 'country'),
    postcode: col('zipcode', 'postal_code', 'postcode', 'zip'),
    place: col('place', 'place_name', 'placename'),
    region: col('state', 'admin_name1', 'admin1'),
    lat: col('latitude', 'lat'),
    lon: col('longitude', 'lon', 'lng'),
    kind: col('entry_kind'),
  };
  const missing = Object.entries(at).filter(([k, i]) => k !== 'kind' && i < 0).map(([k]) => k);
  if (missing.length) throw new AppError('validation', `The file lacks the columns ${missing.join(', ')}`, 'file');
  const entries: PostalCodeEntry[] = [];
  const skipped = { corporate: 0, invalid: 0 };
  for (const r of hasHeadings ? rows.slice(1) : rows) {
    if (at.kind >= 0 && r[at.kind] === 'corporate_postcode') {
      skipped.corporate++;
      continue;
    }
    const latitude = Number(r[at.lat]);
    const longitude = Number(r[at.lon]);
    const country = (r[at.country] ?? '').trim().toUpperCase();
    const postcode = (r[at.postcode] ?? '').trim();
    const place = (r[at.place] ?? '').trim();
    if (!/^[A-Z]{2}$/.test(country) || !postcode || !place || !Number.isFinite(latitude) || !Number.isFinite(longitude) || Math.abs(latitude) > 90 || Math.abs(longitude) > 180 || r[at.lat]?.trim() === '') {
      skipped.invalid++;
      continue;
    }
    entries.push({ country, postcode, place, region: (r[at.region] ?? '').trim(), latitude, longitude });
  }
  return { entries, skipped };
}
