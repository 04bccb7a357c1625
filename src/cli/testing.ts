import { spawnSync } from 'node:child_process';

/** Runs the real `sightline` command, as a person would, and returns what it printed and its exit status. */
export function sightline(args: readonly string[], cwd?: string): { status: number | null; stdout: string; stderr: string } {
  const bin = new URL('../../bin/sightline.js', import.meta.url).pathname;
  const run = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', cwd, maxBuffer: 1 << 26 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}
