const n = (slug: string) => `/n/${encodeURIComponent(slug)}`;

export const eventsPath = (slug: string) => `${n(slug)}/events`;
export const newEventPath = (slug: string) => `${n(slug)}/events/new`;
export const eventPath = (slug: string, id: string) => `${n(slug)}/events/${encodeURIComponent(id)}`;
export const eventTabPath = (slug: string, id: string, tab: 'edit' | 'check-in' | 'attendance' | 'minutes') => `${eventPath(slug, id)}/${tab}`;
export const myEventsPath = '/my-events';
export const publicEventPath = (slug: string, id: string) => `/showcase/${encodeURIComponent(slug)}/events/${encodeURIComponent(id)}`;
export const qrImagePath = (code: string) => `/api/check-in-codes/${encodeURIComponent(code)}/qr.png`;
export const icsPath = (id: string, locale: string) => `/api/events/${encodeURIComponent(id)}/ics?locale=${locale}`;
