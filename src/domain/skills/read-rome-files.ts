import path from 'node:path';
import { AppError } from '../errors';
import { derivedBroader } from './concept-keys';
import { readCsvObjects, type ConceptRecord } from './read-esco-files';

export type RomeFileKind = 'fiches' | 'appellations' | 'ignored';

/**
 * Reads France Travail's ROME files ("RefRomeCsv": unix_referentiel_code_rome_*.csv and
 * unix_referentiel_appellation_*.csv). A ROME fiche becomes a concept rome:<code> with its label in French; its job
 * titles (appellations) become its alternative labels, so "soudeur" finds H2913.
 */
export function readRomeFiles(files: { name: string; content: Buffer }[]) {
  const fiches = new Map<string, ConceptRecord>();
  const titles: { code: string; label: string; where: string }[] = [];
  const kinds: { name: string; kind: RomeFileKind; rows: number }[] = [];
  for (const { name, content } of files) {
    const rows = readCsvObjects(content, name);
    const headings = rows[0] ? Object.keys(rows[0]) : [];
    const kind: RomeFileKind = headings.includes('libelle_rome')
      ? 'fiches'
      : headings.includes('code_ogr') && headings.includes('code_rome') && headings.some((h) => h.startsWith('libelle_appellation'))
        ? 'appellations'
        : 'ignored';
    kinds.push({ name: path.basename(name), kind, rows: kind === 'ignored' ? 0 : rows.length });
    rows.forEach((row, i) => {
      const where = `${path.basename(name)}, row ${i + 2}`;
      if (kind === 'ignored') return;
      const code = row.code_rome?.trim() ?? '';
      if (!/^[A-N]\d{4}$/.test(code)) throw new AppError('validation', `${where}: "${code}" is not a ROME code`, 'file');
      if (kind === 'fiches') {
        const label = row.libelle_rome?.trim();
        if (!label) throw new AppError('validation', `${where}: the ROME label is empty`, 'file');
        const parent = row.code_rome_parent?.trim();
        const key = `rome:${code}`;
        fiches.set(code, { key, uri: '', kind: 'occupation', labels: { fr: label }, altLabels: {}, broader: derivedBroader(key, parent || undefined) });
      } else {
        const label = (row.libelle_appellation_court || row.libelle_appellation_long || '').trim();
        if (label) titles.push({ code, label, where });
      }
    });
  }
  if (!fiches.size) throw new AppError('validation', 'No ROME fiche file (unix_referentiel_code_rome_*.csv) among the files given', 'file');
  let unknownTitles = 0;
  for (const t of titles) {
    const fiche = fiches.get(t.code);
    if (!fiche) {
      unknownTitles++;
      continue;
    }
    const alt = (fiche.altLabels.fr ??= []);
    if (t.label !== fiche.labels.fr && !alt.includes(t.label)) alt.push(t.label);
  }
  return { concepts: [...fiches.values()], titles: titles.length - unknownTitles, unknownTitles, files: kinds };
}
