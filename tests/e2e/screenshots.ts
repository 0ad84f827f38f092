/**
 * Screenshots of the main pages, desktop and phone, in French and German, for a visual check.
 * Run against a running platform: BASE_URL=http://localhost:3000 npx tsx tests/e2e/screenshots.ts [outDir]
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { desktop, launchChromium, openPage, phone, signIn } from './support/browser';

const baseURL = process.env.BASE_URL ?? 'http://localhost:3000';
const outDir = process.argv[2] ?? '/tmp/shots';
fs.mkdirSync(outDir, { recursive: true });

async function settle(page: Page) {
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
}

const browser = await launchChromium();
try {
  for (const [lang, locale] of [
    ['fr', 'fr-FR'],
    ['de', 'de-DE'],
  ] as const) {
    for (const [size, viewport] of [
      ['desktop', desktop],
      ['phone', phone],
    ] as const) {
      const shot = async (page: Page, name: string) => {
        await settle(page);
        await page.screenshot({ path: path.join(outDir, `${lang}-${size}-${name}.png`) });
        await page.screenshot({ path: path.join(outDir, `${lang}-${size}-${name}-full.png`), fullPage: true });
      };
      const { context, page, errors } = await openPage(browser, { baseURL, locale, viewport });
      await page.goto(`/showcase/remalux?lang=${lang}`);
      await page.locator('.org-card').first().waitFor();
      await shot(page, '20-showcase');
      await page.goto('/forgot-password');
      await shot(page, '10-forgot-password');
      await page.goto('/accept-invitation?token=not-a-token');
      await shot(page, '11-invitation-invalid');
      await page.goto('/sign-in');
      await page.locator('input[name="email"]').fill('admin@maillage.demo');
      await page.locator('input[name="password"]').fill('wrong-password');
      await page.locator('form button[type="submit"]').click();
      await page.getByRole('alert').waitFor();
      await shot(page, '12-sign-in-error');
      await page.goto('/sign-in');
      await shot(page, '01-sign-in');
      await signIn(page, 'admin@maillage.demo');
      // Signed in, the account's language is shown: switch it to the one of this run with the header's switch.
      await page.waitForURL((url) => url.pathname.startsWith('/n/'));
      await page.locator('.language-switch select').selectOption(lang);
      await page.waitForFunction((l) => document.documentElement.lang === l, lang);
      await page.goto('/n/remalux');
      await shot(page, '02-network-home');
      await page.locator('.network-switcher__button').click();
      await shot(page, '15-network-switcher');
      await page.keyboard.press('Escape');
      await page.goto('/n/remalux/pooling');
      await shot(page, '03-coming-area');
      await page.goto('/profile');
      await shot(page, '04-profile');
      await page.goto('/admin/outbox');
      await settle(page);
      // A fresh platform may have no mail yet.
      if (await page.locator('details.mail summary').count()) await page.locator('details.mail summary').first().click();
      await shot(page, '05-admin-outbox');
      await page.goto('/admin/networks');
      await shot(page, '07-admin-networks');
      await page.goto('/admin/users');
      await shot(page, '08-admin-users');
      await page.goto('/n/resilian/directory');
      await shot(page, '09-directory');
      await page.goto('/profile');
      await page.locator('.inline-form input').fill(`screenshot ${lang} ${size}`);
      await page.locator('.inline-form button').click();
      await page.locator('.secret').waitFor();
      await shot(page, '13-profile-token');
      await page.goto('/n/remalux/directory?q=bois&nace=C16&country=BE&near=49.6833,5.8167,25&from=Arlon');
      await page.locator('.org-card').first().waitFor();
      await shot(page, '21-directory-filtered');
      await page.goto('/n/remalux/directory?view=map');
      await page.locator('.geo-map__cluster').first().waitFor();
      await shot(page, '22-directory-map');
      await page.goto('/n/remalux/directory?q=menuiserie');
      await page.locator('.org-card__name a').first().click();
      await page.waitForURL(/\/o\/[0-9a-f-]+$/);
      const orgPath = new URL(page.url()).pathname;
      await shot(page, '23-organisation');
      await page.goto(`${orgPath}/edit`);
      await page.locator('input[name="beEnterprise"]').fill('0123.456.789');
      await page.locator('.form-actions button[type="submit"]').click();
      await page.locator('.field__error').first().waitFor();
      await page.locator('input[name="beEnterprise"]').scrollIntoViewIfNeeded();
      await shot(page, '24-organisation-edit-error');
      await page.goto(`${orgPath}/history`);
      await shot(page, '25-organisation-history');
      await page.goto('/n/remalux/imports');
      await page.locator('input[type="file"]').setInputFiles({
        name: 'membres.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from('Nom;Code postal;Commune;Pays;Code NACE;Courriel\nScierie du Lac;6800;Libramont-Chevigny;BE;C16.11;info@lac.demo\nBoulangerie Mathieu;6700;Arlon;BE;X99.99;pas-un-mail\n'),
      });
      await page.locator('form button[type="submit"]').first().click();
      await page.locator('.import-counts').waitFor({ timeout: 60_000 });
      await shot(page, '26-import-report');
      await page.goto('/nowhere');
      await shot(page, '14-not-found');
      if (size === 'phone') {
        await page.goto('/n/remalux');
        await page.locator('.topbar__menu').click();
        await shot(page, '06-menu-open');
      }
      await page.locator('.language-switch select').selectOption('fr');
      await page.waitForFunction(() => document.documentElement.lang === 'fr');
      const unexpected = errors.filter((e) => !/status of (400|401|403)/.test(e));
      if (unexpected.length) console.log(lang, size, unexpected);
      await context.close();
    }
  }
} finally {
  await browser.close();
}
console.log(`screenshots in ${outDir}`);
