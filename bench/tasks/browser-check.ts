// Checks a return in the browser page, as an analyst would (file chosen, read and validated in a web
// worker), and reports the wall time and the peak memory of the whole browser (every Chromium process).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { buildServer } from '../../src/server/app.ts';
import { launchBrowser } from '../../src/web/testing/browser.ts';
import { report } from '../measure.ts';

const file = process.argv[2]!;
const server = await buildServer();
const url = await server.listen({ port: 0, host: '127.0.0.1' });
const browser = await launchBrowser();
const page = await (await browser.newContext()).newPage();
await page.goto(new URL("/check", url).toString());

/**
 * Memory of every process this one started (the whole browser: main, zygotes, GPU, renderers), in MB, as
 * the sum of proportional set sizes: Chromium's processes share pages, which summed RSS would count again
 * in each process.
 */
function browserRssMB(): number {
  const table = execFileSync('ps', ['-e', '-o', 'pid=,ppid=,rss='], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map((l) => l.trim().split(/\s+/).map(Number) as [number, number, number]);
  const ours = new Set([process.pid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, parent] of table) {
      if (ours.has(parent) && !ours.has(pid)) {
        ours.add(pid);
        grew = true;
      }
    }
  }
  ours.delete(process.pid);
  let kb = 0;
  for (const pid of ours) {
    try {
      kb += Number(/^Pss:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))?.[1] ?? 0);
    } catch {
      // The process ended between listing and reading.
    }
  }
  return kb / 1024;
}

const idle = browserRssMB();
let peak = idle;
const sampler = setInterval(() => (peak = Math.max(peak, browserRssMB())), 100);
const start = performance.now();
await page.setInputFiles('#return-files', file);
await page.getByText(/Checked 1 return/).waitFor({ timeout: 600_000 });
const ms = performance.now() - start;
clearInterval(sampler);
await browser.close();
await server.close();
report(ms, { browserPeakMB: Math.round(peak), browserIdleMB: Math.round(idle) });
