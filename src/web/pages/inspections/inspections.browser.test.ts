import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { browserSuite, checkPage, signInAs } from '../../testing/app-in-browser.ts';
import { browserSkipReason } from '../../testing/browser.ts';

const skip = browserSkipReason();

describe('Inspections, in the browser', { skip }, () => {
  let page: Page;
  let url: string;
  const app = browserSuite((opened) => {
    ({ page, url } = opened);
  });

  async function fillDate(legend: string, iso: string): Promise<void> {
    const [year, month, day] = iso.split('-');
    const group = page.getByRole('group', { name: legend, exact: true });
    await group.getByLabel('Day').fill(day!);
    await group.getByLabel('Month').fill(month!);
    await group.getByLabel('Year').fill(year!);
  }

  const timelineTable = () => page.getByRole('table', { name: 'Every inspection and visit, oldest first' });

  it("shows Middlesbrough's timeline: inadequate in 2020 and requires improvement in 2023, with neighbours, England and the next window", async () => {
    await signInAs(app(), 'manager');
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Inspections' }).click();
    const chart = page.getByRole('img', { name: /Ofsted judgements over time/ });
    await chart.waitFor();
    const description = (await page.locator('#judgement-chart-desc').textContent()) ?? '';
    assert.match(description, /Overall effectiveness: requires improvement \(SIF, published 19 February 2016\); inadequate \(ILACS, published 24 January 2020\); requires improvement \(ILACS, published 25 May 2023\)/);
    assert.match((await timelineTable().getByRole('row', { name: /24 January 2020/ }).textContent()) ?? '', /Inspection \(ILACS\).*Inadequate/);
    assert.match((await timelineTable().getByRole('row', { name: /25 May 2023/ }).textContent()) ?? '', /Inspection \(ILACS\).*Requires improvement/);
    const neighbours = page.getByRole('table', { name: /Statistical neighbours' latest judgements/ });
    assert.equal(await neighbours.locator('tbody tr').count(), 10);
    await page.getByRole('img', { name: /England: 153 councils/ }).waitFor();
    await page.getByRole('img', { name: /North East: \d+ councils/ }).waitFor();
    assert.match((await page.locator('main').textContent()) ?? '', /A standard inspection \(about two weeks on site\)/);
    await checkPage(page, 'inspections', 'full page');
  });

  it('refuses an empty form with a GOV.UK error summary, then records a monitoring visit', async () => {
    await page.getByRole('button', { name: 'Record an inspection or visit' }).click();
    await page.getByRole('heading', { name: 'Record an inspection or visit', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Record', exact: true }).click();
    const summary = page.locator('.govuk-error-summary');
    await summary.getByRole('link', { name: 'Choose what kind of inspection or visit it was' }).waitFor();
    await summary.getByRole('link', { name: 'Enter the start date' }).waitFor();
    await checkPage(page, 'record-errors');
    await page.getByLabel('Monitoring visit').check();
    await fillDate('Start date', '2025-10-06');
    await fillDate('End date', '2025-10-07');
    await page.getByLabel('Focus (optional)').fill('Children in need of help and protection');
    await page.getByRole('button', { name: 'Record', exact: true }).click();
    await page.getByText('Inspection or visit recorded.').waitFor();
    assert.match((await page.locator('main').textContent()) ?? '', /Not graded: visits have no judgements/);
    await checkPage(page, 'visit-record');
  });

  it('records a full inspection with its grades and two recommendations, each one link from an improvement-plan action', async () => {
    await page.goto(`${url}/inspections/new`);
    await page.getByLabel('Standard inspection').check();
    await fillDate('Start date', '2026-03-02');
    await fillDate('End date', '2026-03-01');
    await fillDate('Publication date (optional)', '2026-04-20');
    await page.getByLabel('Overall effectiveness').selectOption('good');
    await page.getByLabel('The experiences and progress of care leavers').selectOption('requires improvement');
    await page.getByRole('button', { name: 'Add a finding' }).click();
    await page.getByRole('button', { name: 'Add a finding' }).click();
    await page.getByLabel('Text of finding 1').fill('Improve the timeliness of initial child protection conferences.');
    await page.getByRole('button', { name: 'Record', exact: true }).click();
    const summary = page.locator('.govuk-error-summary');
    await summary.getByRole('link', { name: 'Enter the text of finding 2' }).waitFor();
    await summary.getByRole('link', { name: 'The end date (2026-03-01) cannot be before the start date (2026-03-02)' }).click();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'inspection-end', 'the error leads to the end date');
    await checkPage(page, 'record-form');
    await fillDate('End date', '2026-03-13');
    await page.getByLabel('Text of finding 2').fill('Strengthen management oversight of children in need plans.');
    await page.getByRole('button', { name: 'Record', exact: true }).click();
    await page.getByText('Inspection or visit recorded.').waitFor();
    const findings = page.locator('main ol li');
    assert.equal(await findings.count(), 2);
    assert.match((await findings.first().textContent()) ?? '', /1\. Recommendation.*initial child protection conferences/);
    const planLinks = page.getByRole('link', { name: /Make this an action in the improvement plan/ });
    assert.equal(await planLinks.count(), 2);
    assert.match((await planLinks.first().getAttribute('href')) ?? '', /^\/improvement-plan\/actions\/new\?finding=\d+$/);
    await checkPage(page, 'inspection-record');
  });

  it('corrects the record, keeping the earlier version with who changed it', async () => {
    await page.getByRole('button', { name: 'Correct this record' }).click();
    await page.getByLabel('Text of finding 2').fill('Strengthen management oversight of child in need plans.');
    await checkPage(page, 'correct-form');
    await page.getByRole('button', { name: 'Save the correction' }).click();
    await page.getByText('Correction saved.').waitFor();
    const history = page.getByRole('table', { name: 'Every change to this record, oldest first' });
    assert.match((await history.locator('tbody tr').nth(1).textContent()) ?? '', /manager.*Recommendation 2 reworded/);
  });

  it('lists both on the inspections page, the full inspection on the timeline', async () => {
    await page.getByRole('link', { name: 'All inspections' }).click();
    const recorded = page.getByRole('table', { name: 'Inspections and visits recorded by the council, oldest first' });
    await recorded.waitFor();
    assert.match((await recorded.textContent()) ?? '', /Monitoring visit: Children in need of help and protection.*Standard inspection.*Good/);
    assert.match((await timelineTable().getByRole('row', { name: /20 April 2026/ }).textContent()) ?? '', /Standard inspection.*Good/);
    await checkPage(page, 'inspections-with-records');
  });

  it('shows an elected member the judgements but no way to record or to make an action', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await signInAs(app(), 'elected-member');
    await page.goto(`${url}/inspections`);
    await page.getByRole('img', { name: /Ofsted judgements over time/ }).waitFor();
    await page.getByRole('table', { name: 'Inspections and visits recorded by the council, oldest first' }).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Record an inspection or visit' }).count(), 0);
    await page.getByRole('link', { name: /Standard inspection/ }).click();
    await page.getByRole('heading', { name: 'Findings' }).waitFor();
    assert.equal(await page.getByRole('link', { name: /Make this an action/ }).count(), 0);
    assert.equal(await page.getByRole('button', { name: 'Correct this record' }).count(), 0);
  });
});
