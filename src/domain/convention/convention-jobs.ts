import { z } from 'zod';
import type { JobDefinition } from '../../jobs/definitions';
import { publicationMailsPayload } from './publication-mails';

const scheduleStatus = z.enum(['draft', 'generating', 'generated', 'published']);
const define = <S extends z.ZodType>(def: JobDefinition<S>) => def as unknown as JobDefinition;

/**
 * The convention's background jobs: the engine run ("generate", "fit late requests"), the publication's e-mails and the six-month follow-up
 * reminder. Handlers load their modules on demand, so the server starts without the scheduling machinery.
 */
export const conventionJobDefinitions: JobDefinition[] = [
  define({
    name: 'convention.schedule',
    payload: z.object({ runId: z.uuid(), previousStatus: scheduleStatus }),
    handler: async ({ runId }, { db }) => (await import('./schedule-runs')).runScheduleJob(db, runId),
    onFinalFailure: async ({ runId, previousStatus }, { db }, error) => (await import('./schedule-runs')).markScheduleRunFailed(db, runId, previousStatus, error),
  }),
  // The e-mails of a publication, composed in batches after the short publication transaction.
  define({
    name: 'convention.publication-mails',
    payload: publicationMailsPayload,
    handler: async (payload, { db }) => (await import('./publication-mails')).sendPublicationMails(db, payload),
  }),
  define({
    name: 'convention.follow-up',
    payload: z.object({ eventId: z.uuid(), baseUrl: z.string().min(1) }),
    handler: async (payload, { db }) => (await import('./outcomes')).sendFollowUpReminders(db, payload),
  }),
];
