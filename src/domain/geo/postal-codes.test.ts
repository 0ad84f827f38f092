import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../../tests/test-database';
import { projectRoot } from '../../config/paths';
import type { Database } from '../../db/client';
import { geocodePlaces } from './geocode-places';
import { importPostalCodes } from './import-postal-codes';
import { readPostalCodeFile } from './read-postal-code-file';

const folder = path.resolve(projectRoot, '..', 'shared', 'data', 'geo', 'postal_codes_geonames');
const hasData = fs.existsSync(folder);

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

// Two lines of GeoNames' official format: tab-separated, no heading, accuracy last.
const official = [
  'BE\t6900\tMarche-en-Famenne\tWallonie\tWAL\tProvince de Luxembourg\tWLX\tMarche-en-Famenne\t83\t50.2268\t5.3442\t1',
  'LU\tL-9999\tWemperhaardt\tClervaux\tCL\tWeiswampach\t\t\t\t50.1333\t6.0833\t1',
  'DE\t66111\tSaarbrücken\tSaarland\tSL\t\t\tRegionalverband Saarbrücken\t10041\t\t\t',
].join('\n');

/** A .zip as GeoNames publishes it: the data file and a readme, deflated. */
function zipOf(files: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(files)) {
    const data = Buffer.from(text);
    const packed = zlib.deflateRawSync(data);
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(8, 8);
    header.writeUInt32LE(zlib.crc32(data), 14);
    header.writeUInt32LE(packed.length, 18);
    header.writeUInt32LE(data.length, 22);
    header.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(zlib.crc32(data), 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(header, Buffer.from(name), packed);
    centrals.push(central, Buffer.from(name));
    offset += 30 + name.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

describe('GeoNames postal codes', () => {
  it('reads the official tab-separated format, plain or zipped, and leaves out lines without coordinates', () => {
    const plain = readPostalCodeFile(Buffer.from(official), 'allCountries.txt');
    expect(plain.entries).toEqual([
      { country: 'BE', postcode: '6900', place: 'Marche-en-Famenne', region: 'Wallonie', latitude: 50.2268, longitude: 5.3442 },
      { country: 'LU', postcode: 'L-9999', place: 'Wemperhaardt', region: 'Clervaux', latitude: 50.1333, longitude: 6.0833 },
    ]);
    expect(plain.skipped).toEqual({ corporate: 0, invalid: 1 });
    const zipped = readPostalCodeFile(zipOf({ 'readme.txt': 'GeoNames postal codes', 'BE.txt': official }), 'BE.zip');
    expect(zipped.entries).toEqual(plain.entries);
  });

  it.skipIf(!hasData)('loads the Grande Région files (BE, LU, FR Grand Est, DE) idempotently and geocodes from them (skipped without ../shared/data/geo)', async () => {
    const files = fs.readdirSync(folder).filter((f) => f.endsWith('.csv'));
    const parsed = files.map((f) => readPostalCodeFile(fs.readFileSync(path.join(folder, f)), f));
    const entries = parsed.flatMap((p) => p.entries);
    // GeoNames' company postcodes (Großkunden-PLZ) name firms, not places.
    expect(parsed.reduce((s, p) => s + p.skipped.corporate, 0)).toBeGreaterThan(300);
    expect(entries.some((e) => e.place === 'AOK-Verlag GmbH')).toBe(false);
    const started = performance.now();
    const first = await importPostalCodes(database.db, entries);
    const ms = performance.now() - started;
    console.log(`geo import: ${entries.length} lines in ${Math.round(ms)} ms (${Math.round(entries.length / (ms / 1000))} lines/s)`);
    expect(Object.keys(first.countries).sort()).toEqual(['BE', 'DE', 'FR', 'LU']);
    const loaded = Object.values(first.countries).reduce((s, c) => s + c.inserted + c.updated, 0);
    expect(loaded + first.duplicates).toBe(entries.length);
    const again = await importPostalCodes(database.db, entries);
    expect(Object.values(again.countries).every((c) => c.inserted === 0)).toBe(true);

    const [marche, bettange, warcq, lux, saarbruecken, nowhere] = await geocodePlaces(database.db, [
      { country: 'BE', postcode: '6900', commune: 'Marche-en-Famenne' },
      { country: 'LU', postcode: 'L-4970', commune: 'Bettange-sur-Mess' },
      { country: 'FR', postcode: '8000', commune: 'WARCQ' },
      { country: 'LU', commune: 'Luxembourg' },
      { country: 'DE', postcode: '66111' },
      { country: 'BE', postcode: '0000' },
    ]);
    expect(marche).toMatchObject({ precision: 'postcode+commune', latitude: 50.2268, longitude: 5.3442 });
    expect(bettange).toMatchObject({ latitude: 49.5764, longitude: 5.9949, precision: 'postcode+commune' });
    expect(warcq).toMatchObject({ latitude: 49.7752, longitude: 4.6817 });
    expect(lux?.precision).toBe('commune');
    expect(saarbruecken?.latitude).toBeCloseTo(49.23, 1);
    expect(nowhere).toBeUndefined();
  });
});
