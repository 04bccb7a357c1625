import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Database } from '../store/database.ts';
import { migrate } from '../store/migrate.ts';
import { engines } from '../store/testing.ts';
import { allocateByHash, teamLetters, WAITING_ONE_IN } from './allocations.ts';
import { councilAllocations } from './council-figures.ts';

const LA = '806';
const TEAMS = ['Team A', 'Team B', 'Team C'];

/** A return holding `ids` (the allocation reads only which children a council's returns hold). */
async function storeChildren(db: Database, ids: readonly string[]): Promise<void> {
  const [r] = await db.query<{ id: number }>(
    "insert into returns (la, dataset, collection_year, file_names, sha256, imported_by, children, validation) values ($1, 'cin', '2025/26', '{}', $2, 'test', $3, '{}') returning id::int as id",
    [LA, `sha-${ids.length}-${ids[0]}`, ids.length],
  );
  await db.query('insert into return_children (return_id, child_id, record) select $1, unnest($2::text[]), \'{}\'', [r!.id, ids]);
}

const allocations = async (db: Database) =>
  new Map((await db.query<{ child_id: string; team: string; worker: string | null }>('select child_id, team, worker from allocations where la = $1', [LA])).map((r) => [r.child_id, { team: r.team, worker: r.worker }]));

describe('team letters', () => {
  it('gives each team the letter of its place, and refuses no teams or more than 26', () => {
    assert.deepEqual(teamLetters(TEAMS), ['A', 'B', 'C']);
    assert.throws(() => teamLetters([]), /^RangeError: teams: /);
    assert.throws(() => teamLetters(Array.from({ length: 27 }, (_, i) => `T${i}`)), /27 given/);
  });
});

for (const engine of engines) {
  describe(`allocating the demo council's children by hash (${engine.name})`, { skip: engine.skip }, () => {
    let db: Database;
    let first: Awaited<ReturnType<typeof allocations>>;
    const ids = Array.from({ length: 600 }, (_, i) => `C${String(i).padStart(4, '0')}`);
    before(async () => {
      db = await engine.open();
      await migrate(db);
      await db.query("insert into councils (la, name) values ($1, 'Test')", [LA]);
      await storeChildren(db, ids);
    });
    after(() => db?.close());

    it("allocates every child to a team and most to one of that team's 6 to 10 workers, a few to none", async () => {
      assert.equal(await allocateByHash(db, LA, TEAMS), ids.length);
      const all = (first = await allocations(db));
      assert.equal(all.size, ids.length);
      const letters = new Map(TEAMS.map((t, i) => [t, teamLetters(TEAMS)[i]!]));
      for (const [child, a] of all) {
        assert.ok(TEAMS.includes(a.team), child);
        if (a.worker !== null) assert.match(a.worker, new RegExp(`^${letters.get(a.team)}-SW(0[1-9]|10)$`), `${child} in ${a.team}`);
      }
      for (const team of TEAMS) {
        const workers = new Set([...all.values()].filter((a) => a.team === team && a.worker).map((a) => a.worker));
        assert.ok(workers.size >= 6 && workers.size <= 10, `${team} has ${workers.size} workers`);
      }
      const waiting = [...all.values()].filter((a) => a.worker === null).length;
      assert.ok(waiting > 0 && waiting < (ids.length / WAITING_ONE_IN) * 2, `${waiting} of ${ids.length} wait for a worker`);
      const read = await councilAllocations(db, LA);
      assert.deepEqual(read.allocations, all, 'as the access layer reads them');
      assert.deepEqual(read.teams, new Map([...all].map(([child, a]) => [child, a.team])));
    });

    it('keeps the team and worker of children already allocated, and allocates only the new ones', async () => {
      const before = first;
      const moved = ids.find((id) => before.get(id)!.worker !== null)!;
      await db.query("update allocations set team = 'Team C', worker = 'C-SW99' where la = $1 and child_id = $2", [LA, moved]);
      const waiting = ids.find((id) => before.get(id)!.worker === null)!;
      await storeChildren(db, ['NEW1', 'NEW2']);
      assert.equal(await allocateByHash(db, LA, TEAMS), 2);
      const now = await allocations(db);
      assert.deepEqual(now.get(moved), { team: 'Team C', worker: 'C-SW99' });
      assert.deepEqual(now.get(waiting), before.get(waiting), 'a case waiting for a worker still waits');
      assert.equal(now.size, ids.length + 2);
    });

    it('gives a child the same team and worker in any store, and a large team more workers', async () => {
      const other = await engine.open();
      try {
        await migrate(other);
        await other.query("insert into councils (la, name) values ($1, 'Test')", [LA]);
        await storeChildren(other, ids.slice(0, 50));
        await allocateByHash(other, LA, TEAMS);
        for (const [child, a] of await allocations(other)) assert.deepEqual(a, first.get(child), child);
        await other.query('delete from allocations');
        await storeChildren(other, Array.from({ length: 1200 }, (_, i) => `L${i}`));
        await allocateByHash(other, LA, ['One team']);
        const workers = new Set([...(await allocations(other)).values()].map((a) => a.worker).filter((w) => w !== null));
        assert.ok(workers.size >= 21 && workers.size <= 25, `1,250 children in a team have ${workers.size} workers, one for every 60 or so`);
      } finally {
        await other.close();
      }
    });

    it('refuses a worker id that could be a name', async () => {
      await assert.rejects(db.query("update allocations set worker = 'Jane Smith' where la = $1 and child_id = $2", [LA, ids[0]]), /check constraint/);
    });
  });
}
