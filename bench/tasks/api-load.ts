// The API under load: a server on a PGlite store holding a 10,000-child council (five years of CIN
// censuses and SSDA903 returns), 50 concurrent clients for 30 s on the chronology API, then 30 s on the
// data-quality APIs. Reports each run's p95 latency, throughput and errors (non-2xx or failed requests).
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { createUser, findUser, resetPassword } from '../../src/access/accounts.ts';
import { importCouncil } from '../../src/cli/demo-council.ts';
import { openStore } from '../../src/store/open-store.ts';
import { council } from '../data.ts';
import { report } from '../measure.ts';

const CHILDREN = 10_000;
const YEARS = { firstYear: 2022, lastYear: 2026 };
const CONNECTIONS = 50;
const SECONDS = Number(process.argv[2] ?? 30);
const USER = { username: 'bench-analyst', password: 'bench-only-password-not-a-secret' };

const start = performance.now();
const files = council(CHILDREN, `${YEARS.firstYear}-${YEARS.lastYear}`);
const dataDir = join(tmpdir(), 'sightline-bench', `store-c${CHILDREN}-y${YEARS.firstYear}-${YEARS.lastYear}`);
const ready = join(dataDir, 'loaded');

// The store is kept between runs: loading 10 returns of 10,000 children is set-up, not the benchmark.
const db = await openStore({ dataDir });
if (!existsSync(ready)) {
  process.stderr.write(`loading the ${CHILDREN}-child council into ${dataDir} …\n`);
  await importCouncil(db, { ...YEARS, la: '806' }, files.dir);
  await writeFile(ready, new Date().toISOString());
}
if (await findUser(db, USER.username)) await resetPassword(db, USER.username, USER.password);
else await createUser(db, { ...USER, la: '806', role: 'performance-analyst' });
const childIds = (await db.query<{ child_id: string }>("select child_id from allocations where la = '806' order by md5(child_id) limit 500")).map((r) => r.child_id);
const returnIds = (await db.query<{ id: number }>("select id::int as id from returns where la = '806' and superseded_by is null order by id")).map((r) => r.id);
await db.close();
const setupMs = performance.now() - start;

// The server runs in its own process, as in production, so the load generator does not share its event loop.
const server = spawn(process.execPath, [new URL('../../bin/sightline.js', import.meta.url).pathname, 'serve', '--data', dataDir, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
const url = await new Promise<string>((resolve, reject) => {
  server.once('exit', (code) => reject(new Error(`the server exited with ${code}`)));
  createInterface({ input: server.stdout! }).on('line', (line) => {
    const m = /running at (\S+)/.exec(line);
    if (m) resolve(m[1]!);
  });
});

try {
  const signIn = await fetch(`${url}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(USER) });
  if (!signIn.ok) throw new Error(`sign-in failed: ${signIn.status} ${await signIn.text()}`);
  const cookie = signIn.headers.getSetCookie()[0]!.split(';')[0]!;

  let n = 0;
  const pick = <T>(list: readonly T[]) => list[n++ % list.length]!;
  const chronology = await load(url, cookie, () => `/api/children/${pick(childIds)}/chronology`);
  const quality = await load(url, cookie, () => {
    const id = pick(returnIds);
    return n % 2 ? `/api/returns/${id}/rules` : `/api/returns/${id}/children?limit=50&offset=${(n % 5) * 50}`;
  });
  report(performance.now() - start, {
    setupS: Math.round(setupMs / 1000),
    connections: CONNECTIONS,
    seconds: SECONDS,
    chronologyP95: chronology.p95,
    chronologyP50: chronology.p50,
    chronologyRps: chronology.rps,
    chronologyErrors: chronology.errors,
    chronologyStatuses: chronology.statuses,
    qualityP95: quality.p95,
    qualityP50: quality.p50,
    qualityRps: quality.rps,
    qualityErrors: quality.errors,
    qualityStatuses: quality.statuses,
  });
} finally {
  server.kill('SIGTERM');
}

/** One autocannon run: every response's time kept, so that p95 is exact (autocannon reports p90 and p97.5). */
async function load(base: string, cookie: string, path: () => string): Promise<{ p50: number; p95: number; rps: number; errors: number; statuses: string }> {
  const times: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: base,
        connections: CONNECTIONS,
        duration: SECONDS,
        headers: { cookie, accept: 'application/json' },
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
