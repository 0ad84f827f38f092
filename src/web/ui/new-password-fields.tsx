import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { MIN_PASSWORD_LENGTH } from './error-text';
import type { FormError } from './error-text';
import { TextField } from './fields';

export interface NewPassword {
  password: string;
  confirm: string;
}

export const emptyNewPassword: NewPassword = { password: '', confirm: '' };

/**
 * What the browser checks before sending a new password: its length, and that the confirmation matches. The error
 * names `field` (the API's name for the new password) or "confirm", so it lands under the right input.
 */
export function checkNewPassword(t: TFunction, value: NewPassword, field: string): FormError | null {
  if (value.password.length < MIN_PASSWORD_LENGTH) return { field, text: t('errors.passwordTooShort', { min: MIN_PASSWORD_LENGTH }) };
  if (value.password !== value.confirm) return { field: 'confirm', text: t('errors.passwordsDiffer') };
  return null;
}

/** A new password and its confirmation, with the length hint and the errors under each input. */
export function NewPasswordFields({
  value,
  onChange,
  error,
  field,
  label,
}: {
  value: NewPassword;
  onChange: (value: NewPassword) => void;
  error: FormError | null;
  /** The API's name for the new password ("password", "newPassword"): its errors show under the first input. */
  field: string;
  label?: string;
}) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        label={label ?? t('fields.newPassword')}
        type="password"
        autoComplete="new-password"
        required
        minLength={MIN_PASSWORD_LENGTH}
        hint={t('fields.passwordHint', { min: MIN_PASSWORD_LENGTH })}
        value={value.password}
        onValue={(password) => onChange({ ...value, password })}
        error={error?.field === field ? error.text : undefined}
        name={field}
      />
      <TextField
        label={t('fields.confirmPassword')}
        type="password"
        autoComplete="new-password"
        required
        value={value.confirm}
        onValue={(confirm) => onChange({ ...value, confirm })}
        error={error?.field === 'confirm' ? error.text : undefined}
        name="confirm"
      />
    </>
  );
}
