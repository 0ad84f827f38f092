import { describe, expect, inject, it } from 'vitest';
import { hasChromium, journey, useBrowser, openPage, phone, signIn, textOf } from './support/browser';
import { labels } from './support/locales';

const { fr } = labels;

interface Page<T> {
  items: T[];
  total: number;
}

describe.skipIf(!hasChromium)(journey('open a network and search its organisations'), () => {
  const baseURL = inject('baseUrl');
  const browser = useBrowser();

  it('opens a demo network from the switcher and finds an organisation by a word of its name', async () => {
    const { context, page, errors } = await openPage(browser(), { baseURL });
    await signIn(page, 'admin@maillage.demo');

    // Admins see every network in the switcher, a menu of links.
    const switcher = page.getByRole('button', { name: new RegExp(`^${fr.shell.network}`) });
    const networks = (await (await page.request.get('/api/networks')).json()) as { slug: string; name: string }[];
    await switcher.click();
    const menu = page.locator('.network-switcher__panel');
    expect(await menu.getByRole('link').count()).toBe(networks.length);

    const resilian = networks.find((n) => n.slug === 'resilian')!;
    await menu.getByRole('link', { name: resilian.name }).click();
    await page.waitForURL('**/n/resilian');
    expect(await menu.isVisible()).toBe(false);
    expect(await textOf(page.getByRole('heading', { level: 1 }))).toBe(resilian.name);
    expect(await textOf(switcher)).toContain(resilian.name);

    const all = (await (await page.request.get('/api/networks/resilian/organisations?pageSize=200')).json()) as Page<{ name: string }>;
    expect(all.total).toBeGreaterThan(1);
    // A word that appears in few names: the longest word of the last organisation's name.
    const target = all.items[all.items.length - 1]!.name;
    const word = target.split(/\s+/).sort((a, b) => b.length - a.length)[0]!;

    const members = page.getByRole('region', { name: fr.network.members });
    await members.getByRole('searchbox', { name: fr.organisations.searchLabel }).fill(word.toLowerCase());
    await members.getByText(fr.organisations.found.replace('{{q}}', word.toLowerCase()).replace('{{n}}', ''), { exact: false }).waitFor();
    await members.getByRole('heading', { name: target, exact: true }).waitFor();
    const shown = await members.locator('.org-card').count();
    expect(shown).toBeGreaterThanOrEqual(1);
    expect(shown).toBeLessThan(Math.min(all.total, 20));

    // A search that matches nothing says so.
    await members.getByRole('searchbox', { name: fr.organisations.searchLabel }).fill('zzzzqqqq');
    await members.getByText(fr.organisations.noMatch).waitFor();

    // The areas of the network: the directory and the pooling area open; the switcher keeps the area.
    const nav = page.getByRole('navigation', { name: fr.shell.mainNavigation });
    await nav.getByRole('link', { name: fr.areas.directory.title, exact: true }).click();
    await page.waitForURL('**/n/resilian/directory');
    await page.locator('.org-card').first().waitFor();
    await nav.getByRole('link', { name: new RegExp(`^${fr.areas.pooling.title}`) }).click();
    await page.waitForURL('**/n/resilian/pooling');
    expect(await textOf(page.getByRole('heading', { level: 1 }))).toBe(fr.resources.find.title);
    await page.getByText(fr.areas.pooling.summary).first().waitFor();
    await switcher.click();
    await menu.getByRole('link', { name: networks.find((n) => n.slug === 'remalux')!.name }).click();
    await page.waitForURL('**/n/remalux/pooling');

    expect(errors).toEqual([]);
    await context.close();
  });

  it('works on a phone: the menu opens the navigation', async () => {
    const { context, page, errors } = await openPage(browser(), { baseURL, viewport: phone });
    await signIn(page, 'coord.remalux@maillage.demo');
    await page.waitForURL('**/n/remalux');
    const nav = page.getByRole('navigation', { name: fr.shell.mainNavigation });
    expect(await nav.isVisible()).toBe(false);
    await page.getByRole('button', { name: fr.shell.menu, exact: true }).click();
    await nav.getByRole('link', { name: fr.areas.directory.title, exact: true }).click();
    await page.waitForURL('**/n/remalux/directory');
    expect(await nav.isVisible()).toBe(false);
    // Nothing sticks out sideways at phone width.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
    expect(errors).toEqual([]);
    await context.close();
  });
});
