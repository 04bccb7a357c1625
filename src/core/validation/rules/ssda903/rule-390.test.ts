import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-390.ts';
import { cellsOf, check, episode } from './test-helpers.ts';

describe('rule 390', () => {
  it('passes adoption from A6', () => {
    assert.deepEqual(check(rule, { episodes: [episode({ PLACE: 'A6', LS: 'E1', DEC: '2024-01-01', REC: 'E12' })] }), []);
  });
  it('flags adoption from foster care', () => {
    assert.deepEqual(cellsOf(check(rule, { episodes: [episode({ PLACE: 'U4', DEC: '2024-01-01', REC: 'E11' })] })), ['Episodes.PLACE=U4']);
  });
});
