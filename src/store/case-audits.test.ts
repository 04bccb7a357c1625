import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { applyModeration, applyWork } from '../core/case-audits/audit.ts';
import { DEFAULT_TEMPLATE } from '../core/case-audits/template.ts';
import { auditChanges, councilAudit, councilAudits, councilSample, councilSamples, councilTemplates, insertSample, insertTemplate, saveAudit } from './case-audits.ts';
import type { Database } from './database.ts';
import { migrate } from './migrate.ts';
import { engines } from './testing.ts';

const SOURCE = { at: '2025-03-31', candidates: 40 } as const;

for (const engine of engines) {
  describe(`case audits in the store (${engine.name})`, { skip: engine.skip }, () => {
    let db: Database;
    before(async () => {
      db = await engine.open();
      await migrate(db);
    });
    after(() => db?.close());

    it("keeps a council's own templates apart from other councils', each name once", async () => {
      const made = await insertTemplate(db, '806', { name: 'Neglect deep dive', domains: [{ id: 'neglect', title: 'Neglect', prompt: '' }] }, 'manager');
      await insertTemplate(db, '805', { name: 'Neglect deep dive', domains: [{ id: 'x', title: 'X', prompt: '' }] }, 'other');
      assert.deepEqual(await councilTemplates(db, '806'), [made]);
      await assert.rejects(insertTemplate(db, '806', { name: 'Neglect deep dive', domains: [{ id: 'y', title: 'Y', prompt: '' }] }, 'manager'));
      await assert.rejects(insertTemplate(db, '806', { name: 'Empty', domains: [] }, 'manager'), 'a template grades something');
    });

    it('stores a sample with a planned audit for each child, and the first change of each', async () => {
      const { sample, audits } = await db.transaction((tx) =>
        insertSample(tx, '806', { template: DEFAULT_TEMPLATE, method: 'random', source: SOURCE, seed: 7, requested: 2, drawnBy: 'manager' }, [
          { childId: 'C1', auditor: 'manager', moderator: null },
          { childId: 'C2', auditor: 'analyst', moderator: 'manager' },
        ]));
      assert.deepEqual(await councilSample(db, '806', sample.id), sample);
      assert.equal(await councilSample(db, '805', sample.id), null, "another council's sample is not found");
      assert.deepEqual(audits.map((a) => [a.childId, a.status, a.grades.length]), [['C1', 'planned', 6], ['C2', 'planned', 6]]);
      assert.deepEqual(await councilAudits(db, '806', { sampleId: sample.id }), audits);
      const [summary] = await councilSamples(db, '806');
      assert.deepEqual(summary?.audits, { planned: 2, 'in-progress': 0, submitted: 0, moderated: 0 });
      assert.deepEqual((await auditChanges(db, audits[0]!.id)).map((c) => [c.change, c.by]), [['planned', 'manager']]);
    });

    it('keeps every change to an audit, with who made it and when, and the audit as each change left it', async () => {
      const [audit] = await councilAudits(db, '806', { status: 'planned' });
      const grades = DEFAULT_TEMPLATE.domains.map((d) => ({ domain: d.id, grade: 'good' as const, text: 'Evidence' }));
      const submitted = applyWork(audit!, 'manager', { grades, overall: 'good', summary: 'Sound', themes: ['Drift and delay'] }, true, '2025-04-02T09:00:00.000Z');
      assert.ok('audit' in submitted);
      await db.transaction((tx) => saveAudit(tx, submitted.audit, 'submitted'));
      const moderated = applyModeration(submitted.audit, 'lead', { grades: grades.map((g) => ({ domain: g.domain, grade: 'requires improvement' as const })), overall: 'requires improvement', note: '' }, '2025-04-03T09:00:00.000Z');
      assert.ok('audit' in moderated);
      await db.transaction((tx) => saveAudit(tx, moderated.audit, 'moderated'));
      assert.deepEqual(await councilAudit(db, '806', audit!.id), moderated.audit);
      const changes = await auditChanges(db, audit!.id);
      assert.deepEqual(changes.map((c) => [c.change, c.by, c.at]), [['planned', 'manager', audit!.updatedAt], ['submitted', 'manager', '2025-04-02T09:00:00.000Z'], ['moderated', 'lead', '2025-04-03T09:00:00.000Z']]);
      assert.equal(changes[1]!.state.overall, 'good');
      await assert.rejects(db.query('update case_audit_changes set changed_by = $1', ['someone']), /cannot be changed/);
      await assert.rejects(db.query('delete from case_audit_changes'), /cannot be changed/);
    });

    it('refuses a moderation by the auditor, a submitted audit with no overall grade and a grade off the scale, whatever the caller', async () => {
      const [audit] = await councilAudits(db, '806', { status: 'moderated' });
      await assert.rejects(db.query(`update case_audits set moderation = jsonb_set(moderation, '{by}', to_jsonb(auditor)) where id = $1`, [audit!.id]));
      await assert.rejects(db.query('update case_audits set overall = null where id = $1', [audit!.id]));
      await assert.rejects(db.query(`update case_audits set overall = 'requires-improvement' where id = $1`, [audit!.id]), 'spelt as the inspections spell it');
      await db.query(`update case_audits set overall = 'requires improvement' where id = $1`, [audit!.id]);
      assert.equal((await councilAudit(db, '806', audit!.id))?.overall, 'requires improvement');
    });
  });
}
