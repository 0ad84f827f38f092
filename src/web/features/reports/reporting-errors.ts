import type { TFunction } from 'i18next';
import { ApiError } from '../../api/client';
import { errorText, type FormError } from '../../ui/error-text';

const reasons = ['not_in_consultation', 'archived', 'not_proposed', 'wrong_network', 'not_your_action'] as const;
type Reason = (typeof reasons)[number];
const isReason = (v: unknown): v is Reason => typeof v === 'string' && (reasons as readonly string[]).includes(v);

/** A reporting or roadmap API error in the reader's language: the refusal's reason when it gives one. */
export function reportingErrorText(t: TFunction, error: unknown): FormError {
  if (error instanceof ApiError && isReason(error.details?.reason)) {
    const text = t(`reporting.errors.${error.details.reason}`);
    return error.field ? { field: error.field, text } : { text };
  }
  return errorText(t, error);
}
