import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-180.ts';
import { cellsOf, check, oc2 } from './test-helpers.ts';

describe('rule 180', () => {
  it('passes 0, 40 and blank', () => {
    assert.deepEqual(check(rule, { oc2: [oc2({ SDQ_SCORE: 0 }), oc2({ CHILD: '2', SDQ_SCORE: 40 }), oc2({ CHILD: '3', SDQ_SCORE: null })] }), []);
  });
  it('flags 41, a negative score and text', () => {
    const rows = [oc2({ SDQ_SCORE: 41 }), oc2({ CHILD: '2', SDQ_SCORE: -1 }), oc2({ CHILD: '3', SDQ_SCORE: null, raw: { SDQ_SCORE: '12.5' } })];
    assert.deepEqual(cellsOf(check(rule, { oc2: rows })), ['OC2.SDQ_SCORE=41', 'OC2.SDQ_SCORE=-1', 'OC2.SDQ_SCORE=12.5']);
  });
});
