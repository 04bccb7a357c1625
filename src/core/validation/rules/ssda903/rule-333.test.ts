import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-333.ts';
import { ad1, cellsOf, check, header } from './test-helpers.ts';

describe('rule 333', () => {
  it('passes a decision on the day of matching', () => {
    assert.deepEqual(check(rule, { header: [header()], ad1: [ad1({ DATE_INT: '2023-06-01', DATE_MATCH: '2023-06-01' })] }), []);
  });
  it('flags a decision the day after matching', () => {
    assert.deepEqual(cellsOf(check(rule, { header: [header()], ad1: [ad1({ DATE_INT: '2023-06-02', DATE_MATCH: '2023-06-01' })] })), ['AD1.DATE_INT=2023-06-02']);
  });
});
