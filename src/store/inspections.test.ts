import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { InspectionInput, RecordedInspection } from '../core/inspections/recorded.ts';
import type { Database } from './database.ts';
import { inspectionRevisions, listInspections, loadFinding, loadInspection, recordInspection, updateInspection } from './inspections.ts';
import { migrate } from './migrate.ts';
import { engines } from './testing.ts';

const inspection: InspectionInput = {
  kind: 'standard-inspection', start: '2026-03-02', end: '2026-03-13', published: '2026-04-20', focus: null, reportUrl: 'https://files.ofsted.gov.uk/v1/file/1',
  judgements: [{ type: 'care-leavers', grade: 'good' }, { type: 'overall-effectiveness', grade: 'requires improvement' }],
  findings: [
    { kind: 'recommendation', text: '  Improve the timeliness of initial child protection conferences. ' },
    { kind: 'area-for-priority-action', text: 'Strategy discussions held without the police.' },
    { kind: 'strength', text: 'Leaders know their services well.' },
  ],
};
const visit: InspectionInput = { kind: 'monitoring-visit', start: '2025-10-06', end: '2025-10-07', published: null, focus: 'Front door', reportUrl: null, judgements: [], findings: [] };

const rowCounts = async (db: Database) =>
  (await db.query<{ n: string }>('select (select count(*) from inspections) + (select count(*) from inspection_judgements) + (select count(*) from inspection_findings) + (select count(*) from inspection_revisions) as n'))[0]!.n;

for (const engine of engines) {
  describe(`the council's inspections (${engine.name})`, { skip: engine.skip }, () => {
    let db: Database;
    let first: RecordedInspection;
    before(async () => {
      db = await engine.open();
      await migrate(db);
      first = await recordInspection(db, '806', inspection, 'manager');
      await recordInspection(db, '806', visit, 'analyst');
      await recordInspection(db, '805', visit, 'someone-else');
    });
    after(() => db?.close());

    it('records an inspection with its judgements in order and its findings numbered, trimmed, and a first revision', async () => {
      assert.deepEqual(first.judgements.map((j) => j.type), ['overall-effectiveness', 'care-leavers']);
      assert.deepEqual(first.findings.map((f) => [f.seq, f.kind]), [[1, 'recommendation'], [2, 'area-for-priority-action'], [3, 'strength']]);
      assert.equal(first.findings[0]!.text, 'Improve the timeliness of initial child protection conferences.');
      assert.deepEqual([first.start, first.end, first.published, first.recordedBy, first.revision], ['2026-03-02', '2026-03-13', '2026-04-20', 'manager', 1]);
      const [revision] = await inspectionRevisions(db, '806', first.id);
      assert.equal(revision!.changedBy, 'manager');
      assert.equal(revision!.record.findings.length, 3);
    });

    it("lists only the council's own, oldest first, and finds none of another council's", async () => {
      assert.deepEqual((await listInspections(db, '806')).map((i) => i.kind), ['monitoring-visit', 'standard-inspection']);
      const other = (await listInspections(db, '805'))[0]!;
      assert.equal(await loadInspection(db, '806', other.id), null);
      assert.equal(await loadFinding(db, '805', first.findings[0]!.id), null);
      const found = await loadFinding(db, '806', first.findings[1]!.id);
      assert.deepEqual([found?.finding.kind, found?.inspection.id], ['area-for-priority-action', first.id]);
    });

    it('stores nothing when any part fails: a finding the table refuses, or the audit written alongside', async () => {
      const before = await rowCounts(db);
      await assert.rejects(recordInspection(db, '806', { ...inspection, findings: [{ kind: 'recommendation', text: 'x'.repeat(4001) }] }, 'manager'));
      await assert.rejects(recordInspection(db, '806', { ...inspection, end: '2026-03-01' }, 'manager'));
      await assert.rejects(recordInspection(db, '806', inspection, 'manager', async () => {
        throw new Error('the audit could not be written');
      }));
      assert.equal(await rowCounts(db), before);
    });

    it('edits a record keeping the ids of the findings kept, renumbering, adding and removing, with a new revision by its author', async () => {
      const [recommendation, priority] = first.findings;
      const edited = await updateInspection(db, '806', first.id, {
        ...inspection,
        judgements: [{ type: 'overall-effectiveness', grade: 'good' }],
        findings: [
          { id: priority!.id, kind: 'area-for-priority-action', text: 'Strategy discussions held without the police or health.' },
          { kind: 'recommendation', text: 'Make sure care leavers know their entitlements.' },
          { id: recommendation!.id, kind: 'recommendation', text: recommendation!.text },
        ],
      }, 'analyst');
      assert.ok(!('refused' in edited));
      assert.deepEqual(edited.findings.map((f) => [f.seq, f.id === priority!.id, f.id === recommendation!.id]), [[1, true, false], [2, false, false], [3, false, true]]);
      assert.equal(edited.findings.some((f) => f.kind === 'strength'), false);
      assert.deepEqual([edited.revision, edited.updatedBy, edited.recordedBy], [2, 'analyst', 'manager']);
      assert.deepEqual(edited.judgements, [{ type: 'overall-effectiveness', grade: 'good' }]);
      const revisions = await inspectionRevisions(db, '806', first.id);
      assert.deepEqual(revisions.map((r) => [r.revision, r.changedBy, r.record.judgements[0]!.grade]), [[1, 'manager', 'requires improvement'], [2, 'analyst', 'good']]);
      await assert.rejects(db.query('delete from inspection_revisions where inspection_id = $1', [first.id]), /cannot be changed/);
    });

    it("refuses, changing nothing, an edit of another council's record, a finding id of another inspection, or removing a finding something refers to", async () => {
      const other = (await listInspections(db, '805'))[0]!;
      const theVisit = (await listInspections(db, '806')).find((i) => i.kind === 'monitoring-visit')!;
      assert.deepEqual(await updateInspection(db, '806', other.id, visit, 'manager'), { refused: 'not-found' });
      const current = (await loadInspection(db, '806', first.id))!;
      const alien = await recordInspection(db, '806', { ...visit, findings: [{ kind: 'finding', text: 'Elsewhere' }] }, 'manager');
      assert.deepEqual(await updateInspection(db, '806', theVisit.id, { ...visit, findings: [{ id: alien.findings[0]!.id, kind: 'finding', text: 'x' }] }, 'manager'), { refused: 'unknown-finding', findingId: alien.findings[0]!.id });
      // As an improvement-plan action refers to a finding.
      await db.exec('create table finding_users (finding_id bigint references inspection_findings (id))');
      await db.query('insert into finding_users values ($1)', [current.findings[0]!.id]);
      const before = await rowCounts(db);
      const refused = await updateInspection(db, '806', first.id, { ...inspection, findings: current.findings.slice(1) }, 'manager');
      assert.equal('refused' in refused && refused.refused, 'finding-in-use');
      assert.equal(await rowCounts(db), before);
      assert.deepEqual(await loadInspection(db, '806', first.id), current);
    });
  });
}
