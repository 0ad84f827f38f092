import type { TFunction } from 'i18next';
import type { ReasonCode } from './import-types';

const whatFields = new Set([
  'country', 'kind', 'website', 'email', 'sizeBand', 'visibility', 'publicConsent', 'latitude', 'longitude', 'naceCodes', 'ecosystems', 'axes',
  'beEnterprise', 'frSiren', 'frSiret', 'luRcs', 'deRegister',
]);
const byFields = new Set(['beEnterprise', 'frSiren', 'frSiret', 'luRcs', 'deRegister', 'name']);
const reasonCodes = new Set([
  'tooLong', 'tooManyValues', 'itemTooLong', 'formula', 'invalidValue', 'sirenMismatch', 'nameMissing', 'countryMissing', 'coordinatesPair',
  'sameAsRow', 'identifierConflict', 'alreadyImported', 'similarName', 'sameIdentifier', 'fillOnly', 'joinsNetwork',
]);
const errorCodes = new Set([
  'rowsRejected', 'noHeading', 'emptyFile', 'notXlsx', 'noSheet', 'unknownSheet', 'mappingNotColumn', 'mappingNotField', 'fileTooLarge', 'tooManyRows',
  'deletedMeanwhile', 'unreadableRow',
]);

type ByKey = 'beEnterprise';
type WhatKey = 'country';

/**
 * A reason of the import report in the reader's language, from the code the server sends beside the English
 * sentence; the sentence itself when the code is missing or unknown to this version of the app.
 */
export function reasonText(t: TFunction, code: ReasonCode | null | undefined, sentence: string): string {
  if (!code || !reasonCodes.has(code.code)) return sentence;
  const p = code.params;
  const by = typeof p.by === 'string' && byFields.has(p.by) ? t(`importReasons.by.${p.by as ByKey}`) : String(p.by ?? '');
  switch (code.code) {
    case 'invalidValue':
      if (typeof p.field !== 'string' || !whatFields.has(p.field)) return sentence;
      return t('importReasons.invalidValue', { ...p, what: t(`importReasons.what.${p.field as WhatKey}`) });
    case 'sameAsRow':
      return t('importReasons.sameAsRow', { ...p, what: p.by === 'name' || !p.value ? by : `${by} ${String(p.value)}` });
    case 'sameIdentifier':
      return t('importReasons.sameIdentifier', { ...p, by });
    default:
      return t(`importReasons.${code.code as 'fillOnly'}`, p);
  }
}

/** Why a whole import failed, in the reader's language when the server gave a known code. */
export function importErrorText(t: TFunction, code: ReasonCode | null | undefined, sentence: string): string {
  if (!code || !errorCodes.has(code.code)) return sentence;
  return t(`importErrors.${code.code as 'noHeading'}`, code.params);
}
