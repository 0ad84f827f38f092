import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { authTokens, users } from '../../db/schema';
import { AppError } from '../errors';
import { enqueueMail } from '../mail/enqueue-mail';
import { renderMail } from '../mail/templates';
import { findUserByEmail } from './create-user';
import { checkPasswordStrength, hashPassword } from './passwords';
import { deleteUserSessions } from './sessions';
import { hashSecret, newSecret } from './tokens';

const RESET_HOURS = 2;

export interface RequestPasswordResetOptions {
  db: Db;
  email: string;
  baseUrl: string;
}

/** Sends a reset link if the account exists. Says nothing either way, so the form cannot probe for accounts. */
export async function requestPasswordReset({ db, email, baseUrl }: RequestPasswordResetOptions): Promise<void> {
  const user = await findUserByEmail(db, email.trim());
  if (!user || user.disabledAt) return;
  const token = newSecret();
  await db.transaction(async (tx) => {
    await tx.insert(authTokens).values({
      kind: 'reset',
      tokenHash: hashSecret(token),
      email: user.email,
      userId: user.id,
      expiresAt: new Date(Date.now() + RESET_HOURS * 3_600_000),
    });
    const link = `${baseUrl}/reset-password?token=${encodeURIComponent(token)}`;
    const mail = renderMail('password-reset', user.locale, { link, hours: RESET_HOURS });
    await enqueueMail(tx as unknown as Db, { to: user.email, ...mail });
  });
}

export async function findValidToken(db: Db, kind: 'reset' | 'invite', token: string) {
  const [row] = await db
    .select()
    .from(authTokens)
    .where(
      and(eq(authTokens.tokenHash, hashSecret(token)), eq(authTokens.kind, kind), isNull(authTokens.usedAt), gt(authTokens.expiresAt, new Date())),
    );
  if (!row) throw new AppError('validation', 'This link is invalid or has expired; ask for a new one', 'token');
  return row;
}

/**
 * Marks a one-time token used inside the caller's transaction. The `used_at IS NULL` condition makes two
 * concurrent uses of one link fail the second time instead of both succeeding.
 */
export async function consumeToken(db: Db, tokenId: string, alreadyUsedMessage: string) {
  const used = await db
    .update(authTokens)
    .set({ usedAt: new Date() })
    .where(and(eq(authTokens.id, tokenId), isNull(authTokens.usedAt)))
    .returning({ id: authTokens.id });
  if (used.length === 0) throw new AppError('validation', alreadyUsedMessage, 'token');
}

export async function resetPassword({ db, token, password }: { db: Db; token: string; password: string }) {
  checkPasswordStrength(password);
  const row = await findValidToken(db, 'reset', token);
  if (!row.userId) throw new AppError('validation', 'This link is invalid', 'token');
  const passwordHash = await hashPassword(password);
  await db.transaction(async (tx) => {
    await consumeToken(tx as unknown as Db, row.id, 'This link has already been used');
    await tx.update(users).set({ passwordHash, updatedAt: new Date() }).where(eq(users.id, row.userId!));
    // A reset signs out every other session: the old password may have leaked.
    await deleteUserSessions(tx as unknown as Db, row.userId!);
  });
  return { userId: row.userId };
}
