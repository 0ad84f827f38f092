import type { Meeting, Participant, Problem, Slot } from './problem-schema';
import { createRandom, shuffleInPlace, type Random } from './prng';
import { pinSomeMeetings } from './generate-pins';

export interface GenerateOptions {
  participants: number;
  /** Average number of meetings each participant takes part in. */
  meetingsPerParticipant?: number;
  /** Share of participants who are buyers; the others are suppliers. */
  buyerShare?: number;
  /** Share of meetings between two suppliers (makes the meeting graph non-bipartite). */
  peerShare?: number;
  /** Zipf-like exponent of supplier popularity (0: uniform). */
  popularity?: number;
  slots?: number;
  sessions?: number;
  slotMinutes?: number;
  /** Tables per slot; when absent, derived from capacityRatio = tables × slots / meetings. */
  tables?: number;
  capacityRatio?: number;
  /** Share of participant–slot pairs unavailable (late arrivals, early departures). */
  unavailableDensity?: number;
  /** Share of meetings restricted to one session. */
  sessionShare?: number;
  /** Share of meetings with priority 2 (a fifth of them get 3). */
  priorityShare?: number;
  fixedShare?: number;
  lockedShare?: number;
  afterShare?: number;
  /** Share of suppliers with a fixed table (exhibitor stands). */
  fixedTableShare?: number;
  /** Share of participants with a maxMeetings below their number of requests. */
  maxMeetingsShare?: number;
  seed?: number;
}

/** Realistic random convention: buyers request suppliers, popular suppliers get more requests. */
export function generateInstance(options: GenerateOptions): Problem {
  const random = createRandom(options.seed ?? 1);
  const P = Math.max(2, Math.floor(options.participants));
  const slotCount = options.slots ?? 16;
  const sessionCount = Math.max(1, Math.min(options.sessions ?? 2, slotCount));
  const slots = makeSlots(slotCount, sessionCount, options.slotMinutes ?? 20);
  const buyers = Math.max(1, Math.min(P - 1, Math.round(P * (options.buyerShare ?? 0.4))));
  const participants: Participant[] = Array.from({ length: P }, (_, i) => ({
    id: i < buyers ? `b${i + 1}` : `s${i - buyers + 1}`,
  }));
  const target = Math.round((P * (options.meetingsPerParticipant ?? 5)) / 2);
  const pairs = drawPairs(P, buyers, target, slotCount, options, random);

  const meetings: Meeting[] = pairs.map(([a, b], i) => {
    const meeting: Meeting = { id: `m${i + 1}`, participants: [participants[a]!.id, participants[b]!.id] };
    const roll = random.next();
    const priorityShare = options.priorityShare ?? 0.2;
    if (roll < priorityShare) meeting.priority = roll < priorityShare / 5 ? 3 : 2;
    if (random.next() < (options.sessionShare ?? 0.1)) {
      meeting.session = slots[random.int(slotCount)]!.session!;
    }
    return meeting;
  });
  const tables = options.tables ?? Math.max(1, Math.ceil(((options.capacityRatio ?? 1) * meetings.length) / slotCount));

  addUnavailability(participants, slots, options.unavailableDensity ?? 0.05, random);
  addFixedTables(participants, buyers, tables, options.fixedTableShare ?? 0, random);
  addMaxMeetings(participants, meetings, options.maxMeetingsShare ?? 0.05, random);
  const problem: Problem = { slots, tables, participants, meetings };
  pinSomeMeetings(problem, options.fixedShare ?? 0.01, options.lockedShare ?? 0, random);
  addAfter(meetings, options.afterShare ?? 0.01, random);
  return problem;
}

function makeSlots(count: number, sessions: number, minutes: number): Slot[] {
  const perSession = Math.ceil(count / sessions);
  const labels = sessions === 2 ? ['am', 'pm'] : Array.from({ length: sessions }, (_, i) => `session-${i + 1}`);
  const base = Date.UTC(2026, 5, 4, 7, 0, 0);
  const sessionSpan = perSession * minutes + 60;
  return Array.from({ length: count }, (_, i) => {
    const session = Math.floor(i / perSession);
    const start = base + (session * sessionSpan + (i % perSession) * minutes) * 60_000;
    return {
      id: `t${i + 1}`,
      start: new Date(start).toISOString(),
      end: new Date(start + minutes * 60_000).toISOString(),
      session: labels[session]!,
    };
  });
}

function drawPairs(
  P: number,
  buyers: number,
  target: number,
  slotCount: number,
  options: GenerateOptions,
  random: Random,
): [number, number][] {
  const suppliers = P - buyers;
  // Popularity rank is independent of supplier index so ids do not reveal it.
  const rankToSupplier = shuffleInPlace(Array.from({ length: suppliers }, (_, i) => buyers + i), random);
  const exponent = options.popularity ?? 1;
  const offset = Math.max(1, suppliers * 0.05);
  const cumulative = new Float64Array(suppliers);
  let sum = 0;
  for (let k = 0; k < suppliers; k++) {
    sum += 1 / Math.pow(k + offset, exponent);
    cumulative[k] = sum;
  }
  const drawSupplier = (): number => {
    const x = random.next() * sum;
    let lo = 0;
    let hi = suppliers - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return rankToSupplier[lo]!;
  };
  // Event tools cap requests per participant at the number of slots; we do the same.
  const degree = new Int32Array(P);
  const seen = new Set<number>();
  const pairs: [number, number][] = [];
  const peerShare = options.peerShare ?? 0;
  for (let tries = 0; pairs.length < target && tries < target * 20; tries++) {
    const a = random.next() < peerShare ? drawSupplier() : random.int(buyers);
    const b = drawSupplier();
    if (a === b || degree[a]! >= slotCount || degree[b]! >= slotCount) continue;
    const key = Math.min(a, b) * P + Math.max(a, b);
    if (seen.has(key)) continue;
    seen.add(key);
    degree[a]!++;
    degree[b]!++;
    pairs.push([a, b]);
  }
  return pairs;
}

function addUnavailability(participants: Participant[], slots: Slot[], density: number, random: Random): void {
  if (density <= 0) return;
  const S = slots.length;
  for (const participant of participants) {
    // Mostly blocks at the start or end of the day, sometimes an isolated slot.
    const length = Math.round(random.next() * 2 * density * S);
    const unavailable = new Set<string>();
    const fromStart = random.next() < 0.5;
    for (let k = 0; k < Math.min(length, S - 1); k++) unavailable.add(slots[fromStart ? k : S - 1 - k]!.id);
    if (random.next() < density * 2) unavailable.add(slots[random.int(S)]!.id);
    if (unavailable.size >= S) unavailable.delete(slots[0]!.id);
    if (unavailable.size > 0) participant.unavailable = [...unavailable];
  }
}

function addFixedTables(participants: Participant[], buyers: number, tables: number, share: number, random: Random): void {
  const suppliers = participants.length - buyers;
  const count = Math.min(tables, Math.round(suppliers * share));
  const chosen = shuffleInPlace(Array.from({ length: suppliers }, (_, i) => buyers + i), random).slice(0, count);
  chosen.forEach((p, i) => {
    participants[p]!.fixedTable = i + 1;
  });
}

function addMaxMeetings(participants: Participant[], meetings: Meeting[], share: number, random: Random): void {
  const degree = new Map<string, number>();
  for (const m of meetings) for (const pid of m.participants) degree.set(pid, (degree.get(pid) ?? 0) + 1);
  for (const participant of participants) {
    const d = degree.get(participant.id) ?? 0;
    if (d >= 2 && random.next() < share) participant.maxMeetings = 1 + random.int(d - 1);
  }
}

/** Follow-up meetings: a meeting comes after another meeting of the same participant, never in a chain. */
function addAfter(meetings: Meeting[], share: number, random: Random): void {
  if (share <= 0) return;
  const used = new Set<string>();
  const byParticipant = new Map<string, Meeting[]>();
  for (const m of meetings) for (const pid of m.participants) byParticipant.set(pid, [...(byParticipant.get(pid) ?? []), m]);
  for (const m of meetings) {
    if (random.next() >= share || used.has(m.id) || m.locked || m.fixedSlot) continue;
    const list = byParticipant.get(m.participants[0]) ?? [];
    const other = list[random.int(list.length)];
    if (!other || other.id === m.id || used.has(other.id) || other.locked || other.fixedSlot) continue;
    m.after = [other.id];
    used.add(m.id);
    used.add(other.id);
  }
}
