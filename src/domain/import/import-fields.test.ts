import { describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import { mapColumns, recogniseHeading } from './import-fields';
import { normalisePostcode, parseCountry, parseKind, parseSizeBand, parseWebsite, splitList } from './parse-values';

describe('heading recognition', () => {
  it.each([
    ['Raison sociale', 'legalName'],
    ['Dénomination', 'name'],
    ['Firmenname', 'name'],
    ['Bedrijfsnaam', 'name'],
    ['Company', 'name'],
    ["N° d'entreprise", 'beEnterprise'],
    ['Numéro BCE', 'beEnterprise'],
    ['Ondernemingsnummer', 'beEnterprise'],
    ['SIRET', 'frSiret'],
    ['siren', 'frSiren'],
    ['RCS', 'luRcs'],
    ['Handelsregister', 'deRegister'],
    ['Code postal', 'postcode'],
    ['PLZ', 'postcode'],
    ['Postcode', 'postcode'],
    ['Commune', 'commune'],
    ['Ort', 'commune'],
    ['Gemeente', 'commune'],
    ['Pays', 'country'],
    ['Land', 'country'],
    ['Code NACE', 'naceCodes'],
    ['NACE', 'naceCodes'],
    ['Secteur', 'naceCodes'],
    ['Site web', 'website'],
    ['E-mail', 'email'],
    ['Téléphone', 'phone'],
    ['Description', 'description.fr'],
    ['Beschreibung', 'description.de'],
    ['Description (EN)', 'description.en'],
    ['Tags', 'tags'],
    ['Capacités', 'capabilities'],
    ['Certifications', 'certifications'],
    ['Taille', 'sizeBand'],
    ['Écosystème', 'ecosystems'],
    ['Ökosystem', 'ecosystems'],
    ['Axe', 'axes'],
    ['Axes stratégiques', 'axes'],
    ['  TÉLÉPHONE ', 'phone'],
    ['Längengrad', 'longitude'],
  ])('"%s" → %s', (heading, field) => {
    expect(recogniseHeading(heading)).toBe(field);
  });

  it('leaves unknown headings out, gives a lone "Raison sociale" the name, and keeps one column per single field', () => {
    const columns = mapColumns(['Raison sociale', 'Ville', 'Commune', 'Remarques', 'NACE', 'Secteur']);
    expect(columns.map((c) => c.field)).toEqual(['name', 'commune', null, null, 'naceCodes', 'naceCodes']);
    expect(mapColumns(['Raison sociale', 'Nom commercial']).map((c) => c.field)).toEqual(['legalName', 'name']);
  });

  it('lets the user mapping override, ignore and add columns, and names what is wrong in it', () => {
    const columns = mapColumns(['Nom', 'Réf. interne', 'Ville'], { 'Réf. interne': 'tags', nom: 'ignore', Ville: 'commune' });
    expect(columns).toEqual([
      { index: 0, heading: 'Nom', field: null, source: null },
      { index: 1, heading: 'Réf. interne', field: 'tags', source: 'mapping' },
      { index: 2, heading: 'Ville', field: 'commune', source: 'mapping' },
    ]);
    const unknownColumn = () => mapColumns(['Nom'], { Adresse: 'address' });
    expect(unknownColumn).toThrow(AppError);
    expect(unknownColumn).toThrow('The mapping names "Adresse", which is not a column of the file');
    expect(() => mapColumns(['Nom'], { Nom: 'nickname' })).toThrow(/"nickname" is not a field/);
  });
});

describe('cell values', () => {
  it('understands countries, kinds, size bands, lists, postcodes and web addresses in four languages', () => {
    expect(['BE', 'Belgique', 'belgien', 'België', 'Belgium'].map(parseCountry)).toEqual(['BE', 'BE', 'BE', 'BE', 'BE']);
    expect(['Luxemburg', 'Grand-Duché de Luxembourg', 'Allemagne', 'Duitsland', 'Pays-Bas', 'Frankreich'].map(parseCountry)).toEqual(['LU', 'LU', 'DE', 'DE', 'NL', 'FR']);
    expect(parseCountry('Mars')).toBeUndefined();
    expect(['ASBL', 'Verein', 'vzw', 'Entreprise', 'ESS'].map(parseKind)).toEqual(['association', 'association', 'association', 'company', 'sse']);
    expect(['10-49', '10 à 49 salariés', '50 bis 249', '1 000 et plus', 'moins de 10', '0', '312', 'beaucoup'].map(parseSizeBand)).toEqual([
      '10-49', '10-49', '50-249', '1000+', '1-9', '0', '250-999', undefined,
    ]);
    expect(splitList('C16.11, 16.23 ; 1624|C')).toEqual(['C16.11', '16.23', '1624', 'C']);
    expect(normalisePostcode('8000', 'FR')).toBe('08000');
    expect(normalisePostcode('L-4970', 'LU')).toBe('4970');
    expect(parseWebsite('www.idelux.be')).toBe('https://www.idelux.be');
    expect(parseWebsite('javascript:alert(1)')).toBeUndefined();
    expect(parseWebsite('<script>')).toBeUndefined();
  });
});
