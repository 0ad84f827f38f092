import { useEffect, useState } from 'react';
import { api, query } from '../../api/client';
import type { Locale, NaceCode } from '../../api/types';
import { currentLocale } from '../../i18n/i18n';

// Labels do not change while the app runs: one request per code and language for the whole session.
const cache = new Map<string, string>();
const key = (locale: Locale, code: string) => `${locale}:${code}`;

/** NACE labels in the reader's language for the given codes; codes not yet known read as themselves. */
export function useNaceLabels(codes: readonly string[]): (code: string) => string {
  const locale = currentLocale();
  const [, setVersion] = useState(0);
  const wanted = [...new Set(codes)].sort().join(',');

  useEffect(() => {
    const missing = wanted.split(',').filter((c) => c && !cache.has(key(locale, c)));
    if (!missing.length) return;
    let live = true;
    void api
      .get<NaceCode[]>(`/classifications/nace${query({ codes: missing.join(','), locale })}`)
      .then((items) => {
        for (const item of items) cache.set(key(locale, item.code), item.label);
        // Unknown codes are remembered too, so they are not asked for again.
        for (const code of missing) if (!cache.has(key(locale, code))) cache.set(key(locale, code), '');
        if (live) setVersion((v) => v + 1);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [wanted, locale]);

  return (code: string) => cache.get(key(locale, code)) || '';
}
