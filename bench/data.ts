import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Benchmark data: synthetic councils made by `sightline generate`, cached in the temp folder between
 * runs (the same seed always gives the same files).
 */
export interface Council {
  readonly dir: string;
  readonly cin: string;
  readonly ssda903: string;
}

const bin = new URL('../bin/sightline.js', import.meta.url).pathname;

export function council(children: number, years = '2026-2026', seed = 1): Council {
  const dir = join(tmpdir(), 'sightline-bench', `c${children}-y${years}-s${seed}`);
  const last = years.split('-').at(-1)!;
  const yearDir = join(dir, last);
  if (!existsSync(join(yearDir, 'ssda903', 'episodes.csv'))) {
    process.stderr.write(`generating a council of ${children} children (${years}) for the benchmarks…\n`);
    const run = spawnSync(process.execPath, [bin, 'generate', '--children', String(children), '--years', years, '--seed', String(seed), '--la', '806', '--out', dir], { stdio: ['ignore', 'ignore', 'inherit'] });
    if (run.status !== 0) throw new Error('could not generate the benchmark council');
  }
  const cin = readdirSync(yearDir).find((f) => f.endsWith('.xml'))!;
  return { dir, cin: join(yearDir, cin), ssda903: join(yearDir, 'ssda903') };
}
