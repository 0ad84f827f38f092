import type { TFunction } from 'i18next';
import { useEffect, useState } from 'react';
import type { Place } from '../../api/types';
import { useDebounced } from '../../ui/use-debounced';
import { findPlaces, parsePoint } from './resolve-place';

/**
 * Suggestions for the text being typed, from the place search; none for coordinates. Those of an earlier text are
 * kept while one goes on typing it ("arl" → "arlo"), dropped when the text becomes another one.
 */
export function usePlaceSuggestions(text: string): Place[] {
  const typed = useDebounced(text.trim(), 150);
  const [found, setFound] = useState<{ q: string; places: Place[] }>({ q: '', places: [] });
  useEffect(() => {
    if (!typed || parsePoint(typed)) return setFound({ q: typed, places: [] });
    let live = true;
    findPlaces(typed)
      .then((places) => live && setFound({ q: typed, places }))
      .catch(() => live && setFound({ q: typed, places: [] }));
    return () => {
      live = false;
    };
  }, [typed]);
  const now = text.trim().toLowerCase();
  return now && found.q && now.startsWith(found.q.toLowerCase()) ? found.places : [];
}

const countries = ['BE', 'LU', 'FR', 'DE', 'NL'];

/** "6700 · Wallonie · Belgique" under a suggested place; "L-1009… " for a commune with several postcodes. */
export function placeDetail(t: TFunction, p: Place): string {
  const postcode = `${p.country === 'LU' ? 'L-' : ''}${p.postcode}${p.postcodes > 1 ? '…' : ''}`;
  const country = countries.includes(p.country) ? t(`countries.${p.country as 'BE'}`) : p.country;
  return [postcode, p.region, country].filter(Boolean).join(' · ');
}
