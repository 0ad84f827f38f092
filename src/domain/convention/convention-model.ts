import { z } from 'zod';

/** The vocabulary of a business convention, shared by the domain, the routes and the web app. */
export const participantRoles = ['buyer', 'supplier', 'subcontractor', 'other'] as const;
export type ParticipantRole = (typeof participantRoles)[number];

export const requestStatuses = ['pending', 'accepted', 'declined', 'cancelled'] as const;
export type RequestStatus = (typeof requestStatuses)[number];

/**
 * A meeting exists for each accepted request. `scheduled` has a slot and a table, `unscheduled` waits for one
 * (with the engine's reason), `held` happened, `no_show` did not because someone was missing, `cancelled` was
 * called off (the request was withdrawn or a participant left).
 */
export const meetingStatuses = ['scheduled', 'unscheduled', 'held', 'no_show', 'cancelled'] as const;
export type MeetingStatus = (typeof meetingStatuses)[number];

/** The follow-up scale, from nothing to a deal; the order matters (statistics count "at least …"). */
export const outcomeLevels = ['no_further_contact', 'knowledge_gained', 'valuable_contact', 'negotiation_started', 'agreement_reached'] as const;
export type OutcomeLevel = (typeof outcomeLevels)[number];

/** When an outcome is recorded: at the event, or at the follow-up about six months later. */
export const outcomeStages = ['event', 'followup'] as const;
export type OutcomeStage = (typeof outcomeStages)[number];

/** Request priority as the requester sees it; the meeting's weight for the engine adds both sides' priorities. */
export const priorities = [1, 2, 3] as const;
export type Priority = (typeof priorities)[number];

/** Languages a participant can say they speak: the Grande Région's and Europe's most common business languages. */
export const spokenLanguages = ['fr', 'de', 'en', 'nl', 'lb', 'it', 'es', 'pt', 'pl'] as const;
export type SpokenLanguage = (typeof spokenLanguages)[number];

/** Roughly six months after the event, the follow-up reminder goes out (182 days, whatever the month lengths). */
export const FOLLOW_UP_DAYS = 182;

export const keywordList = z
  .array(z.string().trim().min(1).max(60))
  .max(30)
  .transform((words) => [...new Map(words.map((w) => [w.toLocaleLowerCase(), w])).values()]);
