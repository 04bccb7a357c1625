import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { DEFAULT_CASELOAD_LIMIT } from '../../../core/caseloads/caseloads.ts';
import { browserSuite, checkPage, signInAs } from '../../testing/app-in-browser.ts';
import { browserSkipReason } from '../../testing/browser.ts';

const skip = browserSkipReason();

describe('Caseloads, in the browser', { skip }, () => {
  let page: Page;
  const app = browserSuite(async (opened) => {
    ({ page } = opened);
  });
  const accessible = (name: string, photograph?: 'full page') => checkPage(page, name, photograph);

  const summary = async () => (await page.locator('.govuk-summary-list').textContent()) ?? '';

  it('shows a manager the spread of caseloads, each team, the children with no worker and the trend', async () => {
    await signInAs(app(), 'manager');
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Caseloads' }).click();
    await page.getByRole('heading', { name: 'Caseloads', level: 1 }).waitFor();
    await page.getByRole('img', { name: /Social workers by caseload/ }).waitFor();
    assert.ok((await page.locator('svg.app-chart rect').count()) >= DEFAULT_CASELOAD_LIMIT, 'a bar for each caseload up to the limit');
    assert.match(await summary(), new RegExp(`Caseload limit\\s*${DEFAULT_CASELOAD_LIMIT} children \\(Sightline's default`));
    assert.equal(await page.getByRole('table', { name: 'By team' }).locator('tbody tr').count(), 4);
    const unallocated = page.getByRole('table', { name: 'Children with an open case and no social worker' });
    const waiting = [...(await summary()).matchAll(/(\d+) of \d+ /g)].reduce((n, m) => n + Number(m[1]), 0);
    assert.ok(waiting > 0, 'a case is waiting for a worker');
    assert.equal(await unallocated.locator('tbody tr').count(), waiting, 'the children counted as having no worker are the ones listed');
    await page.getByText('is the one the council\'s case management system has allocated to the case').waitFor();
    const child = unallocated.getByRole('link').first();
    const name = (await child.textContent())!;
    assert.equal(await page.getByRole('img', { name: /month by month/ }).count(), 4);
    assert.equal(await page.getByRole('heading', { name: 'Change the caseload limit' }).count(), 0, 'a manager cannot change the limit');
    await accessible('caseloads', 'full page');
    await child.click();
    await page.getByRole('heading', { name: `Chronology of ${name.replace('Child', 'child')}` }).waitFor();
  });

  it('shows the caseloads on an earlier date', async () => {
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Caseloads' }).click();
    await page.getByLabel('Caseloads on').fill('2025-09-30');
    await page.getByRole('button', { name: 'Show the caseloads' }).click();
    await page.getByText('30 September 2025').first().waitFor();
    assert.match(await summary(), /On\s*30 September 2025/);
  });

  it('lets an administrator change the limit, refusing one that is not a number', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await signInAs(app(), 'administrator');
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Caseloads' }).click();
    const limit = page.getByLabel('Children per social worker');
    await limit.fill('lots');
    await page.getByRole('button', { name: 'Save the limit' }).click();
    await page.locator('.govuk-error-summary').getByRole('link', { name: 'Enter the limit as a whole number of children' }).waitFor();
    await accessible('caseloads with a limit error');
    await limit.fill('1');
    await page.getByRole('button', { name: 'Save the limit' }).click();
    await page.getByText('The caseload limit is now 1.').waitFor();
    assert.match(await summary(), /Caseload limit\s*1 children, set by administrator/);
    const over = page.getByRole('table', { name: 'Workers over the limit of 1' });
    await over.waitFor();
    assert.ok((await over.locator('tbody th').allTextContents()).some((w) => /^[A-D]-SW\d\d$/.test(w)), 'allocated workers are among them');
    await accessible('caseloads after the limit changed');
  });

  it('shows an elected member the figures and no child', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await signInAs(app(), 'elected-member');
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Caseloads' }).click();
    await page.getByText('Your role sees the number, not the children.').waitFor();
    assert.equal(await page.getByRole('link', { name: /^Child / }).count(), 0);
    await accessible('caseloads for an elected member');
  });
});
