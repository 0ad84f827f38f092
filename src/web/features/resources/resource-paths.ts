import { matchPath } from '../../router/router';

const enc = encodeURIComponent;

export const poolingPath = (slug: string, search = '') => `/n/${enc(slug)}/pooling${search}`;
export const newResourcePath = (slug: string) => `/n/${enc(slug)}/pooling/new`;
export const resourcePath = (slug: string, id: string, search = '') => `/n/${enc(slug)}/pooling/r/${enc(id)}${search}`;
export const editResourcePath = (slug: string, id: string) => `/n/${enc(slug)}/pooling/r/${enc(id)}/edit`;
export const bookingsPath = (slug: string) => `/n/${enc(slug)}/pooling/bookings`;
export const myResourcesPath = (slug: string) => `/n/${enc(slug)}/pooling/mine`;
export const reportPath = (slug: string) => `/n/${enc(slug)}/pooling/report`;
export const overviewPath = (slug: string) => `/n/${enc(slug)}/pooling/overview`;
export const photoUrl = (resourceId: string, photoId: string) => `/api/resources/${enc(resourceId)}/photos/${enc(photoId)}`;

export type PoolingPage =
  | { page: 'find' }
  | { page: 'new' }
  | { page: 'resource'; id: string }
  | { page: 'edit'; id: string }
  | { page: 'bookings' }
  | { page: 'mine' }
  | { page: 'report' }
  | { page: 'overview' };

/** Which page of the pooling area a path shows, or null when the path is not one of them. */
export function matchPoolingPath(path: string): { slug: string; page: PoolingPage } | null {
  const root = matchPath('/n/:slug/pooling', path);
  if (root?.slug) return { slug: root.slug, page: { page: 'find' } };
  const sub = matchPath('/n/:slug/pooling/:sub', path);
  if (sub?.slug && sub.sub) {
    const pages: Record<string, PoolingPage> = { new: { page: 'new' }, bookings: { page: 'bookings' }, mine: { page: 'mine' }, report: { page: 'report' }, overview: { page: 'overview' } };
    const page = pages[sub.sub];
    return page ? { slug: sub.slug, page } : null;
  }
  const one = matchPath('/n/:slug/pooling/r/:id', path);
  if (one?.slug && one.id) return { slug: one.slug, page: { page: 'resource', id: one.id } };
  const edit = matchPath('/n/:slug/pooling/r/:id/edit', path);
  if (edit?.slug && edit.id) return { slug: edit.slug, page: { page: 'edit', id: edit.id } };
  return null;
}
