import { describe, expect, it } from 'vitest';
import type { OrganisationProfile } from '../../api/types';
import { blankForm, changedFields, toForm, toPayload, validateForm } from './organisation-form-state';

const org: OrganisationProfile = {
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
  canEdit: true,
  categories: [
    { id: 'c-food', networkId: 'n-remalux', kind: 'ecosystem', slug: 'food', name: { fr: 'Alimentation' } },
    { id: 'c-wood', networkId: 'n-other', kind: 'axis', slug: 'wood', name: { fr: 'Bois' } },
  ],
  sharedWith: ['o2'],
};

describe('organisation form', () => {
  it('sends back only what the person changed', () => {
    const form = toForm(org);
    const before = toPayload(form);
    const after = toPayload({ ...form, tags: 'bois, wood, chêne', phone: ' +32 63 00 00 00 ' });
    expect(changedFields(after, before)).toEqual({ tags: ['bois', 'wood', 'chêne'], phone: '+32 63 00 00 00' });
  });

  it('checks what the browser can check, in the words of the field', () => {
    expect(validateForm({ ...blankForm, email: 'nope', latitude: '95' })).toEqual({ name: 'required', email: 'email', latitude: 'latitude' });
    expect(validateForm({ ...blankForm, name: 'X', latitude: '49.6' })).toEqual({ longitude: 'coordinatesPair' });
    expect(validateForm(toForm(org))).toEqual({});
  });

  it('turns empty identifiers and coordinates into nulls and lists of words into arrays', () => {
    const body = toPayload({ ...blankForm, name: ' A ', capabilities: 'paint booth; CNC,,CNC', latitude: '' });
    expect(body).toMatchObject({ name: 'A', capabilities: ['paint booth', 'CNC'], latitude: null, beEnterprise: null, categories: [], sharedWith: [] });
  });

  it('changes the ecosystems of one network and keeps those of the others', () => {
    const form = toForm(org);
    expect(form.categories).toEqual(['c-food', 'c-wood']);
    const before = toPayload(form);
    // The coordinator of "n-remalux" unticks its food ecosystem; the other network's axis stays.
    const after = toPayload({ ...form, categories: form.categories.filter((c) => c !== 'c-food'), sharedWith: ['o2', 'o3'] });
    expect(changedFields(after, before)).toEqual({ categories: ['c-wood'], sharedWith: ['o2', 'o3'] });
  });
});
