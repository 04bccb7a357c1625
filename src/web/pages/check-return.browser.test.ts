import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../../server/app.ts';
import { accessibilityViolations, browserSkipReason, launchBrowser } from '../testing/browser.ts';

const samples = new URL('../../../../shared/reference/samples/', import.meta.url).pathname;
const skip = browserSkipReason();

describe('Check a return, in the browser', { skip }, () => {
  let server: FastifyInstance;
  let browser: Browser;
  let page: Page;
  let url: string;

  before(async () => {
    server = await buildServer();
    url = await server.listen({ port: 0, host: '127.0.0.1' });
    browser = await launchBrowser();
    page = await (await browser.newContext()).newPage();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('reads a CIN census in a web worker and shows its counts and problems', async () => {
    const uploads: string[] = [];
    page.on('request', (r) => {
      if (r.method() !== 'GET') uploads.push(r.url());
    });
    await page.goto(`${url}/check`);
    await page.setInputFiles('#return-files', `${samples}csc-validator-be-cin/fake_data/CIN_Census_2024.xml`);
    await page.getByText('Checked 1 return').waitFor({ timeout: 20_000 });
    const section = page.locator('section', { hasText: 'CIN census: CIN_Census_2024.xml' });
    const text = (await section.textContent()) ?? '';
    assert.match(text, /Children\s*2/);
    assert.match(text, /DfE validation rules/);
    assert.match(text, /1103/, 'the assessment that starts before its referral is found');
    const download = page.waitForEvent('download');
    await section.getByRole('link', { name: /Download the full report/ }).click();
    assert.match((await download).suggestedFilename(), /CIN_Census_2024-validation\.xlsx$/);
    assert.deepEqual(uploads, [], 'nothing is sent to the server');
  });

  it('reads SSDA903 tables dropped together as one return', async () => {
    const dir = `${samples}csc-validator-be-903/tests/fake_data/`;
    await page.goto(`${url}/check`);
    await page.selectOption('#collection-year', '2017/18');
    await page.setInputFiles('#return-files', ['header.csv', 'episodes.csv', 'reviews.csv'].map((f) => dir + f));
    await page.getByText('Checked 1 return').waitFor({ timeout: 20_000 });
    const text = (await page.locator('section', { hasText: 'SSDA903 return' }).textContent()) ?? '';
    assert.match(text, /episodes\s*5,?050/);
  });

  it('has no accessibility violations', async () => {
    assert.deepEqual(await accessibilityViolations(page), []);
  });
});
