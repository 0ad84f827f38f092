import { and, asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client';
import { networkCategories } from '../../db/schema';
import { uniqueViolation } from '../../db/unique-violation';
import { recordAudit } from '../audit/record-audit';
import { AppError } from '../errors';
import type { Actor } from '../policy/actor';
import { assertCan, canOnNetwork } from '../policy/policy';
import { translatedSchema } from './networks';

/** Ecosystems (filières) and strategic axes: each network defines its own. */
export const categoryInputSchema = z.object({
  kind: z.enum(['ecosystem', 'axis']),
  slug: z.string().trim().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'Use lowercase letters, digits and dashes'),
  name: translatedSchema.refine((n) => Object.values(n).some((v) => v && v.trim()), 'Give the name in at least one language'),
  position: z.number().int().min(0).max(1000).optional(),
});

export async function listCategories({ db, networkId }: { db: Db; networkId: string }) {
  return db
    .select()
    .from(networkCategories)
    .where(eq(networkCategories.networkId, networkId))
    .orderBy(asc(networkCategories.kind), asc(networkCategories.position), asc(networkCategories.slug));
}

export async function createCategory({ db, actor, networkId, input }: { db: Db; actor: Actor; networkId: string; input: z.input<typeof categoryInputSchema> }) {
  assertCan(canOnNetwork(actor, 'manage', networkId), 'Only the network coordinators define ecosystems and axes');
  const values = categoryInputSchema.parse(input);
  try {
    const [row] = await db.insert(networkCategories).values({ networkId, ...values }).returning();
    await recordAudit(db, actor, 'create-category', 'network', networkId, { kind: values.kind, slug: values.slug });
    return row!;
  } catch (error) {
    if (uniqueViolation(error) !== undefined) throw new AppError('conflict', `The ${values.kind} "${values.slug}" already exists in this network`, 'slug');
    throw error;
  }
}

export async function deleteCategory({ db, actor, networkId, id }: { db: Db; actor: Actor; networkId: string; id: string }) {
  assertCan(canOnNetwork(actor, 'manage', networkId), 'Only the network coordinators define ecosystems and axes');
  const rows = await db
    .delete(networkCategories)
    .where(and(eq(networkCategories.id, id), eq(networkCategories.networkId, networkId)))
    .returning({ id: networkCategories.id });
  return rows.length > 0;
}
