import type { TFunction } from 'i18next';
import { ApiError } from '../api/client';

export interface FormError {
  field?: string;
  text: string;
}

/** Turns an API error into a message in the reader's language, attached to the field it names when it names one. */
export function errorText(t: TFunction, error: unknown): FormError {
  if (!(error instanceof ApiError)) return { text: t('errors.code.internal') };
  const { code, field } = error;
  const on = (text: string): FormError => (field ? { field, text } : { text });
  if (code === 'validation') {
    if (field === 'token') return on(t('errors.invalidLink'));
    if (field === 'currentPassword') return on(t('errors.wrongCurrentPassword'));
    if (field === 'password' || field === 'newPassword') {
      if (/at least/i.test(error.message)) return on(t('errors.passwordTooShort', { min: MIN_PASSWORD_LENGTH }));
      if (/too long/i.test(error.message)) return on(t('errors.passwordTooLong'));
    }
    if (field === 'email') return on(t('errors.invalidEmail'));
    if (field === 'slug') return on(t('errors.slugFormat'));
    if (field === 'organisationId') return on(t('errors.chooseOrganisation'));
    return on(t('errors.invalidField', { detail: error.message }));
  }
  if (code === 'conflict') {
    if (field === 'email') return on(t('errors.emailTaken'));
    if (field === 'slug') return on(t('errors.slugTaken'));
  }
  return on(t(`errors.code.${code}`));
}

export const MIN_PASSWORD_LENGTH = 10;
