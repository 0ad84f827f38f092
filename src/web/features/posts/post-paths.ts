const n = (slug: string) => `/n/${encodeURIComponent(slug)}`;

export const needsPath = (slug: string, tab?: 'mine' | 'conversations') => `${n(slug)}/needs${tab === 'mine' ? '?mine=1' : tab === 'conversations' ? '?tab=conversations' : ''}`;
export const newPostPath = (slug: string, kind?: string) => `${n(slug)}/needs/new${kind ? `?kind=${encodeURIComponent(kind)}` : ''}`;
export const postPath = (slug: string, id: string) => `${n(slug)}/needs/${id}`;
export const conversationPath = (slug: string, id: string) => `${n(slug)}/conversations/${id}`;
