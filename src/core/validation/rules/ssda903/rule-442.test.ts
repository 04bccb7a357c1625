import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-442.ts';
import { cellsOf, check, episode, header } from './test-helpers.ts';

describe('rule 442', () => {
  it('passes a UPN or an unknown-reason code', () => {
    assert.deepEqual(check(rule, { header: [header(), header({ CHILD: '2', UPN: 'UN1' })], episodes: [episode(), episode({ CHILD: '2' })] }), []);
  });
  it('flags a blank UPN of a child with episodes', () => {
    assert.deepEqual(cellsOf(check(rule, { header: [header({ UPN: ' ' })], episodes: [episode()] })), ['Header.UPN= ']);
  });
});
