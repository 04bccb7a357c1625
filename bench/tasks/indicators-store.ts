// Every indicator and every worklist of a 10,000-child council over six years (2021–2026), from the store:
// first after an import (journeys read from the store, chronologies, facts worked out and kept, indicators,
// drift, the API's views), cold as a server starting (the kept facts read, indicators, drift, views) and warm
// (the same asked again: the figures are kept until the current returns change). Then the dashboard API
// under 50 concurrent clients: GET /api/indicators and GET /api/worklist from a server in its own process.
// Arguments: [seconds of load] (default 30).
import { forActor } from '../../src/access/data-access.ts';
import { keptCouncilStore, load, signedInCookie, startServer } from '../http-load.ts';
import { report } from '../measure.ts';

const CHILDREN = 10_000;
const YEARS = { firstYear: 2021, lastYear: 2026 };
const CONNECTIONS = 50;
const SECONDS = Number(process.argv[2] ?? 30);
const USER = { username: 'bench-manager', password: 'bench-only-password-not-a-secret' };

const start = performance.now();
// The store is kept between runs: loading 12 returns of 10,000 children is set-up, not the benchmark.
const { db, dataDir } = await keptCouncilStore(CHILDREN, YEARS, { ...USER, role: 'manager' });
const setupMs = performance.now() - start;

const actor = { username: USER.username, la: '806', role: 'manager', team: null, expiresAt: null } as const;
/** Every indicator, the whole council's worklist, and each team's and each worker's, through a store handle of its own (nothing kept in memory). */
async function everything(access = forActor(db, actor)): Promise<{ indicators: number; items: number }> {
  const { indicators } = await access.indicators();
  const all = await access.worklist({ limit: 2000 });
  let items = all.total;
  for (const team of all.teams) items += (await access.worklist({ team, limit: 2000 })).total;
  for (const worker of all.workers) items += (await access.worklist({ worker, limit: 2000 })).total;
  return { indicators: indicators.length, items };
}
// First after an import: the children's facts are worked out from the returns' records (and kept).
await db.query("delete from council_facts where la = '806'");
let t0 = performance.now();
await everything();
const afterImportMs = performance.now() - t0;
// Cold, as a server starting: a new store handle has nothing in memory and reads the kept facts.
t0 = performance.now();
const warmAccess = forActor({ ...db }, actor);
const cold = await everything(warmAccess);
const coldMs = performance.now() - t0;
let warmMs = Number.POSITIVE_INFINITY;
for (let i = 0; i < 5; i++) {
  const t = performance.now();
  await everything(warmAccess);
  warmMs = Math.min(warmMs, performance.now() - t);
}
await db.close();

const { url, server } = await startServer(dataDir);
try {
  const cookie = await signedInCookie(url, USER);
  // The first request works the figures out (cold); the load is on the kept figures.
  const t = performance.now();
  const first = await fetch(`${url}/api/indicators`, { headers: { cookie } });
  if (!first.ok) throw new Error(`GET /api/indicators: ${first.status}`);
  const serverColdMs = performance.now() - t;
  const bytes = (await first.arrayBuffer()).byteLength;
  // As a browser asks: gzip accepted.
  const indicators = await load(url, cookie, () => '/api/indicators', { connections: CONNECTIONS, seconds: SECONDS, headers: { 'accept-encoding': 'gzip, deflate, br' } });
  let n = 0;
  const teams = ['Team A', 'Team B', 'Team C', 'Team D'];
  const worklist = await load(url, cookie, () => `/api/worklist?team=${encodeURIComponent(teams[n++ % teams.length]!)}&limit=200`, { connections: CONNECTIONS, seconds: SECONDS });
  report(coldMs + warmMs, {
    setupS: Math.round(setupMs / 1000),
    indicators: cold.indicators,
    worklistEntries: cold.items,
    afterImportMs: Math.round(afterImportMs),
    coldMs: Math.round(coldMs),
    warmMs: Math.round(warmMs),
    serverColdMs: Math.round(serverColdMs),
    indicatorsKB: Math.round(bytes / 1024),
    indicatorsP95: indicators.p95,
    indicatorsP50: indicators.p50,
    indicatorsRps: indicators.rps,
    indicatorsErrors: indicators.errors,
    indicatorsStatuses: indicators.statuses,
    worklistP95: worklist.p95,
    worklistP50: worklist.p50,
    worklistRps: worklist.rps,
    worklistErrors: worklist.errors,
  });
} finally {
  server.kill('SIGTERM');
}
