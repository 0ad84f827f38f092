import { z } from 'zod';
import type { Db } from '../../db/client';
import type { Locale } from '../../db/schema';
import { enqueueJob, enqueueUnlessPending } from '../../jobs/queue';
import { runSql } from '../indicators/run-sql';
import { pickText } from '../indicators/pick-text';
import { enqueueMail } from '../mail/enqueue-mail';
import { renderActionReminder } from './action-reminder-mail';

export const ACTION_REMINDER_JOB = 'committee.remind-actions';
export const actionReminderPayload = z.object({ baseUrl: z.string().url() });

/** Days before the due date when the owner gets the first reminder. */
export const REMIND_DAYS_BEFORE = 3;

interface DueItem {
  id: string;
  body: string;
  due_on: string;
  stage: 'soon' | 'overdue';
  email: string;
  name: string;
  locale: Locale;
  event_id: string;
  event_title: Record<string, string>;
  network_name: string;
  network_slug: string;
}

/**
 * Reminds the owners of open action items: once when the due date is near, once when it has passed. The mark is
 * written with the mail in one transaction, and keyed by item, due date and stage, so a retried job or a second
 * worker never sends twice and a moved due date arms the reminders again.
 */
export async function sendActionReminders(db: Db, payload: z.infer<typeof actionReminderPayload>, today = new Date().toISOString().slice(0, 10)) {
  return db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    const due = await runSql<DueItem>(
      t,
      `SELECT d.id, d.body, d.due_on::text AS due_on,
              CASE WHEN d.due_on < $1::date THEN 'overdue' ELSE 'soon' END AS stage,
              u.email, u.name, u.locale, e.id AS event_id, e.title AS event_title, n.name AS network_name, n.slug AS network_slug
         FROM event_decisions d JOIN events e ON e.id = d.event_id JOIN networks n ON n.id = e.network_id
         JOIN users u ON u.id = d.owner_user_id
        WHERE d.kind = 'action' AND d.status = 'open' AND d.due_on IS NOT NULL AND d.due_on <= $1::date + $2::int
          AND u.disabled_at IS NULL AND u.anonymised_at IS NULL
          AND NOT EXISTS (SELECT 1 FROM action_item_reminders r WHERE r.decision_id = d.id AND r.due_on = d.due_on
                          AND r.stage = CASE WHEN d.due_on < $1::date THEN 'overdue' ELSE 'soon' END)
        ORDER BY d.due_on
        FOR UPDATE OF d SKIP LOCKED`,
      [today, REMIND_DAYS_BEFORE],
    );
    for (const item of due) {
      const mail = renderActionReminder(item.stage, item.locale, {
        name: item.name || item.email,
        meeting: pickText(item.event_title, item.locale),
        network: item.network_name,
        due: item.due_on,
        item: item.body,
        link: `${payload.baseUrl}/n/${item.network_slug}/roadmaps?tab=committee`,
      });
      await enqueueMail(t, { to: item.email, subject: mail.subject, text: mail.text });
      await runSql(t, 'INSERT INTO action_item_reminders (decision_id, due_on, stage) VALUES ($1, $2::date, $3) ON CONFLICT DO NOTHING', [item.id, item.due_on, item.stage]);
    }
    return { sent: due.length };
  });
}

/**
 * The reminder job runs once a day and plans its next run itself. This makes sure one is planned (called when
 * the committee page is read and after each run); without a queued run, it plans one now.
 */
export async function ensureActionReminders(db: Db, baseUrl: string, runAt?: Date) {
  return enqueueUnlessPending(db, ACTION_REMINDER_JOB, { baseUrl }, runAt ? { runAt } : {});
}

/** The next daily run: 07:00 UTC, today if that is still to come, else tomorrow. */
export function nextActionReminderRun(now = new Date()) {
  const next = new Date(now);
  next.setUTCHours(7, 0, 0, 0);
  if (next.getTime() <= now.getTime()) next.setUTCDate(next.getUTCDate() + 1);
  return next;
}

/** The daily job: send what is due, then plan the next run (07:00 UTC). */
export async function runActionReminderJob(db: Db, payload: z.infer<typeof actionReminderPayload>) {
  const result = await sendActionReminders(db, payload);
  // The running job is this one: plan the next regardless of it.
  await enqueueJob(db, ACTION_REMINDER_JOB, payload, { runAt: nextActionReminderRun() });
  return result;
}
