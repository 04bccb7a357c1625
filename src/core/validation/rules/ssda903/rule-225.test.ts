import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-225.ts';
import { cellsOf, check, episode } from './test-helpers.ts';

const moved = (p: Parameters<typeof episode>[0] = {}) => episode({ DEC: '2023-08-01', REC: 'X1', ...p });
const next = (RNE: string) => episode({ DECOM: '2023-08-01', RNE });

describe('rule 225', () => {
  it('passes a change with its reason, a legal status change, and a temporary placement', () => {
    assert.deepEqual(check(rule, { episodes: [moved({ REASON_PLACE_CHANGE: 'CARPL' }), next('P')] }), []);
    assert.deepEqual(check(rule, { episodes: [moved(), next('L')] }), []);
    assert.deepEqual(check(rule, { episodes: [moved({ PLACE: 'T2' }), next('P')] }), []);
  });
  it('flags a placement change without a reason, from 1 April', () => {
    assert.deepEqual(cellsOf(check(rule, { episodes: [moved(), next('B')] })), ['Episodes.REASON_PLACE_CHANGE=null']);
    const onFirst = [episode({ DECOM: '2023-01-01', DEC: '2023-04-01', REC: 'X1' }), episode({ DECOM: '2023-04-01', RNE: 'P' })];
    assert.equal(check(rule, { episodes: onFirst }).length, 1);
  });
});
