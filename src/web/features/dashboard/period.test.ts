import { describe, expect, it } from 'vitest';
import { periodFromSearch, presetPeriod } from './period';

const today = new Date('2026-11-22T10:00:00Z');

describe('reporting periods', () => {
  it('offers the usual presets', () => {
    expect(presetPeriod('last12', today)).toEqual({ from: '2025-11-23', to: '2026-11-22' });
    expect(presetPeriod('thisYear', today)).toEqual({ from: '2026-01-01', to: '2026-11-22' });
    expect(presetPeriod('lastYear', today)).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(presetPeriod('twoYears', today)).toEqual({ from: '2024-01-01', to: '2025-12-31' });
  });

  it('reads the period from the address, and falls back to the last twelve months', () => {
    expect(periodFromSearch('?from=2022-01-01&to=2023-12-31', today)).toEqual({ from: '2022-01-01', to: '2023-12-31' });
    expect(periodFromSearch('?from=2023-12-31&to=2022-01-01', today)).toEqual(presetPeriod('last12', today));
    expect(periodFromSearch('?from=yesterday', today)).toEqual(presetPeriod('last12', today));
  });
});
