import type { Database } from '../../src/db/client';
import type { Locale, PostKind } from '../../src/db/schema';
import { postKinds } from '../../src/domain/posts/post-schema';
import { loadConceptFacts, matchCodesOf } from '../../src/domain/skills/expand-codes';
import { runnerOf } from '../../src/domain/skills/sql-runner';
import { starterConcepts } from '../../src/domain/skills/starter-concepts';

/**
 * `count` posts, one per organisation of the network, in the four languages, coded with the starter occupations,
 * skills and the organisations' NACE codes as members would (some posts carry no code at all), with their matching
 * index computed by the same function as the application's. Deterministic.
 */
export async function fillPosts(database: Database, networkId: string, count: number) {
  const started = performance.now();
  const concepts = starterConcepts();
  const occupations = concepts.filter((c) => c.kind === 'occupation' && c.key.startsWith('esco:'));
  const romes = concepts.filter((c) => c.key.startsWith('rome:'));
  const skills = concepts.filter((c) => c.kind === 'skill');
  const facts = await loadConceptFacts(runnerOf(database.db), [...occupations, ...romes].map((c) => c.key));
  const orgs = await database.query<{ id: string; nace_codes: string[]; country: string; postcode: string; commune: string; latitude: number; longitude: number }>(
    `SELECT o.id, o.nace_codes, o.country, o.postcode, o.commune, o.latitude, o.longitude FROM organisations o
     JOIN network_organisations m ON m.organisation_id = o.id WHERE m.network_id = $1 ORDER BY o.id LIMIT $2`,
    [networkId, count],
  );
  const verbs: Record<Locale, Record<'offer' | 'need', string>> = {
    fr: { offer: 'Nous proposons', need: 'Nous cherchons' },
    de: { offer: 'Wir bieten', need: 'Wir suchen' },
    en: { offer: 'We offer', need: 'We are looking for' },
    nl: { offer: 'Wij bieden', need: 'Wij zoeken' },
  };
  const filler: Record<Locale, string> = {
    fr: 'Atelier de la Grande Région, délais courts, contact direct avec le responsable de production.',
    de: 'Werkstatt in der Großregion, kurze Fristen, direkter Kontakt zur Produktionsleitung.',
    en: 'Workshop in the Greater Region, short lead times, direct contact with the production manager.',
    nl: 'Werkplaats in de Grote Regio, korte termijnen, rechtstreeks contact met de productieleiding.',
  };
  const locales: Locale[] = ['fr', 'de', 'en', 'nl'];
  const offers = new Set<PostKind>(['capacity_offer', 'skills_offer', 'subcontracting_offer', 'training_offer', 'collaboration']);
  const batch = 2000;
  for (let from = 0; from < orgs.length; from += batch) {
    const rows = orgs.slice(from, from + batch).map((o, j) => {
      const i = from + j;
      const kind = postKinds[i % postKinds.length]!;
      const locale = locales[(i * 7) % 4]!;
      const occupation = i % 5 < 3 ? (i % 9 === 0 ? romes[i % romes.length]! : occupations[(i * 13) % occupations.length]!) : undefined;
      const skill = i % 3 === 0 ? skills[(i * 11) % skills.length] : undefined;
      const label = occupation?.labels[locale] ?? occupation?.labels.fr ?? skill?.labels[locale] ?? 'capacité';
      const codes = { naceCodes: i % 4 === 0 ? [] : o.nace_codes, occupationCodes: occupation ? [occupation.key] : [], skillCodes: skill ? [skill.key] : [] };
      return {
        organisation_id: o.id,
        kind,
        title: { [locale]: `${verbs[locale][offers.has(kind) ? 'offer' : 'need']}: ${label} (${o.commune})` },
        body: { [locale]: `${label}. ${filler[locale]}` },
        nace_codes: codes.naceCodes,
        occupation_codes: codes.occupationCodes,
        skill_codes: codes.skillCodes,
        match_codes: matchCodesOf(codes, facts, kind),
        country: o.country,
        postcode: o.postcode,
        commune: o.commune,
        latitude: o.latitude,
        longitude: o.longitude,
      };
    });
    await database.query(
      `WITH input AS (
         SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(organisation_id uuid, kind text, title jsonb, body jsonb, nace_codes text[], occupation_codes text[],
           skill_codes text[], match_codes text[], country text, postcode text, commune text, latitude double precision, longitude double precision)
       ), inserted AS (
         INSERT INTO posts (organisation_id, kind, title, body, nace_codes, occupation_codes, skill_codes, match_codes, country, postcode, commune, latitude, longitude)
         SELECT organisation_id, kind, title, body, nace_codes, occupation_codes, skill_codes, match_codes, country, postcode, commune, latitude, longitude FROM input
         RETURNING id)
       INSERT INTO post_networks (post_id, network_id) SELECT id, $2 FROM inserted`,
      [JSON.stringify(rows), networkId],
    );
  }
  await database.exec('ANALYZE');
  return { posts: orgs.length, ms: performance.now() - started };
}
