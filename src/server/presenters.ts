import type { networks, organisations, users } from '../db/schema';

export function presentUser(u: typeof users.$inferSelect) {
  return { id: u.id, email: u.email, name: u.name, locale: u.locale, isAdmin: u.isAdmin, createdAt: u.createdAt.toISOString() };
}

export function presentNetwork(n: Pick<typeof networks.$inferSelect, 'id' | 'slug' | 'name' | 'agency' | 'description'> & { organisationCount?: number }) {
  return { id: n.id, slug: n.slug, name: n.name, agency: n.agency, description: n.description, ...(n.organisationCount !== undefined ? { organisationCount: n.organisationCount } : {}) };
}

export function presentOrganisation(o: typeof organisations.$inferSelect) {
  const { createdAt: _created, updatedAt, ...rest } = o;
  return { ...rest, updatedAt: updatedAt.toISOString() };
}

export function presentOrganisationPage(r: { items: { organisation: typeof organisations.$inferSelect; distanceKm: number | null }[]; total: number; totalExact: boolean; page: number; pageSize: number }) {
  return { ...r, items: r.items.map((i) => ({ ...presentOrganisation(i.organisation), distanceKm: i.distanceKm })) };
}
