import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { today } from '../../../access/actor-guard.ts';
import { TEST_LA } from '../../../access/testing.ts';
import { addDays } from '../../../core/model/dates.ts';
import { recordInspection } from '../../../store/inspections.ts';
import { browserSuite, checkPage, signInAs } from '../../testing/app-in-browser.ts';
import { browserSkipReason } from '../../testing/browser.ts';

const skip = browserSkipReason();
const RECOMMENDATION = 'Improve the quality and timeliness of management oversight of child protection plans. Leaders should check that supervision leads to action.';

describe('The improvement plan, in the browser', { skip }, () => {
  let page: Page;
  let url: string;
  let findingId = 0;
  let actionPath = '';
  const app = browserSuite(async (opened) => {
    ({ page, url } = opened);
    const inspection = await recordInspection(opened.council.db, TEST_LA, {
      kind: 'standard-inspection', start: '2026-01-12', end: '2026-01-23', published: null, focus: null, reportUrl: null, judgements: [],
      findings: [{ kind: 'recommendation', text: RECOMMENDATION }],
    }, 'test');
    findingId = inspection.findings[0]!.id;
  });

  const rag = () => page.locator('main p', { hasText: /^RAG:/ });

  it('turns a recommendation into an action, and its RAG follows its milestones and updates', async () => {
    await signInAs(app(), 'manager');
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Improvement plan' }).click();
    await page.getByText('There are no actions in the plan yet.').waitFor();
    await checkPage(page, 'empty board');

    await page.goto(`${url}/improvement-plan/actions/new?finding=${findingId}`);
    await page.getByText('From recommendation 1 of').waitFor();
    assert.equal(await page.getByLabel('Description').inputValue(), RECOMMENDATION, 'the finding becomes the description');
    assert.equal(await page.getByLabel('Title').inputValue(), 'Improve the quality and timeliness of management oversight of child protection plans');
    await page.getByRole('button', { name: 'Add the action' }).click();
    await page.locator('.govuk-error-summary').getByRole('link', { name: 'Enter who owns the action' }).waitFor();
    await checkPage(page, 'new action, with an error');
    await page.getByLabel('Owner').fill('Head of Safeguarding');
    await page.getByLabel('Start date').fill(addDays(today(), -30));
    await page.getByLabel('Target date').fill(addDays(today(), 60));
    await page.locator('#action-indicator-re-referrals').check();
    await page.getByRole('button', { name: 'Add the action' }).click();
    await page.getByText('Action added.').waitFor();
    actionPath = new URL(page.url()).pathname;
    assert.match(await rag().textContent() ?? '', /RAG: Green/);

    await page.getByLabel('Milestone', { exact: true }).fill('Dip sample 20 child protection plans');
    await page.getByLabel('Due').fill(addDays(today(), -3));
    await page.getByRole('button', { name: 'Add the milestone' }).click();
    await page.getByText('Milestone “Dip sample 20 child protection plans” added.').waitFor();
    assert.match(await rag().textContent() ?? '', /RAG: Red/, 'a milestone past due');
    await page.getByText(/Milestone “Dip sample 20 child protection plans” was due on .* and is not done/).first().waitFor();

    await page.getByLabel('Milestone', { exact: true }).fill('Re-audit');
    await page.getByLabel('Due').fill(addDays(today(), -40));
    await page.getByRole('button', { name: 'Add the milestone' }).click();
    await page.locator('.govuk-error-summary').getByText(/is before the action started/).waitFor();
    await checkPage(page, 'action, a milestone refused');
    await page.getByLabel('Due').fill(addDays(today(), 30));
    await page.getByRole('button', { name: 'Add the milestone' }).click();
    await page.getByText('Milestone “Re-audit” added.').waitFor();

    await page.getByLabel('What changed').fill('Twenty plans sampled; supervision notes now record decisions.');
    await page.getByLabel('Progress').fill('40');
    await page.getByRole('button', { name: 'Post the update' }).click();
    await page.getByText('Weekly update posted.').waitFor();
    assert.match(await rag().textContent() ?? '', /RAG: Red/, 'still overdue');

    await page.getByRole('button', { name: /Mark as done.*Dip sample 20 child protection plans/ }).click();
    await page.getByText('Milestone “Dip sample 20 child protection plans” done.').waitFor();
    assert.match(await rag().textContent() ?? '', /RAG: Green/, 'nothing overdue, updated this week');

    await page.getByLabel('Risk', { exact: true }).fill('Agency managers leave before the re-audit');
    await page.getByLabel('Likelihood').selectOption('4');
    await page.getByLabel('Impact').selectOption('4');
    await page.getByLabel('Mitigation').fill('Recruit permanent team managers');
    await page.locator('#risk-owner').fill('Head of Service');
    await page.getByRole('button', { name: 'Add the risk' }).click();
    await page.getByText('Risk “Agency managers leave before the re-audit” added.').waitFor();

    const history = (await page.getByRole('table', { name: 'Every change to the action, newest first' }).textContent()) ?? '';
    for (const change of ['Action added: “Improve the quality', 'Milestone “Dip sample 20 child protection plans” added', 'Weekly update posted (40% complete)', 'Milestone “Dip sample 20 child protection plans” done on', 'Risk “Agency managers leave before the re-audit” added: likelihood 4 × impact 4 = 16']) {
      assert.ok(history.includes(change), `the history lists: ${change}`);
    }
    assert.match(history, /manager/);
    await page.getByRole('img', { name: /Re-referrals.*month by month/i }).waitFor();
    await checkPage(page, 'improvement-action', 'full page');

    await page.getByRole('link', { name: /Change the action/ }).click();
    await page.getByRole('heading', { name: 'Change an action' }).waitFor();
    await checkPage(page, 'change an action');
    await page.getByLabel('Status').selectOption('in-progress');
    await page.getByRole('button', { name: 'Save the changes' }).click();
    await page.getByText('Changes saved.').waitFor();
    assert.match((await page.getByRole('table', { name: 'Every change to the action, newest first' }).textContent()) ?? '', /Status: Not started → In progress/);
  });

  it('starts an action from a case-audit theme', async () => {
    await page.goto(`${url}/improvement-plan/actions/new?theme=${encodeURIComponent('Neglect not recognised')}`);
    await page.getByText('Answers the case-audit theme: Neglect not recognised').waitFor();
    assert.equal(await page.getByLabel('Title').inputValue(), 'Neglect not recognised');
    await checkPage(page, 'new action from a theme');
  });

  it('shows the board and the printable weekly report', async () => {
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Improvement plan' }).click();
    const board = page.getByRole('table', { name: 'Actions, red and overdue first' });
    await board.waitFor();
    assert.match((await board.textContent()) ?? '', /Improve the quality.*Green.*Head of Safeguarding.*Re-audit/);
    await checkPage(page, 'board');
    await page.getByRole('link', { name: 'The weekly report' }).click();
    await page.getByRole('table', { name: 'What changed this week' }).waitFor();
    assert.equal(await page.getByRole('link', { name: 'Download the report (xlsx)' }).getAttribute('href'), '/api/improvement-plan/report.xlsx');
    assert.match((await page.getByRole('table', { name: 'Top risks' }).textContent()) ?? '', /4 × 4 = 16/);
    await checkPage(page, 'improvement-weekly-report', 'full page');
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.getByRole('navigation', { name: 'Menu' }).isVisible(), false, 'printed without the navigation');
    assert.equal(await page.getByRole('table', { name: 'Top risks' }).isVisible(), true);
    await page.emulateMedia({ media: 'screen' });
  });

  it('shows an elected member the plan but no way to change it', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await signInAs(app(), 'elected-member');
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Improvement plan' }).click();
    await page.getByRole('table', { name: 'Actions, red and overdue first' }).waitFor();
    assert.equal(await page.getByRole('link', { name: 'Add an action' }).count(), 0);
    await checkPage(page, 'board, elected member');
    await page.goto(`${url}${actionPath}`);
    await page.getByRole('heading', { name: 'History' }).waitFor();
    assert.equal(await page.getByRole('main').getByRole('button').count(), 0, 'no buttons');
    assert.equal(await page.getByRole('link', { name: /Change the action/ }).count(), 0);
    assert.equal(await page.locator('main form').count(), 0, 'no forms');
    await checkPage(page, 'action, elected member');
  });
});
