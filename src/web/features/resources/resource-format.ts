import type { TFunction } from 'i18next';
import { ApiError } from '../../api/client';
import { errorText } from '../../ui/error-text';
import type { Conflict, PriceUnit } from './resource-types';
import { formatRange } from './zoned-time';

export function formatMoney(cents: number, currency: string, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: cents % 100 === 0 ? 0 : 2 }).format(cents / 100);
}

export function formatPercent(ratio: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(ratio);
}

export function formatHours(hours: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(hours);
}

/** "95 € / heure", "sur demande", "gratuit". */
export function priceText(t: TFunction, r: { priceCents: number | null; currency: string; priceUnit: PriceUnit }, locale: string): string {
  if (r.priceCents === null) return t('resources.price.onRequest');
  if (r.priceCents === 0) return t('resources.price.free');
  return t('resources.price.per', { amount: formatMoney(r.priceCents, r.currency, locale), unit: t(`resources.priceUnits.${r.priceUnit}`) });
}

/** 90 → "1 h 30", 2880 → "2 j" in the reader's words. */
export function durationText(t: TFunction, minutes: number): string {
  if (minutes % 1440 === 0) return t('resources.duration.days', { n: minutes / 1440 });
  if (minutes % 60 === 0) return t('resources.duration.hours', { n: minutes / 60 });
  if (minutes > 60) return t('resources.duration.hoursMinutes', { h: Math.floor(minutes / 60), m: minutes % 60 });
  return t('resources.duration.minutes', { n: minutes });
}

/** The conflicts of a 409, one sentence each, on the resource's clock. */
export function conflictLines(t: TFunction, error: unknown, locale: string, zone: string): string[] {
  const conflicts = error instanceof ApiError ? ((error.details?.conflicts as Conflict[] | undefined) ?? []) : [];
  return conflicts.map((c) => {
    const range = formatRange(c.start, c.end, locale, zone);
    switch (c.type) {
      case 'booking':
        return c.borrower ? t('resources.conflict.bookingBy', { range, borrower: c.borrower }) : t('resources.conflict.booking', { range });
      case 'owner_use':
        return t('resources.conflict.ownerUse', { range });
      case 'closed':
        return c.reason ? t('resources.conflict.closedBecause', { range, reason: c.reason }) : t('resources.conflict.closed', { range });
      case 'outside_opening_hours':
        return t('resources.conflict.outsideHours', { at: formatRange(c.start, c.start, locale, zone).split(' → ')[0] });
      default:
        return range;
    }
  });
}

/** The message of an error from the pooling API, in the reader's language: the field it names or the general code. */
export function poolingErrorText(t: TFunction, error: unknown): string {
  if (error instanceof ApiError && error.code === 'conflict') return t('resources.conflict.title');
  if (error instanceof ApiError && error.code === 'validation' && error.field) {
    const field = error.field.split('.')[0]!;
    const known: Record<string, string> = {
      start: t('resources.errors.start'),
      end: t('resources.errors.end'),
      units: t('resources.errors.units'),
      organisationId: t('resources.errors.organisation'),
      staffLoan: t('resources.errors.staffLoan'),
      photo: t('resources.errors.photo'),
      openingRules: t('resources.errors.openingRules'),
      maxMinutes: t('resources.errors.maxMinutes'),
      timeZone: t('resources.errors.timeZone'),
    };
    if (known[field]) return `${known[field]} (${error.message})`;
  }
  if (error instanceof ApiError && error.code === 'payload_too_large') return t('resources.errors.photoTooLarge');
  return errorText(t, error).text;
}
