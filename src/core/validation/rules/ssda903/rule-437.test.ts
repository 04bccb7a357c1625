import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-437.ts';
import { cellsOf, check, episode } from './test-helpers.ts';

describe('rule 437', () => {
  it('passes E15 on the last episode', () => {
    assert.deepEqual(check(rule, { episodes: [episode({ DECOM: '2023-05-01', DEC: '2023-06-01', REC: 'X1' }), episode({ DECOM: '2023-06-01', RNE: 'P', DEC: '2023-07-01', REC: 'E15' })] }), []);
  });
  it('flags E2 followed by another episode', () => {
    assert.deepEqual(cellsOf(check(rule, { episodes: [episode({ DECOM: '2023-05-01', DEC: '2023-06-01', REC: 'E2' }), episode({ DECOM: '2023-08-01' })] })), ['Episodes.REC=E2']);
  });
});
