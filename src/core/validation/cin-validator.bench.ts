/**
 * Scratch benchmark (not a test): validates synthetic councils' CIN censuses of 10,000 and 100,000
 * children and prints the time. Children are generated first, so only validation is timed.
 *   node src/core/validation/cin-validator.bench.ts [children...] [--faults 0.02]
 */
import { workingDaysBetween } from '../calendar/working-days.ts';
import type { CinChild } from '../model/cin.ts';
import { cinHeader, generateChildren, type CouncilOptions } from '../synthetic/council.ts';
import { createCinValidator } from './cin-validator.ts';

const args = globalThis.process?.argv.slice(2) ?? [];
const faultAt = args.indexOf('--faults');
const faults = faultAt >= 0 ? Number(args[faultAt + 1]) : 0;
const sizes = args.filter((_, i) => faultAt < 0 || (i !== faultAt && i !== faultAt + 1)).map(Number);
const endYear = 2024;

// The working-day calendar is built once per process (a table of 80 years of bank holidays): time it apart.
const calendarStarted = performance.now();
workingDaysBetween('2024-01-01', '2024-03-31');
console.log(`working-day calendar built in ${(performance.now() - calendarStarted).toFixed(0)} ms`);

for (const size of sizes.length ? sizes : [10_000, 100_000]) {
  const options: CouncilOptions = { children: size, firstYear: endYear, lastYear: endYear, seed: 7, la: '201', faults };
  const children: CinChild[] = [];
  for (const c of generateChildren(options)) {
    const record = c.cin.get(endYear);
    if (record) children.push(record);
  }
  const heapBefore = globalThis.process?.memoryUsage().heapUsed ?? 0;
  const started = performance.now();
  const v = createCinValidator({ year: '2023/24', header: cinHeader(options, endYear) });
  for (const c of children) v.child(c);
  const report = v.finish();
  const ms = performance.now() - started;
  const heapMb = ((globalThis.process?.memoryUsage().heapUsed ?? 0) - heapBefore) / 2 ** 20;
  const byRule = new Map<string, number>();
  for (const f of report.findings) byRule.set(f.rule, (byRule.get(f.rule) ?? 0) + 1);
  console.log(`${size} children drawn, ${children.length} in the 2023/24 census: validated in ${ms.toFixed(0)} ms; ${report.findings.length} findings; heap grew ${heapMb.toFixed(0)} MB (findings included)`);
  console.log(`  by rule: ${[...byRule].sort((a, b) => b[1] - a[1]).map(([r, n]) => `${r}:${n}`).join(' ')}`);
}
