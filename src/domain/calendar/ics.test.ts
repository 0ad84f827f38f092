import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, writeIcs, type IcsEntry } from './ics';
import { timeZoneTransitions, utcOffsetMinutes, zonedTimeToUtc } from './time-zones';

function parse(text: string) {
  const root = new ICAL.Component(ICAL.parse(text));
  return { root, events: root.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c)) };
}

const brussels = 'Europe/Brussels';
const now = new Date('2031-01-15T10:00:00Z');

const entry = (over: Partial<IcsEntry> = {}): IcsEntry => ({
  uid: 'event-1@maillage',
  start: new Date('2031-03-30T07:00:00Z'),
  end: new Date('2031-03-30T10:00:00Z'),
  summary: 'Convention d’affaires « achats responsables »',
  ...over,
});

describe('foldLine', () => {
  it('keeps every physical line within 75 octets and never splits a multi-byte character', () => {
    const line = `DESCRIPTION:${'Rencontre déjà prévue à Esch-sur-Alzette – Größe 😀 '.repeat(8)}`;
    const folded = foldLine(line);
    const physical = folded.split('\r\n');
    expect(physical.length).toBeGreaterThan(3);
    for (const p of physical) expect(Buffer.byteLength(p, 'utf8')).toBeLessThanOrEqual(75);
    for (const p of physical.slice(1)) expect(p.startsWith(' ')).toBe(true);
    expect(physical.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line);
    expect(folded).not.toContain('\uFFFD');
  });

  it('leaves a short line alone', () => {
    expect(foldLine('SUMMARY:Court')).toBe('SUMMARY:Court');
  });
});

describe('writeIcs', () => {
  it('writes a calendar a real parser reads back, with escaping, UID, DTSTAMP and METHOD', () => {
    const summary = 'Table ronde; achats, sous-traitance \\ ESS\nsuite';
    const text = writeIcs({
      now,
      name: 'Mes événements',
      entries: [
        entry({
          summary,
          description: 'Ligne 1\r\nLigne 2, avec virgule; point-virgule',
          location: 'Maison de l’ESS, 12 rue du Moulin, Esch-sur-Alzette',
          url: 'https://example.test/e/1',
          geo: { latitude: 49.4958, longitude: 5.9806 },
          organizer: { name: 'Cluster ESS: Grande Région', email: 'coord@example.test' },
          categories: ['business_convention'],
          status: 'CONFIRMED',
          sequence: 3,
        }),
      ],
    });
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n').every((l) => Buffer.byteLength(l, 'utf8') <= 75)).toBe(true);
    expect(text).toContain('METHOD:PUBLISH');
    expect(text).toContain('DTSTAMP:20310115T100000Z');
    expect(escapeText(summary)).toBe('Table ronde\\; achats\\, sous-traitance \\\\ ESS\\nsuite');
    const { root, events } = parse(text);
    expect(root.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(root.getFirstPropertyValue('x-wr-calname')).toBe('Mes événements');
    expect(events).toHaveLength(1);
    const ev = events[0]!;
    expect(ev.uid).toBe('event-1@maillage');
    expect(ev.summary).toBe(summary);
    expect(ev.description).toBe('Ligne 1\nLigne 2, avec virgule; point-virgule');
    expect(ev.location).toBe('Maison de l’ESS, 12 rue du Moulin, Esch-sur-Alzette');
    expect(ev.organizer).toBe('mailto:coord@example.test');
    expect(ev.sequence).toBe(3);
    expect(ev.startDate.toJSDate().toISOString()).toBe('2031-03-30T07:00:00.000Z');
    expect(ev.endDate.toJSDate().toISOString()).toBe('2031-03-30T10:00:00.000Z');
  });

  it('writes local times with a TZID and a VTIMEZONE that resolves them to the right instants, both sides of DST', () => {
    // 30 March 2031 is the last Sunday of March: Brussels moves to summer time at 01:00 UTC that morning.
    const winter = entry({ uid: 'w@maillage', start: new Date('2031-01-20T08:30:00Z'), end: new Date('2031-01-20T11:00:00Z'), timeZone: brussels });
    const summer = entry({ uid: 's@maillage', timeZone: brussels });
    const autumn = entry({ uid: 'a@maillage', start: new Date('2031-10-26T08:00:00Z'), end: new Date('2031-10-26T09:00:00Z'), timeZone: brussels });
    const text = writeIcs({ now, entries: [winter, summer, autumn] });
    expect(text).toContain('DTSTART;TZID=Europe/Brussels:20310120T093000');
    expect(text).toContain('DTSTART;TZID=Europe/Brussels:20310330T090000');
    expect(text).toContain('DTSTART;TZID=Europe/Brussels:20311026T090000');
    expect(text.match(/BEGIN:VTIMEZONE/g)).toHaveLength(1);
    expect(text).toContain('TZOFFSETTO:+0200');
    expect(text).toContain('TZOFFSETTO:+0100');
    const { root, events } = parse(text);
    const tz = root.getFirstSubcomponent('vtimezone')!;
    expect(tz.getFirstPropertyValue('tzid')).toBe(brussels);
    const byUid = new Map(events.map((e) => [e.uid, e]));
    for (const e of [winter, summer, autumn]) {
      const parsed = byUid.get(e.uid)!;
      expect(parsed.startDate.zone.tzid).toBe(brussels);
      expect(parsed.startDate.toJSDate().toISOString()).toBe(e.start.toISOString());
      expect(parsed.endDate.toJSDate().toISOString()).toBe(e.end.toISOString());
    }
  });

  it('writes one VTIMEZONE per zone used and UTC for entries without a zone', () => {
    const text = writeIcs({
      now,
      entries: [
        entry({ uid: 'a', timeZone: brussels }),
        entry({ uid: 'b', timeZone: 'America/New_York', start: new Date('2031-07-01T14:00:00Z'), end: new Date('2031-07-01T15:00:00Z') }),
        entry({ uid: 'c' }),
      ],
    });
    expect(text.match(/BEGIN:VTIMEZONE/g)).toHaveLength(2);
    expect(text).toContain('DTSTART;TZID=America/New_York:20310701T100000');
    expect(text).toContain('DTSTART:20310330T070000Z');
    const { events } = parse(text);
    expect(events.map((e) => e.startDate.toJSDate().toISOString())).toEqual([
      '2031-03-30T07:00:00.000Z',
      '2031-07-01T14:00:00.000Z',
      '2031-03-30T07:00:00.000Z',
    ]);
  });

  it('refuses an unknown zone and an entry ending before it starts', () => {
    expect(() => writeIcs({ entries: [entry({ timeZone: 'Mars/Olympus' })] })).toThrow(/Unknown time zone/);
    expect(() => writeIcs({ entries: [entry({ end: new Date('2031-03-30T06:00:00Z') })] })).toThrow(/ends before/);
  });

  it('writes an empty calendar that still parses', () => {
    const { root, events } = parse(writeIcs({ entries: [], name: 'Vide' }));
    expect(events).toHaveLength(0);
    expect(root.getFirstPropertyValue('version')).toBe('2.0');
  });
});

describe('time zones', () => {
  it('finds the two Brussels changes of 2031 to the second', () => {
    const changes = timeZoneTransitions(brussels, new Date('2031-01-01T00:00:00Z'), new Date('2032-01-01T00:00:00Z'));
    expect(changes.map((c) => [c.at.toISOString(), c.offsetFrom, c.offsetTo, c.isDst])).toEqual([
      ['2031-03-30T01:00:00.000Z', 60, 120, true],
      ['2031-10-26T01:00:00.000Z', 120, 60, false],
    ]);
  });

  it('converts local wall times to instants, including the skipped and the repeated hour', () => {
    expect(zonedTimeToUtc({ year: 2031, month: 3, day: 30, hour: 9, minute: 0 }, brussels).toISOString()).toBe('2031-03-30T07:00:00.000Z');
    expect(zonedTimeToUtc({ year: 2031, month: 1, day: 20, hour: 9, minute: 30 }, brussels).toISOString()).toBe('2031-01-20T08:30:00.000Z');
    // 02:30 does not exist on 30 March 2031 in Brussels: moved forward past the gap.
    expect(zonedTimeToUtc({ year: 2031, month: 3, day: 30, hour: 2, minute: 30 }, brussels).toISOString()).toBe('2031-03-30T01:30:00.000Z');
    // 02:30 happens twice on 26 October 2031: the earlier (summer-time) instant.
    expect(zonedTimeToUtc({ year: 2031, month: 10, day: 26, hour: 2, minute: 30 }, brussels).toISOString()).toBe('2031-10-26T00:30:00.000Z');
    expect(utcOffsetMinutes(new Date('2031-07-01T00:00:00Z'), 'America/New_York')).toBe(-240);
  });
});
