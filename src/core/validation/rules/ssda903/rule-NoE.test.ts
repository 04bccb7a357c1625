import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-NoE.ts';
import { cellsOf, check, episode, run } from './test-helpers.ts';

describe('rule NoE', () => {
  it('passes care started on 1 April, and earlier care with last year\'s episodes', () => {
    assert.deepEqual(check(rule, { episodes: [episode({ DECOM: '2023-04-01' })] }, { previous: {} }), []);
    assert.deepEqual(check(rule, { episodes: [episode({ DECOM: '2023-03-31' })] }, { previous: { episodes: [episode({ DECOM: '2023-03-31' })] } }), []);
  });
  it('flags care started on 31 March with no episodes last year', () => {
    assert.deepEqual(cellsOf(check(rule, { episodes: [episode({ DECOM: '2023-03-31' })] }, { previous: {} })), ['Episodes.DECOM=2023-03-31']);
  });
  it('is skipped without last year', () => {
    assert.equal(run(rule, { episodes: [episode({ DECOM: '2023-03-31' })] }).outcome.status, 'skipped');
  });
});
