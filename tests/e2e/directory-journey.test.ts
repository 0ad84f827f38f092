import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { hasChromium, journey, openPage, signIn, textOf, useBrowser } from './support/browser';
import { labels } from './support/locales';

const { fr, de } = labels;
// global-setup.ts loads these postal codes into the platform: the import geocodes from them, the place search finds them.
const geoFolder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared/data/geo/postal_codes_geonames');
const hasGeo = fs.existsSync(geoFolder);

/** "{{row}}" and friends replaced, as i18next does. */
const fill = (text: string, values: Record<string, string | number>) => text.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(values[k]));

async function settled(page: Page) {
  await page.locator('.organisations__count').filter({ hasText: /\d/ }).first().waitFor();
  await page.waitForFunction(() => !document.querySelector('.org-list--stale'));
}

describe.skipIf(!hasChromium)(journey('directory, end to end in German: import, fix, find, near a commune, map, ecosystems, showcase'), () => {
  const baseURL = inject('baseUrl');
  const browser = useBrowser();

  it.skipIf(!hasGeo)(
    'a coordinator imports a spreadsheet, fixes its mapping and rows, finds the member in two keystrokes, near Arlon and on the map, sets its ecosystem and publishes it (skipped without ../shared/data/geo)',
    async () => {
      const { context, page, errors } = await openPage(browser(), { baseURL, locale: 'de-DE' });
      await signIn(page, 'coord.remalux@maillage.demo');
      // The account speaks French: the coordinator switches to German (and back at the end, for the other journeys).
      await page.getByRole('combobox', { name: fr.language.label, exact: true }).first().selectOption('de');
      await page.waitForFunction(() => document.documentElement.lang === 'de');
      try {
        const stamp = String(Date.now()).slice(-6);
        const member = `Zythologie Journey ${stamp}`;
        const sawmill = `Sägewerk Journey ${stamp}`;
        const file = (nace: string) =>
          Buffer.from(
            `Firmenname;PLZ;Ort;Land;NACE;Offizieller Name\n${member};6700;Arlon;BE;C11.05;${member} SRL\n${sawmill};6800;Libramont-Chevigny;BE;${nace};${sawmill} SA\n`,
            'utf8',
          );

        // 1. The dry run: German headings recognised, one row rejected with its reason in German.
        await page.goto('/n/remalux/imports');
        await page.getByLabel(de.imports.file, { exact: true }).setInputFiles({ name: `mitglieder-${stamp}.csv`, mimeType: 'text/csv', buffer: file('X99.99') });
        await page.getByRole('button', { name: de.imports.dryRun }).click();
        await page.waitForURL(/\/n\/remalux\/imports\/[0-9a-f-]+$/);
        await page.getByText(de.imports.statuses.analysed, { exact: true }).waitFor({ timeout: 60_000 });
        const importUrl = page.url();
        const fieldFor = (heading: string) => page.getByRole('combobox', { name: fill(de.imports.fieldFor, { heading }) });
        expect(await fieldFor('Firmenname').inputValue()).toBe('name');
        expect(await fieldFor('PLZ').inputValue()).toBe('postcode');
        const rejected = page.locator('.report-table__reject');
        expect(await rejected.count()).toBe(1);
        const reason = fill(de.importReasons.invalidValue, { row: 3, column: 'NACE', value: 'X99.99', what: de.importReasons.what.naceCodes });
        expect(await textOf(rejected.locator('.reasons li'))).toBe(reason);

        // 2. The mapping is fixed on the report page: the stored file is analysed again, no upload, same import.
        expect(await fieldFor('Offizieller Name').inputValue()).toBe('ignore');
        await fieldFor('Offizieller Name').selectOption('legalName');
        await page.getByRole('button', { name: de.imports.rerun }).click();
        await page.locator('.mapping-table tr', { hasText: 'Offizieller Name' }).getByText(de.imports.sources.mapping, { exact: true }).waitFor({ timeout: 60_000 });
        await page.getByText(de.imports.statuses.analysed, { exact: true }).waitFor({ timeout: 60_000 });
        expect(page.url()).toBe(importUrl);
        expect(await fieldFor('Offizieller Name').inputValue()).toBe('legalName');
        expect(await textOf(page.locator('.report-table__reject .reasons li'))).toBe(reason);

        // 3. The rows are fixed in the file: the corrected file's dry run has no rejected row, and is committed.
        await page.getByLabel(de.imports.correctedFile).setInputFiles({ name: `mitglieder-${stamp}.csv`, mimeType: 'text/csv', buffer: file('C16.11') });
        await page.getByRole('button', { name: de.imports.dryRunCorrected }).click();
        await page.waitForURL((u) => u.href !== importUrl && /\/imports\/[0-9a-f-]+$/.test(u.pathname));
        await page.getByText(de.imports.statuses.analysed, { exact: true }).waitFor({ timeout: 60_000 });
        expect(await page.locator('.report-table__reject').count()).toBe(0);
        // Arlon's postcode gave the coordinates (GeoNames postal codes).
        await page.getByText(fill(de.imports.geocoded, { rows: 2, geocoded: 2, without: 0 })).waitFor();
        await page.getByRole('button', { name: de.imports.commit, exact: true }).click();
        await page.getByText(de.imports.statuses.committed, { exact: true }).first().waitFor({ timeout: 60_000 });

        // 4. Two keystrokes in the directory find the new member.
        await page.goto('/n/remalux/directory');
        await page.getByRole('searchbox', { name: de.organisations.searchLabel }).focus();
        await page.keyboard.type('zy');
        await page.waitForURL(/q=zy/);
        await settled(page);
        expect(await textOf(page.locator('.org-card .org-card__name').first())).toBe(member);

        // 5. Near a commune: "arl", the place search suggests Arlon, picked from the keyboard; the filter applies at once.
        const place = page.getByRole('combobox', { name: de.directory.from });
        await place.focus();
        await page.keyboard.type('arl');
        const arlon = page.getByRole('option', { name: /^Arlon 6700\b/ });
        await arlon.waitFor();
        expect(await place.getAttribute('aria-expanded')).toBe('true');
        await page.keyboard.press('ArrowDown');
        expect(await place.getAttribute('aria-activedescendant')).toBe(await arlon.getAttribute('id'));
        await page.keyboard.press('Enter');
        await page.waitForURL((u) => /near=49\.68\d*,5\.81\d*,25(&|$)/.test(decodeURIComponent(u.search)));
        await settled(page);
        expect(await place.inputValue()).toBe('Arlon (6700)');
        await page.getByRole('button', { name: fill(de.directory.removeFilter, { label: fill(de.directory.nearChip, { km: 25, place: 'Arlon (6700)' }) }) }).waitFor();
        const card = page.locator('.org-card', { hasText: member });
        expect(await textOf(card.locator('.org-card__distance'))).toMatch(/0([.,]0)? km/);

        // 6. The map shows it, and its point opens the profile.
        await page.getByRole('button', { name: de.directory.map, exact: true }).click();
        await page.waitForURL(/view=map/);
        const point = page.locator(`.geo-map__point[aria-label="${member}"]`);
        await point.waitFor();
        await point.click();
        await page.waitForURL(/\/n\/remalux\/o\/[0-9a-f-]+$/);
        const profileUrl = page.url();
        expect(await textOf(page.getByRole('heading', { level: 1 }))).toBe(member);

        // 7. An ecosystem of the network, set in the edit form together with publication in the showcase.
        await page.goto('/n/remalux');
        const panel = page.getByRole('region', { name: de.categories.title });
        await panel.getByLabel(de.categories.kind).selectOption('ecosystem');
        await panel.getByLabel(fill(de.categories.nameIn, { language: de.languageNames.fr })).fill(`Brasserie ${stamp}`);
        await panel.getByLabel(fill(de.categories.nameIn, { language: de.languageNames.de })).fill(`Brauerei ${stamp}`);
        await panel.getByRole('button', { name: de.categories.create }).click();
        await panel.getByText(fill(de.categories.created, { name: `Brauerei ${stamp}` })).waitFor();
        await page.goto(`${new URL(profileUrl).pathname}/edit`);
        const ecosystem = page.getByRole('checkbox', { name: `Brauerei ${stamp}` });
        await ecosystem.check();
        await page.getByLabel(de.orgFields.visibility).selectOption('public');
        await page.getByRole('checkbox', { name: de.orgFields.publicConsentLong }).check();
        await page.getByRole('button', { name: de.common.save }).click();
        await page.waitForURL(profileUrl);
        await page.getByRole('heading', { name: de.categories.ecosystems, level: 3 }).waitFor();
        await page.locator('.word-list li', { hasText: `Brauerei ${stamp}` }).waitFor();

        // 8. The showcase, published to visitors without an account, in German.
        const visitor = await openPage(browser(), { baseURL, locale: 'de-DE' });
        await visitor.page.goto('/showcase/remalux?lang=de');
        await visitor.page.getByRole('searchbox', { name: de.showcase.searchLabel }).fill('zythologie');
        await visitor.page.locator('.org-card__name', { hasText: member }).waitFor();
        expect(visitor.errors).toEqual([]);
        await visitor.context.close();
      } finally {
        // The account's language back to French, whatever happened above.
        const { csrfToken } = (await (await page.request.get('/api/me')).json()) as { csrfToken: string };
        await page.request.patch('/api/me', { data: { locale: 'fr' }, headers: { 'x-csrf-token': csrfToken } });
      }
      expect(errors).toEqual([]);
      await context.close();
    },
  );
});
