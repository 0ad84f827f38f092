import { AppError } from '../errors';

/**
 * National identifiers of organisations in the Grande Région, validated with their check digits where they have
 * one, and normalised so that the same firm imported twice (or from two countries' files) is recognised.
 */
export type IdentifierScheme = 'be-enterprise' | 'fr-siren' | 'fr-siret' | 'lu-rcs' | 'de-register';

export interface Identifier {
  scheme: IdentifierScheme;
  value: string;
}

const digitsOnly = (s: string) => s.replace(/[\s.\-/]/g, '');

/** Luhn sum check, as used by SIREN and SIRET. */
function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

// La Poste's establishments share one SIREN whose SIRETs follow another rule (sum of digits divisible by 5).
const LA_POSTE_SIREN = '356000000';

function normaliseOne(scheme: IdentifierScheme, raw: string): string | undefined {
  const v = raw.trim().toUpperCase();
  switch (scheme) {
    case 'be-enterprise': {
      let d = digitsOnly(v.replace(/^BE/, ''));
      if (d.length === 9) d = `0${d}`; // written without the leading zero in older files
      if (!/^[01]\d{9}$/.test(d)) return undefined;
      return 97 - (Number(d.slice(0, 8)) % 97) === Number(d.slice(8)) ? d : undefined;
    }
    case 'fr-siren': {
      const d = digitsOnly(v);
      return /^\d{9}$/.test(d) && (luhnValid(d) || d === LA_POSTE_SIREN) ? d : undefined;
    }
    case 'fr-siret': {
      const d = digitsOnly(v);
      if (!/^\d{14}$/.test(d)) return undefined;
      if (d.startsWith(LA_POSTE_SIREN)) return [...d].reduce((s, c) => s + Number(c), 0) % 5 === 0 ? d : undefined;
      return luhnValid(d) && luhnValid(d.slice(0, 9)) ? d : undefined;
    }
    case 'lu-rcs': {
      // Section letter (B: commercial companies, A: associations, …) and number; no check digit exists.
      const m = /^(?:RCS\s*(?:LUXEMBOURG)?\s*)?([A-K])\s*-?\s*(\d{1,6})$/.exec(v);
      return m ? `${m[1]}${Number(m[2])}` : undefined;
    }
    case 'de-register': {
      // Register type and number, optionally suffixed; the court is kept separately. No check digit exists.
      const m = /^(HRA|HRB|GNR|PR|VR|GSR)\s*(\d{1,6})\s*([A-Z]{1,2})?$/.exec(v);
      return m ? `${m[1] === 'GNR' ? 'GnR' : m[1]} ${Number(m[2])}${m[3] ? ` ${m[3]}` : ''}` : undefined;
    }
  }
}

export const identifierLabels: Record<IdentifierScheme, string> = {
  'be-enterprise': 'Belgian enterprise number (10 digits, e.g. 0123.456.749)',
  'fr-siren': 'SIREN (9 digits)',
  'fr-siret': 'SIRET (14 digits)',
  'lu-rcs': 'Luxembourg RCS number (e.g. B123456)',
  'de-register': 'German register number (e.g. HRB 12345)',
};

/** The normalised value, or an error naming the field and what a valid value looks like. */
export function normaliseIdentifier(scheme: IdentifierScheme, raw: string, field: string = scheme): string {
  const value = normaliseOne(scheme, raw);
  if (!value) throw new AppError('validation', `"${raw}" is not a valid ${identifierLabels[scheme]}`, field);
  return value;
}

export function isValidIdentifier(scheme: IdentifierScheme, raw: string): boolean {
  return normaliseOne(scheme, raw) !== undefined;
}

/** The SIREN of a SIRET: establishments of one French firm are the same organisation for duplicate detection. */
export function sirenOfSiret(siret: string): string {
  return digitsOnly(siret).slice(0, 9);
}
