import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { browserSuite, checkPage, signInAs } from '../../testing/app-in-browser.ts';
import { browserSkipReason } from '../../testing/browser.ts';

const skip = browserSkipReason();

describe('The care population and spend forecast, in the browser', { skip }, () => {
  let page: Page;
  let url: string;
  const app = browserSuite((opened) => {
    ({ page, url } = opened);
  });

  /** The first-year cost of a row of the comparison, in pounds, and its difference to the base. */
  async function comparisonRow(name: string): Promise<string[]> {
    const row = page.getByRole('table', { name: 'Compared with the base' }).getByRole('row').filter({ has: page.getByRole('rowheader', { name }) });
    return row.getByRole('cell').allTextContents();
  }

  it('charts the forecast with its history and band, says how far to trust it, and marks placeholder costs', async () => {
    await signInAs(app(), 'manager');
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Forecast' }).click();
    await page.getByRole('heading', { name: 'Care population and spend forecast', level: 1 }).waitFor();
    const total = page.getByRole('img', { name: /Children in care: all placements/ });
    await total.waitFor();
    assert.ok((await page.getByRole('img', { name: /Children in care:/ }).count()) >= 3, 'a chart for the total and one per placement type');
    assert.ok((await page.locator('svg.app-chart path.app-chart__band').count()) >= 3, 'each forecast has its band');
    assert.match((await page.locator('svg.app-chart path.app-chart__line--observed').first().getAttribute('d'))!, /^M/);
    assert.match((await total.getAttribute('aria-labelledby'))!, /children-\d+-desc/);
    assert.match(await page.locator('#backtest').textContent() ?? '', /Over the last 12 months this model was within \d+(\.\d)?% in total/);
    await page.getByRole('img', { name: 'Cost per quarter' }).waitFor();
    assert.match(await page.locator('.govuk-warning-text').textContent() ?? '', /placeholders, not real prices/);
    assert.ok(await page.getByRole('link', { name: /as a spreadsheet \(xlsx/ }).getAttribute('href'));
    await checkPage(page, 'forecast', 'full page');
  });

  it('creates a scenario that steps children down from external to in-house homes, and shows it costs less than the base', async () => {
    await page.getByRole('link', { name: 'Create a scenario' }).click();
    await page.getByRole('heading', { name: 'Create a forecast scenario' }).waitFor();
    await page.getByRole('button', { name: 'Save scenario' }).click();
    await page.locator('.govuk-error-summary').getByRole('link', { name: 'Enter a name for the scenario' }).waitFor();
    await checkPage(page, 'forecast-scenario-errors');
    await page.getByLabel('Name').fill('Step down to our own homes');
    await page.getByRole('button', { name: 'Add a move' }).click();
    await page.getByLabel('Move 1: from').selectOption('Residential (External)');
    await page.getByLabel('Move 1: to').selectOption('Residential (In-house)');
    await page.getByLabel('Percentage of children').fill('50');
    await page.getByLabel('Residential (In-house)', { exact: true }).fill('3,500');
    await checkPage(page, 'forecast-scenario');
    await page.getByRole('button', { name: 'Save scenario' }).click();
    await page.getByText('Scenario “Step down to our own homes” saved.').waitFor();
    await page.getByRole('img', { name: /Children in care: Residential \(In-house\)/ }).waitFor();
    const [yearOne, difference, fromChanges] = await comparisonRow('Step down to our own homes');
    assert.match(yearOne!, /^£[\d,]+$/);
    assert.match(difference!, /^−£[\d,]+$/, `cheaper than the base: ${difference}`);
    assert.match(fromChanges!, /^−£/);
    await checkPage(page, 'forecast-compared', 'full page');
  });

  it('changes a saved scenario, refusing a horizon over four years with the box named', async () => {
    await page.getByRole('link', { name: 'Change Step down to our own homes' }).click();
    await page.getByRole('heading', { name: 'Change a forecast scenario' }).waitFor();
    assert.equal(await page.getByLabel('Percentage of children').inputValue(), '50');
    await page.getByLabel('Months to forecast').fill('60');
    await page.getByRole('button', { name: 'Save scenario' }).click();
    const problem = page.locator('.govuk-error-summary').getByRole('link', { name: /over 4 years/ });
    await problem.waitFor();
    await problem.click();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'months');
    await page.getByLabel('Months to forecast').fill('12');
    await page.getByRole('button', { name: 'Save scenario' }).click();
    await page.getByText('Scenario “Step down to our own homes” saved.').waitFor();
    assert.match(await page.locator('.govuk-body-l').first().textContent() ?? '', /forecast from 31 March 2026 to 31 March 2027/);
  });

  it('shows an elected member the forecast and the comparison, but no way to change scenarios', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await signInAs(app(), 'elected-member');
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Forecast' }).click();
    await page.getByRole('table', { name: 'Compared with the base' }).waitFor();
    assert.equal(await page.getByRole('link', { name: 'Create a scenario' }).count(), 0);
    assert.equal(await page.getByRole('link', { name: /^Change / }).count(), 0);
    await checkPage(page, 'forecast-elected-member');
  });

  it('deletes a scenario only once asked again', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await signInAs(app(), 'performance-analyst');
    await page.goto(`${url}/forecast`);
    await page.getByRole('link', { name: 'Change Step down to our own homes' }).click();
    await page.getByRole('button', { name: 'Delete scenario' }).click();
    await page.getByRole('alert').getByText('will no longer be listed or compared').waitFor();
    await checkPage(page, 'forecast-scenario-delete');
    await page.getByRole('button', { name: 'Yes, delete this scenario' }).click();
    await page.getByText('No scenarios have been saved yet.').waitFor();
    assert.equal(await page.getByRole('table', { name: 'Compared with the base' }).count(), 0);
  });
});
