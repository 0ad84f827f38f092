import type { Locale } from '../../db/schema';
import { derivedBroader } from './concept-keys';
import { upsertConcepts } from './import-concepts';
import type { ConceptRecord } from './read-esco-files';
import type { SqlRunner } from './sql-runner';

/**
 * A few dozen ESCO occupations and skills and ROME fiches that the demo territory's posts use, with labels in the
 * four interface languages (ESCO's own files have English and French; the German and Dutch labels here are ours).
 * Importing the official files (`maillage import esco|rome`) adds the thousands of others and merges with these.
 * This service uses the ESCO classification of the European Commission.
 */
type Labels = Record<Locale, string>;
const l = (fr: string, de: string, en: string, nl: string): Labels => ({ fr, de, en, nl });

const occupations: [code: string, labels: Labels, alt?: Partial<Record<Locale, string[]>>][] = [
  ['7212.3', l('soudeur/soudeuse', 'Schweißer/Schweißerin', 'welder', 'lasser/lasster'), { de: ['Schweißer', 'Schweißfachkraft'], fr: ['soudeur', 'soudeuse'], nl: ['lasser'] }],
  ['7212.3.3', l('soudeur de tuyaux/soudeuse de tuyaux', 'Rohrschweißer/Rohrschweißerin', 'pipe welder', 'pijplasser/pijplasster')],
  ['7212.4', l('coordinateur en soudage/coordinatrice en soudage', 'Schweißaufsicht', 'welding coordinator', 'lascoördinator')],
  ['7213.1', l('chaudronnier/chaudronnière', 'Kesselbauer/Kesselbauerin', 'boilermaker', 'ketelmaker')],
  ['7213.4', l('tôlier/tôlière', 'Blechschlosser/Blechschlosserin', 'sheet metal worker', 'plaatwerker')],
  ['7223.4', l('opérateur sur machine à commande numérique/opératrice sur machine à commande numérique', 'CNC-Maschinenbediener/CNC-Maschinenbedienerin', 'computer numerical control machine operator', 'CNC-operator'), { fr: ['opérateur CNC', 'tourneur-fraiseur'], de: ['CNC-Fräser', 'Zerspanungsmechaniker'] }],
  ['7233.7', l('mécanicien sur machines industrielles/mécanicienne sur machines industrielles', 'Industriemechaniker/Industriemechanikerin', 'industrial machinery mechanic', 'industrieel mecanicien'), { fr: ['technicien de maintenance industrielle'] }],
  ['7411.1', l('électricien/électricienne', 'Elektriker/Elektrikerin', 'electrician', 'elektricien')],
  ['7411.1.1.2', l('électricien d’équipements industriels/électricienne d’équipements industriels', 'Industrieelektriker/Industrieelektrikerin', 'industrial electrician', 'industrieel elektricien')],
  ['8211.3', l('monteur en mécatronique/monteuse en mécatronique', 'Mechatroniker/Mechatronikerin', 'mechatronics assembler', 'mechatronicus')],
  ['8344.1', l('cariste', 'Gabelstaplerfahrer/Gabelstaplerfahrerin', 'forklift operator', 'heftruckchauffeur'), { de: ['Staplerfahrer'] }],
  ['9333.8', l('magasinier/magasinière', 'Lagerarbeiter/Lagerarbeiterin', 'warehouse worker', 'magazijnier')],
  ['7512.1', l('boulanger/boulangère', 'Bäcker/Bäckerin', 'baker', 'bakker')],
  ['7513.1', l('fabricant de produits laitiers/fabricante de produits laitiers', 'Molkereifachkraft', 'dairy products maker', 'zuivelbereider')],
  ['8160.34', l('opérateur de fabrication de produits alimentaires/opératrice de fabrication de produits alimentaires', 'Maschinen- und Anlagenführer Lebensmittel', 'food production operator', 'productiemedewerker voeding')],
  ['7115.1', l('charpentier/charpentière', 'Zimmerer/Zimmerin', 'carpenter', 'timmerman')],
  ['7522.2', l('ébéniste', 'Möbeltischler/Möbeltischlerin', 'cabinet maker', 'meubelmaker'), { fr: ['menuisier', 'menuisière'], de: ['Tischler', 'Schreiner'] }],
  ['8172.5', l('conducteur opérateur de scierie/conductrice opératrice de scierie', 'Säger/Sägerin', 'sawmill operator', 'zagerijoperator')],
  ['3111.1', l('technicien en chimie/technicienne en chimie', 'Chemielaborant/Chemielaborantin', 'chemistry technician', 'chemisch laborant')],
  ['2149.2.7', l('ingénieur qualité/ingénieure qualité', 'Qualitätsingenieur/Qualitätsingenieurin', 'quality engineer', 'kwaliteitsingenieur')],
  ['2421.4', l('responsable lean', 'Lean-Manager/Lean-Managerin', 'lean manager', 'lean manager')],
  ['2512.4', l('développeur de logiciels/développeuse de logiciels', 'Softwareentwickler/Softwareentwicklerin', 'software developer', 'softwareontwikkelaar')],
  ['2511.4', l('scientifique des données', 'Data Scientist', 'data scientist', 'datawetenschapper')],
  ['3115.1.17', l('technicien en réfrigération, climatisation et pompe à chaleur/technicienne en réfrigération, climatisation et pompe à chaleur', 'Kälte- und Wärmepumpentechniker/Kälte- und Wärmepumpentechnikerin', 'refrigeration air condition and heat pump technician', 'koel- en warmtepomptechnicus')],
  ['6113.5', l('jardinier paysagiste/jardinière paysagiste', 'Garten- und Landschaftsbauer/Garten- und Landschaftsbauerin', 'landscape gardener', 'hovenier')],
  ['9112.2', l('agent d’entretien d’immeubles/agente d’entretien d’immeubles', 'Gebäudereiniger/Gebäudereinigerin', 'building cleaner', 'schoonmaker')],
  ['2320.1', l('professeur d’enseignement professionnel/professeure d’enseignement professionnel', 'Berufsschullehrer/Berufsschullehrerin', 'vocational teacher', 'leraar beroepsonderwijs')],
];

const iscoGroups: [code: string, labels: Labels][] = [
  ['7212', l('Soudeurs et oxycoupeurs', 'Schweißer und Brennschneider', 'Welders and flamecutters', 'Lassers en snijbranders')],
  ['721', l('Mouleurs, soudeurs, tôliers-chaudronniers et assimilés', 'Blechkaltverformer, Baumetallverformer, Former und Schweißer', 'Sheet and structural metal workers, moulders and welders', 'Plaatwerkers, constructiewerkers, vormers en lassers')],
];

const skills: [uuid: string, labels: Labels][] = [
  ['2ee57de4-bffd-4194-b009-0060edec77cc', l('utiliser du matériel de soudure', 'Schweißgeräte bedienen', 'use welding equipment', 'lasapparatuur gebruiken')],
  ['a51adea8-bf02-488a-a0d8-b0961caca5b0', l('réaliser des tâches de soudage TIG', 'WIG-Schweißen ausführen', 'perform tungsten inert gas welding', 'TIG-lassen uitvoeren')],
  ['60ff3eac-7d4d-4e51-87b8-74c3b5d62498', l('réaliser des tâches de soudage au gaz actif', 'MAG-Schweißen ausführen', 'perform metal active gas welding', 'MAG-lassen uitvoeren')],
  ['34016949-da9c-4107-98e3-1080ae405e27', l('inspecter des soudures', 'Schweißnähte prüfen', 'perform welding inspection', 'laswerk inspecteren')],
  ['28cb374e-6261-4133-8371-f9a5470145da', l('utiliser un chariot élévateur', 'Gabelstapler fahren', 'operate forklift', 'heftruck besturen')],
  ['82fea746-853f-4f1b-8ab7-55de8619cccd', l('production allégée (lean)', 'schlanke Produktion (Lean)', 'lean manufacturing', 'lean productie')],
  ['bf942c60-8539-4951-83ee-63f770da1cb8', l('programmer une commande CNC', 'CNC-Steuerung programmieren', 'program a CNC controller', 'CNC-besturing programmeren')],
  ['5ba1d5b9-3f8d-46ca-bf9f-2e9ca65d1350', l('appliquer la méthode HACCP', 'HACCP anwenden', 'apply HACCP', 'HACCP toepassen')],
  ['4c68d1c3-66d9-4631-a6ff-b13d2ce9ff17', l('peindre au pistolet', 'mit der Spritzpistole lackieren', 'paint with a paint gun', 'spuiten met een verfpistool')],
  ['68b6ef08-d823-489d-a95c-752ae6f6e6a7', l('lire des plans standard', 'Standardzeichnungen lesen', 'read standard blueprints', 'standaardtekeningen lezen')],
];

const romeFiches: [code: string, parent: string, fr: string, related: string[]][] = [
  ['H2913', 'H2913', 'Soudeur / Soudeuse', ['esco:7212.3']],
  ['H2916', 'H2913', 'Soudeur / Soudeuse Tungsten Inert Gas -TIG-', ['esco:7212.3']],
  ['H2902', 'H2902', 'Chaudronnier / Chaudronnière', ['esco:7213.1']],
  ['H2903', 'H2903', 'Tourneur-fraiseur / Tourneuse-fraiseuse', ['esco:7223.4']],
  ['H3404', 'H3404', 'Peintre industriel / Peintre industrielle', []],
  ['I1304', 'I1304', 'Technicien / Technicienne de maintenance industrielle', ['esco:7233.7']],
  ['N1101', 'N1101', 'Cariste', ['esco:8344.1']],
  ['D1102', 'D1102', 'Boulanger / Boulangère', ['esco:7512.1']],
];

/** Essential skills of the starter occupations, as ESCO's relations say. */
export const starterRelations: [occupation: string, skill: string][] = [
  ['esco:7212.3', 'skill:2ee57de4-bffd-4194-b009-0060edec77cc'],
  ['esco:7212.3', 'skill:a51adea8-bf02-488a-a0d8-b0961caca5b0'],
  ['esco:7212.3', 'skill:60ff3eac-7d4d-4e51-87b8-74c3b5d62498'],
  ['esco:7212.3', 'skill:68b6ef08-d823-489d-a95c-752ae6f6e6a7'],
  ['esco:7212.4', 'skill:34016949-da9c-4107-98e3-1080ae405e27'],
  ['esco:8344.1', 'skill:28cb374e-6261-4133-8371-f9a5470145da'],
  ['esco:7223.4', 'skill:bf942c60-8539-4951-83ee-63f770da1cb8'],
  ['esco:8160.34', 'skill:5ba1d5b9-3f8d-46ca-bf9f-2e9ca65d1350'],
];

export function starterConcepts(): (ConceptRecord & { related: string[] })[] {
  return [
    ...occupations.map(([code, labels, alt]) => ({ key: `esco:${code}`, uri: '', kind: 'occupation' as const, labels, altLabels: alt ?? {}, broader: derivedBroader(`esco:${code}`), related: [] })),
    ...iscoGroups.map(([code, labels]) => ({ key: `isco:${code}`, uri: `http://data.europa.eu/esco/isco/C${code}`, kind: 'group' as const, labels, altLabels: {}, broader: derivedBroader(`isco:${code}`), related: [] })),
    ...skills.map(([uuid, labels]) => ({ key: `skill:${uuid}`, uri: `http://data.europa.eu/esco/skill/${uuid}`, kind: 'skill' as const, labels, altLabels: {}, broader: [], related: [] })),
    ...romeFiches.map(([code, parent, fr, related]) => ({ key: `rome:${code}`, uri: '', kind: 'occupation' as const, labels: { fr }, altLabels: {}, broader: derivedBroader(`rome:${code}`, parent), related })),
  ];
}

/**
 * Writes the starter concepts (labels merged with what an import brought) and their relations and ROME–ESCO links
 * where none are known yet. Idempotent.
 */
export async function seedStarterConcepts(q: SqlRunner): Promise<number> {
  const concepts = starterConcepts();
  await upsertConcepts(q, concepts, { keepExistingLabels: true });
  const related = new Map<string, Set<string>>();
  for (const c of concepts)
    for (const r of c.related) {
      related.set(c.key, (related.get(c.key) ?? new Set()).add(r));
      related.set(r, (related.get(r) ?? new Set()).add(c.key));
    }
  await q.query(
    `UPDATE skill_concepts s SET related = x.related FROM jsonb_to_recordset($1::jsonb) AS x(key text, related text[])
     WHERE s.key = x.key AND s.related = '{}'`,
    [JSON.stringify([...related].map(([key, set]) => ({ key, related: [...set].sort() })))],
  );
  await q.query(
    `INSERT INTO skill_concept_relations (occupation_key, skill_key, essential)
     SELECT o, s, true FROM jsonb_to_recordset($1::jsonb) AS x(o text, s text) ON CONFLICT DO NOTHING`,
    [JSON.stringify(starterRelations.map(([o, s]) => ({ o, s })))],
  );
  return concepts.length;
}
