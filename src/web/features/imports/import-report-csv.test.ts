import { describe, expect, it } from 'vitest';
import { reportCsv } from './import-report-csv';

describe('import report as CSV', () => {
  it('quotes cells that need it and keeps every reason of a row', () => {
    const csv = reportCsv(
      [
        { row: 3, outcome: 'reject', name: 'Scierie "du Nord"', reasons: ['naceCodes: "X99" is not a NACE code', 'email, invalid'] },
        { row: 4, outcome: 'create', name: 'Menuiserie', reasons: [] },
      ],
      { row: 'Ligne', outcome: 'Résultat', name: 'Nom', reasons: 'Raisons' },
      (o) => (o === 'reject' ? 'rejetée' : 'créée'),
    );
    expect(csv.split('\r\n')).toEqual([
      '\ufeffLigne,Résultat,Nom,Raisons',
      '3,rejetée,"Scierie ""du Nord""","naceCodes: ""X99"" is not a NACE code ; email, invalid"',
      '4,créée,Menuiserie,',
      '',
    ]);
  });
});
