import { foldText } from '../import/fold-text';
import type { Country } from '../import/parse-values';

/** A place name without accents, case, spaces or dashes: the key of postal_codes and of commune matching. */
export function placeKey(name: string): string {
  return foldText(name).replace(/[^a-z0-9]+/g, '');
}

/** The postcode as GeoNames writes it: without the "L-" / "B-" country prefix, French and German ones on 5 digits. */
export function postcodeKey(raw: string, country: Country | string): string {
  let v = raw.trim().toUpperCase().replace(/^(?:L|B|D|F|NL)\s*-\s*(?=\d)/, '');
  if ((country === 'FR' || country === 'DE') && /^\d{4}$/.test(v)) v = `0${v}`;
  return v.replace(/\s+/g, country === 'NL' ? ' ' : '');
}
