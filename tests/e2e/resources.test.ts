import type { Browser, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { addDays, isoWeekday, localDate, localInstant, type CivilDate } from '../../src/domain/resources/opening-hours';
import { hasChromium, journey, openPage, signIn, useBrowser } from './support/browser';
import { labels } from './support/locales';

const { fr, de } = labels;
const ZONE = 'Europe/Paris';

/** The Monday `weeks` weeks after the coming one, in Alsace. */
function mondayIn(weeks: number): CivilDate {
  const today = localDate(Date.now(), ZONE);
  return addDays(today, 8 - isoWeekday(today) + 7 * weeks);
}
const ymd = (d: CivilDate) => `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
const instant = (d: CivilDate, time: string) => {
  const [h, m] = time.split(':').map(Number) as [number, number];
  return new Date(localInstant(d, h * 60 + m, ZONE)).toISOString();
};
const unfold = (ics: string) => ics.replace(/\r\n /g, '');

async function inLanguage(page: Page, locale: 'fr' | 'de') {
  const { csrfToken } = (await (await page.request.get('/api/me')).json()) as { csrfToken: string };
  await page.request.patch('/api/me', { data: { locale }, headers: { 'x-csrf-token': csrfToken } });
}

/** A member of Résilian other than the demo member: a representative of one of the club's plants. */
async function anotherResilianMember(browser: Browser, baseURL: string): Promise<string> {
  const { context, page } = await openPage(browser, { baseURL });
  await signIn(page, 'coord.resilian@maillage.demo');
  const people = (await (await page.request.get('/api/networks/resilian/people')).json()) as { email: string; role: string; organisations: { name: string }[] }[];
  await context.close();
  const other = people.find((p) => p.role === 'member' && p.email.endsWith('.demo') && !p.email.startsWith('membre@') && p.organisations.length === 1);
  if (!other) throw new Error('no other Résilian member in the demo');
  return other.email;
}

async function fillBooking(page: Page, t: typeof fr, from: CivilDate, fromTime: string, to: CivilDate, toTime: string) {
  await page.getByLabel(t.resources.book.startDate).fill(ymd(from));
  await page.getByLabel(t.resources.book.startTime).fill(fromTime);
  await page.getByLabel(t.resources.book.endDate).fill(ymd(to));
  await page.getByLabel(t.resources.book.endTime).fill(toTime);
}

describe.skipIf(!hasChromium)(journey('pooling: publish a paint booth, book two days, approve, calendars, utilisation, no double booking'), () => {
  const baseURL = inject('baseUrl');
  const browser = useBrowser();

  it('a member publishes a booth, another books two days, the owner approves, both get calendar entries and the utilisation shows; an overlap is refused', async () => {
    const name = `Cabine de peinture e2e ${Date.now().toString(36)}`;
    const monday = mondayIn(1);
    const tuesday = addDays(monday, 1);
    const wednesday = addDays(monday, 2);

    // The owner publishes, in French, to Résilian.
    const owner = await openPage(browser(), { baseURL });
    await signIn(owner.page, 'membre@maillage.demo');
    await inLanguage(owner.page, 'fr');
    await owner.page.goto('/n/resilian/pooling');
    await owner.page.getByRole('link', { name: fr.resources.publish }).first().click();
    await owner.page.waitForURL(/\/pooling\/new$/);
    await owner.page.getByLabel(fr.resources.fields.name).fill(name);
    await owner.page.getByLabel(fr.resources.fields.kind).selectOption('booth');
    await owner.page.getByLabel(fr.resources.form.descriptionIn.replace('{{language}}', fr.languageNames.fr)).fill('Cabine liquide 12 m, four 80 °C.');
    await owner.page.getByLabel(fr.resources.fields.priceAmount).fill('95');
    await owner.page.getByLabel(fr.resources.form.minHours).fill('4');
    await owner.page.getByLabel(fr.resources.form.leadHours).fill('0');
    await owner.page.getByRole('button', { name: fr.resources.form.publish }).click();
    await owner.page.waitForURL(/\/pooling\/r\/[0-9a-f-]{36}$/);
    await owner.page.getByRole('heading', { level: 1, name }).waitFor();
    const resourceId = owner.page.url().split('/').pop()!;

    // Another member finds it (in German) and asks for Tuesday 07:00 to Wednesday 19:00.
    const borrowerEmail = await anotherResilianMember(browser(), baseURL);
    const borrower = await openPage(browser(), { baseURL, locale: 'de-DE' });
    await signIn(borrower.page, borrowerEmail);
    await inLanguage(borrower.page, 'de');
    await borrower.page.goto('/n/resilian/pooling');
    await borrower.page.getByRole('searchbox', { name: de.resources.find.searchLabel }).fill(name);
    // Wait for the typed search to reach the address before following a card, so it cannot bring the list back.
    await borrower.page.waitForURL(/[?&]q=/);
    await borrower.page.locator('.resource-card__name', { hasText: name }).click();
    await borrower.page.getByRole('heading', { level: 1, name }).waitFor();
    await fillBooking(borrower.page, de, tuesday, '07:00', wednesday, '19:00');
    await borrower.page.getByRole('button', { name: de.resources.book.submitRequest }).click();
    await borrower.page.locator('.banner--success').waitFor();
    expect(await borrower.page.locator('.banner--success').textContent()).toContain(de.resources.book.requested.split('{{range}}')[0]!.trim());

    // The owner approves from the list of requests.
    await owner.page.goto('/n/resilian/pooling/bookings');
    const request = owner.page.locator('.booking-item', { hasText: name });
    await request.getByRole('button', { name: fr.resources.bookings.approve }).click();
    await request.getByRole('button', { name: fr.resources.bookings.confirm.approve }).click();
    await owner.page.locator('.booking-item', { hasText: name }).filter({ hasText: fr.resources.status.approved }).first().waitFor();

    // Both sides have the booking in their calendar files, confirmed, on the booth's clock.
    for (const side of [owner.page, borrower.page]) {
      const ics = unfold(await (await side.request.get('/api/bookings/calendar.ics')).text());
      const event = ics.split('BEGIN:VEVENT').find((e) => e.includes(name));
      expect(event).toBeDefined();
      expect(event).toContain('STATUS:CONFIRMED');
      expect(event).toContain(`DTSTART;TZID=${ZONE}:${ymd(tuesday).replace(/-/g, '')}T070000`);
      expect(event).toContain(`DTEND;TZID=${ZONE}:${ymd(wednesday).replace(/-/g, '')}T190000`);
    }
    const borrowed = (await (await borrower.page.request.get('/api/bookings?side=borrower')).json()) as { resourceName: string; status: string }[];
    expect(borrowed.find((b) => b.resourceName === name)?.status).toBe('approved');

    // The owner's page shows the week's utilisation: 24 hours lent, counted within the opening hours the form
    // proposes (Monday to Friday, 07:00–19:00), so the night in between is not counted.
    await owner.page.goto(`/n/resilian/pooling/r/${resourceId}`);
    const use = owner.page.locator('section', { has: owner.page.getByRole('heading', { name: fr.resources.owner.utilisation }) });
    await use.locator('tbody tr').first().waitFor();
    const lent = await use.locator('tbody tr td:nth-child(3)').allTextContents();
    expect(lent.map((s) => Number(s.replace(',', '.')))).toContain(24);

    // Another attempt over the same days is refused at once, saying with what it collides.
    await borrower.page.goto(`/n/resilian/pooling/r/${resourceId}`);
    await fillBooking(borrower.page, de, wednesday, '08:00', wednesday, '16:00');
    await borrower.page.getByRole('button', { name: de.resources.book.submitRequest }).click();
    const refusal = borrower.page.locator('.banner--error');
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain(de.resources.conflict.title);
    expect(await refusal.locator('li').first().textContent()).toContain(de.resources.conflict.booking.split(':')[0]!);

    for (const s of [owner, borrower]) {
      expect(s.errors.filter((e) => !e.includes('status of 409'))).toEqual([]);
      await s.context.close();
    }
  });

  it('many simultaneous attempts from the browser on an instant-booking lab: exactly one wins, the rest are clean 409s', async () => {
    const { context, page } = await openPage(browser(), { baseURL });
    await signIn(page, 'membre@maillage.demo');
    const found = (await (await page.request.get(`/api/resources?q=${encodeURIComponent('métrologie')}`)).json()) as { items: { id: string; bookingMode: string }[] };
    const lab = found.items.find((r) => r.bookingMode === 'instant');
    expect(lab).toBeDefined();
    const day = addDays(mondayIn(3), 2);
    const statuses = await page.evaluate(
      async ({ id, start, end }) => {
        const me = (await (await fetch('/api/me')).json()) as { csrfToken: string };
        const attempt = () =>
          fetch(`/api/resources/${id}/bookings`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
            body: JSON.stringify({ start, end }),
          }).then(async (r) => ({ status: r.status, body: (await r.json()) as { error?: { code: string; details?: { conflicts?: unknown[] } } } }));
        return Promise.all(Array.from({ length: 12 }, attempt));
      },
      { id: lab!.id, start: instant(day, '09:00'), end: instant(day, '12:00') },
    );
    expect(statuses.filter((s) => s.status === 201)).toHaveLength(1);
    const refused = statuses.filter((s) => s.status === 409);
    expect(refused).toHaveLength(11);
    expect(refused.every((s) => s.body.error?.code === 'conflict' && (s.body.error.details?.conflicts?.length ?? 0) > 0)).toBe(true);
    await context.close();
  });
});
