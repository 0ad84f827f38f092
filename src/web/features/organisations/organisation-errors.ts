import type { TFunction } from 'i18next';
import { ApiError } from '../../api/client';
import { errorText } from '../../ui/error-text';
import type { FormError } from '../../ui/error-text';
import { identifierFields } from './organisation-form-state';
import type { ClientError } from './organisation-form-state';

const isIdentifier = (field: string): field is (typeof identifierFields)[number] => (identifierFields as readonly string[]).includes(field);

export function clientErrorText(t: TFunction, error: ClientError): string {
  return t(`orgErrors.${error}`);
}

/**
 * A refusal of the API in the reader's language, attached to the field it names: "naceCodes.1" lands under the
 * NACE codes and names the code, "beEnterprise" under the Belgian number, a 409 says another organisation has it.
 */
export function organisationErrorText(t: TFunction, error: unknown, naceCodes: readonly string[]): FormError {
  if (!(error instanceof ApiError) || !error.field) return errorText(t, error);
  const field = error.field;
  const [head, index] = field.split('.');
  if (error.code === 'conflict' && isIdentifier(field)) return { field, text: t('orgErrors.identifierTaken') };
  if (error.code !== 'validation') return errorText(t, error);
  if (head === 'naceCodes') return { field: 'naceCodes', text: t('orgErrors.naceCode', { code: naceCodes[Number(index)] ?? '' }) };
  if (head === 'categories') return { field: 'categories', text: t('orgErrors.category') };
  if (head === 'sharedWith') return { field: 'sharedWith', text: t('orgErrors.sharedWith') };
  if (head === 'description') return { field, text: t('orgErrors.description') };
  if (isIdentifier(field)) return { field, text: t(`orgErrors.${field}`) };
  if (field === 'name') return { field, text: t('orgErrors.required') };
  if (field === 'email') return { field, text: t('orgErrors.email') };
  if (field === 'latitude' || field === 'longitude') return { field, text: t(`orgErrors.${field}`) };
  return errorText(t, error);
}
