import { z } from 'zod';
import type { JobDefinition } from '../../jobs/definitions';

const scheduleStatus = z.enum(['draft', 'generating', 'generated', 'published']);
const define = <S extends z.ZodType>(def: JobDefinition<S>) => def as unknown as JobDefinition;

/**
 * The convention's background jobs: the engine run ("generate", "fit late requests") and the six-month follow-up
 * reminder. Handlers load their modules on demand, so the server starts without the scheduling machinery.
 */
export const conventionJobDefinitions: JobDefinition[] = [
  define({
    name: 'convention.schedule',
    payload: z.object({ runId: z.uuid(), previousStatus: scheduleStatus }),
    handler: async ({ runId }, { db }) => (await import('./schedule-runs')).runScheduleJob(db, runId),
    onFinalFailure: async ({ runId, previousStatus }, { db }, error) => (await import('./schedule-runs')).markScheduleRunFailed(db, runId, previousStatus, error),
  }),
  define({
    name: 'convention.follow-up',
    payload: z.object({ eventId: z.uuid(), baseUrl: z.string().min(1) }),
    handler: async (payload, { db }) => (await import('./outcomes')).sendFollowUpReminders(db, payload),
  }),
];
