import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-633.ts';
import { cellsOf, check, permanence } from './test-helpers.ts';

describe('rule 633', () => {
  it('passes English council codes (a current and an abolished one), the codes for elsewhere and a blank', () => {
    const rows = ['201', '943', '820', 'wal', 'NUK', null].map((LA_PERM) => permanence({ PREV_PERM: 'P2', LA_PERM }));
    assert.deepEqual(check(rule, { previous_permanence: rows }), []);
  });
  it('flags a code that is no council\'s', () => {
    assert.deepEqual(cellsOf(check(rule, { previous_permanence: [permanence({ PREV_PERM: 'P2', LA_PERM: '200' }), permanence({ PREV_PERM: 'P2', LA_PERM: 'E09000002' })] })), ['PrevPerm.LA_PERM=200', 'PrevPerm.LA_PERM=E09000002']);
  });
});
