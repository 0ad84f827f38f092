import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import atlasUrl from 'world-atlas/countries-50m.json?url';

/** ISO numeric codes of the Grande Région's countries and their neighbours, drawn as the map's background. */
const shown: Record<string, string> = {
  '056': 'BE',
  '442': 'LU',
  '250': 'FR',
  '276': 'DE',
  '528': 'NL',
  '756': 'CH',
  '040': 'AT',
  '826': 'GB',
  '208': 'DK',
  '380': 'IT',
  '203': 'CZ',
};

export type CountryShape = Feature<Geometry, { code: string; name: string }>;

let loading: Promise<CountryShape[]> | null = null;

/** Country outlines from the world-atlas package, shipped with the app (no tile server, no CDN); loaded once. */
export function loadOutlines(): Promise<CountryShape[]> {
  loading ??= fetch(atlasUrl)
    .then((r) => {
      if (!r.ok) throw new Error(`outlines: HTTP ${r.status}`);
      return r.json() as Promise<Topology<{ countries: GeometryCollection<{ name: string }> }>>;
    })
    .then((topology) => {
      const all = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>;
      return all.features
        .filter((f) => f.id !== undefined && shown[String(f.id)])
        .map((f) => ({ ...f, properties: { code: shown[String(f.id)]!, name: f.properties.name } }));
    })
    .catch((error: unknown) => {
      loading = null;
      throw error;
    });
  return loading;
}
