import fs from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { expectedHttpError, hasChromium, journey, useBrowser, openPage, signIn } from './support/browser';
import { labels } from './support/locales';

const { fr } = labels;

describe.skipIf(!hasChromium)(journey('personal data: download and erase one’s account'), () => {
  const baseURL = inject('baseUrl');
  const browser = useBrowser();

  it('downloads everything held about oneself, refuses erasure without the right password, then erases and signs out', async () => {
    // A person of our own, created by the admin through the API, so the demo accounts stay as they are.
    const admin = await openPage(browser(), { baseURL });
    await signIn(admin.page, 'admin@maillage.demo');
    const csrf = ((await (await admin.page.request.get('/api/me')).json()) as { csrfToken: string }).csrfToken;
    const email = `erase-${Date.now()}@maillage.demo`;
    const password = 'erase-me-please-1';
    const created = await admin.page.request.post('/api/admin/users', { data: { email, password, name: 'Personne Éphémère' }, headers: { 'x-csrf-token': csrf } });
    expect(created.status()).toBe(201);
    await admin.context.close();

    const { context, page, errors } = await openPage(browser(), { baseURL });
    await page.goto('/sign-in');
    await page.locator('input[name="email"]').fill(email);
    await page.locator('input[name="password"]').fill(password);
    await page.locator('form button[type="submit"]').click();
    await page.waitForURL((u) => !u.pathname.startsWith('/sign-in'));
    await page.goto('/profile');
    const section = page.getByRole('region', { name: fr.personalData.title });

    const [download] = await Promise.all([page.waitForEvent('download'), section.getByRole('link', { name: fr.personalData.download }).click()]);
    const data = fs.readFileSync((await download.path())!, 'utf8');
    expect(data).toContain(email);

    // Erasure asks for a confirmation with the password; a wrong one erases nothing.
    await section.getByRole('button', { name: fr.personalData.erase }).click();
    await section.getByText(fr.personalData.eraseWarning).waitFor();
    await section.getByLabel(fr.personalData.confirmPassword).fill('not-my-password');
    await section.getByRole('button', { name: fr.personalData.eraseForGood }).click();
    await section.getByText(fr.personalData.wrongPassword).waitFor();
    expect(((await (await page.request.get('/api/me')).json()) as { user: { email: string } | null }).user?.email).toBe(email);

    await section.getByLabel(fr.personalData.confirmPassword).fill(password);
    await section.getByRole('button', { name: fr.personalData.eraseForGood }).click();
    await page.waitForURL('**/sign-in**');
    expect(((await (await page.request.get('/api/me')).json()) as { user: unknown }).user).toBeNull();

    // The account is gone: signing in again fails.
    await page.locator('input[name="email"]').fill(email);
    await page.locator('input[name="password"]').fill(password);
    await page.locator('form button[type="submit"]').click();
    await page.getByRole('alert').waitFor();
    expect(new URL(page.url()).pathname).toBe('/sign-in');

    expect(errors.filter((e) => !expectedHttpError(400)(e) && !expectedHttpError(401)(e))).toEqual([]);
    await context.close();
  });
});
