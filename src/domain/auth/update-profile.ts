import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { users, type Locale } from '../../db/schema';
import { AppError } from '../errors';
import { checkPasswordStrength, hashPassword, verifyPassword } from './passwords';

export interface UpdateProfileOptions {
  db: Db;
  userId: string;
  name?: string | undefined;
  locale?: Locale | undefined;
  currentPassword?: string | undefined;
  newPassword?: string | undefined;
}

export async function updateProfile({ db, userId, name, locale, currentPassword, newPassword }: UpdateProfileOptions) {
  const [user] = await db.select().from(users).where(eq(users.id, userId));
  if (!user) throw new AppError('not_found', 'User not found');
  const changes: Partial<typeof users.$inferInsert> = { updatedAt: new Date() };
  if (name !== undefined) changes.name = name.trim();
  if (locale !== undefined) changes.locale = locale;
  if (newPassword !== undefined) {
    if (!(await verifyPassword(user.passwordHash, currentPassword ?? '')))
      throw new AppError('validation', 'The current password is wrong', 'currentPassword');
    checkPasswordStrength(newPassword, 'newPassword');
    changes.passwordHash = await hashPassword(newPassword);
  }
  const [updated] = await db.update(users).set(changes).where(eq(users.id, userId)).returning();
  return updated!;
}
