import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { hasChromium, journey, useBrowser, openPage, signIn, textOf } from './support/browser';
import { labels } from './support/locales';

type Lang = keyof typeof labels;

async function chooseLanguage(page: Page, from: Lang, to: Lang) {
  await page.getByRole('combobox', { name: labels[from].language.label, exact: true }).first().selectOption(to);
  await page.waitForFunction((l) => document.documentElement.lang === l, to);
}

/** The navigation and header speak the language: a few labels that differ in every language. */
async function expectShellIn(page: Page, lang: Lang) {
  const l = labels[lang];
  const nav = page.getByRole('navigation', { name: l.shell.mainNavigation });
  await nav.getByRole('link', { name: l.nav.home, exact: true }).waitFor();
  await nav.getByRole('link', { name: new RegExp(`^${l.areas.pooling.title}`) }).waitFor();
  await page.getByRole('heading', { name: l.network.members }).waitFor();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
}

async function profileLocale(page: Page): Promise<string> {
  const me = (await (await page.request.get('/api/me')).json()) as { user: { locale: string } };
  return me.user.locale;
}

describe.skipIf(!hasChromium)(journey('switch language'), () => {
  const baseURL = inject('baseUrl');
  const browser = useBrowser();

  it('follows the browser language on a first visit', async () => {
    for (const [locale, lang] of [
      ['de-DE', 'de'],
      ['nl-BE', 'nl'],
      ['en-GB', 'en'],
      ['fr-BE', 'fr'],
      ['it-IT', 'fr'],
    ] as const) {
      const { context, page, errors } = await openPage(browser(), { baseURL, locale });
      await page.goto('/sign-in');
      expect(await textOf(page.getByRole('heading', { level: 1 }))).toBe(labels[lang].signIn.title);
      await page.getByRole('button', { name: labels[lang].signIn.submit }).waitFor();
      expect(errors).toEqual([]);
      await context.close();
    }
  });

  it('switches to German, Dutch and English, remembers the choice and saves it to the profile', async () => {
    const { context, page, errors } = await openPage(browser(), { baseURL, locale: 'fr-FR' });
    await signIn(page, 'coord.resilian@maillage.demo');
    await page.waitForURL('**/n/resilian');
    await expectShellIn(page, 'fr');

    await chooseLanguage(page, 'fr', 'de');
    await expectShellIn(page, 'de');
    expect(await textOf(page.getByRole('link', { name: labels.de.areas.directory.title }).first())).toBe(labels.de.areas.directory.title);
    // The language is shown first, then saved: wait for the profile to follow.
    await expect.poll(() => profileLocale(page)).toBe('de');

    // Remembered on this device: a reload stays in German.
    await page.reload();
    await expectShellIn(page, 'de');

    await chooseLanguage(page, 'de', 'nl');
    await expectShellIn(page, 'nl');
    // The language is shown first, then saved: wait for the profile to follow.
    await expect.poll(() => profileLocale(page)).toBe('nl');

    await chooseLanguage(page, 'nl', 'en');
    await expectShellIn(page, 'en');
    // The language is shown first, then saved: wait for the profile to follow.
    await expect.poll(() => profileLocale(page)).toBe('en');
    // Pages reached afterwards are in English too.
    await page.getByRole('link', { name: labels.en.areas.events.title }).first().click();
    expect(await textOf(page.getByRole('heading', { level: 1 }))).toBe(labels.en.areas.events.title);
    await page.getByRole('button', { name: labels.en.events.upcoming }).waitFor();
    expect(errors).toEqual([]);
    await context.close();

    // Another device, whose browser speaks French: the account's language follows the person at sign-in.
    const other = await openPage(browser(), { baseURL, locale: 'fr-FR' });
    await signIn(other.page, 'coord.resilian@maillage.demo');
    await expectShellIn(other.page, 'en');
    // Back to French, so the account is left as the demo ships it.
    await chooseLanguage(other.page, 'en', 'fr');
    await expectShellIn(other.page, 'fr');
    await expect.poll(() => profileLocale(other.page)).toBe('fr');
    expect(other.errors).toEqual([]);
    await other.context.close();
  });
});
