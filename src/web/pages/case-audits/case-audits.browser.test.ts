import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { DEFAULT_TEMPLATE } from '../../../core/case-audits/template.ts';
import { browserSuite, checkPage, signInAs } from '../../testing/app-in-browser.ts';
import { browserSkipReason } from '../../testing/browser.ts';

const skip = browserSkipReason();

describe('Case audits, in the browser', { skip }, () => {
  let page: Page;
  /** The address of the audit done in these tests. */
  let auditUrl = '';
  const app = browserSuite((opened) => {
    ({ page } = opened);
  });

  it('lets a manager draw a sample, refusing a form without an auditor', async () => {
    await signInAs(app(), 'manager');
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Case audits' }).click();
    await page.getByRole('heading', { name: 'Case audits', level: 1 }).waitFor();
    await page.getByText('No audit has been submitted yet.').waitFor();
    await checkPage(page, 'case audits, empty');
    await page.getByRole('link', { name: 'Draw a sample' }).click();
    await page.getByRole('heading', { name: 'Draw a sample to audit' }).waitFor();
    await page.getByLabel('How many children').fill('2');
    await page.getByLabel('Auditor').fill('');
    await page.getByRole('button', { name: 'Draw the sample' }).click();
    await page.locator('.govuk-error-summary').getByRole('link', { name: 'Enter the username of the auditor' }).waitFor();
    await page.getByLabel("From an indicator's children").check();
    await page.getByLabel('Indicator', { exact: true }).waitFor();
    await checkPage(page, 'draw a sample, with an error');
    await page.getByLabel('At random from the children with an open case').check();
    await page.getByLabel('Auditor').fill('manager');
    await page.getByLabel('How many children').fill('2');
    await page.getByRole('button', { name: 'Draw the sample' }).click();
    await page.getByText(/Sample \d+ drawn/).waitFor();
    const audits = page.getByRole('table', { name: 'Audits to finish' }).getByRole('row');
    assert.equal(await audits.count(), 3, 'a heading row and two audits');
    assert.match((await page.getByRole('table', { name: 'Samples drawn' }).textContent()) ?? '', /2 drawn from \d+ children with an open case/);
    await checkPage(page, 'case audits with a sample');
  });

  it("adds a council's own template, to draw samples on", async () => {
    await page.getByRole('link', { name: 'Draw a sample' }).click();
    await page.getByRole('link', { name: 'Add a template' }).click();
    await page.getByRole('heading', { name: 'Add an audit template' }).waitFor();
    await page.getByRole('button', { name: 'Add the template' }).click();
    await page.locator('.govuk-error-summary').getByRole('link', { name: 'Enter a name for the template' }).waitFor();
    await checkPage(page, 'add a template, with errors');
    await page.getByLabel('Name').fill('Exploitation deep dive');
    await page.getByLabel('Domains to grade').fill('Risk recognised: Was exploitation risk recognised early?\nDisruption');
    await page.getByRole('button', { name: 'Add the template' }).click();
    await page.getByRole('heading', { name: 'Draw a sample to audit' }).waitFor();
    const template = page.getByLabel('Audit template');
    assert.equal(await template.locator('option:checked').textContent(), 'Exploitation deep dive (2 domains)');
  });

  it('audits a case: every domain must be graded with evidence before it is submitted', async () => {
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Case audits' }).click();
    await page.getByRole('link', { name: /^Audit of child / }).first().click();
    await page.getByRole('heading', { name: 'Case audit', level: 1 }).waitFor();
    auditUrl = page.url();
    await page.getByRole('button', { name: 'Submit the audit' }).click();
    const summary = page.locator('.govuk-error-summary');
    await summary.getByRole('link', { name: 'Select a grade for quality of assessment before submitting.' }).waitFor();
    assert.equal(await summary.getByRole('link').count(), DEFAULT_TEMPLATE.domains.length + 1, 'each domain and the overall grade');
    await checkPage(page, 'an audit with errors');
    for (const d of DEFAULT_TEMPLATE.domains) {
      await page.getByRole('group', { name: d.title }).getByLabel('Good', { exact: true }).check();
      await page.getByLabel(`Evidence for the grade of ${d.title.toLowerCase()}`).fill(`What the record shows about ${d.title.toLowerCase()}.`);
    }
    await page.getByRole('group', { name: 'Overall grade' }).getByLabel('Good', { exact: true }).check();
    await page.getByLabel('Summary of findings').fill('Sound assessment; the plan lacks dates.');
    await page.getByLabel('Drift and delay').check();
    await page.getByLabel('Other themes (optional)').fill('Sibling contact not promoted');
    await page.getByRole('button', { name: 'Save and finish later' }).click();
    await page.getByText('Your work is saved.').waitFor();
    await page.getByRole('button', { name: 'Submit the audit' }).click();
    await page.getByText('The audit is submitted.').waitFor();
    await page.getByRole('table', { name: 'Grades' }).waitFor();
    await page.getByText('You audited this case, so someone else moderates it.').waitFor();
    await checkPage(page, 'a submitted audit');
  });

  it('lets someone else moderate it, and shows it on the dashboard with its themes', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await signInAs(app(), 'performance-analyst');
    await page.goto(auditUrl);
    await page.getByRole('heading', { name: 'Moderate the audit' }).waitFor();
    const requiresImprovement = page.getByRole('group', { name: 'Your overall grade' }).getByLabel('Requires improvement', { exact: true });
    await requiresImprovement.check();
    assert.equal(await requiresImprovement.getAttribute('id'), 'overall-grade-requires-improvement', 'a radio id has no space');
    await page.getByLabel('Moderation note (optional)').fill('Plans lack timescales, so not yet good.');
    await checkPage(page, 'moderation');
    await page.getByRole('button', { name: 'Record the moderation' }).click();
    await page.getByText('The moderation is recorded.').waitFor();
    // The record is loaded again after the banner shows: wait for the moderator's column before reading the row.
    await page.getByRole('columnheader', { name: "Moderator's grade" }).waitFor();
    const overallRow = page.getByRole('table', { name: 'Grades' }).getByRole('row', { name: /^Overall/ });
    assert.match((await overallRow.textContent()) ?? '', /Good.*Requires improvement/, "the auditor's grade, then the moderator's");
    // The history is loaded again after the banner shows: wait for its new entry before reading it.
    const history = page.getByRole('list').filter({ hasText: 'Planned by' });
    await history.getByText(/Moderated by performance-analyst/).waitFor();
    assert.match((await history.textContent()) ?? '', /Planned by manager.*Saved by manager.*Submitted by manager.*Moderated by performance-analyst/);
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Case audits' }).click();
    await page.getByRole('img', { name: /good or better, by quarter/ }).waitFor();
    const overall = (await page.locator('.govuk-summary-list').textContent()) ?? '';
    assert.match(overall, /Audits completed\s*1/);
    assert.match(overall, /Moderation agreement\s*0\.0%/);
    const themes = page.getByRole('table', { name: /Themes over time/ });
    assert.match((await themes.textContent()) ?? '', /Drift and delay.*Sibling contact not promoted/);
    const link = themes.getByRole('link', { name: /Add to the improvement plan\s*:\s*Drift and delay/ });
    assert.equal(await link.getAttribute('href'), '/improvement-plan/actions/new?theme=Drift%20and%20delay');
    await checkPage(page, 'case-audits-dashboard', 'full page');
    await page.getByRole('link', { name: 'Show by month' }).click();
    await page.getByRole('img', { name: /good or better, by month/ }).waitFor();
    await checkPage(page, 'the dashboard by month');
  });

  it('shows an elected member the figures and themes, never a child', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await signInAs(app(), 'elected-member');
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Case audits' }).click();
    await page.getByRole('table', { name: /Themes over time/ }).waitFor();
    assert.equal(await page.getByRole('link', { name: /Audit of child|Add to the improvement plan|Draw a sample/ }).count(), 0);
    assert.equal(await page.getByRole('heading', { name: 'Audits to finish' }).count(), 0, 'no list of audits of children');
    await checkPage(page, 'the dashboard for an elected member');
  });
});
