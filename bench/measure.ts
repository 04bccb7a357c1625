import { spawnSync } from 'node:child_process';

/**
 * Runs one benchmark task in its own Node process, so that its peak memory (max RSS) is its own and
 * not the harness's. A task prints one JSON line: { ms, ...figures }.
 */
export interface TaskResult {
  ms: number;
  peakMB: number;
  [figure: string]: number | string;
}

/** Node's options as `sightline` runs with them (see bin/sightline.js), for tasks timed as the command would run them. */
export const SIGHTLINE_NODE_FLAGS = ['--concurrent-turbofan-max-threads=1', '--concurrent-maglev-max-threads=1'];

export function runTask(task: string, args: readonly string[]): TaskResult {
  const out = spawnSync(process.execPath, ['--max-old-space-size=4096', ...SIGHTLINE_NODE_FLAGS, new URL(`./tasks/${task}.ts`, import.meta.url).pathname, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  if (out.status !== 0) throw new Error(`bench task ${task} failed:\n${out.stderr}`);
  const lines = out.stdout.trim().split('\n');
  return JSON.parse(lines[lines.length - 1]!) as TaskResult;
}

/** Wall time of an external command (the baseline tools), best of `runs`. */
export function timeCommand(command: string, args: readonly string[], runs = 3): number | null {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const out = spawnSync(command, args, { stdio: 'ignore' });
    if (out.error) return null;
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/** Reported by every task on exit. */
export function report(ms: number, figures: Record<string, number | string> = {}): void {
  const peakMB = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`${JSON.stringify({ ms: Math.round(ms), peakMB: Math.round(peakMB), ...figures })}\n`);
}

export function row(name: string, figures: string, target: string, ok: boolean | null): string {
  const verdict = ok === null ? '  n/a ' : ok ? '  met ' : ' MISSED';
  return `${verdict} ${name.padEnd(44)} ${figures.padEnd(48)} target ${target}`;
}
