import type { FastifyInstance } from 'fastify';
import type { Browser, Page } from 'playwright-core';
import { accessControl } from '../../access/access-control.ts';
import { TEST_PASSWORD, testCouncil, type TestCouncil } from '../../access/testing.ts';
import { buildServer } from '../../server/app.ts';
import { launchBrowser } from './browser.ts';

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
