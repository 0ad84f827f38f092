import { describe, expect, inject, it } from 'vitest';
import { expectedHttpError, hasChromium, journey, useBrowser, openPage, signIn, textOf } from './support/browser';
import { labels } from './support/locales';

const { fr } = labels;

describe.skipIf(!hasChromium)(journey('administration and invitations'), () => {
  const baseURL = inject('baseUrl');
  const browser = useBrowser();

  const invitee = `new.member.${Date.now()}@example.org`;

  it('a coordinator invites a member of an organisation of the network', async () => {
    const { context, page, errors } = await openPage(browser(), { baseURL });
    await signIn(page, 'coord.remalux@maillage.demo');
    await page.waitForURL('**/n/remalux');
    const form = page.getByRole('region', { name: fr.invite.title });
    await form.getByLabel(fr.fields.email, { exact: true }).fill(invitee);
    await form.getByLabel(fr.invite.role, { exact: true }).selectOption('member');
    // Without an organisation the form says what is missing, next to the field.
    await form.getByRole('button', { name: fr.invite.submit }).click();
    await form.getByText(fr.errors.chooseOrganisation).waitFor();

    const orgs = (await (await page.request.get('/api/networks/remalux/organisations?pageSize=1')).json()) as { items: { id: string; name: string }[] };
    const org = orgs.items[0]!;
    await form.getByLabel(fr.invite.findOrganisation, { exact: true }).fill(org.name);
    const select = form.getByLabel(fr.invite.organisation, { exact: true });
    await select.locator(`option[value="${org.id}"]`).waitFor({ state: 'attached' });
    await select.selectOption(org.id);
    await form.getByRole('button', { name: fr.invite.submit }).click();
    await form.getByRole('status').getByText(invitee).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('an admin opens the outbox and sees the invitation waiting, then the invitee accepts it', async () => {
    const { context, page, errors } = await openPage(browser(), { baseURL });
    await signIn(page, 'admin@maillage.demo');
    await page.getByRole('button', { name: fr.shell.userMenu }).click();
    await page.getByRole('link', { name: fr.shell.administration }).click();
    await page.waitForURL('**/admin/networks');
    await page.getByRole('navigation', { name: fr.shell.administration }).getByRole('link', { name: fr.admin.outbox.title }).click();
    await page.waitForURL('**/admin/outbox');
    expect(await textOf(page.getByRole('heading', { level: 1 }))).toBe(fr.admin.outbox.title);
    await page.getByText(fr.admin.outbox.smtpNote).waitFor();

    const row = page.getByRole('row').filter({ hasText: invitee });
    await row.waitFor();
    expect(await textOf(row.locator('.status'))).toBe(fr.admin.outbox.statuses.pending);
    const outbox = (await (await page.request.get('/api/admin/outbox')).json()) as { counts: Record<string, number> };
    const pending = page.getByRole('list', { name: fr.admin.outbox.counts }).locator('.count--pending .count__value');
    expect(Number(await textOf(pending))).toBe(outbox.counts.pending ?? 0);

    // Without SMTP the admin copies the link from the message.
    await row.locator('summary').click();
    const body = await textOf(row.locator('.mail__body'));
    const link = /https?:\/\/\S+\/accept-invitation\?token=[^\s]+/.exec(body)?.[0];
    expect(link).toBeDefined();
    expect(errors).toEqual([]);
    await context.close();

    const guest = await openPage(browser(), { baseURL });
    const url = new URL(link!);
    await guest.page.goto(url.pathname + url.search);
    await guest.page.getByText(fr.invitation.createAccount).waitFor();
    const facts = await textOf(guest.page.locator('.facts'));
    expect(facts).toContain('REMALUX');
    expect(facts).toContain(fr.roles.member);
    expect(facts).toContain(invitee);
    await guest.page.getByLabel(fr.fields.name, { exact: true }).fill('Nouvelle Personne');
    await guest.page.getByLabel(fr.fields.password, { exact: true }).fill('short');
    await guest.page.getByLabel(fr.fields.confirmPassword, { exact: true }).fill('short');
    await guest.page.getByRole('button', { name: fr.invitation.accept }).click();
    await guest.page.getByText(fr.errors.passwordTooShort.replace('{{min}}', '10')).waitFor();
    await guest.page.getByLabel(fr.fields.password, { exact: true }).fill('a-long-enough-password');
    await guest.page.getByLabel(fr.fields.confirmPassword, { exact: true }).fill('a-long-enough-password');
    await guest.page.getByRole('button', { name: fr.invitation.accept }).click();
    await guest.page.waitForURL('**/sign-in?**');
    await guest.page.getByText(fr.invitation.accepted).waitFor();
    await guest.page.getByLabel(fr.fields.password, { exact: true }).fill('a-long-enough-password');
    await guest.page.getByRole('button', { name: fr.signIn.submit }).click();
    await guest.page.waitForURL('**/n/remalux');
    expect(guest.errors).toEqual([]);
    await guest.context.close();
  });

  it('admin pages are closed to people who are not platform admins', async () => {
    const { context, page, errors } = await openPage(browser(), { baseURL });
    await signIn(page, 'membre@maillage.demo');
    await page.goto('/admin/outbox');
    expect(await textOf(page.getByRole('heading', { level: 1 }))).toBe(fr.forbidden.title);
    expect(await page.getByRole('link', { name: fr.shell.administration }).count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe.skipIf(!hasChromium)(journey('administration of networks and users'), () => {
  const baseURL = inject('baseUrl');
  const browser = useBrowser();

  it('creates a network with a multilingual description, refusing a taken identifier', async () => {
    const { context, page, errors } = await openPage(browser(), { baseURL });
    await signIn(page, 'admin@maillage.demo');
    await page.goto('/admin/networks');
    const form = page.getByRole('region', { name: fr.admin.networks.create });
    await form.getByLabel(fr.admin.networks.name, { exact: true }).fill('Club Bois Wallon');
    await form.getByLabel(fr.admin.networks.slug, { exact: true }).fill('remalux');
    await form.getByLabel(fr.admin.networks.agency, { exact: true }).fill('IDELUX');
    await form.getByLabel(fr.language.names.fr, { exact: true }).fill('Les entreprises de la filière bois.');
    await form.getByLabel(fr.language.names.de, { exact: true }).fill('Die Unternehmen der Holzbranche.');
    await form.getByRole('button', { name: fr.admin.networks.submit }).click();
    await form.getByText(fr.errors.slugTaken).waitFor();

    await form.getByLabel(fr.admin.networks.slug, { exact: true }).fill('bois-wallon');
    await form.getByRole('button', { name: fr.admin.networks.submit }).click();
    await form.getByText(fr.admin.networks.created.replace('{{name}}', 'Club Bois Wallon')).waitFor();
    await page.getByRole('region', { name: fr.admin.networks.list }).getByRole('link', { name: 'Club Bois Wallon' }).click();
    await page.waitForURL('**/n/bois-wallon');
    await page.getByText('Les entreprises de la filière bois.').waitFor();
    expect(errors.filter((e) => !expectedHttpError(409)(e))).toEqual([]);
    await context.close();
  });

  it('creates a user, then disables and re-enables the account', async () => {
    const { context, page, errors } = await openPage(browser(), { baseURL });
    await signIn(page, 'admin@maillage.demo');
    await page.goto('/admin/users');
    const email = `chargee.${Date.now()}@example.org`;
    const form = page.getByRole('region', { name: fr.admin.users.create });
    await form.getByLabel(fr.fields.email, { exact: true }).fill(email);
    await form.getByLabel(fr.fields.name, { exact: true }).fill('Chargée de mission');
    await form.getByLabel(fr.fields.password, { exact: true }).fill('un-mot-de-passe-solide');
    await form.getByRole('button', { name: fr.admin.users.submit }).click();
    await form.getByText(fr.admin.users.created.replace('{{email}}', email)).waitFor();

    const list = page.getByRole('region', { name: fr.admin.users.list });
    await list.getByLabel(fr.admin.users.filter, { exact: true }).fill(email);
    const row = list.getByRole('row').filter({ hasText: email });
    await row.getByRole('button', { name: `${fr.admin.users.disable} ${email}` }).click();
    await row.getByText(fr.admin.users.disabled, { exact: true }).waitFor();

    const blocked = await openPage(browser(), { baseURL });
    await blocked.page.goto('/sign-in');
    await blocked.page.getByLabel(fr.fields.email, { exact: true }).fill(email);
    await blocked.page.getByLabel(fr.fields.password, { exact: true }).fill('un-mot-de-passe-solide');
    await blocked.page.getByRole('button', { name: fr.signIn.submit }).click();
    expect(await textOf(blocked.page.getByRole('alert'))).toBe(fr.signIn.wrongCredentials);
    await blocked.context.close();

    await row.getByRole('button', { name: `${fr.admin.users.enable} ${email}` }).click();
    await row.getByText(fr.admin.users.active, { exact: true }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});
