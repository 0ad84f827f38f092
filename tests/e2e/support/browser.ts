import fs from 'node:fs';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasChromium = fs.existsSync(chromiumPath);
export const skipReason = `Chromium not found at ${chromiumPath}: browser journeys skipped (install it with \`apt-get install -y chromium\`)`;

/** One Chromium for the enclosing describe block: launched before its tests, closed after; call the getter in a test. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('Chromium is not running: useBrowser() must be called in a describe block');
    return browser;
  };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export interface Viewport {
  width: number;
  height: number;
}

export const desktop: Viewport = { width: 1280, height: 800 };
export const phone: Viewport = { width: 390, height: 844 };

/** A fresh context (no cookies, no localStorage) with a browser language; page errors are collected for the test to assert on. */
export async function openPage(browser: Browser, options: { baseURL: string; locale?: string; viewport?: Viewport }) {
  const context: BrowserContext = await browser.newContext({
    baseURL: options.baseURL,
    locale: options.locale ?? 'fr-FR',
    viewport: options.viewport ?? desktop,
  });
  const page: Page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  return { context, page, errors };
}

export async function signIn(page: Page, email: string, password = 'maillage-demo'): Promise<void> {
  await page.goto('/sign-in');
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('form button[type="submit"]').click();
  // "/" redirects to the person's network at once: wait for where they land.
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in') && url.pathname !== '/');
  await page.locator('#main h1').first().waitFor();
}

/** Waits until the locator is visible and returns its trimmed text. */
export async function textOf(locator: Locator): Promise<string> {
  await locator.first().waitFor({ state: 'visible' });
  return ((await locator.first().textContent()) ?? '').trim();
}

/** Console errors that are the browser reporting an HTTP error status the test provoked on purpose. */
export const expectedHttpError = (status: number) => (line: string) => line.includes(`status of ${status}`);

/** A suite name that carries the reason when the suite is skipped for want of Chromium. */
export const journey = (name: string) => (hasChromium ? `journey: ${name}` : `journey: ${name} (skipped: ${skipReason})`);
