import type { TFunction } from 'i18next';
import { ApiError } from '../../api/client';

const reasons = [
  'no_profile',
  'not_registered',
  'deadline_passed',
  'request_limit',
  'meeting_limit',
  'already_requested',
  'same_organisation',
  'not_pending',
  'not_yours',
  'generating',
  'no_day_setup',
  'nothing_to_publish',
  'not_scheduled',
  'edit_breaks_rules',
  'slot_in_use',
  'absent',
] as const;
type Reason = (typeof reasons)[number];

/** The convention's refusals (`details.reason`) in the reader's language; undefined for other errors. */
export function refusalText(t: TFunction, error: unknown): string | undefined {
  if (!(error instanceof ApiError) || !error.details) return undefined;
  const reason = error.details.reason;
  if (typeof reason !== 'string' || !(reasons as readonly string[]).includes(reason)) return undefined;
  return t(`convention.refusals.${reason as Reason}`);
}
