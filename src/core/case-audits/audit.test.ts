import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyModeration, applyWork, finalGrades, type AuditWork } from './audit.ts';
import { DEFAULT_TEMPLATE } from './template.ts';
import { testAudit } from './test-audits.ts';

const AT = '2025-05-02T10:00:00.000Z';
const all = (grade: 'good' | 'inadequate', text = 'Seen alone; views recorded'): AuditWork['grades'] => DEFAULT_TEMPLATE.domains.map((d) => ({ domain: d.id, grade, text }));

describe("an auditor's work on a case audit", () => {
  it('saves part of the work as in progress, every domain kept in the template\'s order', () => {
    const saved = applyWork(testAudit(), 'auditor', { grades: [{ domain: 'permanence', grade: 'good', text: ' Stable home ' }], overall: null, summary: ' Early days ', themes: ['drift and delay'] }, false, AT);
    assert.ok('audit' in saved);
    assert.equal(saved.audit.status, 'in-progress');
    assert.equal(saved.audit.grades.length, DEFAULT_TEMPLATE.domains.length);
    assert.deepEqual(saved.audit.grades.find((g) => g.domain === 'permanence'), { domain: 'permanence', grade: 'good', text: 'Stable home' });
    assert.equal(saved.audit.grades[0]!.grade, null);
    assert.equal(saved.audit.summary, 'Early days');
    assert.deepEqual(saved.audit.themes, ['Drift and delay']);
    assert.equal(saved.audit.submittedAt, null);
  });

  it('submits only with every domain graded with its evidence and an overall grade', () => {
    const partial = applyWork(testAudit(), 'auditor', { grades: [...all('good').slice(1), { domain: DEFAULT_TEMPLATE.domains[0]!.id, grade: 'good', text: ' ' }], overall: null, summary: '', themes: [] }, true, AT);
    assert.ok('problems' in partial);
    assert.deepEqual(partial.problems.map((p) => p.field), ['grades/quality-of-assessment/text', 'overall']);
    assert.match(partial.problems[0]!.message, /evidence/);
    const done = applyWork(testAudit(), 'auditor', { grades: all('good'), overall: 'good', summary: '', themes: [] }, true, AT);
    assert.ok('audit' in done);
    assert.equal(done.audit.status, 'submitted');
    assert.equal(done.audit.submittedAt, AT);
  });

  it("refuses someone else's work, a submitted audit, unknown domains and grades", () => {
    const other = applyWork(testAudit(), 'someone', { grades: [], overall: null, summary: '', themes: [] }, false, AT);
    assert.ok('problems' in other && other.problems[0]!.field === 'auditor');
    const submitted = applyWork(testAudit({ graded: 'good', submitted: AT }), 'auditor', { grades: [], overall: null, summary: '', themes: [] }, false, AT);
    assert.ok('problems' in submitted && submitted.problems[0]!.field === 'status');
    const unknown = applyWork(testAudit(), 'auditor', { grades: [{ domain: 'nope', grade: 'good', text: '' }, { domain: 'permanence', grade: 'fine' as never, text: '' }], overall: 'great' as never, summary: '', themes: [] }, false, AT);
    assert.ok('problems' in unknown);
    assert.deepEqual(unknown.problems.map((p) => p.field), ['grades/0/domain', 'grades/1/grade', 'overall']);
  });
});

describe('moderating a case audit', () => {
  const submitted = testAudit({ graded: 'good', submitted: AT });
  const work = { grades: DEFAULT_TEMPLATE.domains.map((d) => ({ domain: d.id, grade: 'requires improvement' as const })), overall: 'requires improvement' as const, note: ' Plan lacks dates ' };

  it("keeps the moderator's grades beside the auditor's, and they are the ones that count", () => {
    const done = applyModeration(submitted, 'moderator', work, AT);
    assert.ok('audit' in done);
    assert.equal(done.audit.status, 'moderated');
    assert.equal(done.audit.moderation?.note, 'Plan lacks dates');
    assert.equal(done.audit.overall, 'good', "the auditor's grade is kept");
    const final = finalGrades(done.audit);
    assert.equal(final.overall, 'requires improvement');
    assert.equal(final.domains.get('permanence'), 'requires improvement');
    assert.equal(finalGrades(submitted).overall, 'good');
  });

  it('is for someone other than the auditor, the named moderator if there is one, once, after submission', () => {
    const own = applyModeration(submitted, 'auditor', work, AT);
    assert.ok('problems' in own && own.problems[0]!.field === 'moderator');
    const named = applyModeration({ ...submitted, moderator: 'lead' }, 'someone', work, AT);
    assert.ok('problems' in named && /lead/.test(named.problems[0]!.message));
    const planned = applyModeration(testAudit(), 'moderator', work, AT);
    assert.ok('problems' in planned && planned.problems[0]!.field === 'status');
    const twice = applyModeration(testAudit({ graded: 'good', submitted: AT, moderated: 'good' }), 'moderator', work, AT);
    assert.ok('problems' in twice && /already/.test(twice.problems[0]!.message));
  });

  it('needs a grade for every domain', () => {
    const missing = applyModeration(submitted, 'moderator', { ...work, grades: work.grades.slice(1) }, AT);
    assert.ok('problems' in missing);
    assert.deepEqual(missing.problems.map((p) => p.field), ['grades/quality-of-assessment/grade']);
  });
});
