export const participantTabs = ['profile', 'catalogue', 'requests', 'agenda'] as const;
export const coordinatorTabs = ['setup', 'schedule', 'tables', 'statistics'] as const;
export type ConventionTab = (typeof participantTabs)[number] | (typeof coordinatorTabs)[number];

export const isConventionTab = (v: string): v is ConventionTab => ([...participantTabs, ...coordinatorTabs] as string[]).includes(v);

const n = (slug: string) => `/n/${encodeURIComponent(slug)}`;
export const conventionsPath = (slug: string) => `${n(slug)}/conventions`;
export const conventionPath = (slug: string, eventId: string, tab?: ConventionTab) => `${conventionsPath(slug)}/${encodeURIComponent(eventId)}${tab ? `/${tab}` : ''}`;
export const conventionApi = (eventId: string, path = '') => `/events/${encodeURIComponent(eventId)}/convention${path}`;
export const agendaPdfPath = (eventId: string, participantId: string, locale: string) => `/api/events/${encodeURIComponent(eventId)}/agendas/${encodeURIComponent(participantId)}.pdf?locale=${locale}`;
