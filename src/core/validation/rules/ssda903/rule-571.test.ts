import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-571.ts';
import { cellsOf, check, missing } from './test-helpers.ts';

describe('rule 571', () => {
  it('passes periods ending on 1 April and on 31 March', () => {
    assert.deepEqual(check(rule, { missing: [missing({ MIS_START: '2023-03-30', MIS_END: '2023-04-01' }), missing({ MIS_START: '2024-03-30', MIS_END: '2024-03-31' })] }), []);
  });
  it('flags periods ending on 31 March last year and on 1 April next year', () => {
    const findings = check(rule, { missing: [missing({ MIS_START: '2023-03-30', MIS_END: '2023-03-31' }), missing({ MIS_START: '2024-03-30', MIS_END: '2024-04-01' })] });
    assert.deepEqual(cellsOf(findings), ['Missing.MIS_END=2023-03-31', 'Missing.MIS_END=2024-04-01']);
  });
});
