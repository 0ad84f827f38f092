import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasChromium, journey, openPage, signIn, textOf, useBrowser } from './support/browser';
import { labels } from './support/locales';

const { fr, de } = labels;
const fill = (text: string, values: Record<string, string | number>) => text.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(values[k] ?? ''));
const uniq = () => Date.now().toString(36);

/** Screenshots for a visual check when POSTS_SHOTS names a directory; nothing otherwise. */
async function shot(page: Page, name: string) {
  const dir = process.env.POSTS_SHOTS;
  if (!dir) return;
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true });
}

/** Picks a code in a concept picker by typing a word of its label. */
async function pickConcept(page: Page, label: string, typed: string, option: RegExp) {
  const field = page.getByRole('combobox', { name: label });
  await field.fill(typed);
  await page.getByRole('option', { name: option }).first().click();
}

describe.skipIf(!hasChromium)(journey('needs and offers: routing to operators, cross-language matching, problem to taskforce'), () => {
  const baseURL = inject('baseUrl');
  const browser = useBrowser();

  it('an HR manager in Arlon posts a need for three welders; it goes to Forem, whose advisor follows it to "filled"', async () => {
    const title = `Trois soudeurs TIG en CDI ${uniq()}`;
    const hr = await openPage(browser(), { baseURL });
    await signIn(hr.page, 'rh.arlon@maillage.demo');
    await hr.page.goto('/n/remalux/needs');
    expect(await textOf(hr.page.locator('#main h1'))).toBe(fr.posts.title);
    await hr.page.getByRole('link', { name: fr.posts.newPost }).click();
    await hr.page.getByLabel(fr.posts.form.kind, { exact: true }).selectOption('recruitment');
    await hr.page.getByLabel(fr.posts.form.postTitle, { exact: true }).fill(title);
    await hr.page.getByLabel(fr.posts.form.body, { exact: true }).fill('Soudure TIG sur inox, horaire de jour, démarrage au plus vite.');
    await pickConcept(hr.page, fr.posts.form.occupations, 'soudeur', /^soudeur\/soudeuse \(ESCO 7212\.3\)/);
    await hr.page.getByLabel(fr.posts.recruitment.headcount, { exact: true }).fill('3');
    await shot(hr.page, 'fr-01-new-recruitment');
    await hr.page.getByRole('button', { name: fr.posts.form.submit }).click();
    await hr.page.waitForURL(/\/n\/remalux\/needs\/[0-9a-f-]{36}$/);
    expect(await textOf(hr.page.locator('#main h1'))).toBe(title);
    const referral = hr.page.getByRole('article', { name: fill(fr.skills.referral.label, { operator: 'Le Forem — Direction régionale de Luxembourg' }) });
    expect(await textOf(referral.locator('.referral-status'))).toBe(fr.skills.referral.statuses.sent);
    const postUrl = hr.page.url();
    await shot(hr.page, 'fr-02-recruitment-referred');

    // The Forem advisor finds it among the needs referred to her organisation and follows it to the end.
    const forem = await openPage(browser(), { baseURL });
    await signIn(forem.page, 'partenaire@maillage.demo');
    await forem.page.goto('/n/remalux/skills');
    await forem.page.getByRole('link', { name: title }).click();
    await forem.page.waitForURL(postUrl);
    const panel = forem.page.getByRole('article', { name: fill(fr.skills.referral.label, { operator: 'Le Forem — Direction régionale de Luxembourg' }) });
    await panel.getByLabel(fr.skills.referral.note, { exact: true }).fill('Trois profils en fin de formation au centre de compétence.');
    await panel.getByRole('button', { name: fr.skills.referral.actions.acknowledged }).click();
    await panel.locator('.referral-status', { hasText: fr.skills.referral.statuses.acknowledged }).waitFor();
    await panel.getByLabel(fr.skills.referral.candidates, { exact: true }).fill('4');
    await panel.getByRole('button', { name: fr.skills.referral.actions.candidates_proposed }).click();
    await panel.locator('.referral-status', { hasText: fr.skills.referral.statuses.candidates_proposed }).waitFor();
    await shot(forem.page, 'fr-03-referral-followed');
    await panel.getByRole('button', { name: fr.skills.referral.actions.filled }).click();
    await panel.locator('.referral-status', { hasText: fr.skills.referral.statuses.filled }).waitFor();
    expect(await textOf(panel.locator('.referral__history'))).toContain(fr.skills.referral.events.candidates_proposed);

    // The company sees its need fulfilled and the whole history.
    await hr.page.reload();
    expect(await textOf(hr.page.locator('.page-header .post-status'))).toBe(fr.posts.statuses.fulfilled);
    expect(await textOf(referral.locator('.referral-status'))).toBe(fr.skills.referral.statuses.filled);
    expect(await textOf(referral)).toContain(fill(fr.skills.referral.candidatesCount, { n: 4 }));
    expect(hr.errors).toEqual([]);
    expect(forem.errors).toEqual([]);
    await hr.context.close();
    await forem.context.close();
  });

  it('a Luxembourg firm’s German training need meets the French training centre’s offer, with the reason shown in German', async () => {
    const title = `WIG-Schweißen für drei Monteure ${uniq()}`;
    const lux = await openPage(browser(), { baseURL, locale: 'de-DE' });
    await signIn(lux.page, 'personal.minett@maillage.demo');
    await lux.page.goto('/n/ess-grande-region/needs/new?kind=training_need');
    expect(await textOf(lux.page.locator('#main h1'))).toBe(de.posts.form.title);
    await lux.page.getByLabel(de.posts.form.postTitle, { exact: true }).fill(title);
    await lux.page.getByLabel(de.posts.form.body, { exact: true }).fill('Drei Monteure sollen das WIG-Schweißen an Edelstahl lernen.');
    // A German word finds the ESCO occupation: the code, not the word, will meet the French offer.
    await pickConcept(lux.page, de.posts.form.occupations, 'Schweißer', /^Schweißer\/Schweißerin \(ESCO 7212\.3\)/);
    await lux.page.getByLabel(de.posts.training.topic, { exact: true }).fill('WIG-Schweißen');
    await lux.page.getByLabel(de.posts.recruitment.headcount, { exact: true }).fill('3');
    await shot(lux.page, 'de-01-new-training-need');
    await lux.page.getByRole('button', { name: de.posts.form.submit }).click();
    await lux.page.waitForURL(/\/n\/ess-grande-region\/needs\/[0-9a-f-]{36}$/);
    expect(await textOf(lux.page.locator('#main h1'))).toBe(title);

    const matches = lux.page.getByRole('list', { name: de.posts.matches.posts });
    const offer = matches.getByRole('listitem').filter({ hasText: 'Formation soudeur TIG — sessions pour les entreprises' });
    await offer.waitFor();
    const reasons = await offer.locator('.reason').allTextContents();
    expect(reasons[0]).toMatch(new RegExp(`^${fill(de.posts.reasons.occupationSame, { labels: '' }).trim()} Soudeur / Soudeuse Tungsten Inert Gas -TIG- \\(ROME H2916\\)`));
    expect(reasons.some((r) => r.startsWith(fill(de.posts.reasons.distance, { km: '' }).trim().split(' ')[0]!) || /km/.test(r))).toBe(true);
    await shot(lux.page, 'de-02-training-need-matches');
    expect(lux.errors).toEqual([]);
    await lux.context.close();
  });

  it('a problem posted by a member gets a volunteer, becomes a taskforce, and closes with its lessons', async () => {
    const title = `Ruptures d'approvisionnement en acier ${uniq()}`;
    const lessons = 'Mutualiser un stock tampon entre trois sites suffit ; décider vite, avec les acheteurs autour de la table.';
    // A second member of Résilian, with an organisation of their own, to volunteer.
    const signInResponse = await fetch(`${baseURL}/api/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'coord.resilian@maillage.demo', password: 'maillage-demo' }),
    });
    const cookie = (signInResponse.headers.get('set-cookie') ?? '').split(';')[0]!;
    const people = (await (await fetch(`${baseURL}/api/networks/resilian/people`, { headers: { cookie } })).json()) as { email: string; role: string; organisations: { name: string }[] }[];
    const volunteer = people.find((p) => p.role === 'member' && p.email !== 'membre@maillage.demo' && p.email.endsWith('.demo') && p.organisations.length === 1)!;

    const member = await openPage(browser(), { baseURL });
    await signIn(member.page, 'membre@maillage.demo');
    await member.page.goto('/n/resilian/needs/new?kind=problem');
    await member.page.getByLabel(fr.posts.form.postTitle, { exact: true }).fill(title);
    await member.page.getByLabel(fr.posts.form.body, { exact: true }).fill('Deux ruptures ce trimestre ont arrêté nos lignes : qui veut chercher une parade commune ?');
    await member.page.getByRole('button', { name: fr.posts.form.submit }).click();
    await member.page.waitForURL(/\/n\/resilian\/needs\/[0-9a-f-]{36}$/);

    const helper = await openPage(browser(), { baseURL });
    await signIn(helper.page, volunteer.email);
    await helper.page.goto('/n/resilian/needs');
    await helper.page.getByRole('link', { name: title }).click();
    await helper.page.getByLabel(fr.posts.interest.message, { exact: true }).fill('Nous avons eu la même rupture : nous en sommes.');
    await helper.page.getByRole('button', { name: fr.posts.interest.send }).click();
    await helper.page.waitForURL(/\/n\/resilian\/conversations\/[0-9a-f-]{36}$/);
    await helper.page.getByText('Nous avons eu la même rupture : nous en sommes.').waitFor();

    const coord = await openPage(browser(), { baseURL });
    await signIn(coord.page, 'coord.resilian@maillage.demo');
    await coord.page.goto('/n/resilian/projects');
    expect(await textOf(coord.page.locator('#main h1'))).toBe(fr.taskforces.title);
    const form = coord.page.getByRole('region', { name: fr.taskforces.create.title });
    await form.getByLabel(fr.taskforces.create.problem, { exact: true }).selectOption({ label: `${title} — ${(await textOf(member.page.locator('.page-header__lead a'))).trim()}` });
    await form.getByLabel(fr.taskforces.create.dueOn, { exact: true }).fill('2031-12-31');
    await form.getByRole('button', { name: fr.taskforces.create.submit }).click();
    await coord.page.waitForURL(/\/n\/resilian\/projects\/[0-9a-f-]{36}$/);
    expect(await textOf(coord.page.locator('#main h1'))).toBe(title);
    const members = coord.page.getByRole('region', { name: fr.taskforces.members.title });
    await members.getByText(volunteer.organisations[0]!.name).waitFor();
    await coord.page.getByLabel(fr.taskforces.milestones.add, { exact: true }).fill('Cartographier les stocks des trois sites');
    await coord.page.getByRole('region', { name: fr.taskforces.milestones.title }).getByRole('button', { name: fr.taskforces.add }).click();
    await coord.page.getByText('Cartographier les stocks des trois sites').waitFor();
    await shot(coord.page, 'fr-04-taskforce');

    const closing = coord.page.getByRole('region', { name: fr.taskforces.close.title });
    await closing.getByLabel(fr.taskforces.close.summary, { exact: true }).fill('Stock tampon commun en place.');
    await closing.getByLabel(fr.taskforces.close.lessons, { exact: true }).fill(lessons);
    await closing.getByRole('button', { name: fr.taskforces.close.submit }).click();
    const closure = coord.page.getByRole('region', { name: fr.taskforces.close.closedTitle, exact: true });
    await closure.getByText(lessons).waitFor();
    expect(await textOf(coord.page.locator('.page-header .taskforce-status'))).toBe(fr.taskforces.statuses.closed);

    // The problem's page now says it is fulfilled.
    await member.page.reload();
    expect(await textOf(member.page.locator('.page-header .post-status'))).toBe(fr.posts.statuses.fulfilled);
    for (const p of [member, helper, coord]) {
      expect(p.errors).toEqual([]);
      await p.context.close();
    }
  });

  it('a member offers spare capacity linked to its pooled resource, lets the post expire and renews it, and turns the weekly digest off and on', async () => {
    const title = `Créneaux de séchage disponibles ${uniq()}`;
    const member = await openPage(browser(), { baseURL });
    await signIn(member.page, 'membre@maillage.demo');
    // The sawmill this member speaks for in REMALUX pools its wood dryer: the offer links to it at once.
    await member.page.goto('/n/remalux/needs/new?kind=capacity_offer');
    const resource = member.page.getByLabel(fr.posts.form.resource, { exact: true });
    await resource.locator('option:checked', { hasText: 'Séchoir à bois' }).waitFor({ state: 'attached' });
    await member.page.getByLabel(fr.posts.form.postTitle, { exact: true }).fill(title);
    await member.page.getByLabel(fr.posts.form.expiresOn, { exact: true }).fill('2020-01-31');
    await member.page.getByRole('button', { name: fr.posts.form.submit }).click();
    await member.page.waitForURL(/\/n\/remalux\/needs\/[0-9a-f-]{36}$/);
    const facts = member.page.locator('#post-facts').locator('..');
    await facts.getByRole('link', { name: /Séchoir à bois/ }).waitFor();

    // Past its expiry date, the post says so to its owner, who renews it for three months.
    const expired = member.page.locator('.post-expired');
    expect(await textOf(expired)).toContain(fill(fr.posts.expiry.ownerLead, { date: '2020-01-31' }));
    await shot(member.page, 'fr-05-expired-post');
    await expired.getByRole('button', { name: fr.posts.expiry.renew }).click();
    await expired.waitFor({ state: 'detached' });
    const expiry = new Date();
    expiry.setUTCDate(expiry.getUTCDate() + 91);
    await facts.getByText(expiry.toISOString().slice(0, 10)).waitFor();
    await member.page.goto('/n/remalux/needs');
    await member.page.getByRole('link', { name: title }).waitFor();

    // The weekly digest: a checkbox on "my posts", kept across visits.
    await member.page.goto('/n/remalux/needs?mine=1');
    const digest = member.page.getByLabel(fr.posts.digest.toggle, { exact: true });
    await digest.waitFor();
    expect(await digest.isChecked()).toBe(true);
    const saved = () => member.page.waitForResponse((r) => r.url().endsWith('/api/me/match-digest') && r.request().method() === 'PATCH' && r.ok());
    await Promise.all([saved(), digest.uncheck()]);
    await member.page.reload();
    await digest.waitFor();
    expect(await digest.isChecked()).toBe(false);
    await shot(member.page, 'fr-06-digest-off');
    await Promise.all([saved(), digest.check()]);
    await member.page.reload();
    await digest.waitFor();
    expect(await digest.isChecked()).toBe(true);
    expect(member.errors).toEqual([]);
    await member.context.close();
  });
});

