import { describe, expect, inject, it } from 'vitest';
import { expectedHttpError, hasChromium, journey, useBrowser, openPage, textOf } from './support/browser';
import { labels } from './support/locales';

const { fr } = labels;

describe.skipIf(!hasChromium)(journey('sign in and out'), () => {
  const baseURL = inject('baseUrl');
  const browser = useBrowser();

  it('a coordinator signs in and lands on the home of their network, with its organisations', async () => {
    const { context, page, errors } = await openPage(browser(), { baseURL });
    await page.goto('/');
    await page.waitForURL('**/sign-in');
    expect(await textOf(page.getByRole('heading', { level: 1 }))).toBe(fr.signIn.title);

    await page.getByLabel(fr.fields.email, { exact: true }).fill('coord.remalux@maillage.demo');
    await page.getByLabel(fr.fields.password, { exact: true }).fill('maillage-demo');
    await page.getByRole('button', { name: fr.signIn.submit }).click();
    await page.waitForURL('**/n/remalux');

    const network = (await (await page.request.get('/api/networks/remalux')).json()) as { name: string; agency: string };
    expect(await textOf(page.getByRole('heading', { level: 1 }))).toBe(network.name);
    expect(await textOf(page.locator('.page-header__eyebrow'))).toContain(network.agency);
    await page.locator('.role-line').getByText(fr.roles.coordinator).waitFor();

    const orgs = (await (await page.request.get('/api/networks/remalux/organisations?pageSize=20')).json()) as { items: { name: string }[]; total: number };
    expect(orgs.total).toBeGreaterThan(20);
    const members = page.getByRole('region', { name: fr.network.members });
    await members.locator('.org-card').first().waitFor();
    expect(await members.locator('.org-card').count()).toBe(20);
    await members.getByRole('heading', { name: orgs.items[0]!.name, exact: true }).waitFor();
    expect(await textOf(members.locator('.organisations__count'))).toContain(String(orgs.total));

    // The next page of the list comes from the API's page 2.
    await members.getByRole('button', { name: fr.pagination.next }).click();
    const second = (await (await page.request.get('/api/networks/remalux/organisations?pageSize=20&page=2')).json()) as { items: { name: string }[] };
    await members.getByRole('heading', { name: second.items[0]!.name, exact: true }).waitFor();

    // A coordinator may invite people into the network.
    await page.getByRole('heading', { name: fr.invite.title }).waitFor();

    // Signing out ends the session: protected pages lead back to the sign-in page.
    await page.getByRole('button', { name: fr.shell.userMenu }).click();
    await page.getByRole('button', { name: fr.shell.signOut }).click();
    await page.waitForURL('**/sign-in');
    await page.goto('/n/remalux');
    await page.waitForURL('**/sign-in?next=%2Fn%2Fremalux');
    const me = (await (await page.request.get('/api/me')).json()) as { user: unknown };
    expect(me.user).toBeNull();

    expect(errors).toEqual([]);
    await context.close();
  });

  it('a wrong password shows the error and keeps the person on the sign-in page', async () => {
    const { context, page, errors } = await openPage(browser(), { baseURL });
    await page.goto('/sign-in');
    await page.getByLabel(fr.fields.email, { exact: true }).fill('coord.remalux@maillage.demo');
    await page.getByLabel(fr.fields.password, { exact: true }).fill('not-the-password');
    await page.getByRole('button', { name: fr.signIn.submit }).click();

    expect(await textOf(page.getByRole('alert'))).toBe(fr.signIn.wrongCredentials);
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    // The e-mail stays, so the person only retypes the password.
    expect(await page.getByLabel(fr.fields.email, { exact: true }).inputValue()).toBe('coord.remalux@maillage.demo');

    // Then the right password works.
    await page.getByLabel(fr.fields.password, { exact: true }).fill('maillage-demo');
    await page.getByRole('button', { name: fr.signIn.submit }).click();
    await page.waitForURL('**/n/remalux');

    expect(errors.filter((e) => !expectedHttpError(401)(e))).toEqual([]);
    await context.close();
  });

  it('after sign-in, the page that was asked for opens', async () => {
    const { context, page, errors } = await openPage(browser(), { baseURL });
    await page.goto('/profile');
    await page.waitForURL('**/sign-in?next=%2Fprofile');
    await page.getByLabel(fr.fields.email, { exact: true }).fill('membre@maillage.demo');
    await page.getByLabel(fr.fields.password, { exact: true }).fill('maillage-demo');
    await page.getByRole('button', { name: fr.signIn.submit }).click();
    await page.waitForURL('**/profile');
    expect(await textOf(page.getByRole('heading', { level: 1 }))).toBe(fr.profile.title);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('works with the keyboard alone, with a visible focus', async () => {
    const { context, page, errors } = await openPage(browser(), { baseURL });
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        const style = el ? getComputedStyle(el) : null;
        return { id: el?.id ?? '', text: (el?.textContent ?? '').trim(), tag: el?.tagName ?? '', outline: style?.outlineStyle ?? 'none', name: el?.getAttribute('name') ?? '' };
      });
    await page.goto('/sign-in');
    await page.getByRole('heading', { level: 1 }).waitFor();

    // First Tab: the skip link, shown when focused; Enter moves into the main region.
    await page.keyboard.press('Tab');
    const skip = await focused();
    expect(skip.text).toBe(fr.shell.skipToContent);
    expect(skip.outline).not.toBe('none');
    expect((await page.getByRole('link', { name: fr.shell.skipToContent }).boundingBox())!.y).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Enter');
    expect((await focused()).id).toBe('main');

    await page.keyboard.press('Tab');
    expect((await focused()).name).toBe('email');
    expect((await focused()).outline).not.toBe('none');
    await page.keyboard.type('coord.remalux@maillage.demo');
    await page.keyboard.press('Tab');
    expect((await focused()).name).toBe('password');
    await page.keyboard.type('maillage-demo');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/n/remalux');

    // The account menu opens with Enter and closes with Escape, giving the focus back.
    const account = page.getByRole('button', { name: fr.shell.userMenu });
    await account.focus();
    await page.keyboard.press('Enter');
    expect(await account.getAttribute('aria-expanded')).toBe('true');
    await page.getByRole('link', { name: fr.shell.profile }).waitFor();
    await page.keyboard.press('Escape');
    expect(await account.getAttribute('aria-expanded')).toBe('false');
    expect((await focused()).text).toContain(fr.shell.userMenu);

    // The network switcher too: open, Tab to the first network, Enter follows it.
    const switcher = page.getByRole('button', { name: new RegExp(`^${fr.shell.network}`) });
    await switcher.focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    const first = await focused();
    expect(first.tag).toBe('A');
    const href = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(href).not.toBe('/n/remalux');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === href);
    // The panel closes when React has re-rendered for the new page, which may come a moment after the address.
    await page.locator('.network-switcher__button[aria-expanded="false"]').waitFor({ timeout: 5000 });
    expect(await switcher.getAttribute('aria-expanded')).toBe('false');

    expect(errors).toEqual([]);
    await context.close();
  });
});
