import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { childFindings, findingsByChild, findingsByRule, returnFindings, returnProblems } from './data-quality.ts';
import type { Database } from './database.ts';
import { importReturn, type ImportResult } from './import-return.ts';
import { migrate } from './migrate.ts';
import { testCouncil, type TestCouncil } from './test-council.ts';
import { engines } from './testing.ts';

let council: TestCouncil;
before(async () => {
  // Realistic mistakes, so that there is something to find.
  council = await testCouncil({ children: 500, firstYear: 2025, lastYear: 2025, seed: 3, faults: 0.05 });
});
after(() => council.remove());

for (const engine of engines) {
  describe(`data quality of stored returns on ${engine.name}`, { skip: engine.skip }, () => {
    let db: Database;
    let cin: ImportResult;
    let ssda903: ImportResult;
    before(async () => {
      db = await engine.open();
      await migrate(db);
      cin = await importReturn(db, { files: await council.cin(2025), importedBy: 't' });
      ssda903 = await importReturn(db, { files: await council.ssda903(2025), importedBy: 't' });
      assert.equal(cin.status, 'imported', cin.message);
      assert.equal(ssda903.status, 'imported', ssda903.message);
    });
    after(() => db.close());

    it('counts findings by rule, errors first, with the DfE message', async () => {
      for (const r of [cin, ssda903]) {
        const rules = await findingsByRule(db, r.returnId!);
        assert.ok(rules.length > 0, 'the faults break some rules');
        assert.equal(rules.reduce((n, x) => n + x.findings, 0), r.errors + r.queries);
        assert.equal(rules.filter((x) => x.severity === 'error').reduce((n, x) => n + x.findings, 0), r.errors);
        assert.ok(rules.every((x) => x.message.length > 0 && x.howToFix.length > 0 && x.children <= x.findings));
        const severities = rules.map((x) => x.severity);
        assert.deepEqual(severities, [...severities].sort(), 'errors before queries');
        const top = rules[0]!;
        const listed = await returnFindings(db, r.returnId!, { rule: top.rule, limit: 100_000 });
        assert.equal(listed.length, top.findings);
        assert.ok(listed.every((f) => f.rule === top.rule && f.message === top.message));
      }
    });

    it('lists children with the most to correct first, and each child\'s findings across returns', async () => {
      const children = await findingsByChild(db, cin.returnId!, { limit: 10 });
      assert.ok(children.length > 0);
      const totals = children.map((c) => [c.errors, c.queries]);
      assert.deepEqual(totals, [...totals].sort((a, b) => b[0]! - a[0]! || b[1]! - a[1]!));
      const worst = children[0]!;
      const own = await returnFindings(db, cin.returnId!, { child: worst.childId });
      assert.equal(own.length, worst.errors + worst.queries);
      assert.deepEqual([...new Set(own.map((f) => f.rule))].sort(), [...worst.rules].sort());
      const across = await childFindings(db, '806', worst.childId);
      assert.deepEqual(across.filter((f) => f.returnId === cin.returnId).map(({ returnId: _r, dataset: _d, year: _y, ...f }) => f), own);
      assert.ok(across.every((f) => f.year === '2024/25'));
      assert.equal((await findingsByChild(db, cin.returnId!, { limit: 10, offset: 1 }))[0]?.childId, children[1]?.childId);
    });

    it('filters findings by severity and pages through them in the validator\'s order', async () => {
      const all = await returnFindings(db, ssda903.returnId!, { limit: 100_000 });
      assert.equal(all.length, ssda903.errors + ssda903.queries);
      assert.deepEqual(await returnFindings(db, ssda903.returnId!, { limit: 3, offset: 2 }), all.slice(2, 5));
      assert.equal((await returnFindings(db, ssda903.returnId!, { severity: 'error', limit: 100_000 })).length, ssda903.errors);
    });

    it("keeps the reader's problems as they were reported", async () => {
      assert.ok(cin.problems.length + ssda903.problems.length > 0, 'the faults include some the reader reports');
      for (const r of [cin, ssda903]) assert.deepEqual(await returnProblems(db, r.returnId!, { limit: 100_000 }), r.problems);
    });
  });
}
