import type { Db } from '../../db/client';
import type { events, Locale, Translated } from '../../db/schema';
import { enqueueMail } from '../mail/enqueue-mail';
import { eventMailTemplates, eventMailWords, type EventMailTemplate } from './event-mail-templates';

type EventRow = typeof events.$inferSelect;

export interface Recipient {
  email: string;
  name: string;
  locale: Locale;
}

/** The language-specific way of writing dates: Belgian French and Dutch, German, British English. */
export const intlLocale: Record<Locale, string> = { fr: 'fr-BE', de: 'de-DE', en: 'en-GB', nl: 'nl-BE' };

/** Multilingual content in the wanted language, else French, else any language it has. */
export function pickText(text: Translated, locale: Locale): string {
  return text[locale] || text.fr || Object.values(text).find((v) => !!v) || '';
}

/** "lundi 30 mars 2031, 09:00 – 12:00" in the event's own time zone (the venue's clock). */
export function formatEventWhen(event: Pick<EventRow, 'startsAt' | 'endsAt' | 'timeZone'>, locale: Locale): string {
  const tag = intlLocale[locale];
  const day = (d: Date) => new Intl.DateTimeFormat(tag, { dateStyle: 'full', timeZone: event.timeZone }).format(d);
  const time = (d: Date) => new Intl.DateTimeFormat(tag, { timeStyle: 'short', timeZone: event.timeZone }).format(d);
  const sameDay = day(event.startsAt) === day(event.endsAt);
  return sameDay
    ? `${day(event.startsAt)}, ${time(event.startsAt)} – ${time(event.endsAt)}`
    : `${day(event.startsAt)}, ${time(event.startsAt)} – ${day(event.endsAt)}, ${time(event.endsAt)}`;
}

export function formatEventWhere(event: Pick<EventRow, 'venue' | 'address' | 'postcode' | 'commune' | 'country' | 'onlineUrl'>, locale: Locale): string {
  const place = [event.venue, event.address, [event.postcode, event.commune].filter(Boolean).join(' '), event.country ?? '']
    .map((p) => p.trim())
    .filter(Boolean)
    .join(', ');
  if (place && event.onlineUrl) return `${place} / ${eventMailWords[locale].online}: ${event.onlineUrl}`;
  if (event.onlineUrl) return `${eventMailWords[locale].online}: ${event.onlineUrl}`;
  return place || eventMailWords[locale].toBeAnnounced;
}

export const eventPagePath = (networkSlug: string, eventId: string) => `/n/${encodeURIComponent(networkSlug)}/events/${eventId}`;
export const checkInQrPath = (code: string) => `/api/check-in-codes/${encodeURIComponent(code)}/qr.png`;

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function toHtml(text: string, qr: { src: string; alt: string } | undefined): string {
  const linked = (line: string) => escapeHtml(line).replace(/https?:\/\/[^\s<]+/g, (url) => `<a href="${url}">${url}</a>`);
  const paragraphs = text.split(/\n{2,}/).map((p) => `<p>${p.split('\n').map(linked).join('<br>')}</p>`);
  const image = qr ? `<p><img src="${escapeHtml(qr.src)}" alt="${escapeHtml(qr.alt)}" width="200" height="200"></p>` : '';
  return `<!doctype html><html><body style="font-family:sans-serif;line-height:1.5">${paragraphs.join('')}${image}</body></html>`;
}

/** Fills a template for one recipient; the link, code and QR image are absolute URLs under `baseUrl`. */
export function renderEventMail(opts: {
  template: EventMailTemplate;
  recipient: Recipient;
  event: EventRow;
  networkName: string;
  networkSlug: string;
  baseUrl: string;
  code?: string;
  reason?: string;
  /** Where the link leads, when not the event page (e.g. the feedback form). */
  linkPath?: string;
  /** The round table or workshop inside the event the mail is about. */
  session?: { title: Translated; startsAt: Date; endsAt: Date; room: string };
}) {
  const { recipient, event, baseUrl } = opts;
  const locale = recipient.locale;
  const values: Record<string, string> = {
    name: recipient.name || recipient.email,
    event: pickText(event.title, locale),
    network: opts.networkName,
    when: formatEventWhen(event, locale),
    where: formatEventWhere(event, locale),
    link: `${baseUrl}${opts.linkPath ?? eventPagePath(opts.networkSlug, event.id)}`,
    ics: `${baseUrl}/api/events/${event.id}/ics?locale=${locale}`,
    code: opts.code ?? '',
    reason: opts.reason ?? '',
    session: opts.session ? pickText(opts.session.title, locale) : '',
    sessionWhen: opts.session ? formatEventWhen({ ...opts.session, timeZone: event.timeZone }, locale) : '',
    sessionRoom: opts.session?.room ? `${eventMailWords[locale].room}${opts.session.room}` : '',
  };
  const t = eventMailTemplates[opts.template][locale];
  const fill = (s: string) => s.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? `{${k}}`).replace(/\n{3,}/g, '\n\n');
  const text = fill(t.body);
  const qr = opts.code ? { src: `${baseUrl}${checkInQrPath(opts.code)}`, alt: eventMailWords[locale].qrAlt } : undefined;
  return { to: recipient.email, subject: fill(t.subject), text, html: toHtml(text, qr) };
}

/** Renders and puts the mail in the outbox, in the caller's transaction. Erased accounts get nothing. */
export async function sendEventMail(db: Db, opts: Parameters<typeof renderEventMail>[0]) {
  if (!opts.recipient.email || opts.recipient.email.endsWith('@invalid')) return;
  await enqueueMail(db, renderEventMail(opts));
}
