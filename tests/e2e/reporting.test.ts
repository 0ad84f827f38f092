import { readFile } from 'node:fs/promises';
import { describe, expect, inject, it } from 'vitest';
import { extractPdfText } from '../../src/domain/convention/extract-pdf-text';
import { hasChromium, journey, openPage, signIn, textOf, useBrowser } from './support/browser';
import { labels } from './support/locales';

const { fr } = labels;
const r = fr.reporting;
const fill = (text: string, values: Record<string, string | number>) => text.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(values[k] ?? ''));

describe.skipIf(!hasChromium)(journey('the agency proves what the network achieved'), () => {
  const baseURL = inject('baseUrl');
  const browser = useBrowser();

  it('dashboard with computed roadmap progress, Interreg drill-down, the graph, and the report in French and German', async () => {
    const { context, page, errors } = await openPage(browser(), { baseURL });
    await signIn(page, 'coord.resilian@maillage.demo');
    await page.waitForURL('**/n/resilian');

    // The coordinator opens the network's dashboard from the navigation.
    const nav = page.getByRole('navigation', { name: fr.shell.mainNavigation });
    await nav.getByRole('link', { name: new RegExp(`^${fr.areas.reporting.title}`) }).click();
    await page.waitForURL('**/n/resilian/reporting');
    expect(await textOf(page.getByRole('heading', { level: 1 }))).toBe(r.dashboard.title);

    // The roadmap's progress nobody typed: five business corners planned, four held (from the linked events).
    const progress = page.getByRole('region', { name: r.dashboard.roadmaps });
    const corners = progress.locator('li', { hasText: 'Cinq business corners par an' });
    await corners.waitFor();
    expect(await textOf(corners.locator('.action-progress__text'))).toBe(
      `${fr.events.kinds.business_corner} — ${fill(r.roadmap.planned, { n: 5 })}, ${fill(r.roadmap.held, { n: 4 })}`,
    );

    // From an Interreg indicator down to the events behind it.
    const interreg = page.getByRole('region', { name: r.dashboard.groups.interreg });
    const rco115 = interreg.locator('[data-indicator="rco115"]');
    expect(Number(await textOf(rco115.locator('.figure__value')))).toBe(1);
    const rco115Label = await textOf(rco115.locator('.figure__label'));
    await rco115.getByRole('link', { name: fill(r.dashboard.detailsOf, { label: rco115Label }) }).click();
    await page.waitForURL('**/n/resilian/reporting/indicators/rco115**');
    await page.getByRole('heading', { level: 1, name: rco115Label }).waitFor();
    const records = page.getByTestId('indicator-records');
    const roundTable = records.getByRole('link', { name: /Table ronde publique/ });
    await roundTable.waitFor();
    expect(await records.locator('tbody tr').count()).toBe(1);
    await roundTable.click();
    await page.waitForURL('**/n/resilian/events/**');
    expect(await textOf(page.getByRole('heading', { level: 1 }))).toMatch(/Table ronde publique/);
    // Who organised it together, shown on the event page: that is what makes it count in RCO115.
    expect(await textOf(page.getByTestId('event-tags'))).toContain(r.tags.jointShort);
    await page.goBack();
    await page.waitForURL('**/indicators/rco115**');

    // Who now works with whom: the graph of the period, its figures and its brokers.
    await page.getByRole('navigation', { name: r.nav.label }).getByRole('link', { name: r.nav.graph }).click();
    await page.waitForURL('**/n/resilian/reporting/graph**');
    const ties = page.locator('[data-metric="ties"] .figure__value');
    await ties.waitFor();
    expect(Number((await textOf(ties)).replace(/\D/g, ''))).toBeGreaterThan(50);
    expect(Number((await textOf(page.locator('[data-metric="crossBorderTies"] .figure__value'))).replace(/\D/g, ''))).toBeGreaterThan(0);
    expect(await page.locator('svg.graph-view__svg circle').count()).toBeGreaterThan(20);
    const firstBroker = page.getByTestId('brokers').getByRole('button').first();
    const brokerName = await textOf(firstBroker);
    await firstBroker.click();
    expect(await textOf(page.locator('.graph-chosen h3'))).toBe(brokerName);

    // The report of the period, in French and in German.
    await page.getByRole('navigation', { name: r.nav.label }).getByRole('link', { name: r.nav.dashboard }).click();
    await page.waitForURL('**/n/resilian/reporting?**');
    const exportPanel = page.getByRole('region', { name: r.export.title });
    for (const locale of ['fr', 'de'] as const) {
      await exportPanel.getByLabel(r.export.language).selectOption(locale);
      const [download] = await Promise.all([page.waitForEvent('download'), exportPanel.getByRole('link', { name: r.export.pdf }).click()]);
      expect(download.suggestedFilename()).toMatch(new RegExp(`^maillage-resilian-.*-${locale}\\.pdf$`));
      const bytes = await readFile((await download.path())!);
      expect(bytes.subarray(0, 4).toString()).toBe('%PDF');
      const text = extractPdfText(bytes);
      expect(text).toContain(locale === 'fr' ? 'Réalisations' : 'Ergebnisse');
      expect(text).toContain(locale === 'fr' ? 'Feuille de route Résilian' : 'Fahrplan Résilian');
    }
    const [xlsx] = await Promise.all([page.waitForEvent('download'), exportPanel.getByRole('link', { name: r.export.xlsx }).click()]);
    expect(xlsx.suggestedFilename()).toMatch(/-de\.xlsx$/);

    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows the committee’s open items and lets a member vote only during a consultation', async () => {
    const { context, page, errors } = await openPage(browser(), { baseURL });
    await signIn(page, 'membre@maillage.demo');
    await page.goto('/n/resilian/roadmaps?tab=committee');
    const open = page.getByTestId('open-items');
    await open.locator('li').first().waitFor();
    expect(await open.locator('li', { hasText: 'Rédiger l’offre d’emploi commune de peintre industriel' }).count()).toBe(1);
    // A member reads the adopted roadmap but cannot vote on it any more, nor adopt it.
    await page.goto('/n/resilian/roadmaps');
    await page.getByRole('link', { name: 'Feuille de route Résilian' }).click();
    await page.getByRole('heading', { level: 1, name: 'Feuille de route Résilian' }).waitFor();
    await page.locator('.action-card').first().waitFor();
    expect(await page.getByRole('button', { name: r.roadmap.adopt }).count()).toBe(0);
    expect(await page.getByRole('group', { name: r.roadmap.voteLabel }).count()).toBe(0);
    // The adopted version as it was kept, read-only, and what changed since.
    await page.getByRole('region', { name: r.roadmap.versions }).getByRole('link').first().click();
    await page.waitForURL('**/versions/1');
    await page.getByRole('heading', { level: 1, name: /Feuille de route Résilian/ }).waitFor();
    await page.getByRole('region', { name: r.version.changesTitle }).waitFor();
    expect(await page.getByRole('button', { name: r.roadmap.adopt }).count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
