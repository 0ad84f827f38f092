import { describe, expect, it } from 'vitest';
import { parseProblem, ScheduleInputError } from './parse-problem';
import { generateInstance } from './generate-instance';
import { solveSchedule } from './solve-schedule';
import { validatePlan } from './validate-plan';
import { createRandom } from './prng';

const slots = [
  { id: 's1', start: '2026-06-04T09:00:00+02:00', end: '2026-06-04T09:20:00+02:00', session: 'am' },
  { id: 's2', start: '2026-06-04T09:20:00+02:00', end: '2026-06-04T09:40:00+02:00', session: 'am' },
  { id: 's3', start: '2026-06-04T14:00:00+02:00', end: '2026-06-04T14:20:00+02:00', session: 'pm' },
];

function issuesOf(json: unknown): string[] {
  try {
    parseProblem(json);
  } catch (error) {
    expect(error).toBeInstanceOf(ScheduleInputError);
    return (error as ScheduleInputError).issues;
  }
  throw new Error('expected parseProblem to throw');
}

describe('parseProblem', () => {
  it('accepts the minimal contract and keeps optional fields', () => {
    const problem = parseProblem({
      slots: [{ id: 's1', start: '2026-06-04T09:00:00Z', end: '2026-06-04T09:20:00Z' }],
      tables: 2,
      participants: [{ id: 'p1' }, { id: 'p2', unavailable: [], maxMeetings: 3, fixedTable: 2 }],
      meetings: [{ id: 'm1', participants: ['p1', 'p2'], priority: 2 }],
    });
    expect(problem.meetings[0]!.priority).toBe(2);
    expect(problem.participants[1]!.fixedTable).toBe(2);
  });

  it('names the item for shape errors', () => {
    const issues = issuesOf({ slots, tables: 0, participants: [{ id: 'p1', maxMeetings: -1 }], meetings: [{ id: 'm1', participants: ['p1'] }] });
    expect(issues.some((i) => i.startsWith('tables'))).toBe(true);
    expect(issues.some((i) => i.includes('participants[0] (id "p1").maxMeetings'))).toBe(true);
    expect(issues.some((i) => i.includes('meetings[0] (id "m1").participants'))).toBe(true);
  });

  it('reports unknown ids, duplicates and self-meetings by name', () => {
    const issues = issuesOf({
      slots: [...slots, slots[0]],
      tables: 2,
      participants: [{ id: 'p1', unavailable: ['s9'] }, { id: 'p1' }, { id: 'p2', fixedTable: 5 }],
      meetings: [
        { id: 'm1', participants: ['p1', 'ghost'] },
        { id: 'm2', participants: ['p2', 'p2'] },
        { id: 'm3', participants: ['p1', 'p2'], session: 'eve', fixedSlot: 's7', after: ['m404'] },
        { id: 'm3', participants: ['p1', 'p2'] },
      ],
    });
    expect(issues).toEqual(
      expect.arrayContaining([
        'slot "s1": duplicate id',
        'participant "p1": duplicate id',
        'meeting "m3": duplicate id',
        'participant "p1": unavailable slot "s9" is unknown',
        'participant "p2": fixed table 5 exceeds tables (2)',
        'meeting "m1": participant "ghost" is unknown',
        'meeting "m2": participant "p2" cannot meet itself',
        'meeting "m3": session "eve" has no slot',
        'meeting "m3": fixed slot "s7" is unknown',
        'meeting "m3": "after" meeting "m404" is unknown',
      ]),
    );
  });

  it('reports contradictory fixed and locked meetings', () => {
    const issues = issuesOf({
      slots,
      tables: 2,
      participants: [{ id: 'a', unavailable: ['s3'], fixedTable: 1 }, { id: 'b' }, { id: 'c', maxMeetings: 1 }],
      meetings: [
        { id: 'm1', participants: ['a', 'b'], fixedSlot: 's1' },
        { id: 'm2', participants: ['a', 'c'], fixedSlot: 's1' },
        { id: 'm3', participants: ['b', 'c'], locked: { slot: 's2', table: 2 }, fixedSlot: 's3' },
        { id: 'm4', participants: ['a', 'c'], locked: { slot: 's3', table: 2 } },
        { id: 'm5', participants: ['b', 'a'], session: 'pm', fixedSlot: 's1' },
      ],
    });
    expect(issues).toEqual(
      expect.arrayContaining([
        'meeting "m2": participant "a" already has meeting "m1" fixed in slot "s1"',
        'meeting "m3": locked slot "s2" contradicts fixed slot "s3"',
        'meeting "m4": locked in slot "s3" where participant "a" is unavailable',
        'meeting "m4": locked table 2 contradicts fixed table 1 of "a"',
        'participant "c": 2 locked meetings exceed maxMeetings 1',
        'meeting "m5": fixed slot "s1" is outside its session "pm"',
      ]),
    );
  });

  it('reports locked meetings sharing a table and "after" cycles or orders that locks contradict', () => {
    const issues = issuesOf({
      slots,
      tables: 3,
      participants: [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }],
      meetings: [
        { id: 'm1', participants: ['a', 'b'], locked: { slot: 's2', table: 1 } },
        { id: 'm2', participants: ['c', 'd'], locked: { slot: 's2', table: 1 } },
        { id: 'm3', participants: ['a', 'c'], locked: { slot: 's1', table: 2 }, after: ['m1'] },
        { id: 'm4', participants: ['b', 'd'], after: ['m5'] },
        { id: 'm5', participants: ['a', 'd'], after: ['m4'] },
      ],
    });
    expect(issues).toEqual(
      expect.arrayContaining([
        'meeting "m2": table 1 in slot "s2" is already locked by "m1"',
        'meeting "m3": locked in "s1", not after locked meeting "m1" in "s2"',
      ]),
    );
    expect(issues.some((i) => i.includes('creates a cycle'))).toBe(true);
  });

  it('rejects slots that end before they start', () => {
    const issues = issuesOf({
      slots: [{ id: 's1', start: '2026-06-04T10:00:00Z', end: '2026-06-04T09:00:00Z' }, { id: 's2', start: 'soon', end: 'later' }],
      tables: 1,
      participants: [],
      meetings: [],
    });
    expect(issues).toEqual(['slot "s1": end must be after start', 'slot "s2": start and end must be ISO dates']);
  });
});

describe('parseProblem on mutated input', () => {
  it('either accepts (and the plan validates) or throws a ScheduleInputError, never anything else', () => {
    const random = createRandom(99);
    const junk = [null, -1, 0, 1.5, '', 'x', [], {}, 's1', 'm1', 'b1', 10_000, true];
    let accepted = 0;
    for (let round = 0; round < 150; round++) {
      const problem = JSON.parse(JSON.stringify(generateInstance({ participants: 12, seed: round, lockedShare: 0.1, afterShare: 0.2 }))) as Record<string, unknown>;
      // Overwrite one random leaf (or container) somewhere in the document with junk.
      let node: unknown = problem;
      for (let depth = 0; depth < 4; depth++) {
        const keys = node && typeof node === 'object' ? Object.keys(node) : [];
        if (keys.length === 0) break;
        const key = keys[random.int(keys.length)]!;
        const child = (node as Record<string, unknown>)[key];
        if (depth === 3 || child === null || typeof child !== 'object' || random.next() < 0.3) {
          (node as Record<string, unknown>)[key] = junk[random.int(junk.length)];
          break;
        }
        node = child;
      }
      let parsed;
      try {
        parsed = parseProblem(problem);
      } catch (error) {
        expect(error).toBeInstanceOf(ScheduleInputError);
        expect((error as ScheduleInputError).issues.length).toBeGreaterThan(0);
        continue;
      }
      accepted++;
      const plan = solveSchedule(parsed, { seed: round });
      expect(validatePlan(parsed, plan).violations).toEqual([]);
    }
    expect(accepted).toBeGreaterThan(0);
  });
});
