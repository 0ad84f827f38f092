import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { checkNewPassword } from './new-password-fields';

// The key and its values stand for the translated text.
const t = ((key: string, values?: Record<string, unknown>) => (values ? `${key} ${JSON.stringify(values)}` : key)) as unknown as TFunction;

describe('new password check (reset, invitation and profile forms)', () => {
  it('puts a short password on the API field and a mismatch on the confirmation', () => {
    expect(checkNewPassword(t, { password: 'short', confirm: 'short' }, 'newPassword')).toEqual({ field: 'newPassword', text: 'errors.passwordTooShort {"min":10}' });
    expect(checkNewPassword(t, { password: 'long enough one', confirm: 'long enough 1' }, 'password')).toEqual({ field: 'confirm', text: 'errors.passwordsDiffer' });
    expect(checkNewPassword(t, { password: 'long enough one', confirm: 'long enough one' }, 'password')).toBeNull();
  });
});
