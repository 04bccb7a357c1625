import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-148.ts';
import { cellsOf, check, episode } from './test-helpers.ts';

describe('rule 148', () => {
  it('passes an open episode and a closed one with its reason', () => {
    assert.deepEqual(check(rule, { episodes: [episode(), episode({ CHILD: '2', DEC: '2023-09-01', REC: 'E4A' })] }), []);
  });
  it('flags DEC without REC and REC without DEC', () => {
    const rows = [episode({ DEC: '2023-09-01' }), episode({ CHILD: '2', REC: 'E4A' })];
    assert.deepEqual(cellsOf(check(rule, { episodes: rows })), ['Episodes.REC=null', 'Episodes.DEC=null']);
  });
});
