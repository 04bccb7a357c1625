import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { RETURN_AFTER_WORKING_DAYS } from '../core/drift/acknowledgement.ts';
import { collectionYear } from '../core/model/collection-year.ts';
import type { Database } from '../store/database.ts';
import { importReturn } from '../store/import-return.ts';
import { factsBasis, readCouncilFacts, writeCouncilFacts } from '../store/council-facts.ts';
import { migrate } from '../store/migrate.ts';
import { testCouncil, type TestCouncil } from '../store/test-council.ts';
import { engines } from '../store/testing.ts';
import type { Actor } from './accounts.ts';
import { currentAcknowledgements, recordAcknowledgement } from './acknowledgements.ts';
import { allocateByHash } from './allocations.ts';
import { councilFigures, everyCouncilFigures } from './council-figures.ts';
import { indicatorsView } from './indicator-views.ts';
import { forActor } from './data-access.ts';
import { AccessDenied, NotFound, Rejected } from './errors.ts';

const LA = '806';
const manager: Actor = { username: 'manager', la: LA, role: 'manager', team: null, expiresAt: null };
const worker: Actor = { username: 'worker', la: LA, role: 'social-worker', team: 'Team A', expiresAt: null };
const yesterday = () => new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);

let council: TestCouncil;
before(async () => {
  council = await testCouncil({ children: 120, firstYear: 2025, lastYear: 2026, seed: 3, faults: 0 });
});
after(() => council?.remove());

async function load(db: Database, years: readonly number[]): Promise<void> {
  for (const year of years) {
    for (const files of [await council.cin(year), await council.ssda903(year)]) {
      const result = await importReturn(db, { la: LA, year: collectionYear(year), files, importedBy: 'test' });
      assert.notEqual(result.status, 'rejected', result.message);
    }
  }
  await allocateByHash(db, LA, ['Team A', 'Team B']);
}

for (const engine of engines) {
  describe(`acknowledging worklist items (${engine.name})`, { skip: engine.skip }, () => {
    let db: Database;
    before(async () => {
      db = await engine.open();
      await migrate(db);
      await load(db, [2025, 2026]);
    });
    after(() => db?.close());

    it('hides an acknowledged item, keeps who, why and the facts, and audits it', async () => {
      const access = forActor(db, manager);
      const list = await access.worklist({ limit: 2000 });
      assert.ok(list.items.length > 0, 'the council has drift items');
      const item = list.items[0]!;
      const ack = await access.acknowledge(item.id, { reason: 'Assessment held up by court', until: null });
      assert.equal(ack.by, 'manager');
      const after = await access.worklist({ limit: 2000 });
      assert.ok(!after.items.some((i) => i.id === item.id), 'no longer on the list');
      assert.equal(after.acknowledged.find((i) => i.id === item.id)?.acknowledgement?.reason, 'Assessment held up by court');
      assert.equal(after.total, list.total - 1);
      const stored = (await currentAcknowledgements(db, LA)).get(item.id)!;
      assert.deepEqual(stored.facts, { severity: item.severity, state: item.state, overdueWorkingDays: item.overdueWorkingDays, due: item.due });
      const [audited] = await db.query<{ actor: string; subject: string; reason: string }>("select actor, subject, reason from audit_log where action = 'acknowledge-drift'");
      assert.deepEqual(audited, { actor: 'manager', subject: item.childId, reason: 'Assessment held up by court' });
    });

    it('brings an item back when its review date has passed or it has worsened, saying why', async () => {
      const access = forActor(db, manager);
      const [a, b] = (await access.worklist({ limit: 2000 })).items;
      assert.ok(a && b);
      await recordAcknowledgement(db, LA, { itemId: a.id, by: 'manager', reason: 'review booked', until: yesterday(), facts: { severity: a.severity, state: a.state, overdueWorkingDays: a.overdueWorkingDays, due: a.due } });
      await recordAcknowledgement(db, LA, { itemId: b.id, by: 'manager', reason: 'known', until: null, facts: { severity: b.severity, state: b.state, overdueWorkingDays: b.overdueWorkingDays - RETURN_AFTER_WORKING_DAYS, due: b.due } });
      const list = await access.worklist({ limit: 2000 });
      assert.equal(list.items.find((i) => i.id === a.id)?.acknowledgement?.returned, 'review date passed');
      assert.equal(list.items.find((i) => i.id === b.id)?.acknowledgement?.returned, 'further overdue');
      // The latest acknowledgement is the one in force: acknowledging again hides it again.
      await access.acknowledge(a.id, { reason: 'review moved', until: null });
      assert.ok(!(await access.worklist({ limit: 2000 })).items.some((i) => i.id === a.id));
    });

    it("refuses social workers, a past review date and an item that is not on the list", async () => {
      const item = (await forActor(db, manager).worklist({ limit: 1 })).items[0]!;
      await assert.rejects(forActor(db, worker).acknowledge(item.id, { reason: 'x', until: null }), AccessDenied);
      await assert.rejects(forActor(db, manager).acknowledge(item.id, { reason: 'x', until: yesterday() }), Rejected);
      await assert.rejects(forActor(db, manager).acknowledge('no-such-rule:1:x', { reason: 'x', until: null }), NotFound);
    });

    it("gives a social worker their own team's worklist and indicator children only, and audits the children read", async () => {
      const team = new Set((await db.query<{ child_id: string }>("select child_id from allocations where team = 'Team A'")).map((r) => r.child_id));
      const list = await forActor(db, worker).worklist({ team: 'Team B', limit: 2000 });
      assert.ok(list.items.length > 0);
      assert.ok(list.items.every((i) => team.has(i.childId) && i.team === 'Team A'), 'Team A only, whatever team is asked for');
      const all = await forActor(db, manager).indicatorChildren('referrals-rate', 'headline');
      const theirs = await forActor(db, worker).indicatorChildren('referrals-rate', 'headline');
      assert.ok(theirs.total > 0 && theirs.total < all.total);
      assert.ok(theirs.children.every((c) => team.has(c.childId)));
      const audits = await db.query<{ actor: string }>("select actor from audit_log where action = 'view-indicator-children' order by id");
      assert.deepEqual(audits.map((a) => a.actor), ['manager', 'worker']);
    });
  });
}

describe('the cached figures (PGlite)', () => {
  let db: Database;
  before(async () => {
    db = await engines[0]!.open();
    await migrate(db);
    await load(db, [2025]);
  });
  after(() => db?.close());

  it('are worked out once, and again when a new return changes the current set', async () => {
    const first = await councilFigures(db, LA);
    assert.equal(await councilFigures(db, LA), first, 'kept');
    assert.equal(first?.at, '2025-03-31');
    await load(db, [2026]);
    const second = await councilFigures(db, LA);
    assert.notEqual(second, first);
    assert.equal(second?.at, '2026-03-31');
    assert.equal(second?.returnIds.length, 4);
    assert.equal(await councilFigures(db, '999'), null, 'a council with no returns has no figures');
  });

  it('keep the children\'s facts in the store, read back by a cold start and ignored once the returns change', async () => {
    const figures = (await councilFigures(db, LA))!;
    const basis = factsBasis(figures.returnIds);
    assert.deepEqual(await readCouncilFacts(db, LA, basis), JSON.parse(JSON.stringify(figures.children)));
    // A cold start (nothing in memory) uses what is kept: shown here by keeping fewer children than the returns hold.
    await writeCouncilFacts(db, LA, basis, figures.children.slice(0, 3));
    const other = { ...db };
    assert.equal((await councilFigures(other, LA))!.children.length, 3);
    assert.equal(await readCouncilFacts(db, LA, factsBasis([...figures.returnIds, 999])), null, 'another set of returns: not these facts');
    await writeCouncilFacts(db, LA, basis, figures.children);
  });

  it("compare with the other councils in the store, computed the same way", async () => {
    // The same SSDA903 tables loaded as another council's (the tables do not name their council).
    const result = await importReturn(db, { la: '805', year: collectionYear(2026), files: await council.ssda903(2026), importedBy: 'test' });
    assert.equal(result.status, 'imported', result.message);
    const { own, others } = await everyCouncilFigures(db, LA);
    assert.deepEqual(others.map((o) => o.la), ['805']);
    const view = indicatorsView(own!, others);
    const started = view.indicators.find((i) => i.id === 'started-looked-after')!;
    const theirs = others[0]!.indicators.find((r) => r.indicator.id === 'started-looked-after')!;
    assert.ok(theirs.available);
    assert.deepEqual(started.benchmark!.councils.map((c) => [c.name, c.comparison.value]), [['Hartlepool', theirs.headline.value]]);
    assert.equal(indicatorsView(own!, others), view, 'made once while nothing changes');
  });
});
