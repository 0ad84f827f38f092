import { z } from 'zod';

// Shapes follow the contract of issue 3; only ids, slots, tables and meeting participants are required.

const id = z.string().min(1, 'id must not be empty');

export const slotSchema = z.object({
  id,
  start: z.string().min(1),
  end: z.string().min(1),
  session: z.string().min(1).optional(),
});

export const participantSchema = z.object({
  id,
  unavailable: z.array(id).optional(),
  maxMeetings: z.number().int().min(0).optional(),
  fixedTable: z.number().int().min(1).optional(),
});

export const meetingSchema = z.object({
  id,
  participants: z.tuple([id, id]),
  priority: z.number().positive().finite().optional(),
  session: z.string().min(1).optional(),
  fixedSlot: id.optional(),
  after: z.array(id).optional(),
  locked: z.object({ slot: id, table: z.number().int().min(1) }).optional(),
});

export const problemSchema = z.object({
  slots: z.array(slotSchema).min(1, 'at least one slot is required'),
  tables: z.number().int().min(1),
  participants: z.array(participantSchema),
  meetings: z.array(meetingSchema),
});

export type Slot = z.infer<typeof slotSchema>;
export type Participant = z.infer<typeof participantSchema>;
export type Meeting = z.infer<typeof meetingSchema>;
export type Problem = z.infer<typeof problemSchema>;

export const assignmentSchema = z.object({
  meeting: id,
  slot: id,
  table: z.number().int().min(1),
});

export const planStatsSchema = z.object({
  meetings: z.number(),
  scheduled: z.number(),
  weight: z.number(),
  upperBound: z.number(),
  boundMethod: z.string(),
  ratioToBound: z.number(),
  breaks: z.number(),
  maxBreaks: z.number(),
  starved: z.number(),
  seconds: z.number(),
});

export const planSchema = z.object({
  assignments: z.array(assignmentSchema),
  unscheduled: z.array(z.object({ meeting: id, reason: z.string() })),
  stats: planStatsSchema.partial().passthrough(),
});

export type Assignment = z.infer<typeof assignmentSchema>;
export type PlanStats = z.infer<typeof planStatsSchema> & {
  /** Smallest share of a participant's meetings that got scheduled (objective 2). */
  minShare: number;
};
export interface Plan {
  assignments: Assignment[];
  unscheduled: { meeting: string; reason: string }[];
  stats: PlanStats;
}
export type ParsedPlan = z.infer<typeof planSchema>;
