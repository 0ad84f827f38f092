import { useEffect, useState } from 'react';
import { api, query } from '../../api/client';
import type { Locale, Translated } from '../../api/types';
import { pickTranslation } from '../../i18n/pick-translation';
import type { Concept } from './post-types';

/** Labels of occupation and skill codes, fetched once per set of codes. */
export function useConceptLabels(keys: readonly string[]): Record<string, Translated> {
  const [labels, setLabels] = useState<Record<string, Translated>>({});
  const wanted = [...new Set(keys)].sort().join(',');
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    api
      .get<Concept[]>(`/skills/concepts${query({ keys: wanted })}`)
      .then((rows) => {
        if (live) setLabels(Object.fromEntries(rows.map((r) => [r.key, r.labels])));
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [wanted]);
  return labels;
}

/** "soudeur/soudeuse (ESCO 7212.3)": the label in the reader's language, else another, and the code. */
export function conceptName(key: string, labels: Record<string, Translated>, locale: Locale): string {
  const [scheme = '', id = ''] = key.split(':');
  const label = pickTranslation(labels[key], locale) || labels[key]?.en || '';
  const code = scheme === 'skill' ? '' : `${scheme.toUpperCase()} ${id}`;
  if (!label) return code || key;
  return code ? `${label} (${code})` : label;
}
