import type { Queryable } from '../store/database.ts';

/**
 * For the Annex A tests: one CIN record some way into the council made corrupt in the store (its CIN
 * details a number, not a list), so that a production stops part-way at that child, as one would on a
 * damaged record. `restore` puts the record back as it was.
 */
export async function corruptCinRecord(db: Queryable): Promise<{ childId: string; restore(): Promise<void> }> {
  const [found] = await db.query<{ returnId: number; childId: string; record: unknown }>(
    `select rc.return_id::int as "returnId", rc.child_id as "childId", rc.record from return_children rc join returns r on r.id = rc.return_id
     where r.dataset = 'cin' and r.superseded_by is null order by rc.child_id collate "C" offset 20 limit 1`,
  );
  if (!found) throw new Error('The test council has too few CIN records to corrupt one some way in.');
  const { returnId, childId, record } = found;
  await db.query(`update return_children set record = jsonb_set(record, '{CINdetails}', '0') where return_id = $1 and child_id = $2`, [returnId, childId]);
  return {
    childId,
    restore: async () => {
      await db.query('update return_children set record = $3::jsonb where return_id = $1 and child_id = $2', [returnId, childId, JSON.stringify(record)]);
    },
  };
}
