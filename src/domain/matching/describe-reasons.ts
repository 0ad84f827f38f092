import type { Locale, Translated } from '../../db/schema';
import { naceLabel } from '../classifications/nace';
import type { SqlRunner } from '../skills/sql-runner';
import type { MatchReason } from './score-match';

/** The labels of the codes some reasons name, in every language the classification has. */
export async function labelsOfReasons(q: SqlRunner, reasons: readonly MatchReason[]): Promise<Map<string, Translated>> {
  const keys = [...new Set(reasons.flatMap((r) => (r.kind === 'occupation' || r.kind === 'skills' ? r.codes : [])))];
  if (!keys.length) return new Map();
  const rows = await q.query<{ key: string; labels: Translated }>('SELECT key, labels FROM skill_concepts WHERE key = ANY($1::text[])', [keys]);
  return new Map(rows.map((r) => [r.key, r.labels]));
}

const words: Record<Locale, Record<string, string>> = {
  fr: { same: 'même métier', family: 'métier voisin', skills: 'compétences', sector: 'même secteur', keywords: 'mots communs', km: 'km', network: 'même réseau', ties: 'déjà en relation', kind: 'acteur adapté' },
  de: { same: 'gleicher Beruf', family: 'verwandter Beruf', skills: 'Kompetenzen', sector: 'gleiche Branche', keywords: 'gemeinsame Wörter', km: 'km', network: 'gleiches Netzwerk', ties: 'bereits in Kontakt', kind: 'passender Akteur' },
  en: { same: 'same occupation', family: 'related occupation', skills: 'skills', sector: 'same sector', keywords: 'shared words', km: 'km', network: 'same network', ties: 'already in touch', kind: 'fitting actor' },
  nl: { same: 'zelfde beroep', family: 'verwant beroep', skills: 'competenties', sector: 'zelfde sector', keywords: 'gemeenschappelijke woorden', km: 'km', network: 'zelfde netwerk', ties: 'al in contact', kind: 'passende actor' },
};

const pick = (t: Translated | undefined, locale: Locale, fallback: string) => t?.[locale] || t?.fr || t?.en || fallback;

/** One reason in plain words, for e-mails (the web app renders reasons itself, from the same data). */
export function describeReason(reason: MatchReason, locale: Locale, labels: Map<string, Translated>): string {
  const w = words[locale];
  const named = (codes: string[]) => codes.slice(0, 3).map((c) => pick(labels.get(c), locale, c)).join(', ');
  switch (reason.kind) {
    case 'occupation':
      return `${reason.level === 'same' ? w.same : w.family}: ${named(reason.codes)}`;
    case 'skills':
      return `${w.skills}: ${named(reason.codes)}`;
    case 'sector':
      return `${w.sector}: ${reason.codes.map((c) => naceLabel(c, locale)).join(', ')}`;
    case 'keywords':
      return `${w.keywords}: ${reason.words.join(', ')}`;
    case 'distance':
      return `${reason.km} ${w.km}`;
    case 'network':
      return w.network!;
    case 'ties':
      return w.ties!;
    case 'organisationKind':
      return w.kind!;
  }
}
