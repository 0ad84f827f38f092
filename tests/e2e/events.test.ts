import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasChromium, journey, openPage, phone, signIn, textOf, useBrowser } from './support/browser';
import { labels } from './support/locales';

const { fr, de } = labels;
const fill = (text: string, values: Record<string, string | number>) => text.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(values[k] ?? ''));

/** "2031-03-30T09:00": a wall-clock time in Brussels, what the form's datetime-local fields take. */
function brusselsInput(date: Date): string {
  const p = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Brussels', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(date)
      .map((x) => [x.type, x.value]),
  );
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}

/** Screenshots for a visual check when EVENTS_SHOTS names a directory; nothing otherwise. */
async function shot(page: Page, name: string) {
  const dir = process.env.EVENTS_SHOTS;
  if (!dir) return;
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true });
}

async function setLanguage(page: Page, locale: string) {
  await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/api/me') && r.request().method() === 'PATCH'),
    page.locator('.language-switch select').selectOption(locale),
  ]);
  await page.waitForFunction((l) => document.documentElement.lang === l, locale);
}

describe.skipIf(!hasChromium)(journey('events: create, register, QR check-in, feedback'), () => {
  const baseURL = inject('baseUrl');
  const browser = useBrowser();

  it('a coordinator creates an event, a member registers (in German) and gets the mail and QR code, is checked in, and gives feedback', async () => {
    const title = `Business corner e2e ${Date.now().toString(36)}`;
    const now = Date.now();

    // The coordinator of Résilian creates an event going on now, with registration open until its end.
    const coord = await openPage(browser(), { baseURL });
    await signIn(coord.page, 'coord.resilian@maillage.demo');
    await coord.page.goto('/n/resilian/events');
    expect(await textOf(coord.page.locator('#main h1'))).toBe(fr.events.title);
    await coord.page.getByRole('link', { name: fr.events.newEvent }).click();
    await coord.page.getByLabel(fr.events.form.kind, { exact: true }).selectOption('business_corner');
    await coord.page.getByLabel(fill(fr.events.form.titleIn, { language: fr.languageNames.fr })).fill(title);
    await coord.page.locator('input[name="startsAt"]').fill(brusselsInput(new Date(now - 3_600_000)));
    await coord.page.locator('input[name="endsAt"]').fill(brusselsInput(new Date(now + 3 * 3_600_000)));
    await coord.page.locator('input[name="closesAt"]').fill(brusselsInput(new Date(now + 3 * 3_600_000)));
    await coord.page.locator('input[name="capacity"]').fill('12');
    await coord.page.locator('input[name="venue"]').fill('Salle du club');
    await coord.page.locator('input[name="commune"]').fill('Haguenau');
    await coord.page.getByRole('button', { name: fr.events.form.addQuestion }).click();
    // The question in French and German: each registrant reads it in their language.
    await coord.page.getByLabel(fill(fr.events.form.questionLabel, { language: fr.languageNames.fr })).fill('Quel sujet voulez-vous aborder ?');
    await coord.page.getByLabel(fill(fr.events.form.questionLabel, { language: fr.languageNames.de })).fill('Welches Thema möchten Sie ansprechen?');
    // A choice, its question and choices in French and German.
    await coord.page.getByRole('button', { name: fr.events.form.addQuestion }).click();
    await coord.page.locator('select[name="question-1-kind"]').selectOption('choice');
    await coord.page.locator('input[name="question-1-fr"]').fill('Repas de midi');
    await coord.page.locator('input[name="question-1-de"]').fill('Mittagessen');
    const choice = (n: number, l: 'fr' | 'de') => coord.page.getByLabel(fill(fr.events.form.optionIn, { n, language: fr.languageNames[l] }), { exact: true });
    await choice(1, 'fr').fill('Végétarien');
    await choice(1, 'de').fill('Vegetarisch');
    await choice(2, 'fr').fill('Sans préférence');
    await choice(2, 'de').fill('Egal');
    await coord.page.getByRole('button', { name: fr.events.form.addOption }).click();
    await choice(3, 'fr').fill('Je ne mange pas');
    await coord.page.getByRole('button', { name: fill(fr.events.form.removeOptionN, { n: 3 }) }).click();
    expect(await choice(3, 'fr').count()).toBe(0);
    await shot(coord.page, 'fr-01-new-event');
    await coord.page.getByRole('button', { name: fr.events.form.create }).click();
    await coord.page.waitForURL(/\/n\/resilian\/events\/[0-9a-f-]{36}$/);
    expect(await textOf(coord.page.locator('#main h1'))).toBe(title);
    const eventPath = new URL(coord.page.url()).pathname;

    // A member, reading in German, registers with the question answered.
    const member = await openPage(browser(), { baseURL, locale: 'de-DE' });
    await signIn(member.page, 'membre@maillage.demo');
    await setLanguage(member.page, 'de');
    try {
      await member.page.goto('/n/resilian/events');
      await member.page.getByRole('link', { name: title }).click();
      await member.page.getByLabel('Welches Thema möchten Sie ansprechen?', { exact: true }).fill('Rüstzeiten');
      await member.page.getByLabel('Mittagessen', { exact: true }).selectOption({ label: 'Vegetarisch' });
      await member.page.getByRole('button', { name: de.events.register.button, exact: true }).click();
      await member.page.getByText(de.events.register.confirmed).waitFor();
      await member.page.locator('.registration dd', { hasText: 'Vegetarisch' }).waitFor();
      const qr = member.page.getByRole('img', { name: de.events.register.qrAlt });
      await qr.waitFor();
      await expect.poll(() => qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
      const caption = await textOf(member.page.locator('.registration figcaption'));
      const grouped = /([0-9A-Z]{5}-[0-9A-Z]{5})/.exec(caption)?.[1];
      expect(grouped).toBeDefined();
      const code = grouped!.replace('-', '');
      await shot(member.page, 'de-02-registered');

      // The confirmation e-mail, in German, is in the outbox with the check-in code and the QR image.
      const admin = await openPage(browser(), { baseURL });
      await signIn(admin.page, 'admin@maillage.demo');
      const outbox = (await (await admin.page.request.get('/api/admin/outbox?limit=100')).json()) as { items: { toAddress: string; subject: string; bodyText: string }[] };
      const mail = outbox.items.find((m) => m.toAddress === 'membre@maillage.demo' && m.subject.includes(title));
      expect(mail?.subject).toBe(`Anmeldung bestätigt: ${title}`);
      expect(mail?.bodyText).toContain(code);
      await admin.context.close();

      // At the welcome desk, the coordinator types the code (the camera is not available in this browser).
      await coord.page.goto(`${eventPath}/check-in`);
      await coord.page.locator('input[name="code"]').fill(grouped!.toLowerCase());
      await coord.page.getByRole('button', { name: fr.events.checkIn.checkInCode, exact: true }).click();
      // "Laurent Schaller · <the organisation he came for> est accueilli·e."
      const [, doneEnd] = fr.events.checkIn.done.split('{{name}}') as [string, string];
      const done = await textOf(coord.page.locator('.check-in__outcome [role="status"]'));
      expect(done.startsWith('Laurent Schaller · ') && done.endsWith(doneEnd)).toBe(true);
      await expect.poll(() => textOf(coord.page.locator('.check-in__count'))).toBe(fill(fr.events.checkIn.count, { n: 1, total: 1 }));
      await shot(coord.page, 'fr-03-check-in');
      // The link in the QR code, opened by a phone's camera app, shows the person as arrived.
      await coord.page.goto(`/check-in/${code}`);
      expect(await textOf(coord.page.locator('#main h1'))).toContain('Laurent Schaller');
      await coord.page.locator('.tag', { hasText: fill(fr.events.checkIn.arrivedAt, { time: '' }).trim() }).waitFor();

      // After arriving, the member gives feedback.
      await member.page.reload();
      const feedback = member.page.getByRole('region', { name: de.events.feedback.title });
      await feedback.waitFor();
      await feedback.getByRole('radio', { name: fill(de.events.feedback.star, { n: 4 }) }).first().check({ force: true });
      await feedback.getByLabel(de.events.feedback.comment).fill('Sehr konkret.');
      await feedback.getByRole('button', { name: de.events.feedback.send }).click();
      await feedback.getByText(de.events.feedback.sent).waitFor();
      await member.page.goto('/my-events');
      await member.page.getByRole('link', { name: title }).waitFor();
      expect(await member.page.getByRole('img', { name: de.events.register.qrAlt }).count()).toBeGreaterThan(0);
      await shot(member.page, 'de-04-my-events');

      // The coordinator sees the arrival and the feedback in the attendance list.
      await coord.page.goto(`${eventPath}/attendance`);
      await coord.page.getByText(fill(fr.events.attendance.answers, { n: 1 })).waitFor();
      expect(await textOf(coord.page.locator('tbody tr').first())).toContain(fr.events.attendance.presences.attended);
      await shot(coord.page, 'fr-05-attendance');
    } finally {
      // The demo account goes back to French for the other journeys.
      const csrf = ((await (await member.page.request.get('/api/me')).json()) as { csrfToken: string }).csrfToken;
      await member.page.request.patch('/api/me', { data: { locale: 'fr' }, headers: { 'x-csrf-token': csrf } });
    }
    expect(coord.errors).toEqual([]);
    expect(member.errors).toEqual([]);
    await coord.context.close();
    await member.context.close();
  });

  it('the welcome desk works on a phone (390×844), in French and in German: QR from the camera, typed code, search', async () => {
    for (const lang of ['fr', 'de'] as const) {
      const L = labels[lang];
      const coord = await openPage(browser(), { baseURL, locale: lang === 'fr' ? 'fr-FR' : 'de-DE', viewport: phone });
      // Headless Chromium has neither a camera nor BarcodeDetector: a grey canvas plays the camera, and the detector
      // reads whatever the test holds in front of it (window.__qr), like Chrome on Android reading a printed code.
      await coord.context.addInitScript(() => {
        const w = window as unknown as { __qr: string | null; BarcodeDetector: unknown };
        w.__qr = null;
        w.BarcodeDetector = class {
          detect() {
            return Promise.resolve(w.__qr ? [{ rawValue: w.__qr }] : []);
          }
        };
        Object.defineProperty(navigator, 'mediaDevices', {
          configurable: true,
          value: {
            getUserMedia: () => {
              const canvas = document.createElement('canvas');
              canvas.width = 320;
              canvas.height = 240;
              const paint = () => {
                const g = canvas.getContext('2d')!;
                g.fillStyle = `hsl(0 0% ${20 + (Date.now() / 50) % 20}%)`;
                g.fillRect(0, 0, 320, 240);
              };
              paint();
              window.setInterval(paint, 100);
              return Promise.resolve(canvas.captureStream(10));
            },
          },
        });
      });
      await signIn(coord.page, 'coord.resilian@maillage.demo');
      if (lang !== 'fr') await setLanguage(coord.page, lang);
      const member = await openPage(browser(), { baseURL });
      await signIn(member.page, 'membre@maillage.demo');
      try {
        const csrf = async (page: Page) => ((await (await page.request.get('/api/me')).json()) as { csrfToken: string }).csrfToken;
        const now = Date.now();
        const created = await coord.page.request.post('/api/networks/resilian/events', {
          headers: { 'x-csrf-token': await csrf(coord.page) },
          data: {
            kind: 'open_day',
            title: { fr: `Portes ouvertes ${lang} ${now.toString(36)}`, de: `Tag der offenen Tür ${lang} ${now.toString(36)}` },
            startsAt: new Date(now - 3_600_000).toISOString(),
            endsAt: new Date(now + 3 * 3_600_000).toISOString(),
            registrationClosesAt: new Date(now + 3 * 3_600_000).toISOString(),
            status: 'published',
          },
        });
        expect(created.status()).toBe(201);
        const eventId = ((await created.json()) as { id: string }).id;
        const registered = await member.page.request.post(`/api/events/${eventId}/registrations`, { headers: { 'x-csrf-token': await csrf(member.page) }, data: {} });
        expect(registered.status()).toBe(201);
        const { checkInCode: code, id: registrationId } = (await registered.json()) as { checkInCode: string; id: string };
        const undo = async () => {
          const res = await coord.page.request.post(`/api/events/${eventId}/registrations/${registrationId}/undo-check-in`, { headers: { 'x-csrf-token': await csrf(coord.page) } });
          expect(res.status()).toBe(200);
        };
        const fitsThePhone = () => coord.page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
        const [, doneEnd] = L.events.checkIn.done.split('{{name}}') as [string, string];
        const outcome = coord.page.locator('.check-in__outcome [role="status"]');

        await coord.page.goto(`/n/resilian/events/${eventId}/check-in`);
        expect(await textOf(coord.page.locator('#main h1'))).toBe(L.events.checkIn.title);
        expect(await fitsThePhone()).toBe(true);
        await shot(coord.page, `${lang}-06-phone-check-in`);

        // 1. The QR code, read by the phone's camera.
        await coord.page.getByRole('button', { name: L.events.checkIn.scan }).click();
        await coord.page.locator('video.qr-scanner__video').waitFor({ state: 'visible' });
        await coord.page.evaluate((value) => ((window as unknown as { __qr: string }).__qr = value), `${baseURL}/check-in/${code}`);
        await expect.poll(async () => (await outcome.count()) > 0 && (await outcome.textContent())?.trim().endsWith(doneEnd)).toBe(true);
        await coord.page.evaluate(() => ((window as unknown as { __qr: null }).__qr = null));
        const count = coord.page.locator('.check-in__count');
        await expect.poll(() => textOf(count)).toBe(fill(L.events.checkIn.count, { n: 1, total: 1 }));
        expect(await fitsThePhone()).toBe(true);
        await shot(coord.page, `${lang}-07-phone-scanned`);
        await coord.page.getByRole('button', { name: L.events.checkIn.stopScan }).click();
        await undo();

        // 2. The code typed from a paper badge, lower case with a dash.
        await coord.page.reload();
        await coord.page.locator('input[name="code"]').fill(`${code.slice(0, 5).toLowerCase()}-${code.slice(5)}`);
        await coord.page.getByRole('button', { name: L.events.checkIn.checkInCode, exact: true }).click();
        await expect.poll(async () => (await outcome.textContent())?.trim().endsWith(doneEnd)).toBe(true);
        await expect.poll(() => textOf(count)).toBe(fill(L.events.checkIn.count, { n: 1, total: 1 }));
        await undo();

        // 3. Found by name and checked in from the list.
        await coord.page.reload();
        await coord.page.getByRole('searchbox', { name: L.events.checkIn.search }).fill('Schaller');
        const person = coord.page.locator('.check-in__person', { hasText: 'Laurent Schaller' });
        await person.getByRole('button', { name: L.events.checkIn.checkInPerson }).click();
        await person.locator('.tag', { hasText: fill(L.events.checkIn.arrivedAt, { time: '' }).trim() }).waitFor();
        await expect.poll(() => textOf(count)).toBe(fill(L.events.checkIn.count, { n: 1, total: 1 }));
        expect(await fitsThePhone()).toBe(true);
        await shot(coord.page, `${lang}-08-phone-searched`);
      } finally {
        if (lang !== 'fr') {
          const token = ((await (await coord.page.request.get('/api/me')).json()) as { csrfToken: string }).csrfToken;
          await coord.page.request.patch('/api/me', { data: { locale: 'fr' }, headers: { 'x-csrf-token': token } });
        }
      }
      expect(coord.errors).toEqual([]);
      await coord.context.close();
      await member.context.close();
    }
  });
});
