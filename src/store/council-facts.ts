import { CHILD_FACTS_VERSION, type ChildFacts } from '../core/indicators/child-facts.ts';
import type { Queryable } from './database.ts';

/** What a council's facts were worked out from: the facts' version and the current returns. */
export function factsBasis(returnIds: readonly number[]): string {
  return `v${CHILD_FACTS_VERSION}:${returnIds.join(',')}`;
}

/** The council's stored facts if they were worked out from `basis`, else null. */
export async function readCouncilFacts(q: Queryable, la: string, basis: string): Promise<ChildFacts[] | null> {
  // Only the text, and parsed here: no jsonb conversion of megabytes inside the database.
  const rows = await q.query<{ facts: string }>('select facts from council_facts where la = $1 and basis = $2', [la, basis]);
  return rows[0] ? (JSON.parse(rows[0].facts) as ChildFacts[]) : null;
}

/** Keeps the council's facts, replacing any older ones. */
export async function writeCouncilFacts(q: Queryable, la: string, basis: string, facts: readonly ChildFacts[]): Promise<void> {
  await q.query(
    `insert into council_facts (la, basis, facts) values ($1, $2, $3)
     on conflict (la) do update set basis = excluded.basis, facts = excluded.facts, computed_at = now()`,
    [la, basis, JSON.stringify(facts)],
  );
}
