import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-635.ts';
import { cellsOf, check, permanence } from './test-helpers.ts';

describe('rule 635', () => {
  it('passes Z1 alone, and an order with its details', () => {
    assert.deepEqual(check(rule, { previous_permanence: [permanence({ PREV_PERM: 'Z1' }), permanence({ PREV_PERM: 'P2', LA_PERM: '201', DATE_PERM: '01/01/2020' })] }), []);
  });
  it('flags a council and a date given with Z1', () => {
    assert.deepEqual(cellsOf(check(rule, { previous_permanence: [permanence({ PREV_PERM: 'Z1', LA_PERM: '201', DATE_PERM: 'zz/01/2020' })] })), ['PrevPerm.LA_PERM=201', 'PrevPerm.DATE_PERM=zz/01/2020']);
  });
});
