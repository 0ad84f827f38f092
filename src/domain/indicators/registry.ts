import type { Locale } from '../../db/schema';
import { indicatorSql, type IndicatorId } from './indicator-sql';
import { indicatorTexts } from './indicator-texts';

export type IndicatorGroup = 'network' | 'activity' | 'needs' | 'interreg';
export type IndicatorUnit = 'organisations' | 'events' | 'participations' | 'meetings' | 'bookings' | 'hours' | 'posts' | 'referrals' | 'taskforces' | 'roadmaps';

/** One indicator: its counting rule (SQL returning the records behind the figure) and its words in four languages. */
export interface IndicatorDefinition {
  id: IndicatorId;
  group: IndicatorGroup;
  unit: IndicatorUnit;
  /** The figure of a period is the sum of the figures of its parts (true for counts of dated records, not for distinct organisations). */
  additive: boolean;
  /** Interreg common indicator code, when it is one. */
  interregCode?: string;
  label: Record<Locale, string>;
  rule: Record<Locale, string>;
  sql: string;
}

const meta: Record<IndicatorId, Pick<IndicatorDefinition, 'group' | 'unit' | 'additive'>> = {
  members: { group: 'network', unit: 'organisations', additive: false },
  new_members: { group: 'network', unit: 'organisations', additive: true },
  active_members: { group: 'network', unit: 'organisations', additive: false },
  events: { group: 'activity', unit: 'events', additive: true },
  participations: { group: 'activity', unit: 'participations', additive: true },
  meetings_held: { group: 'activity', unit: 'meetings', additive: true },
  meeting_agreements: { group: 'activity', unit: 'meetings', additive: true },
  bookings: { group: 'activity', unit: 'bookings', additive: true },
  hours_shared: { group: 'activity', unit: 'hours', additive: true },
  needs_posted: { group: 'needs', unit: 'posts', additive: true },
  needs_fulfilled: { group: 'needs', unit: 'posts', additive: true },
  referrals: { group: 'needs', unit: 'referrals', additive: true },
  referrals_filled: { group: 'needs', unit: 'referrals', additive: true },
  taskforces_opened: { group: 'needs', unit: 'taskforces', additive: true },
  taskforces_closed: { group: 'needs', unit: 'taskforces', additive: true },
  rco81: { group: 'interreg', unit: 'participations', additive: true },
  rco115: { group: 'interreg', unit: 'events', additive: true },
  rco87: { group: 'interreg', unit: 'organisations', additive: false },
  rco83: { group: 'interreg', unit: 'roadmaps', additive: false },
  rco116: { group: 'interreg', unit: 'taskforces', additive: true },
  rcr79: { group: 'interreg', unit: 'roadmaps', additive: false },
  rcr84: { group: 'interreg', unit: 'organisations', additive: false },
};

export const indicatorIds = Object.keys(indicatorSql) as IndicatorId[];

export const indicators: readonly IndicatorDefinition[] = indicatorIds.map((id) => ({
  id,
  ...meta[id],
  ...(id.startsWith('rc') ? { interregCode: id.toUpperCase() } : {}),
  label: indicatorTexts[id].label,
  rule: indicatorTexts[id].rule,
  sql: indicatorSql[id],
}));

export function isIndicatorId(value: string): value is IndicatorId {
  return (indicatorIds as string[]).includes(value);
}

export function indicatorById(id: IndicatorId): IndicatorDefinition {
  return indicators.find((i) => i.id === id)!;
}
