import { api, query } from '../../api/client';
import type { OrganisationHit, Page, Place } from '../../api/types';

/** "49.68, 5.81" or "49.68 5.81" as a point, else null. */
export function parsePoint(text: string): { lat: number; lon: number } | null {
  const m = /^\s*(-?\d{1,2}(?:[.]\d+)?)\s*[,; ]\s*(-?\d{1,3}(?:[.]\d+)?)\s*$/.exec(text);
  if (!m) return null;
  const lat = Number(m[1]);
  const lon = Number(m[2]);
  return Math.abs(lat) <= 90 && Math.abs(lon) <= 180 ? { lat, lon } : null;
}

/** The places whose name or postcode begins with the text (GET /api/places). */
export async function findPlaces(text: string, limit = 8): Promise<Place[]> {
  return (await api.get<{ items: Place[] }>(`/places${query({ q: text.trim(), limit })}`)).items;
}

/** How a chosen place is named in the field and on the filter chip: "Arlon (6700)". */
export const placeLabel = (p: Place) => `${p.name} (${p.country === 'LU' ? 'L-' : ''}${p.postcode}${p.postcodes > 1 ? '…' : ''})`;

/**
 * Where a distance is measured from: typed coordinates, else the first place of the place search (the postal codes
 * imported with `maillage geo import`), else — when no postal code was imported for that country — the middle of
 * the organisations the directory knows in that commune.
 */
export async function resolvePlace(text: string): Promise<{ lat: number; lon: number } | null> {
  const point = parsePoint(text);
  if (point) return point;
  // "Arlon (6700)" as the field shows a chosen place: the postcode then the name finds that very place.
  const chosen = /^(.*\S)\s*\((?:L-)?([^()…]+)…?\)\s*$/.exec(text);
  const words = chosen ? `${chosen[2]} ${chosen[1]}` : text.trim();
  if (!words) return null;
  const [place] = await findPlaces(words, 1);
  if (place) return { lat: place.lat, lon: place.lon };
  const commune = chosen ? chosen[1]! : text.trim();
  const found = await api.get<Page<OrganisationHit>>(`/organisations${query({ commune, pageSize: 20 })}`);
  const located = found.items.filter((o) => o.latitude !== null && o.longitude !== null);
  if (!located.length) return null;
  const lat = located.reduce((s, o) => s + o.latitude!, 0) / located.length;
  const lon = located.reduce((s, o) => s + o.longitude!, 0) / located.length;
  return { lat, lon };
}
