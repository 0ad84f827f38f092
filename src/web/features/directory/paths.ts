const enc = encodeURIComponent;

export const directoryPath = (slug: string, search = '') => `/n/${enc(slug)}/directory${search}`;
export const organisationPath = (slug: string, id: string) => `/n/${enc(slug)}/o/${enc(id)}`;
export const organisationEditPath = (slug: string, id: string) => `/n/${enc(slug)}/o/${enc(id)}/edit`;
export const organisationHistoryPath = (slug: string, id: string) => `/n/${enc(slug)}/o/${enc(id)}/history`;
export const newOrganisationPath = (slug: string) => `/n/${enc(slug)}/o/new`;
export const importsPath = (slug: string) => `/n/${enc(slug)}/imports`;
export const importPath = (slug: string, id: string) => `/n/${enc(slug)}/imports/${enc(id)}`;
export const showcasePath = (slug: string) => `/showcase/${enc(slug)}`;
