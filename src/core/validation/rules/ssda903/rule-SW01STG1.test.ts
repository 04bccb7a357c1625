import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-SW01STG1.ts';
import { cellsOf, check, episode, socialWorker } from './test-helpers.ts';

describe('rule SW01STG1', () => {
  it('passes a child looked after on 31 March with a social worker episode, and one whose care ended on 31 March', () => {
    assert.deepEqual(check(rule, { episodes: [episode()], social_worker: [socialWorker()] }), []);
    assert.deepEqual(check(rule, { episodes: [episode({ DEC: '2024-03-31', REC: 'E4A' })] }), []);
  });
  it('passes a child on an agreed series of short breaks over 31 March without one', () => {
    assert.deepEqual(check(rule, { episodes: [episode({ LS: 'V4', DEC: '2024-04-01', REC: 'E4A' })] }), []);
  });
  it('flags a child looked after on 31 March without one', () => {
    assert.deepEqual(cellsOf(check(rule, { episodes: [episode({ DEC: '2024-04-01', REC: 'E4A' })] })), ['Episodes.DEC=2024-04-01']);
  });
});
