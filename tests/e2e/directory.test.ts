import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { expectedHttpError, hasChromium, journey, useBrowser, openPage, signIn, textOf } from './support/browser';
import { labels } from './support/locales';

const { fr, de, nl } = labels;

interface Page_<T> {
  items: T[];
  total: number;
}
interface Org {
  id: string;
  name: string;
  naceCodes: string[];
  phone: string;
}

const cardNames = (page: Page) => page.locator('.org-card .org-card__name').allTextContents();

/** Waits until the result count shows and the list is no longer being refreshed. */
async function settled(page: Page) {
  await page.locator('.organisations__count').filter({ hasText: /\d/ }).first().waitFor();
  await page.waitForFunction(() => !document.querySelector('.org-list--stale'));
}

describe.skipIf(!hasChromium)(journey('directory: search, filters, map, profile, edit, history, export, imports, showcase'), () => {
  const baseURL = inject('baseUrl');
  const browser = useBrowser();

  it('a coordinator finds members with a typo and in another language, filters by NACE and distance, and exports the view', async () => {
    const { context, page, errors } = await openPage(browser(), { baseURL });
    await signIn(page, 'coord.remalux@maillage.demo');
    await page.goto('/n/remalux/directory');
    const box = page.getByRole('searchbox', { name: fr.organisations.searchLabel });

    // A typo: "menuserie" still finds the joiners.
    await box.fill('menuserie');
    await page.waitForURL(/q=menuserie/);
    await settled(page);
    const typo = await cardNames(page);
    expect(typo.length).toBeGreaterThan(0);
    expect(typo.some((n) => /menuiserie/i.test(n))).toBe(true);
    // Every card is a joiner: by its name, or by the joinery codes (C16.23, F43.32) whose labels carry the word.
    const typoCards = await page.locator('.org-card').allTextContents();
    expect(typoCards.every((text) => /menuiserie|C16\.23|F43\.32/i.test(text))).toBe(true);

    // German for joinery finds the same trade through the NACE labels; the cards show the labels in French.
    await box.fill('Tischlerei');
    await page.waitForURL(/q=Tischlerei/);
    await settled(page);
    expect((await cardNames(page)).length).toBeGreaterThan(0);
    await page.locator('.org-card').first().getByText('C16.23').waitFor();
    await page.locator('.org-card').first().getByText(/charpentes|menuiseries/i).first().waitFor();

    // Filters: words cleared, NACE C16 chosen through the picker in Dutch words, distance from Arlon.
    await box.fill('');
    await page.waitForURL((u) => !u.search.includes('q='));
    // Filters work from the keyboard and keep the focus where it was.
    const company = page.getByRole('checkbox', { name: fr.organisationKinds.company, exact: true });
    await company.focus();
    await page.keyboard.press('Space');
    await page.waitForURL(/kind=company/);
    expect(await company.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Space');
    await page.waitForURL((u) => !u.search.includes('kind='));

    // The picker finds codes by words in any language (Dutch here) and shows their French labels.
    const picker = page.getByRole('searchbox', { name: fr.nace.search });
    await picker.fill('hout');
    await page.locator('.nace-option').filter({ hasText: /C16\.11.*Sciage/ }).waitFor();
    await picker.fill('C16');
    await page.locator('.nace-option').filter({ hasText: /^C16\s+Travail du bois/ }).click();
    await page.waitForURL(/nace=C16/);
    await page.getByRole('button', { name: new RegExp(fr.directory.removeFilter.replace('{{label}}', 'C16')) }).waitFor();

    // Export the NACE-filtered view as CSV: the same organisations as the list.
    // (Not with the distance filter yet: the export route re-parses `near` and answers 400, see the report.)
    await settled(page);
    const byNace = (await (await page.request.get('/api/networks/remalux/organisations?nace=C16&pageSize=200')).json()) as Page_<Org>;
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: fr.directory.exportCsv }).click()]);
    const csv = fs.readFileSync((await download.path())!, 'utf8');
    const lines = csv.trim().split(/\r?\n/);
    expect(lines.length).toBe(byNace.total + 1);
    for (const o of byNace.items) expect(csv).toContain(o.name);

    await page.getByLabel(fr.directory.from).fill('Arlon');
    await page.getByLabel(fr.directory.radius).selectOption('25');
    await page.getByRole('button', { name: fr.directory.applyDistance }).click();
    await page.waitForURL(/near=/);
    await settled(page);
    const api = (await (await page.request.get(`/api/networks/remalux/organisations${new URL(page.url()).search.replace(/&?from=[^&]*/, '')}&pageSize=200`)).json()) as Page_<Org & { distanceKm: number }>;
    expect(api.total).toBeGreaterThan(0);
    expect(api.items.every((o) => o.naceCodes.some((c) => c.startsWith('C16')) && o.distanceKm <= 25)).toBe(true);
    expect(await page.locator('.org-card').count()).toBe(Math.min(api.total, 20));
    const distances = (await page.locator('.org-card__distance').allTextContents()).map((s) => Number(s.replace(/[^\d.]/g, '')));
    expect(distances.length).toBe(await page.locator('.org-card').count());
    expect(distances.every((d) => d <= 25)).toBe(true);

    // The view lives in the address: a reload keeps the filters and their chips.
    const filtered = page.url();
    await page.reload();
    await settled(page);
    expect(page.url()).toBe(filtered);
    await page.getByRole('button', { name: new RegExp(fr.directory.removeFilter.replace('{{label}}', 'C16')) }).waitFor();
    expect(await page.locator('.org-card').count()).toBe(Math.min(api.total, 20));

    // Removing a chip from the keyboard leaves the focus on the next chip.
    const naceChip = page.getByRole('button', { name: new RegExp(fr.directory.removeFilter.replace('{{label}}', 'C16')) });
    await naceChip.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => !u.search.includes('nace='));
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-chip') === 'near');

    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens a profile, refuses a wrong identifier under its field, saves a change and shows it in the history', async () => {
    const { context, page, errors } = await openPage(browser(), { baseURL });
    await signIn(page, 'coord.remalux@maillage.demo');
    await page.goto('/n/remalux/directory?q=menuiserie');
    await settled(page);
    const first = page.locator('.org-card .org-card__name a').first();
    const name = await textOf(first);
    await first.click();
    await page.waitForURL(/\/n\/remalux\/o\/[0-9a-f-]+$/);
    expect(await textOf(page.getByRole('heading', { level: 1 }))).toBe(name);
    await page.getByRole('heading', { name: fr.organisation.activities }).waitFor();
    await page.getByText('C16.23').first().waitFor();
    const id = new URL(page.url()).pathname.split('/').pop()!;

    await page.getByRole('link', { name: fr.organisation.edit, exact: true }).click();
    await page.waitForURL(`**/o/${id}/edit`);
    const be = page.getByLabel(fr.orgFields.beEnterprise);
    await be.fill('0123.456.789');
    await page.getByRole('button', { name: fr.common.save }).click();
    // The server's refusal is shown in French under the field it names.
    await page.getByText(fr.orgErrors.beEnterprise).waitFor();
    expect(await be.getAttribute('aria-invalid')).toBe('true');
    expect(page.url()).toContain('/edit');

    const phone = `+32 63 ${String(Date.now()).slice(-6, -4)} ${String(Date.now()).slice(-4, -2)} ${String(Date.now()).slice(-2)}`;
    await be.fill('');
    await page.getByLabel(fr.orgFields.phone).fill(phone);
    await page.getByRole('button', { name: fr.common.save }).click();
    await page.waitForURL(new RegExp(`/o/${id}$`));
    await page.getByRole('link', { name: phone }).waitFor();

    await page.getByRole('link', { name: fr.organisation.history, exact: true }).click();
    await page.waitForURL(`**/o/${id}/history`);
    const entry = page.locator('.history__entry').first();
    await entry.getByText('Aline Jacquemart').waitFor();
    const row = entry.getByRole('row', { name: new RegExp(fr.orgFields.phone) });
    expect(await textOf(row.locator('.history__to'))).toBe(phone);

    expect(errors.filter((e) => !expectedHttpError(400)(e))).toEqual([]);
    await context.close();
  });

  it('shows the organisations on a map in clusters that open as one zooms, and a point opens the profile', async () => {
    const { context, page, errors } = await openPage(browser(), { baseURL });
    await signIn(page, 'coord.remalux@maillage.demo');
    await page.goto('/n/remalux/directory?view=map');
    await page.locator('.geo-map__country').first().waitFor({ state: 'attached' });
    const clusters = page.locator('.geo-map__cluster');
    await clusters.first().waitFor();
    const all = (await (await page.request.get('/api/networks/remalux/organisations?pageSize=200')).json()) as Page_<Org>;
    expect(await clusters.count()).toBeGreaterThan(0);
    expect(await clusters.count()).toBeLessThan(all.total);
    const sum = async () =>
      (await clusters.locator('text').allTextContents()).reduce((s, n) => s + Number(n), 0) + (await page.locator('.geo-map__point').count());
    // Every located organisation is in a cluster or a point.
    await page.getByText(fr.map.onMap.replace('{{n}}', '')).waitFor();
    const onMap = Number((await textOf(page.locator('.org-map__legend'))).match(/\d+/)![0]);
    expect(await sum()).toBe(onMap);

    // Clicking the biggest cluster zooms in: it breaks up until lone points show.
    for (let i = 0; i < 8 && (await page.locator('.geo-map__point').count()) === 0; i++) {
      const sizes = (await clusters.locator('text').allTextContents()).map(Number);
      await clusters.nth(sizes.indexOf(Math.max(...sizes))).click();
    }
    const point = page.locator('.geo-map__point').first();
    await point.waitFor();
    const name = await point.getAttribute('aria-label');
    await point.click();
    await page.waitForURL(/\/n\/remalux\/o\/[0-9a-f-]+$/);
    expect(await textOf(page.getByRole('heading', { level: 1 }))).toBe(name);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('an anonymous visitor opens the public showcase in German, searches it and switches to Dutch', async () => {
    const { context, page, errors } = await openPage(browser(), { baseURL, locale: 'fr-FR' });
    const anon = (await (await page.request.get('/api/networks/remalux/organisations?pageSize=200')).json()) as Page_<Org>;
    const network = (await (await page.request.get('/api/networks/remalux')).json()) as { name: string };
    await page.goto('/showcase/remalux?lang=de');
    await page.waitForFunction(() => document.documentElement.lang === 'de');
    expect(new URL(page.url()).pathname).toBe('/showcase/remalux');
    expect(await textOf(page.getByRole('heading', { level: 1 }))).toBe(network.name);
    await page.getByRole('heading', { name: de.showcase.members }).waitFor();
    await page.getByText(de.showcase.count.replace('{{n}}', String(anon.total))).waitFor();
    // No app frame that needs a session: no navigation, a sign-in link instead of the account menu.
    expect(await page.getByRole('navigation', { name: de.shell.mainNavigation }).count()).toBe(0);
    await page.getByRole('link', { name: de.showcase.signIn }).waitFor();

    const target = anon.items[0]!;
    await page.getByRole('searchbox', { name: de.showcase.searchLabel }).fill(target.name.split(/\s+/)[0]!.toLowerCase());
    await page.locator('.org-card__name', { hasText: target.name }).waitFor();

    await page.getByRole('combobox', { name: de.language.label }).selectOption('nl');
    await page.getByRole('heading', { name: nl.showcase.members }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('nl');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a coordinator adds an ecosystem to the network and filters the directory by it', async () => {
    const { context, page, errors } = await openPage(browser(), { baseURL });
    await signIn(page, 'coord.remalux@maillage.demo');
    await page.goto('/n/remalux');
    const panel = page.getByRole('region', { name: fr.categories.title });
    const stamp = String(Date.now()).slice(-5);
    await panel.getByLabel(fr.categories.kind).selectOption('ecosystem');
    await panel.getByLabel(fr.categories.nameIn.replace('{{language}}', fr.languageNames.fr)).fill(`Bois ${stamp}`);
    await panel.getByLabel(fr.categories.nameIn.replace('{{language}}', fr.languageNames.de)).fill(`Holz ${stamp}`);
    await panel.getByRole('button', { name: fr.categories.create }).click();
    await panel.getByText(fr.categories.created.replace('{{name}}', `Bois ${stamp}`)).waitFor();
    const link = panel.getByRole('link', { name: `Bois ${stamp}` });
    // The identifier is suggested from the name; the same one twice is refused on its field.
    await panel.getByLabel(fr.categories.nameIn.replace('{{language}}', fr.languageNames.fr)).fill(`Bois ${stamp}`);
    await panel.getByRole('button', { name: fr.categories.create }).click();
    await panel.getByText(fr.categories.slugTaken).waitFor();

    await link.click();
    await page.waitForURL(new RegExp(`/n/remalux/directory\\?ecosystem=bois-${stamp}$`));
    await page.getByRole('checkbox', { name: `Bois ${stamp}` }).waitFor();
    expect(await page.getByRole('checkbox', { name: `Bois ${stamp}` }).isChecked()).toBe(true);
    await page.getByText(fr.organisations.noMatch).waitFor();
    expect(errors.filter((e) => !expectedHttpError(409)(e))).toEqual([]);
    await context.close();
  });

  it('a coordinator uploads a CSV, reads the dry run, fixes the rejected row and imports it', async () => {
    const { context, page, errors } = await openPage(browser(), { baseURL });
    await signIn(page, 'coord.remalux@maillage.demo');
    await page.goto('/n/remalux/directory');
    await page.getByRole('link', { name: fr.imports.title, exact: true }).click();
    await page.waitForURL('**/n/remalux/imports');

    const stamp = String(Date.now()).slice(-6);
    const good = `Atelier Journey ${stamp}`;
    const bad = `Scierie Journey ${stamp}`;
    const csv = (nace: string) =>
      `Nom;Code postal;Commune;Pays;Code NACE;Forme officielle\n${good};6700;Arlon;BE;C16.23;${good} SRL\n${bad};6800;Libramont-Chevigny;BE;${nace};${bad} SA\n`;
    const upload = async (content: string) => {
      await page.getByLabel(fr.imports.file, { exact: true }).setInputFiles({ name: `membres-${stamp}.csv`, mimeType: 'text/csv', buffer: Buffer.from(content, 'utf8') });
      await page.getByRole('button', { name: fr.imports.dryRun }).click();
      await page.waitForURL(/\/n\/remalux\/imports\/[0-9a-f-]+$/);
      await page.getByText(fr.imports.statuses.analysed, { exact: true }).waitFor({ timeout: 60_000 });
    };

    await upload(csv('X99.99'));
    // The recognised columns and the report: one row to create, one rejected with its row number and reason.
    await page.getByRole('combobox', { name: fr.imports.fieldFor.replace('{{heading}}', 'Code NACE') }).waitFor();
    expect(await page.getByRole('combobox', { name: fr.imports.fieldFor.replace('{{heading}}', 'Nom') }).inputValue()).toBe('name');
    const rejected = page.locator('.report-table__reject');
    await rejected.first().waitFor();
    expect(await rejected.count()).toBe(1);
    expect(await textOf(rejected.locator('td').first())).toBe('3');
    expect(await textOf(rejected)).toMatch(/X99/);
    expect(await page.getByRole('button', { name: fr.imports.commit, exact: true }).isDisabled()).toBe(true);

    // An unrecognised heading is mapped by hand: the stored file is analysed again with that mapping (same import).
    const official = page.getByRole('combobox', { name: fr.imports.fieldFor.replace('{{heading}}', 'Forme officielle') });
    expect(await official.inputValue()).toBe('ignore');
    const firstRun = page.url();
    await official.selectOption('legalName');
    await page.getByRole('button', { name: fr.imports.rerun }).click();
    await page.locator('.mapping-table tr', { hasText: 'Forme officielle' }).getByText(fr.imports.sources.mapping).waitFor({ timeout: 60_000 });
    await page.getByText(fr.imports.statuses.analysed, { exact: true }).waitFor({ timeout: 60_000 });
    expect(page.url()).toBe(firstRun);
    expect(await page.getByRole('combobox', { name: fr.imports.fieldFor.replace('{{heading}}', 'Forme officielle') }).inputValue()).toBe('legalName');
    await rejected.first().waitFor();
    // The reason is in French.
    expect(await textOf(rejected.locator('.reasons li'))).toBe(
      fr.importReasons.invalidValue.replace('{{row}}', '3').replace('{{column}}', 'Code NACE').replace('{{value}}', 'X99.99').replace('{{what}}', fr.importReasons.what.naceCodes),
    );

    // The report downloads as CSV.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: fr.imports.downloadReport }).click()]);
    const report = fs.readFileSync((await download.path())!, 'utf8');
    expect(report.split(/\r?\n/).find((l) => l.startsWith('3,'))).toMatch(/X99/);

    // The corrected file goes through a new dry run with the same columns: nothing rejected, the import is committed.
    const before = page.url();
    await page.getByLabel(fr.imports.correctedFile).setInputFiles({ name: `membres-${stamp}.csv`, mimeType: 'text/csv', buffer: Buffer.from(csv('C16.11'), 'utf8') });
    await page.getByRole('button', { name: fr.imports.dryRunCorrected }).click();
    await page.waitForURL((u) => u.href !== before);
    await page.getByText(fr.imports.statuses.analysed, { exact: true }).waitFor({ timeout: 60_000 });
    expect(await page.locator('.report-table__reject').count()).toBe(0);
    const commit = page.getByRole('button', { name: fr.imports.commit, exact: true });
    expect(await commit.isEnabled()).toBe(true);
    await commit.click();
    await page.getByText(fr.imports.statuses.committed, { exact: true }).first().waitFor({ timeout: 60_000 });

    // Both organisations are now in the directory; the import is in the history.
    await page.goto(`/n/remalux/directory?q=${encodeURIComponent(`Journey ${stamp}`)}`);
    await settled(page);
    expect((await cardNames(page)).sort()).toEqual([good, bad].sort());
    const created = (await (await page.request.get(`/api/networks/remalux/organisations?q=${encodeURIComponent(good)}`)).json()) as Page_<Org & { legalName: string }>;
    expect(created.items.find((o) => o.name === good)?.legalName).toBe(`${good} SRL`);
    await page.goto('/n/remalux/imports');
    await page.getByRole('row', { name: new RegExp(`membres-${stamp}`) }).first().waitFor();

    expect(errors).toEqual([]);
    await context.close();
  });
});
