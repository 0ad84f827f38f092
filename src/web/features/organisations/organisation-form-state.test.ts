import { describe, expect, it } from 'vitest';
import type { Organisation } from '../../api/types';
import { blankForm, changedFields, toForm, toPayload, validateForm } from './organisation-form-state';

const org: Organisation = {
  id: 'o1',
  name: 'Menuiserie Delvaux',
  legalName: 'Menuiserie Delvaux SRL',
  kind: 'company',
  country: 'BE',
  address: '',
  postcode: '6780',
  commune: 'Messancy',
  latitude: 49.59,
  longitude: 5.82,
  naceCodes: ['C16.23'],
  website: '',
  email: '',
  phone: '',
  description: { fr: 'Menuiserie' },
  visibility: 'network',
  publicConsent: false,
  beEnterprise: null,
  frSiren: null,
  frSiret: null,
  luRcs: null,
  deRegister: null,
  deCourt: '',
  sizeBand: '10-49',
  capabilities: ['CNC'],
  certifications: [],
  tags: ['bois', 'wood'],
  updatedAt: '2026-11-22T10:00:00Z',
};

describe('organisation form', () => {
  it('sends back only what the person changed', () => {
    const form = toForm(org);
    const before = toPayload(form, false);
    const after = toPayload({ ...form, tags: 'bois, wood, chêne', phone: ' +32 63 00 00 00 ' }, false);
    expect(changedFields(after, before)).toEqual({ tags: ['bois', 'wood', 'chêne'], phone: '+32 63 00 00 00' });
  });

  it('checks what the browser can check, in the words of the field', () => {
    expect(validateForm({ ...blankForm, email: 'nope', latitude: '95' })).toEqual({ name: 'required', email: 'email', latitude: 'latitude' });
    expect(validateForm({ ...blankForm, name: 'X', latitude: '49.6' })).toEqual({ longitude: 'coordinatesPair' });
    expect(validateForm(toForm(org))).toEqual({});
  });

  it('turns empty identifiers and coordinates into nulls and lists of words into arrays', () => {
    const body = toPayload({ ...blankForm, name: ' A ', capabilities: 'paint booth; CNC,,CNC', latitude: '' }, true);
    expect(body).toMatchObject({ name: 'A', capabilities: ['paint booth', 'CNC'], latitude: null, beEnterprise: null, categories: [] });
  });
});
