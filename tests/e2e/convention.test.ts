import ICAL from 'ical.js';
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { extractPdfText } from '../../src/domain/convention/extract-pdf-text';
import { hasChromium, journey, openPage, signIn, useBrowser } from './support/browser';
import { labels } from './support/locales';

type Labels = typeof labels.fr;
const fill = (text: string, values: Record<string, string | number>) => text.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(values[k] ?? ''));
const network = 'ess-grande-region';

async function setLanguage(page: Page, locale: string) {
  if ((await page.locator('html').getAttribute('lang')) === locale) return;
  await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/api/me') && r.request().method() === 'PATCH'),
    page.locator('.language-switch select').selectOption(locale),
  ]);
  await page.waitForFunction((l) => document.documentElement.lang === l, locale);
}

/** The page's own API session: JSON calls with the CSRF header, for setting up what the journey does not test. */
async function apiOf(page: Page) {
  const me = (await (await page.request.get('/api/me')).json()) as { csrfToken: string; user: { name: string } };
  const call = async (method: 'GET' | 'POST', path: string, data?: unknown) => {
    const res = await page.request.fetch(`/api${path}`, { method, headers: { 'x-csrf-token': me.csrfToken }, ...(data ? { data } : {}) });
    expect(res.status(), `${method} ${path}: ${await res.text()}`).toBeLessThan(300);
    return res.json() as Promise<Record<string, unknown>>;
  };
  return { name: me.user.name, call };
}

interface Cast {
  locale: 'fr' | 'de';
  buyer: string;
  supplier: string;
}

/**
 * The "Done means" of issue 5: a buyer and a supplier register, find each other, request and accept a meeting; the
 * coordinator generates and publishes the schedule; both download their agenda (PDF) and calendar; the coordinator
 * checks them in; both record an outcome. Everything through the pages, in the cast's language.
 */
async function conventionJourney(baseURL: string, browser: ReturnType<ReturnType<typeof useBrowser>>, cast: Cast) {
  const t: Labels = labels[cast.locale];
  const c = t.convention;
  const open = async (email: string) => {
    const session = await openPage(browser, { baseURL, locale: cast.locale === 'de' ? 'de-DE' : 'fr-FR' });
    await signIn(session.page, email);
    await setLanguage(session.page, cast.locale);
    return session;
  };

  // The coordinator of the Cluster ESS opens a convention running today (set up through the API: the journey is what follows).
  const coord = await open('coord.ess-grande-region@maillage.demo');
  const coordApi = await apiOf(coord.page);
  const now = Date.now();
  const iso = (minutes: number) => new Date(now + minutes * 60_000).toISOString();
  const title = `${cast.locale === 'de' ? 'Kooperationsbörse' : 'Convention achats responsables'} e2e ${now.toString(36)}`;
  const event = await coordApi.call('POST', `/networks/${network}/events`, {
    kind: 'business_convention',
    title: { [cast.locale]: title },
    startsAt: iso(-60),
    endsAt: iso(8 * 60),
    registrationClosesAt: iso(8 * 60),
    timeZone: 'Europe/Luxembourg',
    venue: 'Maison du Savoir',
    commune: 'Esch-sur-Alzette',
    country: 'LU',
    status: 'published',
  });
  const eventId = String(event.id);
  await coordApi.call('POST', `/events/${eventId}/convention/day`, {
    sessions: [{ name: 'Rendez-vous', startsAt: iso(60), endsAt: iso(180) }],
    slotMinutes: 20,
    changeoverMinutes: 5,
    tables: ['Table Moselle', 'Table Sûre'],
  });
  const conventionUrl = `/n/${network}/conventions/${eventId}`;

  const buyer = await open(cast.buyer);
  const supplier = await open(cast.supplier);
  const buyerName = (await apiOf(buyer.page)).name;
  const supplierName = (await apiOf(supplier.page)).name;
  try {
    // Both register for the event on its page, then make their event profile from their organisation's.
    for (const [session, role] of [
      [buyer, 'buyer'],
      [supplier, 'supplier'],
    ] as const) {
      const page = session.page;
      await page.goto(`/n/${network}/conventions`);
      await page.getByRole('link', { name: title }).click();
      await page.waitForURL(new RegExp(`${conventionUrl}`));
      await page.getByRole('link', { name: c.eventPage }).first().click();
      await page.getByRole('button', { name: t.events.register.button, exact: true }).click();
      await page.getByText(t.events.register.confirmed).waitFor();
      await page.goto(`${conventionUrl}/profile`);
      await page.getByText(c.profile.draftNote).waitFor();
      await page.getByLabel(c.profile.role, { exact: true }).selectOption(role);
      if (role === 'buyer') await page.getByLabel(c.profile.needKeywords, { exact: true }).fill(cast.locale === 'de' ? 'Catering, Reinigung' : 'traiteur, nettoyage');
      await page.getByRole('button', { name: c.profile.create }).click();
      await page.getByText(c.profile.saved).waitFor();
    }

    // The buyer finds the supplier among the suggestions, with the reason, and asks for a meeting.
    await buyer.page.goto(`${conventionUrl}/catalogue`);
    const suggestion = buyer.page.locator('#main section').filter({ has: buyer.page.getByRole('heading', { name: c.catalogue.suggestions }) }).locator('.participant-card', { hasText: supplierName });
    await suggestion.getByText(fill(c.reasons.buyerSupplier, { role: c.roles.supplier })).waitFor();
    await suggestion.getByRole('button', { name: c.card.ask }).click();
    await suggestion.getByLabel(c.request.message).fill(cast.locale === 'de' ? 'Wir suchen Partner für unsere Beschaffung.' : 'Nous cherchons des partenaires ESS pour nos achats.');
    await suggestion.getByRole('button', { name: c.request.send }).click();
    await buyer.page.locator('.participant-card', { hasText: supplierName }).getByText(c.requestState.sent_pending).first().waitFor();
    // The catalogue search finds the supplier too.
    await buyer.page.getByRole('searchbox', { name: c.catalogue.search }).fill(supplierName.split(' ')[0]!);
    await buyer.page.locator('#catalogue ~ *, #main').locator('.catalogue-count').filter({ hasText: /\d/ }).first().waitFor();

    // The supplier accepts.
    await supplier.page.goto(`${conventionUrl}/requests`);
    await supplier.page.getByRole('button', { name: fill(c.requests.accept, { name: buyerName }) }).click();
    await supplier.page.getByText(c.requestStatus.accepted).first().waitFor();

    // The coordinator generates the schedule (a background job) and publishes it.
    await coord.page.goto(`${conventionUrl}/schedule`);
    await coord.page.getByRole('button', { name: c.schedule.generate }).click();
    await coord.page.locator('.schedule-status', { hasText: c.scheduleStatus.generated }).waitFor({ timeout: 60_000 });
    await coord.page.getByText(`${fill(c.schedule.scheduled, {})}`).first().waitFor();
    await coord.page.getByRole('button', { name: c.schedule.publish }).click();
    await coord.page.getByText(fill(c.schedule.published, { n: 2 })).waitFor();

    // Both see the meeting, download their agenda as PDF and subscribe to their calendar.
    for (const [session, own, other] of [
      [buyer, buyerName, supplierName],
      [supplier, supplierName, buyerName],
    ] as const) {
      const page = session.page;
      await page.goto(`${conventionUrl}/agenda`);
      await page.locator('.agenda-item', { hasText: other }).waitFor();
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: c.agenda.pdf }).click()]);
      const pdf = fs.readFileSync((await download.path())!);
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      const text = extractPdfText(pdf).replace(/\s+/g, ' ');
      expect(text).toContain(own);
      expect(text).toContain(other);
      expect(text).toMatch(/Table (Moselle|Sûre)/);
      await page.getByRole('button', { name: c.agenda.calendar }).click();
      const feedUrl = ((await page.locator('.agenda-feed').textContent()) ?? '').trim();
      const ics = await page.request.get(feedUrl);
      expect(ics.status()).toBe(200);
      const calendar = new ICAL.Component(ICAL.parse(await ics.text()));
      const meeting = calendar.getAllSubcomponents('vevent').find((e) => String(e.getFirstPropertyValue('uid')).startsWith('convention-meeting-'));
      expect(meeting, 'the meeting is in the calendar feed').toBeTruthy();
      expect(String(meeting!.getFirstPropertyValue('summary'))).toContain(other);
    }

    // The coordinator checks both in at the entrance.
    await coord.page.goto(`/n/${network}/events/${eventId}/check-in`);
    for (const name of [buyerName, supplierName]) {
      await coord.page.getByRole('button', { name: `${t.events.checkIn.checkInPerson} ${name}` }).click();
      await coord.page.locator('.check-in__person', { hasText: name }).locator('.tag--accent').waitFor();
    }

    // Both say what came of the meeting.
    for (const [session, other, outcome] of [
      [buyer, supplierName, 'valuable_contact'],
      [supplier, buyerName, 'negotiation_started'],
    ] as const) {
      const page = session.page;
      await page.goto(`${conventionUrl}/agenda`);
      const item = page.locator('.agenda-item', { hasText: other });
      await item.getByLabel(c.outcome.atEvent).selectOption(outcome);
      await item.getByRole('button', { name: c.outcome.save }).click();
      await item.getByText(fill(c.outcome.recorded, { outcome: c.outcomes[outcome] })).waitFor();
    }

    const stats = await coordApi.call('GET', `/events/${eventId}/convention/statistics`);
    expect(stats).toMatchObject({ checkedIn: 2, meetingsHeld: 1, requests: { accepted: 1 } });
    expect((stats.outcomes as { event: Record<string, number> }).event).toMatchObject({ valuable_contact: 1, negotiation_started: 1 });
    for (const s of [coord, buyer, supplier]) expect(s.errors).toEqual([]);
  } finally {
    await setLanguage(coord.page, 'fr').catch(() => undefined);
    for (const s of [coord, buyer, supplier]) await s.context.close();
  }
}

describe.skipIf(!hasChromium)(journey('business convention: register, match, request, schedule, agenda, check-in, outcome'), () => {
  const baseURL = inject('baseUrl');
  const browser = useBrowser();

  it('in French: a buyer and an ESS supplier meet through the convention', async () => {
    await conventionJourney(baseURL, browser(), { locale: 'fr', buyer: 'anne.steffen@les-jardins-minetaterre.demo', supplier: 'tessy.wirtz@le-comptoir-attrapartage.demo' });
  });

  it('in German: the same journey for another pair', async () => {
    await conventionJourney(baseURL, browser(), { locale: 'de', buyer: 'stefanie.meier@trevamaison-holzbau.demo', supplier: 'georges.hoffmann@moselacode-libre.demo' });
  });
});
