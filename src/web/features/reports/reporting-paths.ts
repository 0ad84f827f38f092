const n = (slug: string) => `/n/${encodeURIComponent(slug)}`;

export const dashboardPath = (slug: string) => `${n(slug)}/reporting`;
export const graphPath = (slug: string) => `${n(slug)}/reporting/graph`;
export const sponsorsPath = (slug: string) => `${n(slug)}/reporting/sponsors`;
export const recordsPath = (slug: string, indicator: string) => `${n(slug)}/reporting/indicators/${encodeURIComponent(indicator)}`;
export const roadmapsPath = (slug: string) => `${n(slug)}/roadmaps`;
export const committeePath = (slug: string) => `${n(slug)}/roadmaps?tab=committee`;
export const roadmapPath = (slug: string, id: string) => `${n(slug)}/roadmaps/${encodeURIComponent(id)}`;
export const roadmapVersionPath = (slug: string, id: string, version: number) => `${roadmapPath(slug, id)}/versions/${version}`;
export const agencyPath = '/agency';
export const reportFilePath = (slug: string, format: 'pdf' | 'xlsx', locale: string, period: { from: string; to: string }) =>
  `/api/networks/${encodeURIComponent(slug)}/report?format=${format}&locale=${locale}&from=${period.from}&to=${period.to}`;
