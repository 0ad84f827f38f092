import type { Territory } from '../../db/schema';

export const territories = ['BE', 'BE-WAL', 'BE-BRU', 'BE-VLG', 'LU', 'FR', 'FR-GES', 'DE', 'NL'] as const satisfies readonly Territory[];

// Départements of the Grand Est region: Ardennes, Aube, Marne, Haute-Marne, Meurthe-et-Moselle, Meuse, Moselle,
// Bas-Rhin, Haut-Rhin, Vosges.
const grandEst = new Set(['08', '10', '51', '52', '54', '55', '57', '67', '68', '88']);

/** The Belgian region of a postcode: Brussels 1000–1299, Wallonia 1300–1499 and 4000–7999, Flanders the rest. */
function belgianRegion(postcode: string): Territory | undefined {
  const n = Number.parseInt(postcode, 10);
  if (!/^\d{4}$/.test(postcode) || Number.isNaN(n)) return undefined;
  if (n >= 1000 && n <= 1299) return 'BE-BRU';
  if ((n >= 1300 && n <= 1499) || (n >= 4000 && n <= 7999)) return 'BE-WAL';
  return 'BE-VLG';
}

/** Every territory a place belongs to, the widest first: a postcode of Arlon is in BE and BE-WAL. */
export function territoriesOf(country: string | null | undefined, postcode: string): Territory[] {
  const code = postcode.trim();
  switch (country) {
    case 'BE': {
      const region = belgianRegion(code);
      return region ? ['BE', region] : ['BE'];
    }
    case 'FR':
      return /^\d{5}$/.test(code) && grandEst.has(code.slice(0, 2)) ? ['FR', 'FR-GES'] : ['FR'];
    case 'LU':
    case 'DE':
    case 'NL':
      return [country];
    default:
      return [];
  }
}

/** How specific a rule is: postcode prefixes beat a region, a region beats a country. */
export function territorySpecificity(territory: Territory, prefixes: readonly string[]): number {
  return (prefixes.length ? 100 + Math.max(...prefixes.map((p) => p.length)) : 0) + (territory.includes('-') ? 10 : 0);
}
