import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { browserSuite, checkPage, signInAs } from '../../testing/app-in-browser.ts';
import { browserSkipReason } from '../../testing/browser.ts';

const skip = browserSkipReason();

describe('The forecast’s likely range, from the model’s variance or from simulated runs, in the browser', { skip }, () => {
  let page: Page;
  const app = browserSuite((opened) => {
    ({ page } = opened);
  });

  /** The total chart's description (its text alternative) and its table's column headings, the table opened. */
  async function totalChart(): Promise<{ description: string; columns: string[] }> {
    const chart = page.getByRole('img', { name: /Children in care: all placements/ });
    const described = (await chart.getAttribute('aria-labelledby'))!.split(' ')[1]!;
    const details = page.locator('details').filter({ hasText: 'Children in care: all placements: the figures as a table' });
    if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
    const table = page.getByRole('table', { name: 'Children in care: all placements' });
    return { description: (await page.locator(`[id="${described}"]`).textContent()) ?? '', columns: await table.getByRole('columnheader').allTextContents() };
  }

  it('shows the model’s variance first, then 1,000 simulated runs when chosen, saying so in the text alternative and the table', async () => {
    await signInAs(app(), 'manager');
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Forecast' }).click();
    await page.getByRole('img', { name: /Children in care: all placements/ }).waitFor();
    const choice = page.getByRole('group', { name: 'Likely range' });
    assert.ok(await choice.getByLabel('From the model’s variance (quick)').isChecked());
    const closed = await totalChart();
    assert.match(closed.description, /Forecast: [\d,.]+ in .* \(likely between [\d,.]+ and [\d,.]+, from the model’s variance\)\./);
    assert.deepEqual(closed.columns, ['Period', 'Children', 'Likely range from the model’s variance']);
    const drawn = () => page.locator('svg.app-chart path.app-chart__band').first().getAttribute('d');
    const closedBand = await drawn();

    await choice.getByLabel('From 1,000 simulated runs').check();
    await page.getByRole('button', { name: 'Show this range' }).click();
    await page.getByRole('status').getByText('The charts show the likely range from 1,000 simulated runs.').waitFor({ timeout: 30_000 });
    const simulated = await totalChart();
    assert.match(simulated.description, /\(likely between [\d,.]+ and [\d,.]+, from 1,000 simulated runs\)\./);
    assert.deepEqual(simulated.columns, ['Period', 'Children', 'Likely range from 1,000 simulated runs', 'Likely range from the model’s variance']);
    const lastRow = page.getByRole('table', { name: 'Children in care: all placements' }).getByRole('row').last();
    const [, ranged, variance] = await lastRow.getByRole('cell').allTextContents();
    assert.match(ranged!, /^[\d,.]+ to [\d,.]+$/);
    assert.match(variance!, /^[\d,.]+ to [\d,.]+$/);
    assert.match(await page.getByText(/the shaded area the range it is likely to fall in/).textContent() ?? '', /the middle 95% of 1,000 simulated runs \(seed 1\)/);
    assert.ok((await page.locator('svg.app-chart path.app-chart__band').count()) >= 3, 'each forecast still has its band');
    assert.notEqual(await drawn(), closedBand, 'the simulated band is drawn');
    const csvLink = page.getByRole('link', { name: /Download this forecast as CSV/ });
    assert.equal(await csvLink.textContent(), 'Download this forecast as CSV (with the simulated range)');
    assert.match((await csvLink.getAttribute('href'))!, /^\/api\/forecast\.csv\?band=simulated$/);
    await checkPage(page, 'forecast-simulated-range');

    await choice.getByLabel('From the model’s variance (quick)').check();
    await page.getByRole('button', { name: 'Show this range' }).click();
    assert.deepEqual((await totalChart()).columns, closed.columns);
    assert.equal(await drawn(), closedBand);
    assert.equal(await page.getByRole('status').textContent(), '');
    assert.equal(await page.getByRole('link', { name: /Download this forecast as CSV/ }).getAttribute('href'), '/api/forecast.csv');
    await checkPage(page, 'forecast-variance-range');
  });
});
