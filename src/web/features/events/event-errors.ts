import type { TFunction } from 'i18next';
import { ApiError } from '../../api/client';
import { errorText, type FormError } from '../../ui/error-text';

const reasons = [
  'not_published',
  'event_cancelled',
  'event_started',
  'event_not_started',
  'registration_not_open',
  'registration_closed',
  'already_registered',
  'not_a_participant',
  'not_registered',
  'registration_cancelled',
  'not_confirmed',
  'unknown_code',
  'other_event',
  'activity_overlap',
  'has_registrations',
  'answer_required',
] as const;
type Reason = (typeof reasons)[number];

const isReason = (v: unknown): v is Reason => typeof v === 'string' && (reasons as readonly string[]).includes(v);

/** An events API error in the reader's language: the refusal's reason when it gives one, else the common text. */
export function eventErrorText(t: TFunction, error: unknown): FormError {
  if (error instanceof ApiError) {
    const reason = error.details?.reason;
    if (isReason(reason)) return error.field ? { field: error.field, text: t(`events.reasons.${reason}`) } : { text: t(`events.reasons.${reason}`) };
    if (error.field === 'endsAt' && error.code === 'validation') return { field: 'endsAt', text: t('events.form.endBeforeStart') };
    if (error.field === 'title' && error.code === 'validation') return { field: 'title', text: t('events.form.titleRequired') };
  }
  return errorText(t, error);
}
