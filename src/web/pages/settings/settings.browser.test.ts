import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { browserSuite, checkPage, signInAs } from '../../testing/app-in-browser.ts';
import { browserSkipReason } from '../../testing/browser.ts';

const skip = browserSkipReason();
const BASIS = 'per 10,000 of the 30,000 children aged 0–17 (ONS mid-2024 population estimates, entered by the council)';

describe("The council's 0–17 population, in the browser", { skip }, () => {
  let page: Page;
  let url: string;
  const app = browserSuite((opened) => {
    ({ page, url } = opened);
  });

  const menu = () => page.getByRole('navigation', { name: 'Menu' });
  const referralsCard = () => page.getByRole('region', { name: 'Referrals per 10,000 children' });

  it('is entered by an analyst with its source and year, and the rates on /indicators then show values and say which population they use', async () => {
    await signInAs(app(), 'performance-analyst');
    await menu().getByRole('link', { name: 'Indicators' }).click();
    await referralsCard().waitFor();
    const figure = async () => (await referralsCard().locator('p.govuk-heading-l').textContent())!.split(':')[0]!.trim();
    assert.equal(await figure(), '–', 'no rate without a population');
    await referralsCard().getByRole('link', { name: /Enter the council's 0–17 population/ }).click();

    await page.getByRole('heading', { name: 'Council settings', level: 1 }).waitFor();
    await page.getByText('Not entered yet').waitFor();
    await checkPage(page, 'settings');
    await page.getByRole('button', { name: 'Save the population' }).click();
    const summary = page.locator('.govuk-error-summary');
    await summary.getByText('Enter the number of children aged 0 to 17').waitFor();
    assert.equal(await summary.getByRole('link').count(), 3, 'each missing field is named and linked');
    await checkPage(page, 'settings, with errors');

    await page.getByLabel("Children aged 0 to 17 in the council's area").fill('30,000');
    await page.getByLabel('Source').fill('ONS mid-2024 population estimates');
    await page.getByLabel('Year').fill('2024');
    await page.getByRole('button', { name: 'Save the population' }).click();
    await page.getByRole('heading', { name: 'Saved' }).waitFor();
    await page.getByText(`Rates are now given ${BASIS}.`).waitFor();
    const setBy = (await page.locator('.govuk-summary-list').textContent()) ?? '';
    assert.match(setBy, /Children aged 0 to 1730,000/);
    assert.match(setBy, /Set byperformance-analyst, /);
    await checkPage(page, 'settings, saved');

    await menu().getByRole('link', { name: 'Indicators' }).click();
    await referralsCard().getByText(`A rate ${BASIS}.`).waitFor();
    const value = await figure();
    assert.match(value, /^\d+\.\d$/, `a rate, not a dash: ${value}`);
    await checkPage(page, 'indicators with rates');
    await referralsCard().getByRole('link', { name: 'Referrals per 10,000 children', exact: true }).click();
    await page.getByText(`A rate ${BASIS}`).waitFor();

    const [entry] = await app().council.db.query<{ actor: string; subject: string }>("select actor, subject from audit_log where action = 'change-council-setting'");
    assert.deepEqual(entry, { actor: 'performance-analyst', subject: 'population-0-17' });
  });

  it('is not offered to a manager, whose role may not change council settings', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await signInAs(app(), 'manager');
    assert.equal(await menu().getByRole('link', { name: 'Settings' }).count(), 0);
    assert.equal((await page.request.get(`${url}/api/settings/population`)).status(), 403);
  });
});
