/**
 * The directory's filters as they live in the address bar, so a filtered view can be shared and reloaded.
 * The names are the search API's own (q, nace, country, kind, commune, near, capability, tag, ecosystem, axis,
 * sort, page); `from` (the name of the place a distance is measured from) and `view` only concern the page.
 */

export const countries = ['BE', 'LU', 'FR', 'DE', 'NL'] as const;
export const kinds = ['company', 'sse', 'association', 'research', 'training', 'employment', 'public', 'agency'] as const;
export type Country = (typeof countries)[number];
export type Kind = (typeof kinds)[number];
export type View = 'list' | 'map';

export interface Near {
  lat: number;
  lon: number;
  km: number;
}

export interface DirectoryFilters {
  q: string;
  nace: string[];
  country: Country[];
  kind: Kind[];
  commune: string;
  near: Near | null;
  /** What the distance is measured from, as the person typed it (a commune), for the chip. */
  from: string;
  capability: string[];
  tag: string[];
  ecosystem: string[];
  axis: string[];
  sort: 'relevance' | 'name';
  page: number;
  view: View;
}

export const emptyFilters: DirectoryFilters = {
  q: '',
  nace: [],
  country: [],
  kind: [],
  commune: '',
  near: null,
  from: '',
  capability: [],
  tag: [],
  ecosystem: [],
  axis: [],
  sort: 'relevance',
  page: 1,
  view: 'list',
};

const list = (value: string | null): string[] =>
  (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

const unique = <T>(values: T[]): T[] => [...new Set(values)];

function parseNear(value: string | null): Near | null {
  const m = /^(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?),(\d+(?:\.\d+)?)$/.exec(value ?? '');
  if (!m) return null;
  const [lat, lon, km] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (Math.abs(lat) > 90 || Math.abs(lon) > 180 || km <= 0 || km > 2000) return null;
  return { lat, lon, km };
}

/** Reads the filters from "?q=…&nace=C16,C31": unknown values are dropped rather than sent to the API. */
export function parseFilters(search: string): DirectoryFilters {
  const p = new URLSearchParams(search);
  const page = Number(p.get('page'));
  return {
    q: (p.get('q') ?? '').slice(0, 200),
    nace: unique(list(p.get('nace')).map((c) => c.toUpperCase())),
    country: unique(list(p.get('country')).map((c) => c.toUpperCase())).filter((c): c is Country => (countries as readonly string[]).includes(c)),
    kind: unique(list(p.get('kind'))).filter((k): k is Kind => (kinds as readonly string[]).includes(k)),
    commune: p.get('commune') ?? '',
    near: parseNear(p.get('near')),
    from: p.get('from') ?? '',
    capability: unique(list(p.get('capability'))),
    tag: unique(list(p.get('tag'))),
    ecosystem: unique(list(p.get('ecosystem'))),
    axis: unique(list(p.get('axis'))),
    sort: p.get('sort') === 'name' ? 'name' : 'relevance',
    page: Number.isInteger(page) && page >= 1 ? page : 1,
    view: p.get('view') === 'map' ? 'map' : 'list',
  };
}

const round = (n: number, digits: number) => String(Number(n.toFixed(digits)));
export const formatNear = (near: Near) => `${round(near.lat, 5)},${round(near.lon, 5)},${round(near.km, 1)}`;

/** The API's query parameters for these filters (no paging, no page-only state). */
export function apiFilterParams(f: DirectoryFilters): Record<string, string> {
  const out: Record<string, string> = {};
  if (f.q.trim()) out.q = f.q.trim();
  if (f.nace.length) out.nace = f.nace.join(',');
  if (f.country.length) out.country = f.country.join(',');
  if (f.kind.length) out.kind = f.kind.join(',');
  if (f.commune.trim()) out.commune = f.commune.trim();
  if (f.near) out.near = formatNear(f.near);
  if (f.capability.length) out.capability = f.capability.join(',');
  if (f.tag.length) out.tag = f.tag.join(',');
  if (f.ecosystem.length) out.ecosystem = f.ecosystem.join(',');
  if (f.axis.length) out.axis = f.axis.join(',');
  // Without words the API lists by name unless told otherwise: around a place, "relevance" asks for the nearest first.
  if (f.sort !== 'relevance' || f.near) out.sort = f.sort;
  return out;
}

/** The address bar's "?…" for these filters: only what differs from the defaults, so links stay short. */
export function filtersToSearch(f: DirectoryFilters): string {
  const params = new URLSearchParams(apiFilterParams(f));
  if (f.sort === 'relevance') params.delete('sort');
  if (f.near && f.from) params.set('from', f.from);
  if (f.page > 1) params.set('page', String(f.page));
  if (f.view !== 'list') params.set('view', f.view);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** How many filters narrow the list (the words and the sort order are not counted). */
export function activeFilterCount(f: DirectoryFilters): number {
  return f.nace.length + f.country.length + f.kind.length + (f.commune ? 1 : 0) + (f.near ? 1 : 0) + f.capability.length + f.tag.length + f.ecosystem.length + f.axis.length;
}
