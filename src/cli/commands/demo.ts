import { Command } from 'commander';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * `sightline demo`: the zero-set-up path. Generates a synthetic demo council on first run (never real
 * data) and shows what Sightline reads from its latest year.
 */
export const DEMO = { children: 5000, firstYear: 2022, lastYear: 2026, seed: 806, la: '806' } as const;

export function demoCommand(run: (argv: string[]) => Promise<void>): Command {
  return new Command('demo')
    .description(`generate a synthetic demo council (${DEMO.children} children, ${DEMO.firstYear - 1}/${DEMO.firstYear % 100}–${DEMO.lastYear - 1}/${DEMO.lastYear % 100}) and inspect its latest returns`)
    .option('--dir <dir>', 'where the demo council lives', join('data', 'demo'))
    .action(async (opts: { dir: string }) => {
      if (!existsSync(join(opts.dir, String(DEMO.lastYear)))) {
        console.log(`Generating the demo council in ${opts.dir} …`);
        await run(['generate', '--children', String(DEMO.children), '--years', `${DEMO.firstYear}-${DEMO.lastYear}`, '--seed', String(DEMO.seed), '--la', DEMO.la, '--out', opts.dir]);
      }
      const latest = join(opts.dir, String(DEMO.lastYear));
      await run(['inspect', latest, join(latest, 'ssda903')]);
    });
}
