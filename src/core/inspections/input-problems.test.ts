import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { inspectionInputProblems } from './input-problems.ts';
import type { InspectionInput } from './recorded.ts';

const inspection: InspectionInput = {
  kind: 'standard-inspection', start: '2026-03-02', end: '2026-03-13', published: '2026-04-20', focus: null, reportUrl: 'https://files.ofsted.gov.uk/v1/file/1',
  judgements: [{ type: 'overall-effectiveness', grade: 'requires improvement' }, { type: 'care-leavers', grade: 'good' }],
  findings: [{ kind: 'recommendation', text: 'Improve the timeliness of initial child protection conferences.' }, { kind: 'strength', text: 'Leaders know their services well.' }],
};
const fields = (input: Partial<InspectionInput>, today = '2026-06-01') => inspectionInputProblems({ ...inspection, ...input }, today).map((p) => p.field);

describe('checking a record of an inspection or visit', () => {
  it('accepts a complete record, and an ungraded visit with no judgements', () => {
    assert.deepEqual(inspectionInputProblems(inspection, '2026-06-01'), []);
    assert.deepEqual(fields({ kind: 'monitoring-visit', judgements: [], published: null, focus: 'Children in need of help and protection' }), []);
  });

  it('refuses an end before the start, a publication before the end or in the future, and dates that do not exist', () => {
    const [problem] = inspectionInputProblems({ ...inspection, end: '2026-03-01' }, '2026-06-01');
    assert.deepEqual(problem, { field: 'end', message: 'The end date (2026-03-01) cannot be before the start date (2026-03-02)' });
    assert.deepEqual(fields({ published: '2026-03-12' }), ['published']);
    assert.deepEqual(fields({ published: '2026-06-02' }), ['published']);
    assert.deepEqual(fields({ published: '2026-06-01' }), [], 'published today is fine');
    assert.deepEqual(fields({ start: '2026-02-30' }), ['start']);
  });

  it('refuses judgements on a visit, a judgement given twice, an unknown type or grade, and care leavers on their own before 2023', () => {
    assert.deepEqual(fields({ kind: 'focused-visit' }), ['judgements']);
    assert.deepEqual(fields({ judgements: [{ type: 'overall-effectiveness', grade: 'good' }, { type: 'overall-effectiveness', grade: 'good' }] }), ['judgements[1].type']);
    assert.deepEqual(fields({ judgements: [{ type: 'adoption-performance', grade: 'good' }] }), ['judgements[0].type'], 'a SIF judgement is not recorded now');
    assert.deepEqual(fields({ judgements: [{ type: 'overall-effectiveness', grade: 'excellent' as never }] }), ['judgements[0].grade']);
    assert.deepEqual(fields({ start: '2022-12-05', end: '2022-12-16', published: '2023-02-01' }), ['judgements[1].type']);
  });

  it('refuses an empty or overlong finding, an unknown kind, a finding id twice, a blank focus and an address that is not https', () => {
    assert.deepEqual(fields({ findings: [{ kind: 'recommendation', text: '   ' }] }), ['findings[0].text']);
    assert.deepEqual(fields({ findings: [{ kind: 'recommendation', text: 'x'.repeat(4001) }] }), ['findings[0].text']);
    assert.deepEqual(fields({ findings: [{ kind: 'wish' as never, text: 'x' }] }), ['findings[0].kind']);
    assert.deepEqual(fields({ findings: [{ id: 4, kind: 'strength', text: 'a' }, { id: 4, kind: 'strength', text: 'b' }] }), ['findings[1].id']);
    assert.deepEqual(fields({ focus: ' ' }), ['focus']);
    assert.deepEqual(fields({ reportUrl: 'http://example.org/report.pdf' }), ['reportUrl']);
    assert.match(inspectionInputProblems({ ...inspection, findings: [{ kind: 'recommendation', text: '' }] }, '2026-06-01')[0]!.message, /Enter the text of finding 1/);
  });
});
