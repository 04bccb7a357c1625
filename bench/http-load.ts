import autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { createUser, findUser, resetPassword } from '../src/access/accounts.ts';
import type { Role } from '../src/access/permissions.ts';
import { importCouncil } from '../src/cli/demo-council.ts';
import type { Database } from '../src/store/database.ts';
import { openStore } from '../src/store/open-store.ts';
import { council } from './data.ts';
import { SIGHTLINE_NODE_FLAGS } from './measure.ts';

/**
 * The API benchmarks' shared parts: a generated council's store kept between runs; a server in its own
 * process, as in production, so the load generator does not share its event loop; a signed-in cookie;
 * and autocannon runs timed exactly.
 */

/**
 * A PGlite store holding a generated council (LA 806) of `children` over `years`, with `user` able to
 * sign in. The store is kept between runs: loading years of returns is set-up, not the benchmark. The
 * caller closes it.
 */
export async function keptCouncilStore(
  children: number,
  years: { firstYear: number; lastYear: number },
  user: { username: string; password: string; role: Role },
): Promise<{ db: Database; dataDir: string }> {
  const files = council(children, `${years.firstYear}-${years.lastYear}`);
  const dataDir = join(tmpdir(), 'sightline-bench', `store-c${children}-y${years.firstYear}-${years.lastYear}`);
  const ready = join(dataDir, 'loaded');
  const db = await openStore({ dataDir });
  if (!existsSync(ready)) {
    process.stderr.write(`loading the ${children}-child council into ${dataDir} …\n`);
    await importCouncil(db, { ...years, la: '806' }, files.dir);
    await writeFile(ready, new Date().toISOString());
  }
  if (await findUser(db, user.username)) await resetPassword(db, user.username, user.password);
  else await createUser(db, { ...user, la: '806' });
  return { db, dataDir };
}

export async function startServer(dataDir: string): Promise<{ url: string; server: ChildProcess }> {
  const server = spawn(process.execPath, [...SIGHTLINE_NODE_FLAGS, new URL('../bin/sightline.js', import.meta.url).pathname, 'serve', '--data', dataDir, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    server.once('exit', (code) => reject(new Error(`the server exited with ${code}`)));
    createInterface({ input: server.stdout! }).on('line', (line) => {
      const m = /running at (\S+)/.exec(line);
      if (m) resolve(m[1]!);
    });
  });
  return { url, server };
}

export async function signedInCookie(url: string, user: { username: string; password: string }): Promise<string> {
  const signIn = await fetch(`${url}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(user) });
  if (!signIn.ok) throw new Error(`sign-in failed: ${signIn.status} ${await signIn.text()}`);
  return signIn.headers.getSetCookie()[0]!.split(';')[0]!;
}

/** One autocannon run: every response's time kept, so that p95 is exact (autocannon reports p90 and p97.5). */
export async function load(base: string, cookie: string, path: () => string, options: { connections: number; seconds: number; headers?: Record<string, string> }): Promise<{ p50: number; p95: number; rps: number; errors: number; statuses: string }> {
  const times: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: base,
        connections: options.connections,
        duration: options.seconds,
        headers: { cookie, accept: 'application/json', ...options.headers },
        requests: [{ method: 'GET', setupRequest: (request) => ({ ...request, path: path() }) }],
      },
      (error: unknown, done: autocannon.Result) => (error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(done)),
    );
    instance.on('response', (_client, _status, _bytes, ms) => times.push(ms));
  });
  times.sort((a, b) => a - b);
  const at = (q: number) => Math.round(times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0);
  const statuses = Object.entries(result.statusCodeStats ?? {}).map(([code, s]: [string, { count?: number }]) => `${code}×${s.count ?? 0}`).join(' ') + (result.timeouts ? ` timeouts×${result.timeouts}` : '');
  return { p50: at(0.5), p95: at(0.95), rps: Math.round(result.requests.average), errors: result.errors + result.non2xx, statuses };
}
