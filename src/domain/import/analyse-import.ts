import crypto from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { networkCategories, networkOrganisations, organisationCategories } from '../../db/schema';
import { geocodePlaces } from '../geo/geocode-places';
import { placeKey } from '../geo/place-key';
import type { Actor } from '../policy/actor';
import { canOnRecord } from '../policy/policy';
import { buildCandidate, categoryFinder, describeIssue, issueCode, type Candidate } from './build-candidate';
import { diffOrganisation, type OrganisationPatch } from './diff-organisation';
import { describeMatch, findExistingOrganisations, matchCode, uuidIn, type ExistingLookup } from './find-existing-organisations';
import { foldWords } from './fold-text';
import { mapColumns } from './import-fields';
import { byColumnName, type NewOrganisation } from './organisation-columns';
import { reportBuilder, SAMPLE_SIZE, type ImportReport, type ReportRow } from './import-report';
import type { ReasonCode } from './reason-codes';
import type { Sheet } from './sheet';

export interface PlannedRow extends ReportRow {
  /** The organisation to create, as JSON keyed by column name (see byColumnName). */
  record?: string;
  patch?: OrganisationPatch;
  categoryIds: string[];
  joinsNetwork: boolean;
}

export interface ImportPlan {
  report: ImportReport;
  /** The planned rows `onChunk` kept (every row without it). */
  rows: PlannedRow[];
}

export interface AnalyseOptions {
  db: Db;
  actor: Actor;
  networkId: string;
  sheet: Sheet;
  fileName: string;
  format: 'csv' | 'xlsx';
  mapping?: Record<string, string>;
  onProgress?: (processed: number, total: number) => Promise<void> | void;
  /**
   * Receives each chunk's planned rows as soon as they are planned, and returns those the plan should keep: a dry run
   * keeps none (the report is built as rows come), a commit those that change something. Without it the plan keeps
   * every row.
   */
  onChunk?: (rows: PlannedRow[]) => Promise<PlannedRow[]>;
}

const CHUNK = 1000;
const legalForms = /\b(sa|sprl|srl|sarl|sas|sasu|eurl|sca|scs|scrl|sc|se|gmbh|ag|kg|ohg|ug|ev|bv|nv|bvba|vzw|asbl|cv|cvba|ltd|inc)\b/g;

/** Keys under which two rows of one file are the same organisation. */
/** The keys two rows of one file share when they are the same organisation; `by` and `value` name it in the codes. */
function inFileKeys(c: Candidate): { key: string; what: string; by: string; value: string }[] {
  const ids = c.identifiers;
  const keys: { key: string; what: string; by: string; value: string }[] = [];
  // The keys are kept for the whole file (PlanContext.seen): joined into flat strings, since a template literal
  // builds a tree of string pieces that a Map keeps alive (20 MB at 100,000 rows).
  const key = (...parts: string[]) => parts.join('|');
  if (ids.beEnterprise) keys.push({ key: key('be', ids.beEnterprise), what: `enterprise number ${ids.beEnterprise}`, by: 'beEnterprise', value: ids.beEnterprise });
  if (ids.frSiren) keys.push({ key: key('siren', ids.frSiren), what: `SIREN ${ids.frSiren}`, by: 'frSiren', value: ids.frSiren });
  if (ids.luRcs) keys.push({ key: key('rcs', ids.luRcs), what: `RCS ${ids.luRcs}`, by: 'luRcs', value: ids.luRcs });
  if (ids.deRegister) keys.push({ key: key('de', ids.deRegister, ids.deCourt ?? ''), what: `register ${ids.deRegister}`, by: 'deRegister', value: ids.deRegister });
  const name = foldWords(c.values.name).replace(legalForms, ' ').replace(/\s+/g, ' ').trim();
  if (name) keys.push({ key: key('name', c.values.country, placeKey(c.values.commune ?? ''), name), what: 'name and commune', by: 'name', value: '' });
  return keys;
}

function newOrganisation(c: Candidate): NewOrganisation {
  const v = c.values;
  return {
    id: crypto.randomUUID(),
    name: v.name,
    legalName: v.legalName ?? '',
    kind: v.kind ?? 'company',
    country: v.country,
    address: v.address ?? '',
    postcode: v.postcode ?? '',
    commune: v.commune ?? '',
    latitude: v.latitude ?? null,
    longitude: v.longitude ?? null,
    naceCodes: v.naceCodes,
    website: v.website ?? '',
    email: v.email ?? '',
    phone: v.phone ?? '',
    description: v.description,
    tags: v.tags,
    capabilities: v.capabilities,
    certifications: v.certifications,
    sizeBand: v.sizeBand ?? null,
    visibility: v.visibility ?? 'network',
    publicConsent: v.publicConsent ?? false,
    beEnterprise: c.identifiers.beEnterprise ?? null,
    frSiren: c.identifiers.frSiren ?? null,
    frSiret: c.identifiers.frSiret ?? null,
    luRcs: c.identifiers.luRcs ?? null,
    deRegister: c.identifiers.deRegister ?? null,
    deCourt: c.identifiers.deCourt ?? '',
  };
}

/**
 * The dry run: every row validated, geocoded, matched against the database and the rest of the file, and given an
 * outcome. Writes nothing; `applyImportPlan` writes the plan.
 */
export async function analyseImport(opts: AnalyseOptions): Promise<ImportPlan> {
  const { db, actor, networkId, sheet } = opts;
  const columns = mapColumns(sheet.headings, opts.mapping);
  const categories = await db.select().from(networkCategories).where(eq(networkCategories.networkId, networkId));
  const findCategory = categoryFinder(categories);
  const ctx: PlanContext = { seen: new Map(), claimed: new Map(), networksOf: new Map(), categoriesOf: new Set(), actor, networkId, creates: 0 };
  const kept: PlannedRow[] = [];
  const report = reportBuilder();
  let geocoded = 0;
  let withoutCoordinates = 0;
  const total = sheet.rows.length;
  for (let start = 0; start < total; start += CHUNK) {
    const chunk = sheet.rows.slice(start, start + CHUNK);
    const built = chunk.map((row) => ({ row, ...buildCandidate(row, columns, findCategory) }));
    const candidates = built.flatMap((b) => (b.candidate ? [{ ...b.candidate, geocoded: false }] : []));
    const missing = candidates.filter((c) => c.values.latitude === undefined);
    const places = await geocodePlaces(db, missing.map((c) => ({ country: c.values.country, postcode: c.values.postcode, commune: c.values.commune })));
    missing.forEach((c, i) => {
      const p = places[i];
      if (p) {
        c.values.latitude = p.latitude;
        c.values.longitude = p.longitude;
        c.geocoded = true;
        geocoded++;
      } else withoutCoordinates++;
    });
    const existing = await findExistingOrganisations(db, candidates);
    const matchedIds = [...new Set(existing.flatMap((e) => (e && 'match' in e ? [e.match.organisation.id] : [])))];
    const memberships = matchedIds.length
      ? await db.select().from(networkOrganisations).where(uuidIn(networkOrganisations.organisationId, matchedIds))
      : [];
    const networksOf = new Map<string, string[]>();
    for (const m of memberships) networksOf.set(m.organisationId, [...(networksOf.get(m.organisationId) ?? []), m.networkId]);
    const categorised = matchedIds.length
      ? await db.select().from(organisationCategories).where(uuidIn(organisationCategories.organisationId, matchedIds))
      : [];
    ctx.categoriesOf = new Set(categorised.map((r) => `${r.organisationId}|${r.categoryId}`));
    ctx.networksOf = networksOf;

    const planned: PlannedRow[] = [];
    let k = 0;
    for (const b of built) {
      if (!b.candidate) {
        const nameColumn = columns.find((col) => col.field === 'name');
        const name = nameColumn ? (b.row.cells[nameColumn.index] ?? '').trim().slice(0, 300) : '';
        planned.push({ row: b.row.number, outcome: 'reject', name, reasons: b.issues.map(describeIssue), codes: b.issues.map(issueCode), categoryIds: [], joinsNetwork: false });
        continue;
      }
      const c = candidates[k]!;
      const found: ExistingLookup = existing[k];
      k++;
      planned.push(planRow(c, found, ctx));
    }
    for (const r of planned) report.add(r);
    kept.push(...(opts.onChunk ? await opts.onChunk(planned) : planned));
    await opts.onProgress?.(Math.min(start + CHUNK, total), total);
  }
  const columnsSeen = columns.map(({ heading, field, source }) => ({ heading, field, source }));
  return { report: report.build({ fileName: opts.fileName, format: opts.format, detected: sheet.detected, totalRows: total, columns: columnsSeen, geocoded, withoutCoordinates }), rows: kept };
}

interface PlanContext {
  seen: Map<string, number>;
  claimed: Map<string, number>;
  networksOf: Map<string, string[]>;
  /** "organisationId|categoryId" pairs already recorded. */
  categoriesOf: Set<string>;
  /** Rows to create planned so far: only the report's sample needs their values as an object too. */
  creates: number;
  actor: Actor;
  networkId: string;
}

function planRow(c: Candidate & { geocoded: boolean }, found: ExistingLookup, ctx: PlanContext): PlannedRow {
  const base = { row: c.row, name: c.values.name, categoryIds: c.categoryIds, joinsNetwork: false };
  const reject = (reason: string, code: ReasonCode): PlannedRow => ({ ...base, outcome: 'reject', reasons: [reason], codes: [code], categoryIds: [] });
  const keys = inFileKeys(c);
  for (const { key, what, by, value } of keys) {
    const earlier = ctx.seen.get(key);
    if (earlier !== undefined)
      return reject(`row ${c.row}: same organisation as row ${earlier} (${what}); keep one of the two rows`, { code: 'sameAsRow', params: { row: c.row, other: earlier, by, value } });
  }
  for (const { key } of keys) ctx.seen.set(key, c.row);
  if (found && 'conflict' in found) return reject(`row ${c.row}: ${found.conflict}`, { code: found.code.code, params: { row: c.row, ...found.code.params } });
  const warnings = c.warnings.map(describeIssue);
  const warningCodes = c.warnings.map(issueCode);
  if (!found) {
    const created = newOrganisation(c);
    const sampled = ctx.creates++ < SAMPLE_SIZE;
    const record = JSON.stringify(byColumnName(created, { omitNulls: true }));
    // One literal with fixed keys: the spread form gave each of 100,000 kept rows a hidden class of its own (31 MB).
    const planned: PlannedRow = { row: c.row, name: c.values.name, categoryIds: c.categoryIds, joinsNetwork: true, outcome: 'create', organisationId: created.id, reasons: warnings, codes: warningCodes, record };
    if (sampled) planned.values = { ...c.values, ...c.identifiers };
    return planned;
  }
  const org = found.match.organisation;
  const earlier = ctx.claimed.get(org.id);
  if (earlier !== undefined)
    return reject(`row ${c.row}: row ${earlier} already imports "${org.name}" (${describeMatch(found.match)})`, {
      code: 'alreadyImported',
      params: { row: c.row, other: earlier, name: org.name },
    });
  ctx.claimed.set(org.id, c.row);
  const networkIds = ctx.networksOf.get(org.id) ?? [];
  const mayEdit = canOnRecord(ctx.actor, 'update', { networkIds, ownerOrganisationId: org.id, visibility: org.visibility, sharedWith: [] });
  const { patch, changes } = diffOrganisation(org, c, { mode: mayEdit ? 'overwrite' : 'fill', keepName: found.match.by === 'name' });
  const joinsNetwork = !networkIds.includes(ctx.networkId);
  const reasons = [describeMatch(found.match), ...(mayEdit ? [] : ['it belongs to another network: only its empty fields are filled']), ...(joinsNetwork ? ['joins the network'] : []), ...warnings];
  const codes = [matchCode(found.match), ...(mayEdit ? [] : [{ code: 'fillOnly', params: {} }]), ...(joinsNetwork ? [{ code: 'joinsNetwork', params: {} }] : []), ...warningCodes];
  const newCategories = c.categoryIds.filter((id) => !ctx.categoriesOf.has(`${org.id}|${id}`));
  if (newCategories.length) changes.categories = { from: null, to: newCategories };
  const changed = Object.keys(changes).length > 0;
  const outcome = !changed && !joinsNetwork ? 'unchanged' : found.match.by === 'name' ? 'merge' : 'update';
  return { ...base, categoryIds: newCategories, outcome, organisationId: org.id, reasons, codes, joinsNetwork, ...(changed ? { patch, changes } : {}) };
}
