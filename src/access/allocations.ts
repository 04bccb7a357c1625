import type { Queryable } from '../store/database.ts';

/** One demo child in this many waits for a worker (4%), so that "unallocated" on the caseloads means something. */
export const WAITING_ONE_IN = 25;
/**
 * A demo team has 6 workers, or one for every 60 of its children in the returns if that is more, and 0
 * to 4 more by a hash of its name (so a small council's teams have 6 to 10). About a third of the
 * children have an open case on a date, so caseloads come out near 15, under the default limit of 18.
 */
const FEWEST_WORKERS = 6;
const CHILDREN_PER_WORKER = 60;
const WORKER_SPREAD = 5;

/**
 * The letter that starts a team's demo worker ids: the team's place in the list (A for the first), so
 * a demo worker is "A-SW03", an id no one would take for a real person's.
 */
export function teamLetters(teams: readonly string[]): string[] {
  if (teams.length === 0 || teams.length > 26) throw new RangeError(`teams: between 1 and 26 teams can be allocated by hash (${teams.length} given).`);
  return teams.map((_, i) => String.fromCharCode(65 + i));
}

/**
 * Which team and social worker each child is allocated to is what a social worker's access is narrowed
 * by and whose caseload a child is in. A council's case management system is the source of truth; until
 * one feeds Sightline, the demo council allocates every stored child by a hash of the child id: to one
 * of `teams`, and to one of that team's workers, except one child in 25 whose case waits for a worker.
 * The same child always gets the same team and worker. Children already allocated keep both. Returns
 * how many were newly allocated.
 */
export async function allocateByHash(q: Queryable, la: string, teams: readonly string[]): Promise<number> {
  const rows = await q.query<{ n: number }>(
    `with placed as (
       select distinct r.la, c.child_id, (1 + mod(abs(hashtext(c.child_id)::bigint), cardinality($2::text[])))::int as t
         from return_children c join returns r on r.id = c.return_id
        where r.la = $1
     ), sized as (
       select t, greatest($4::int, ceil(count(*) / $5::numeric)::int) + mod(abs(hashtext(($2::text[])[t])::bigint), $6::int)::int as workers
         from placed group by t
     ), drawn as (
       select p.la, p.child_id, p.t, mod(h, $7::int) = 0 as waiting, 1 + mod(h / $7::int, s.workers) as n
         from placed p join sized s using (t), abs(hashtext('worker ' || p.child_id)::bigint) as h
     ), inserted as (
       insert into allocations (la, child_id, team, worker)
         select la, child_id, ($2::text[])[t], case when waiting then null else ($3::text[])[t] || '-SW' || case when n < 10 then '0' else '' end || n end
           from drawn
       on conflict (la, child_id) do nothing
       returning 1)
     select count(*)::int as n from inserted`,
    [la, teams, teamLetters(teams), FEWEST_WORKERS, CHILDREN_PER_WORKER, WORKER_SPREAD, WAITING_ONE_IN],
  );
  return rows[0]?.n ?? 0;
}
