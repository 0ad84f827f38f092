import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client';
import { users, type Locale } from '../../db/schema';
import { AppError } from '../errors';
import { checkPasswordStrength, hashPassword } from './passwords';

export const emailSchema = z.string().trim().toLowerCase().pipe(z.email().max(254));
export const localeSchema = z.enum(['fr', 'de', 'en', 'nl']);

export interface CreateUserOptions {
  db: Db;
  email: string;
  password?: string | undefined;
  name?: string | undefined;
  locale?: Locale | undefined;
  isAdmin?: boolean | undefined;
}

export function parseEmail(email: string, field = 'email'): string {
  const parsed = emailSchema.safeParse(email);
  if (!parsed.success) throw new AppError('validation', `"${email}" is not a valid e-mail address`, field);
  return parsed.data;
}

export async function findUserByEmail(db: Db, email: string) {
  const [user] = await db.select().from(users).where(sql`lower(${users.email}) = ${email.toLowerCase()}`);
  return user;
}

export async function createUser({ db, email, password, name, locale, isAdmin }: CreateUserOptions) {
  const normalised = parseEmail(email);
  if (password !== undefined) checkPasswordStrength(password);
  if (await findUserByEmail(db, normalised))
    throw new AppError('conflict', `A user with the e-mail ${normalised} already exists`, 'email');
  const passwordHash = password === undefined ? null : await hashPassword(password);
  const [user] = await db
    .insert(users)
    .values({ email: normalised, name: name?.trim() ?? '', passwordHash, locale: locale ?? 'fr', isAdmin: isAdmin ?? false })
    .returning();
  if (!user) throw new Error('insert returned no row');
  return user;
}
