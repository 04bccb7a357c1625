// The API under load: a server on a PGlite store holding a 10,000-child council (five years of CIN
// censuses and SSDA903 returns), 50 concurrent clients for 30 s on the chronology API, then 30 s on the
// data-quality APIs. Reports each run's p95 latency, throughput and errors (non-2xx or failed requests).
import { keptCouncilStore, load as loadFor, signedInCookie, startServer } from '../http-load.ts';
import { report } from '../measure.ts';

const CHILDREN = 10_000;
const YEARS = { firstYear: 2022, lastYear: 2026 };
const CONNECTIONS = 50;
const SECONDS = Number(process.argv[2] ?? 30);
const USER = { username: 'bench-analyst', password: 'bench-only-password-not-a-secret' };

const start = performance.now();
// The store is kept between runs: loading 10 returns of 10,000 children is set-up, not the benchmark.
const { db, dataDir } = await keptCouncilStore(CHILDREN, YEARS, { ...USER, role: 'performance-analyst' });
const childIds = (await db.query<{ child_id: string }>("select child_id from allocations where la = '806' order by md5(child_id) limit 500")).map((r) => r.child_id);
const returnIds = (await db.query<{ id: number }>("select id::int as id from returns where la = '806' and superseded_by is null order by id")).map((r) => r.id);
await db.close();
const setupMs = performance.now() - start;

// The server runs in its own process, as in production, so the load generator does not share its event loop.
const { url, server } = await startServer(dataDir);
const load = (base: string, cookie: string, path: () => string) => loadFor(base, cookie, path, { connections: CONNECTIONS, seconds: SECONDS });

try {
  const cookie = await signedInCookie(url, USER);

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
