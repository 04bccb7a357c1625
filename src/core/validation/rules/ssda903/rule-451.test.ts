import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-451.ts';
import { cellsOf, check, episode } from './test-helpers.ts';

describe('rule 451', () => {
  it('passes a D1 episode ending on 31 March', () => {
    assert.deepEqual(check(rule, { episodes: [episode({ LS: 'D1', DECOM: '2005-06-01', DEC: '2024-03-31', REC: 'E11' })] }), []);
  });
  it('flags an open D1 episode', () => {
    assert.deepEqual(cellsOf(check(rule, { episodes: [episode({ LS: 'D1', DECOM: '2005-06-01' })] })), ['Episodes.LS=D1']);
  });
});
