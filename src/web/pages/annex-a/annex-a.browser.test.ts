import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { corruptCinRecord } from '../../../access/annex-a-testing.ts';
import type { AnnexAJobView } from '../../../access/annex-a-views.ts';
import { readAnnexA } from '../../../core/formats/annex-a/read-annex-a.ts';
import { importReturn } from '../../../store/import-return.ts';
import { browserSuite, checkPage, signInAs } from '../../testing/app-in-browser.ts';
import { browserSkipReason } from '../../testing/browser.ts';

const skip = browserSkipReason();
const AT = '2026-03-31';
const FILE = `annex-a-806-${AT}.xlsx`;

describe('Ofsted Annex A, in the browser', { skip }, () => {
  let page: Page;
  let url: string;
  const app = browserSuite((opened) => {
    ({ page, url } = opened);
  });

  const menu = () => page.getByRole('navigation', { name: 'Menu' });

  it('lets a manager produce Annex A for a date, following its progress, and download the workbook once', async () => {
    await signInAs(app(), 'manager');
    await menu().getByRole('link', { name: 'Annex A' }).click();
    await page.getByRole('heading', { name: 'Ofsted Annex A', level: 1 }).waitFor();
    await checkPage(page, 'Annex A');

    // Without a reason nothing is produced, and the form says what is missing.
    await page.getByRole('button', { name: 'Produce Annex A' }).click();
    await page.locator('.govuk-error-summary').getByText('Enter why you are producing Annex A').waitFor();
    await checkPage(page, 'Annex A, with an error');

    const progress: AnnexAJobView[] = [];
    page.on('response', (r) => {
      if (/\/api\/annex-a\/productions(\/[^/]+)?$/.test(new URL(r.url()).pathname)) void r.json().then((j: AnnexAJobView) => progress.push(j), () => undefined);
    });
    await page.getByLabel('Date Annex A is drawn up as of').fill(AT);
    await page.getByLabel('12 months').check();
    await page.getByLabel('6 months').check();
    await page.getByLabel('Why are you producing it?').fill('ILACS inspection notified for Monday');
    await page.getByRole('button', { name: 'Produce Annex A' }).click();
    await page.getByRole('progressbar', { name: 'Producing Annex A' }).waitFor();
    assert.match((await page.locator('[aria-live="polite"]').first().textContent()) ?? '', /Reading children's records|Finding the council's children|Writing the workbook/);
    await checkPage(page, 'annex-a-in-progress');

    await page.getByRole('heading', { name: 'Annex A is ready' }).waitFor();
    assert.ok(progress.length >= 2, 'the page followed the production');
    assert.equal(progress[0]!.stage, 'reading');
    assert.deepEqual(progress.map((p) => p.percent), progress.map((p) => p.percent).sort((a, b) => a - b), 'progress only goes forward');
    assert.equal(progress.at(-1)!.percent, 100);
    const rows = page.getByRole('table', { name: 'Rows in each list' });
    assert.equal(await rows.locator('tbody tr').count(), 11);
    await checkPage(page, 'Annex A, ready');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: `Download ${FILE}` }).click()]);
    assert.equal(download.suggestedFilename(), FILE);
    const saved = await download.path();
    const workbook = new Uint8Array(await readFile(saved));
    assert.deepEqual([...workbook.subarray(0, 2)], [0x50, 0x4b], 'a zip (xlsx) file');
    const read = readAnnexA(workbook, FILE);
    assert.deepEqual(read.problems.filter((p) => p.severity === 'error'), []);
    assert.equal(read.at, AT);
    assert.deepEqual(Object.keys(read.lists).map(Number), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 'every list sheet, recognised by its headings');
    const list8 = Number((await rows.getByRole('row', { name: /List 8/ }).locator('td').last().textContent())!.replace(/,/g, ''));
    assert.equal(read.lists[8]!.length, list8);
    await page.getByText('Downloaded: the workbook is no longer kept').waitFor();
    await checkPage(page, 'Annex A, downloaded');

    // The council's own Annex A, once stored, is compared with its returns: produced from them, it agrees.
    const stored = await importReturn(app().council.db, { la: '806', files: [{ name: 'council-annex-a.xlsx', content: workbook }], importedBy: 'performance-analyst' });
    assert.equal(stored.status, 'imported', stored.message);
    await page.reload();
    await page.getByRole('table', { name: /Stored Annex A returns/ }).waitFor();
    await page.getByRole('button', { name: /Compare with the CIN census and SSDA903/ }).click();
    await page.getByText('The Annex A and the CIN census and SSDA903 agree').waitFor();
    await checkPage(page, 'Annex A, reconciled');

    const audited = await app().council.db.query<{ actor: string; action: string; subject: string; reason: string | null }>(
      "select actor, action, subject, reason from audit_log where action like '%annex-a' order by id",
    );
    assert.deepEqual(audited, [
      { actor: 'manager', action: 'produce-annex-a', subject: AT, reason: 'ILACS inspection notified for Monday' },
      { actor: 'manager', action: 'download-annex-a', subject: AT, reason: null },
      { actor: 'manager', action: 'reconcile-annex-a', subject: AT, reason: null },
    ]);
  });

  it('tells the user in plain words when a production fails, and offers no workbook', async (t) => {
    t.mock.method(console, 'error', () => undefined); // the server's log of the failure, in this process
    const { childId, restore } = await corruptCinRecord(app().council.db);
    try {
      await page.reload();
      await page.getByLabel('Date Annex A is drawn up as of').fill(AT);
      await page.getByLabel('Why are you producing it?').fill('Rehearsing the inspection');
      await page.getByRole('button', { name: 'Produce Annex A' }).click();
      const summary = page.locator('.govuk-error-summary', { hasText: 'There is no workbook' });
      await summary.getByText('The Annex A could not be produced. Try again; if it fails again, tell your administrator.').waitFor();
      assert.equal(await page.getByRole('button', { name: /^Download/ }).count(), 0);
      assert.equal(await page.getByRole('table', { name: 'Rows in each list' }).count(), 0, 'no rows of a workbook never written');
      assert.ok(!((await page.locator('body').textContent()) ?? '').includes(childId), 'the page names no child');
      await checkPage(page, 'Annex A, failed');
    } finally {
      await restore();
    }
  });

  it('shows a social worker no Annex A, and the API refuses them', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await signInAs(app(), 'social-worker');
    assert.equal(await menu().getByRole('link', { name: 'Annex A' }).count(), 0);
    assert.ok((await menu().getByRole('link').count()) > 0, 'the menu is there');
    assert.equal((await page.request.get(`${url}/api/annex-a`)).status(), 403);
    const csrf = await page.evaluate(async () => ((await (await fetch('/api/session')).json()) as { csrfToken: string }).csrfToken);
    const refused = await page.request.post(`${url}/api/annex-a/productions`, { data: { at: AT, reason: 'curious' }, headers: { 'x-csrf-token': csrf } });
    assert.equal(refused.status(), 403);
  });
});
