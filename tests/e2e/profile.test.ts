import { describe, expect, inject, it } from 'vitest';
import { expectedHttpError, hasChromium, journey, useBrowser, openPage, signIn, textOf } from './support/browser';
import { labels } from './support/locales';

const { fr } = labels;

describe.skipIf(!hasChromium)(journey('profile, API tokens and password'), () => {
  const baseURL = inject('baseUrl');
  const browser = useBrowser();

  it('changes the name, creates an API token shown once that works, then revokes it', async () => {
    const { context, page, errors } = await openPage(browser(), { baseURL });
    await signIn(page, 'coord.gre-liege@maillage.demo');
    await page.getByRole('button', { name: fr.shell.userMenu }).click();
    await page.getByRole('link', { name: fr.shell.profile }).click();
    await page.waitForURL('**/profile');

    const details = page.getByRole('region', { name: fr.profile.details });
    await details.getByLabel(fr.fields.name, { exact: true }).fill('Marc Delhez-Renard');
    await details.getByRole('button', { name: fr.common.save }).click();
    await details.getByText(fr.profile.saved).waitFor();
    expect(await textOf(page.locator('.user-menu__name'))).toBe('Marc Delhez-Renard');

    const tokens = page.getByRole('region', { name: fr.tokens.title });
    await tokens.getByRole('button', { name: fr.tokens.create }).click();
    await tokens.getByText(fr.tokens.nameRequired).waitFor();
    await tokens.getByLabel(fr.tokens.name, { exact: true }).fill('Import CRM');
    await tokens.getByRole('button', { name: fr.tokens.create }).click();
    const secret = await textOf(tokens.locator('.secret__value'));
    expect(secret.length).toBeGreaterThan(20);
    await tokens.getByRole('cell', { name: 'Import CRM', exact: true }).waitFor();

    // The secret works as a Bearer token for the API, outside the browser session.
    const viaToken = await fetch(`${baseURL}/api/me`, { headers: { authorization: `Bearer ${secret}` } });
    expect(((await viaToken.json()) as { user: { email: string } }).user.email).toBe('coord.gre-liege@maillage.demo');

    // Shown once: after a reload only the name remains.
    await page.reload();
    await tokens.getByRole('cell', { name: 'Import CRM', exact: true }).waitFor();
    expect(await page.getByText(secret).count()).toBe(0);

    page.once('dialog', (dialog) => void dialog.accept());
    await tokens.getByRole('button', { name: `${fr.tokens.revoke} Import CRM` }).click();
    await tokens.getByText(fr.tokens.none).waitFor();
    const afterRevoke = await fetch(`${baseURL}/api/me`, { headers: { authorization: `Bearer ${secret}` } });
    expect(afterRevoke.status).toBe(401);

    expect(errors).toEqual([]);
    await context.close();
  });

  it('changes the password: a wrong current password is reported on its field', async () => {
    const { context, page, errors } = await openPage(browser(), { baseURL });
    await signIn(page, 'coord.ess-grande-region@maillage.demo');
    await page.goto('/profile');
    const form = page.getByRole('region', { name: fr.profile.password });
    await form.getByLabel(fr.fields.currentPassword, { exact: true }).fill('not-my-password');
    await form.getByLabel(fr.fields.newPassword, { exact: true }).fill('nouveau-mot-de-passe');
    await form.getByLabel(fr.fields.confirmPassword, { exact: true }).fill('nouveau-mot-de-passe-2');
    await form.getByRole('button', { name: fr.profile.changePassword }).click();
    await form.getByText(fr.errors.passwordsDiffer).waitFor();

    await form.getByLabel(fr.fields.confirmPassword, { exact: true }).fill('nouveau-mot-de-passe');
    await form.getByRole('button', { name: fr.profile.changePassword }).click();
    const current = form.getByLabel(fr.fields.currentPassword, { exact: true });
    await form.getByText(fr.errors.wrongCurrentPassword).waitFor();
    expect(await current.getAttribute('aria-invalid')).toBe('true');

    await current.fill('maillage-demo');
    await form.getByRole('button', { name: fr.profile.changePassword }).click();
    await form.getByText(fr.profile.passwordChanged).waitFor();

    // The new password signs in; put the demo one back afterwards.
    const other = await openPage(browser(), { baseURL });
    await signIn(other.page, 'coord.ess-grande-region@maillage.demo', 'nouveau-mot-de-passe');
    await other.context.close();
    await form.getByLabel(fr.fields.currentPassword, { exact: true }).fill('nouveau-mot-de-passe');
    await form.getByLabel(fr.fields.newPassword, { exact: true }).fill('maillage-demo');
    await form.getByLabel(fr.fields.confirmPassword, { exact: true }).fill('maillage-demo');
    await form.getByRole('button', { name: fr.profile.changePassword }).click();
    await form.getByText(fr.profile.passwordChanged).waitFor();

    expect(errors.filter((e) => !expectedHttpError(400)(e))).toEqual([]);
    await context.close();
  });

  it('resets a forgotten password through the link the admin finds in the outbox', async () => {
    const guest = await openPage(browser(), { baseURL });
    await guest.page.goto('/sign-in');
    await guest.page.getByRole('link', { name: fr.signIn.forgot }).click();
    await guest.page.waitForURL('**/forgot-password');
    await guest.page.getByLabel(fr.fields.email, { exact: true }).fill('observateur@maillage.demo');
    await guest.page.getByRole('button', { name: fr.forgotPassword.submit }).click();
    await guest.page.getByText(fr.forgotPassword.sent.replace('{{email}}', 'observateur@maillage.demo')).waitFor();

    const admin = await openPage(browser(), { baseURL });
    await signIn(admin.page, 'admin@maillage.demo');
    await admin.page.goto('/admin/outbox');
    const row = admin.page.getByRole('row').filter({ hasText: 'observateur@maillage.demo' }).first();
    await row.locator('summary').click();
    const body = await textOf(row.locator('.mail__body'));
    const link = new URL(/https?:\/\/\S+\/reset-password\?token=\S+/.exec(body)![0]);
    await admin.context.close();

    await guest.page.goto(link.pathname + link.search);
    await guest.page.getByLabel(fr.fields.newPassword, { exact: true }).fill('observe-et-retiens');
    await guest.page.getByLabel(fr.fields.confirmPassword, { exact: true }).fill('observe-et-retiens');
    await guest.page.getByRole('button', { name: fr.resetPassword.submit }).click();
    await guest.page.waitForURL('**/sign-in?reset=1');
    await guest.page.getByText(fr.resetPassword.done).waitFor();
    await signIn(guest.page, 'observateur@maillage.demo', 'observe-et-retiens');

    // The link served once: a second use is refused with a clear message.
    await guest.page.goto(link.pathname + link.search);
    await guest.page.getByLabel(fr.fields.newPassword, { exact: true }).fill('another-password-1');
    await guest.page.getByLabel(fr.fields.confirmPassword, { exact: true }).fill('another-password-1');
    await guest.page.getByRole('button', { name: fr.resetPassword.submit }).click();
    await guest.page.getByText(fr.errors.invalidLink).waitFor();
    expect(guest.errors.filter((e) => !expectedHttpError(400)(e))).toEqual([]);
    await guest.context.close();
  });
});
