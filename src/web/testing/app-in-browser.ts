import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import type { Browser, Page } from 'playwright-core';
import { accessControl } from '../../access/access-control.ts';
import { TEST_PASSWORD, testCouncil, type TestCouncil } from '../../access/testing.ts';
import { buildServer } from '../../server/app.ts';
import { openForSuite } from '../../testing/suite.ts';
import { accessibilityViolations, launchBrowser } from './browser.ts';

/** The platform as a browser test drives it: the test council, served on a free port, and one page open in Chromium. */
export interface AppInBrowser {
  readonly council: TestCouncil;
  readonly server: FastifyInstance;
  readonly browser: Browser;
  readonly page: Page;
  readonly url: string;
  /** Closes the browser, the server and the council. */
  close(): Promise<void>;
}

/** Opens the app in a 1200×900 page; if any step fails, what was already opened is closed again. */
export async function openAppInBrowser(): Promise<AppInBrowser> {
  const opened: { council?: TestCouncil; server?: FastifyInstance; browser?: Browser } = {};
  const close = async (): Promise<void> => {
    await opened.browser?.close();
    await opened.server?.close();
    await opened.council?.close();
  };
  try {
    const council = (opened.council = await testCouncil());
    const server = (opened.server = await buildServer({ control: accessControl(council.db) }));
    const url = await server.listen({ port: 0, host: '127.0.0.1' });
    const browser = (opened.browser = await launchBrowser());
    const page = await (await browser.newContext({ viewport: { width: 1200, height: 900 } })).newPage();
    return { council, server, browser, page, url, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Signs in on the app's page as one of the test council's users, and waits for the home page. */
export async function signInAs(app: AppInBrowser, username: string): Promise<void> {
  const { page, url } = app;
  await page.goto(`${url}/sign-in`);
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(TEST_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: "Your council's data" }).waitFor();
}

/** The app for a suite of browser tests, opened before them and closed after them (see openForSuite). */
export function browserSuite(ready?: (app: AppInBrowser) => void | Promise<void>): () => AppInBrowser {
  return openForSuite('The app', openAppInBrowser, ready);
}

/** Set SIGHTLINE_SCREENSHOTS=1 to refresh the README's screenshots (docs/screenshots) as the tests pass the pages they photograph. */
const SCREENSHOTS = process.env.SIGHTLINE_SCREENSHOTS ? new URL('../../../docs/screenshots/', import.meta.url).pathname : null;

/**
 * Fails the test, naming the page, on any of axe's WCAG A and AA violations on the page as it is now.
 * `photograph` saves it as docs/screenshots/<name>.png, the window or the full page, when screenshots are wanted.
 */
export async function checkPage(page: Page, name: string, photograph?: 'window' | 'full page'): Promise<void> {
  assert.deepEqual(await accessibilityViolations(page), [], `${name}: accessibility violations`);
  if (SCREENSHOTS && photograph) await page.screenshot({ path: `${SCREENSHOTS}${name}.png`, fullPage: photograph === 'full page' });
}
