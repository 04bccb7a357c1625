import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-704.ts';
import { cellsOf, check, dolo } from './test-helpers.ts';

const year = { year: '2026/27' } as const;

describe('rule 704', () => {
  it('passes DoLOs ending on 1 April 2026 and 31 March 2027', () => {
    assert.deepEqual(check(rule, { dolo: [dolo({ DOLO_START: '2026-03-01', DOLO_END: '2026-04-01' }), dolo({ DOLO_START: '2026-06-01', DOLO_END: '2027-03-31' })] }, year), []);
  });
  it('flags DoLOs ending on 31 March 2026 and 1 April 2027', () => {
    const findings = check(rule, { dolo: [dolo({ DOLO_START: '2026-03-01', DOLO_END: '2026-03-31' }), dolo({ DOLO_START: '2026-06-01', DOLO_END: '2027-04-01' })] }, year);
    assert.deepEqual(cellsOf(findings), ['DoLo.DOLO_END=2026-03-31', 'DoLo.DOLO_END=2027-04-01']);
  });
});
