import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { TEST_PASSWORD, type TestCouncil } from '../../access/testing.ts';
import { openAppInBrowser, type AppInBrowser } from '../testing/app-in-browser.ts';
import { accessibilityViolations, browserSkipReason } from '../testing/browser.ts';

const skip = browserSkipReason();
/** Set SIGHTLINE_SCREENSHOTS=1 to refresh the README's screenshots (docs/screenshots) as the tests pass each page. */
const screenshots = process.env.SIGHTLINE_SCREENSHOTS ? new URL('../../../docs/screenshots/', import.meta.url).pathname : null;

describe('The platform, in the browser', { skip }, () => {
  let app: AppInBrowser;
  let council: TestCouncil;
  let page: Page;
  let url: string;

  before(async () => {
    app = await openAppInBrowser();
    ({ council, page, url } = app);
  });
  after(async () => {
    await app?.close();
  });

  /** Every page is checked with axe once it has loaded; the main ones are photographed for the README. */
  async function checkPage(name: string, photograph = true): Promise<void> {
    assert.deepEqual(await accessibilityViolations(page), [], `${name}: accessibility violations`);
    if (screenshots && photograph) await page.screenshot({ path: `${screenshots}${name}.png`, fullPage: true });
  }

  it('signs in', async () => {
    await page.goto(`${url}/children`);
    await page.waitForURL(/\/sign-in$/);
    await page.getByRole('heading', { name: 'Sign in to Sightline' }).waitFor();
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.locator('.govuk-error-summary').getByText('Enter your username and password').waitFor();
    await checkPage('sign-in');
    await page.getByLabel('Username').fill('performance-analyst');
    await page.getByLabel('Password').fill('wrong password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.locator('.govuk-error-summary').getByText('The username or password is not right.').waitFor();
    await page.getByLabel('Password').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: "Your council's data" }).waitFor();
    await page.getByRole('table', { name: 'Returns loaded' }).waitFor();
    const text = (await page.getByRole('table', { name: 'Returns loaded' }).textContent()) ?? '';
    assert.match(text, /CIN census/);
    assert.match(text, /2025\/26/);
    await checkPage('home');
  });

  it('uploads a generated return and shows its validation report', async () => {
    // A new version of the 2025/26 census: the same children, sent again with another serial number.
    const census = (await readFile(join(council.dir, '2026', 'cin-census-806-2026.xml'), 'utf8')).replace('<SerialNo>', '<SerialNo>7');
    await page.getByRole('link', { name: 'Upload a return' }).click();
    await page.getByRole('heading', { name: 'Upload a return' }).waitFor();
    await page.setInputFiles('#return-files', { name: 'cin-census-806-2026.xml', mimeType: 'text/xml', buffer: Buffer.from(census) });
    await page.getByRole('button', { name: 'Upload and check' }).click();
    await page.getByRole('heading', { name: 'Return stored' }).waitFor({ timeout: 30_000 });
    assert.match((await page.locator('.govuk-notification-banner').textContent()) ?? '', /replaces return \d+/);
    await page.getByRole('table', { name: 'Rules with findings, worst first' }).waitFor();
    await checkPage('upload');
  });

  it('shows data quality by rule, by child and finding by finding', async () => {
    await page.getByRole('link', { name: 'See the results child by child, and export them' }).click();
    await page.getByRole('table', { name: 'Rules with findings, worst first' }).waitFor();
    await checkPage('data-quality');
    // A rule's code leads to its findings cell by cell.
    const rule = page.getByRole('link', { name: /^Findings of rule / }).first();
    const code = ((await rule.textContent()) ?? '').replace('Findings of rule ', '');
    await rule.click();
    await page.getByRole('table', { name: 'Findings cell by cell' }).waitFor();
    assert.equal(await page.getByLabel('Rule').inputValue(), code);
    const rules = await page.getByRole('table', { name: 'Findings cell by cell' }).locator('tbody tr td:first-child').allTextContents();
    assert.ok(rules.length > 0 && rules.every((r) => r === code), rules.join());
    await checkPage('data-quality-findings', false);
    await page.getByRole('link', { name: 'By child' }).click();
    await page.getByRole('table', { name: /Children with the most to correct/ }).waitFor();
    await checkPage('data-quality-by-child', false);
    await page.getByRole('link', { name: 'Findings', exact: true }).click();
    await page.getByRole('table', { name: 'Findings cell by cell' }).waitFor();
    const download = page.waitForEvent('download');
    await page.getByLabel('Why do you need the export?').fill('Checking before submission');
    await page.getByRole('button', { name: 'Download the report (xlsx)' }).click();
    assert.match((await download).suggestedFilename(), /^cin-2025-26-return-\d+-validation\.xlsx$/);
  });

  it("finds a child and opens their chronology", async () => {
    await page.getByRole('link', { name: 'Children' }).click();
    await page.getByLabel("Child's LA child id").fill(council.teamAChild.slice(0, 4));
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('heading', { name: /whose id starts with/ }).waitFor();
    await checkPage('child-search', false);
    await page.getByRole('link', { name: `Child ${council.teamAChild}` }).click();
    await page.getByRole('heading', { name: `Chronology of child ${council.teamAChild}` }).waitFor();
    await page.getByRole('img', { name: `Timeline of child ${council.teamAChild}` }).waitFor();
    const events = page.getByRole('table', { name: 'Events, oldest first' });
    await events.waitFor();
    assert.ok((await events.locator('tbody tr').count()) > 0);
    // Provenance on expand: which return, year, file and line.
    await events.locator('summary').first().click();
    assert.match((await events.locator('.govuk-details__text').first().textContent()) ?? '', /(CIN census|SSDA903) 20\d\d\/\d\d, .*line \d+/);
    await checkPage('chronology');
  });

  it("shows the read in the audit log (to an administrator)", async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in to Sightline' }).waitFor();
    await page.getByLabel('Username').fill('administrator');
    await page.getByLabel('Password').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('link', { name: 'Audit log' }).click();
    await page.getByLabel('Child id or return').fill(council.teamAChild);
    await page.getByRole('button', { name: 'Filter' }).click();
    const table = page.getByRole('table', { name: 'Entries, newest first' });
    await table.waitFor();
    const row = table.locator('tbody tr').first();
    assert.match((await row.textContent()) ?? '', new RegExp(`performance-analyst.*read chronology.*${council.teamAChild}`));
    await checkPage('audit-log');
  });

  it('shows an elected member no child-level pages', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByLabel('Username').fill('elected-member');
    await page.getByLabel('Password').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: "Your council's data" }).waitFor();
    const menu = (await page.getByRole('navigation', { name: 'Menu' }).textContent()) ?? '';
    assert.match(menu, /Data quality/);
    assert.doesNotMatch(menu, /Children|Audit log|Upload/);
    await page.goto(`${url}/children/${council.teamAChild}`);
    await page.getByText('may not read chronology').waitFor();
  });
});
