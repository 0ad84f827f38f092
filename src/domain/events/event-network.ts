import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { networks, type events } from '../../db/schema';
import { notFound } from '../errors';

/** The network an event belongs to: its name and slug go into mails and links. */
export async function networkOfEvent(db: Db, event: Pick<typeof events.$inferSelect, 'networkId'>) {
  const [n] = await db.select({ id: networks.id, slug: networks.slug, name: networks.name }).from(networks).where(eq(networks.id, event.networkId));
  if (!n) throw notFound('Network');
  return n;
}
