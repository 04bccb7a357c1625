import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { browserSuite, checkPage, signInAs } from '../testing/app-in-browser.ts';
import { browserSkipReason } from '../testing/browser.ts';

const skip = browserSkipReason();

describe('Indicators and worklists, in the browser', { skip }, () => {
  let page: Page;
  let url: string;
  const app = browserSuite((opened) => {
    ({ page, url } = opened);
  });

  it('shows every indicator with its trend chart, and leads from a number to a child', async () => {
    await signInAs(app(), 'manager');
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Indicators' }).click();
    await page.getByRole('heading', { name: 'Indicators', level: 1 }).waitFor();
    const charts = page.getByRole('img', { name: /month by month|year by year/ });
    await charts.first().waitFor();
    assert.ok((await charts.count()) >= 10, 'a trend chart per indicator');
    assert.ok((await page.locator('svg.app-chart path.app-chart__line').first().getAttribute('d'))!.startsWith('M'), 'the line is drawn');
    await checkPage(page, 'dashboard', 'window');
    await page.getByRole('link', { name: /children behind/ }).first().click();
    const table = page.getByRole('table', { name: /children behind the figure/ });
    await table.waitFor();
    const child = table.getByRole('link').first();
    const name = (await child.textContent())!;
    await checkPage(page, 'indicator-children');
    await child.click();
    await page.getByRole('heading', { name: `Chronology of ${name.replace('Child', 'child')}` }).waitFor();
    await page.getByRole('img', { name: /Timeline of child/ }).waitFor();
  });

  it('shows an indicator month by month, year by year and split, with its benchmarks', async () => {
    await page.goto(`${url}/indicators/referrals-nfa`);
    await page.getByRole('table', { name: 'By ethnicity' }).waitFor();
    await page.getByRole('img', { name: /year by year/ }).waitFor();
    const compared = (await page.getByRole('table', { name: /Compared with others/ }).textContent()) ?? '';
    assert.match(compared, /England/);
    assert.match(compared, /Not known: no published/, 'unknown figures are said to be unknown');
    await checkPage(page, 'indicator');
  });

  it('lists the worklist by severity, and a manager acknowledges an item with a reason', async () => {
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Worklist' }).click();
    const table = page.getByRole('table', { name: 'Overdue or of concern, most severe first' });
    await table.waitFor();
    const rows = table.locator('tbody tr');
    const before = await rows.count();
    assert.ok(before > 0);
    await checkPage(page, 'worklist', 'window');
    const first = (await rows.first().locator('td').first().textContent())!;
    await rows.first().getByRole('link', { name: /Acknowledge/ }).click();
    await page.getByRole('heading', { name: 'Acknowledge a worklist item' }).waitFor();
    await page.getByRole('button', { name: 'Acknowledge' }).click();
    await page.locator('.govuk-error-summary').getByText('Enter why you are acknowledging this item').waitFor();
    await checkPage(page, 'acknowledge');
    await page.getByLabel('Why are you acknowledging it?').fill('Court timetable agreed; review at next hearing');
    await page.getByRole('button', { name: 'Acknowledge' }).click();
    await page.getByText('Item acknowledged.').waitFor();
    await table.waitFor();
    await page.getByText('1 acknowledged items').click();
    const acknowledged = page.getByRole('table', { name: 'Acknowledged, not back on the list' });
    assert.match((await acknowledged.textContent()) ?? '', new RegExp(`${first}.*Court timetable agreed`));
    await checkPage(page, 'worklist-acknowledged');
  });

  it('shows an elected member the numbers but not the children', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await signInAs(app(), 'elected-member');
    const menu = page.getByRole('navigation', { name: 'Menu' });
    assert.doesNotMatch((await menu.textContent()) ?? '', /Worklist/);
    await menu.getByRole('link', { name: 'Indicators' }).click();
    await page.getByRole('img', { name: /month by month/ }).first().waitFor();
    assert.equal(await page.getByRole('link', { name: /children behind/ }).count(), 0);
  });
});
