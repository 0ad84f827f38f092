/** The areas of a network, in the order of PRODUCT.md; the navigation and the "coming" pages are built from it. */
export const areaIds = ['directory', 'needs', 'pooling', 'skills', 'events', 'conventions', 'projects', 'roadmaps', 'reporting', 'showcase'] as const;

export type AreaId = (typeof areaIds)[number];

export function isAreaId(value: string): value is AreaId {
  return (areaIds as readonly string[]).includes(value);
}

/** Areas with a working page; the others show what is coming. */
export const builtAreas: ReadonlySet<AreaId> = new Set<AreaId>(['directory', 'showcase', 'events', 'pooling', 'conventions', 'roadmaps', 'reporting', 'needs', 'skills', 'projects']);

export const areaPath = (slug: string, area: AreaId) => `/n/${encodeURIComponent(slug)}/${area}`;
export const networkPath = (slug: string) => `/n/${encodeURIComponent(slug)}`;
