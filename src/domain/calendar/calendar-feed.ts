// The personal calendar subscription: a secret link per person that calendar apps poll. Only the token's hash is
// stored; the link is shown once when made, and making a new one revokes the old.
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { calendarFeedTokens, users } from '../../db/schema';
import { hashSecret, newSecret } from '../auth/tokens';
import { AppError, notFound } from '../errors';
import type { Actor } from '../policy/actor';
import { collectCalendarEntries, type CalendarContext } from './calendar-sources';
import { writeIcs } from './ics';

export const feedPath = (userId: string, token: string) => `/api/people/${userId}/calendar.ics?token=${encodeURIComponent(token)}`;

function self(actor: Actor): string {
  if (!actor.userId) throw new AppError('unauthenticated', 'Sign in first');
  return actor.userId;
}

export async function feedStatus({ db, actor }: { db: Db; actor: Actor }) {
  const [row] = await db.select().from(calendarFeedTokens).where(eq(calendarFeedTokens.userId, self(actor)));
  return row ? { active: true, createdAt: row.createdAt, lastUsedAt: row.lastUsedAt } : { active: false, createdAt: null, lastUsedAt: null };
}

/** A new secret link (the old one stops working). */
export async function renewFeedToken({ db, actor }: { db: Db; actor: Actor }) {
  const userId = self(actor);
  const token = newSecret(24);
  const values = { tokenHash: hashSecret(token), createdAt: new Date(), lastUsedAt: null };
  await db.insert(calendarFeedTokens).values({ userId, ...values }).onConflictDoUpdate({ target: calendarFeedTokens.userId, set: values });
  return { token, path: feedPath(userId, token) };
}

export async function revokeFeedToken({ db, actor }: { db: Db; actor: Actor }) {
  await db.delete(calendarFeedTokens).where(eq(calendarFeedTokens.userId, self(actor)));
}

/**
 * The feed of a person, for the holder of their link. A wrong token answers like an unknown person (404), so links
 * cannot be probed.
 */
export async function personalFeed(opts: { db: Db; userId: string; token: string; baseUrl: string; now?: Date }) {
  const { db, userId } = opts;
  const [row] = await db
    .select({ tokenHash: calendarFeedTokens.tokenHash, locale: users.locale, name: users.name, disabledAt: users.disabledAt })
    .from(calendarFeedTokens)
    .innerJoin(users, eq(users.id, calendarFeedTokens.userId))
    .where(eq(calendarFeedTokens.userId, userId));
  if (!row || row.disabledAt || row.tokenHash !== hashSecret(opts.token)) throw notFound('Calendar', 'token');
  await db.update(calendarFeedTokens).set({ lastUsedAt: new Date() }).where(eq(calendarFeedTokens.userId, userId));
  const ctx: CalendarContext = { locale: row.locale, baseUrl: opts.baseUrl };
  const entries = await collectCalendarEntries(db, userId, ctx);
  const names = { fr: 'Maillage – mon agenda', de: 'Maillage – mein Kalender', en: 'Maillage – my calendar', nl: 'Maillage – mijn agenda' };
  return writeIcs({ entries, name: names[row.locale], refreshMinutes: 60, ...(opts.now ? { now: opts.now } : {}) });
}
