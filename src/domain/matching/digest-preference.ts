import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client';
import { queryRows } from '../../db/rows';

// The two columns live on `users` (migration 0019) and are read with SQL here only: the digest is their one user.

export const digestPreferenceSchema = z.object({ matchDigest: z.boolean() });

/** Whether a person receives the weekly digest of new matches. */
export async function digestPreferenceOf(db: Db, userId: string): Promise<{ matchDigest: boolean }> {
  const [row] = await queryRows<{ match_digest: boolean }>(db, sql`SELECT match_digest FROM users WHERE id = ${userId}`);
  return { matchDigest: row?.match_digest ?? false };
}

/** Turns the weekly digest on or off for the person themselves. */
export async function setDigestPreference(db: Db, userId: string, input: z.input<typeof digestPreferenceSchema>) {
  const { matchDigest } = digestPreferenceSchema.parse(input);
  await db.execute(sql`UPDATE users SET match_digest = ${matchDigest}, updated_at = now() WHERE id = ${userId}`);
  return { matchDigest };
}

export const unsubscribeSchema = z.object({ token: z.string().trim().regex(/^[0-9a-f]{32}$/, 'Not an unsubscribe link') });

/** The one-click link of a digest: turns it off for whoever the token belongs to. False when no one holds the token. */
export async function unsubscribeFromDigest(db: Db, input: z.input<typeof unsubscribeSchema>): Promise<boolean> {
  const { token } = unsubscribeSchema.parse(input);
  const rows = await queryRows<{ id: string }>(db, sql`UPDATE users SET match_digest = false, updated_at = now() WHERE match_digest_token = ${token} RETURNING id`);
  return rows.length > 0;
}

/** Of some people, those who still want the digest, with the token of their unsubscribe link. */
export async function digestSubscribers(db: Db, userIds: readonly string[]): Promise<Map<string, string>> {
  if (!userIds.length) return new Map();
  const rows = await queryRows<{ id: string; token: string }>(
    db,
    sql`SELECT id, match_digest_token AS token FROM users WHERE match_digest AND id IN (SELECT unnest(${`{${userIds.join(',')}}`}::uuid[]))`,
  );
  return new Map(rows.map((r) => [r.id, r.token]));
}
