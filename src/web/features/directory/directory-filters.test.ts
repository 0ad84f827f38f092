import { describe, expect, it } from 'vitest';
import { activeFilterCount, apiFilterParams, emptyFilters, filtersToSearch, parseFilters } from './directory-filters';

describe('directory filters in the address bar', () => {
  it('round-trips every filter through the query string', () => {
    const search = '?q=menuiserie&nace=C16,C31.01&country=BE,LU&kind=company&commune=Arlon&near=49.68,5.81,25&from=Arlon&capability=paint+booth&tag=wood&ecosystem=bois&axis=energy&sort=name&page=3&view=map';
    const f = parseFilters(search);
    expect(f).toMatchObject({
      q: 'menuiserie',
      nace: ['C16', 'C31.01'],
      country: ['BE', 'LU'],
      kind: ['company'],
      commune: 'Arlon',
      near: { lat: 49.68, lon: 5.81, km: 25 },
      from: 'Arlon',
      capability: ['paint booth'],
      sort: 'name',
      page: 3,
      view: 'map',
    });
    expect(parseFilters(filtersToSearch(f))).toEqual(f);
  });

  it('drops values the API would refuse instead of sending them', () => {
    const f = parseFilters('?country=BE,XX&kind=company,alien&near=91,5,10&page=-2&sort=random');
    expect(f.country).toEqual(['BE']);
    expect(f.kind).toEqual(['company']);
    expect(f.near).toBeNull();
    expect(f.page).toBe(1);
    expect(f.sort).toBe('relevance');
  });

  it('keeps links short: defaults are left out, page-only state never reaches the API', () => {
    expect(filtersToSearch(emptyFilters)).toBe('');
    const f = { ...emptyFilters, near: { lat: 49.6833333, lon: 5.8166666, km: 30 }, from: 'Arlon', view: 'map' as const, page: 2 };
    expect(apiFilterParams(f)).toEqual({ near: '49.68333,5.81667,30', sort: 'relevance' });
    expect(activeFilterCount(f)).toBe(1);
    expect(filtersToSearch(f)).toBe('?near=49.68333%2C5.81667%2C30&from=Arlon&page=2&view=map');
  });

  it('asks for the nearest first around a place, by name only when chosen', () => {
    // Without words the API lists by name by default: the page's "relevance" must be sent when there is a place.
    const near = { ...emptyFilters, near: { lat: 49.68, lon: 5.81, km: 25 } };
    expect(apiFilterParams(near).sort).toBe('relevance');
    expect(apiFilterParams({ ...near, sort: 'name' }).sort).toBe('name');
    expect(apiFilterParams({ ...emptyFilters, q: 'scierie' }).sort).toBeUndefined();
    expect(apiFilterParams(emptyFilters).sort).toBeUndefined();
  });
});
