import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { InspectionInput } from '../core/inspections/recorded.ts';
import type { Database } from '../store/database.ts';
import { migrate } from '../store/migrate.ts';
import { engines } from '../store/testing.ts';
import type { Actor } from './accounts.ts';
import { forActor } from './data-access.ts';
import { AccessDenied, NotFound, Rejected } from './errors.ts';

const actor = (username: string, role: Actor['role'], la = '806'): Actor => ({ username, la, role, team: role === 'social-worker' ? 'Team A' : null, expiresAt: null });
const visit: InspectionInput = { kind: 'focused-visit', start: '2025-05-12', end: '2025-05-13', published: null, focus: ' Children in care ', reportUrl: null, judgements: [], findings: [{ kind: 'area-for-priority-action', text: 'Placement sufficiency.' }] };
const audits = async (db: Database) => db.query<{ actor: string; action: string; subject: string }>("select actor, action, subject from audit_log where action like '%inspection%' order by id");

for (const engine of engines) {
  describe(`inspections through the data-access layer (${engine.name})`, { skip: engine.skip }, () => {
    let db: Database;
    before(async () => {
      db = await engine.open();
      await migrate(db);
    });
    after(() => db?.close());

    it('records as a manager with an audit entry in the same transaction, and shows it to an elected member', async () => {
      const recorded = await forActor(db, actor('manager', 'manager')).inspections.record(visit);
      assert.equal(recorded.focus, 'Children in care');
      assert.deepEqual(await audits(db), [{ actor: 'manager', action: 'record-inspection', subject: `inspection ${recorded.id}` }]);
      const member = forActor(db, actor('member', 'elected-member')).inspections;
      assert.deepEqual((await member.overview()).recorded.map((r) => r.id), [recorded.id]);
      assert.equal((await member.finding(recorded.findings[0]!.id)).inspection.id, recorded.id);
    });

    it('refuses to record for an elected member, an inspector or a social worker, and refuses bad input by field, storing and auditing nothing', async () => {
      const before = (await audits(db)).length;
      for (const role of ['elected-member', 'inspector', 'social-worker'] as const) {
        await assert.rejects(forActor(db, actor(role, role)).inspections.record(visit), AccessDenied);
      }
      await assert.rejects(forActor(db, actor('manager', 'manager')).inspections.record({ ...visit, end: '2025-05-01' }), (e: unknown) => e instanceof Rejected && /^The record was not stored: end: /.test(e.message));
      assert.equal((await audits(db)).length, before);
      assert.equal((await forActor(db, actor('member', 'elected-member')).inspections.overview()).recorded.length, 1);
    });

    it("keeps each council to its own records", async () => {
      const [mine] = (await forActor(db, actor('manager', 'manager')).inspections.overview()).recorded;
      const other = forActor(db, actor('neighbour', 'manager', '805')).inspections;
      await assert.rejects(other.inspection(mine!.id), NotFound);
      await assert.rejects(other.update(mine!.id, visit), NotFound);
      assert.deepEqual((await other.overview()).recorded, []);
    });
  });
}
