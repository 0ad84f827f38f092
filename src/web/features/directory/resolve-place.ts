import { api, query } from '../../api/client';
import type { OrganisationHit, Page } from '../../api/types';

/** "49.68, 5.81" or "49.68 5.81" as a point, else null. */
export function parsePoint(text: string): { lat: number; lon: number } | null {
  const m = /^\s*(-?\d{1,2}(?:[.]\d+)?)\s*[,; ]\s*(-?\d{1,3}(?:[.]\d+)?)\s*$/.exec(text);
  if (!m) return null;
  const lat = Number(m[1]);
  const lon = Number(m[2]);
  return Math.abs(lat) <= 90 && Math.abs(lon) <= 180 ? { lat, lon } : null;
}

/**
 * Where a distance is measured from: typed coordinates, or a commune located through the organisations the
 * directory already knows there (the API has no geocoding endpoint for the browser yet).
 */
export async function resolvePlace(text: string): Promise<{ lat: number; lon: number } | null> {
  const point = parsePoint(text);
  if (point) return point;
  const commune = text.trim();
  if (!commune) return null;
  const found = await api.get<Page<OrganisationHit>>(`/organisations${query({ commune, pageSize: 20 })}`);
  const located = found.items.filter((o) => o.latitude !== null && o.longitude !== null);
  if (!located.length) return null;
  // The middle of the organisations of that commune.
  const lat = located.reduce((s, o) => s + o.latitude!, 0) / located.length;
  const lon = located.reduce((s, o) => s + o.longitude!, 0) / located.length;
  return { lat, lon };
}
