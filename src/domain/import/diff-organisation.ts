import type { organisations } from '../../db/schema';
import type { Candidate } from './build-candidate';
import type { Organisation } from './find-existing-organisations';

export type OrganisationPatch = Partial<typeof organisations.$inferInsert>;
export type Changes = Record<string, { from: unknown; to: unknown }>;

const scalarFields = ['legalName', 'kind', 'address', 'postcode', 'commune', 'website', 'email', 'phone', 'sizeBand', 'visibility', 'publicConsent'] as const;
const listFields = ['naceCodes', 'tags', 'capabilities', 'certifications'] as const;
const identifierFields = ['beEnterprise', 'frSiren', 'frSiret', 'luRcs', 'deRegister'] as const;

const isBlank = (v: unknown) => v === null || v === undefined || v === '';

/**
 * What importing a row would change on an existing organisation. An empty cell never blanks a field, lists only
 * grow, identifiers are only filled in (never replaced), and postcode coordinates never replace precise ones.
 * In 'fill' mode (an organisation of another network, which the importer may not edit) only empty fields are filled.
 */
export function diffOrganisation(existing: Organisation, c: Candidate & { geocoded: boolean }, options: { mode: 'overwrite' | 'fill'; keepName: boolean }) {
  const patch: OrganisationPatch = {};
  const changes: Changes = {};
  const set = (field: string, from: unknown, to: unknown) => {
    (patch as Record<string, unknown>)[field] = to;
    changes[field] = { from, to };
  };
  const v = c.values;
  const may = (current: unknown) => options.mode === 'overwrite' || isBlank(current);
  if (!options.keepName && v.name !== existing.name && may(existing.name)) set('name', existing.name, v.name);
  for (const f of scalarFields) {
    const to = v[f];
    if (to === undefined || to === existing[f]) continue;
    // The default kind and visibility are not choices the file made.
    if (may(existing[f])) set(f, existing[f], to);
  }
  if (v.country !== existing.country && options.mode === 'overwrite') set('country', existing.country, v.country);
  for (const f of listFields) {
    const added = v[f].filter((x) => !existing[f].includes(x));
    if (added.length) set(f, existing[f], [...existing[f], ...added]);
  }
  const description = { ...existing.description };
  let descriptionChanged = false;
  for (const [lang, text] of Object.entries(v.description) as [keyof typeof description, string][]) {
    if (description[lang] === text || !may(description[lang])) continue;
    description[lang] = text;
    descriptionChanged = true;
  }
  if (descriptionChanged) set('description', existing.description, description);
  for (const f of identifierFields) {
    const to = c.identifiers[f];
    if (to && isBlank(existing[f])) set(f, existing[f], to);
  }
  if (patch.deRegister !== undefined && c.identifiers.deCourt) set('deCourt', existing.deCourt, c.identifiers.deCourt);
  if (v.latitude !== undefined && v.longitude !== undefined) {
    const moved = v.latitude !== existing.latitude || v.longitude !== existing.longitude;
    const allowed = existing.latitude === null || (!c.geocoded && options.mode === 'overwrite');
    if (moved && allowed) {
      set('latitude', existing.latitude, v.latitude);
      set('longitude', existing.longitude, v.longitude);
    }
  }
  return { patch, changes };
}
