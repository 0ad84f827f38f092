import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client';
import { queryRows } from '../../db/rows';
import { auditLog, type Translated } from '../../db/schema';
import { enqueueJob, enqueueUnlessPending } from '../../jobs/queue';
import { enqueueMail } from '../mail/enqueue-mail';
import { renderNeedsMail } from '../mail/needs-mail-templates';
import { titleIn } from './post-queries';
import { representativesOf } from './recipients';

export const EXPIRY_REMINDER_JOB = 'posts.expiry-reminders';
export const expiryReminderPayload = z.object({ baseUrl: z.string().url() });

/** Days before its expiry when the owner of a post is reminded to renew it. */
export const EXPIRY_REMIND_DAYS_BEFORE = 5;

interface ExpiringPost {
  id: string;
  organisation_id: string;
  title: Translated;
  expires_on: string;
  network_slug: string | null;
}

/**
 * Reminds the representatives of the organisation owning an open post that it expires in a few days, with a link
 * to the post where they renew it. The mark (an audit row keyed by post and expiry date) is written with the mails
 * in one transaction: a retried job or a second worker never sends twice, and a renewed post is reminded again
 * before its new expiry.
 */
export async function sendExpiryReminders(db: Db, payload: z.infer<typeof expiryReminderPayload>, today = new Date().toISOString().slice(0, 10)) {
  return db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    const due = await queryRows<ExpiringPost>(
      t,
      sql`SELECT p.id, p.organisation_id, p.title, p.expires_on::text AS expires_on,
                 (SELECT n.slug FROM post_networks pn JOIN networks n ON n.id = pn.network_id WHERE pn.post_id = p.id ORDER BY n.slug LIMIT 1) AS network_slug
            FROM posts p
           WHERE p.status IN ('open', 'in_discussion') AND p.expires_on >= ${today}::date AND p.expires_on <= ${today}::date + ${EXPIRY_REMIND_DAYS_BEFORE}::int
             AND NOT EXISTS (SELECT 1 FROM audit_log a WHERE a.entity = 'post' AND a.entity_id = p.id::text AND a.action = 'expiry-reminded'
                             AND a.data->>'expiresOn' = p.expires_on::text)
           ORDER BY p.expires_on, p.id
           FOR UPDATE OF p SKIP LOCKED`,
    );
    let mails = 0;
    for (const post of due) {
      const people = await representativesOf(t, [post.organisation_id]);
      const link = `${payload.baseUrl}/n/${encodeURIComponent(post.network_slug ?? '')}/needs/${post.id}`;
      for (const person of people) {
        const mail = renderNeedsMail('post-expiring', person.locale, { name: person.name || person.email, title: titleIn(post.title, person.locale), date: post.expires_on, link });
        await enqueueMail(t, { to: person.email, ...mail });
        mails++;
      }
      await t.insert(auditLog).values({ actorUserId: null, action: 'expiry-reminded', entity: 'post', entityId: post.id, data: { expiresOn: post.expires_on, count: people.length } });
    }
    return { posts: due.map((p) => p.id), mails };
  });
}

/** The next daily run: 07:30 UTC, today if that is still to come, else tomorrow. */
export function nextExpiryReminderRun(now = new Date()) {
  const next = new Date(now);
  next.setUTCHours(7, 30, 0, 0);
  if (next.getTime() <= now.getTime()) next.setUTCDate(next.getUTCDate() + 1);
  return next;
}

/** Plans the daily run unless one is already queued or running (the worker calls this when it starts). */
export async function ensureExpiryReminders(db: Db, baseUrl: string, runAt?: Date) {
  return enqueueUnlessPending(db, EXPIRY_REMINDER_JOB, { baseUrl }, { ...(runAt ? { runAt } : {}), priority: 'background' });
}

/** The daily job: send what is due, then plan the next run. */
export async function runExpiryReminderJob(db: Db, payload: z.infer<typeof expiryReminderPayload>) {
  const result = await sendExpiryReminders(db, payload);
  // The running job is this one: plan the next regardless of it.
  await enqueueJob(db, EXPIRY_REMINDER_JOB, payload, { runAt: nextExpiryReminderRun(), priority: 'background' });
  return { posts: result.posts.length, mails: result.mails };
}
