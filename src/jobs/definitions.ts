import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Config } from '../config/env';
import type { Db } from '../db/client';
import { outbox } from '../db/schema';
import { sendOutboxMail } from '../domain/mail/send-outbox-mail';
import { followUpPayload, reminderPayload, sendEventReminders, sendFeedbackRequests } from '../domain/events/event-jobs';
import { conventionJobDefinitions } from '../domain/convention/convention-jobs';
import { ACTION_REMINDER_JOB, actionReminderPayload, runActionReminderJob } from '../domain/roadmaps/action-reminders';
import { deadlinePayload, remindReferralDeadline } from '../domain/skills/referrals';
import { digestPayload, sendMatchDigest } from '../domain/matching/match-digest';
import { EXPIRY_REMINDER_JOB, expiryReminderPayload, runExpiryReminderJob } from '../domain/posts/expiry-reminders';
import { TIDY_SEARCH_JOB, runTidySearchJob, tidySearchPayload } from '../domain/organisations/tidy-search-indexes';
import type { Logger } from '../logger';

export interface JobContext {
  db: Db;
  config: Config;
  log: Logger;
}

/** A job is data: a name, a zod payload schema and a handler; the worker validates the payload before running. */
export interface JobDefinition<S extends z.ZodType = z.ZodType> {
  name: string;
  payload: S;
  handler(payload: z.infer<S>, ctx: JobContext): Promise<unknown>;
  /** Called once when the last attempt failed. */
  onFinalFailure?(payload: z.infer<S>, ctx: JobContext, error: string): Promise<void>;
}

const defineJob = <S extends z.ZodType>(def: JobDefinition<S>) => def as unknown as JobDefinition;

export const jobDefinitions: JobDefinition[] = [
  defineJob({
    name: 'mail.send',
    payload: z.object({ outboxId: z.uuid() }),
    handler: ({ outboxId }, { db, config }) =>
      sendOutboxMail({ db, outboxId, smtpUrl: config.smtpUrl, from: config.mailFrom }),
    onFinalFailure: async ({ outboxId }, { db }) => {
      await db.update(outbox).set({ status: 'failed' }).where(eq(outbox.id, outboxId));
    },
  }),
  ...(['analyse', 'commit'] as const).map((step) =>
    defineJob({
      name: `import.${step}`,
      payload: z.object({ importId: z.uuid(), userId: z.uuid().nullable() }),
      // Commit progress can be written while the commit transaction runs only when there is a connection pool.
      // Loaded on demand, like the CLI command: the server starts without the import machinery.
      handler: async ({ importId, userId }, { db, config }) =>
        (await import('../domain/import/run-import')).runImportJob(step, { db, importId, userId, liveCommitProgress: !!config.databaseUrl }),
      onFinalFailure: async ({ importId }, { db }, error) => (await import('../domain/import/run-import')).markImportFailed(db, importId, error),
    }),
  ),
  // Events: the reminder the day before, the feedback request after the end.
  defineJob({
    name: 'events.remind',
    payload: reminderPayload,
    handler: (payload, { db }) => sendEventReminders(db, payload),
  }),
  defineJob({
    name: 'events.follow-up',
    payload: followUpPayload,
    handler: (payload, { db }) => sendFeedbackRequests(db, payload),
  }),
  // Business conventions: the engine run in the background, the six-month follow-up reminder.
  ...conventionJobDefinitions,
  // Committees: reminders to the owners of action items, once a day (the job plans its next run).
  defineJob({
    name: ACTION_REMINDER_JOB,
    payload: actionReminderPayload,
    handler: (payload, { db }) => runActionReminderJob(db, payload),
  }),
  // GANESH: the reminder when a referral's step is overdue (planned at the deadline itself).
  defineJob({
    name: 'referrals.deadline',
    payload: deadlinePayload,
    handler: (payload, { db }) => remindReferralDeadline(db, payload),
  }),
  // Needs and offers: the weekly digest of new matches (it queues its next run).
  defineJob({
    name: 'matches.digest',
    payload: digestPayload,
    handler: (payload, { db }) => sendMatchDigest(db, payload),
  }),
  // Needs and offers: once a day, remind owners of the posts that expire in a few days (the job plans its next run).
  defineJob({
    name: EXPIRY_REMINDER_JOB,
    payload: expiryReminderPayload,
    handler: (payload, { db }) => runExpiryReminderJob(db, payload),
  }),
  // Directory: every quarter of an hour, merge the search indexes' pending lists (the embedded engine has no
  // autovacuum to do it) and refresh statistics that moved (the job plans its next run).
  defineJob({
    name: TIDY_SEARCH_JOB,
    payload: tidySearchPayload,
    handler: (_payload, { db }) => runTidySearchJob(db),
  }),
];
