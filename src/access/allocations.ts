import type { Queryable } from '../store/database.ts';

/**
 * Which team each child is allocated to is what a social worker's access is narrowed by. A council's
 * case management system is the source of truth; until one feeds Sightline, the demo council allocates
 * every stored child to one of `teams` by a hash of the child id, so the same child is always in the
 * same team. Children already allocated keep their team. Returns how many were newly allocated.
 */
export async function allocateByHash(q: Queryable, la: string, teams: readonly string[]): Promise<number> {
  const rows = await q.query<{ n: number }>(
    `with placed as (
       insert into allocations (la, child_id, team)
         select distinct r.la, c.child_id, ($2::text[])[1 + mod(abs(hashtext(c.child_id)), cardinality($2::text[]))]
           from return_children c join returns r on r.id = c.return_id
          where r.la = $1
       on conflict (la, child_id) do nothing
       returning 1)
     select count(*)::int as n from placed`,
    [la, teams],
  );
  return rows[0]?.n ?? 0;
}
