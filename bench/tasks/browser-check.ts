// Checks a return in the browser page, as an analyst would (file chosen, read and validated in a web
// worker), and reports the wall time and the peak memory of the whole browser (every Chromium process).
import { execFileSync } from 'node:child_process';
import { buildServer } from '../../src/server/app.ts';
import { launchBrowser } from '../../src/web/testing/browser.ts';
import { report } from '../measure.ts';

const file = process.argv[2]!;
const server = await buildServer();
const url = await server.listen({ port: 0, host: '127.0.0.1' });
const browser = await launchBrowser();
const page = await (await browser.newContext()).newPage();
await page.goto(url);

/** Resident memory of a process and all its descendants, in MB. */
function treeRssMB(pid: number): number {
  const table = execFileSync('ps', ['-e', '-o', 'pid=,ppid=,rss='], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map((l) => l.trim().split(/\s+/).map(Number) as [number, number, number]);
  const tree = new Set([pid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [p, parent] of table) {
      if (tree.has(parent) && !tree.has(p)) {
        tree.add(p);
        grew = true;
      }
    }
  }
  return table.filter(([p]) => tree.has(p)).reduce((sum, [, , rss]) => sum + rss, 0) / 1024;
}

// The launcher's own process is Playwright's child: find Chromium's main process by its parent.
const root = Number(execFileSync('pgrep', ['-n', '-f', 'chromium.*--remote-debugging-pipe'], { encoding: 'utf8' }).trim());
let peak = treeRssMB(root);
const sampler = setInterval(() => (peak = Math.max(peak, treeRssMB(root))), 100);
const start = performance.now();
await page.setInputFiles('#return-files', file);
await page.getByText(/Checked 1 return/).waitFor({ timeout: 600_000 });
const ms = performance.now() - start;
clearInterval(sampler);
const errors = (await page.locator('.govuk-heading-l').first().textContent()) ?? '';
await browser.close();
await server.close();
report(ms, { browserPeakMB: Math.round(peak), errorsShown: errors.trim() });
