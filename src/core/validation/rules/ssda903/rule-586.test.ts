import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-586.ts';
import { cellsOf, check, header, missing } from './test-helpers.ts';

describe('rule 586', () => {
  it('passes a period starting on the day of birth', () => {
    assert.deepEqual(check(rule, { header: [header({ DOB: '2023-05-10' })], missing: [missing({ DOB: '2023-05-10', MIS_START: '2023-05-10' })] }), []);
  });
  it('flags one starting the day before, naming the header\'s DOB', () => {
    const findings = check(rule, { header: [header({ DOB: '2023-05-10' })], missing: [missing({ DOB: '2023-05-10', MIS_START: '2023-05-09' })] });
    assert.deepEqual(cellsOf(findings), ['Missing.MIS_START=2023-05-09']);
    assert.equal(findings[0]!.related[0]!.table, 'Header');
  });
});
