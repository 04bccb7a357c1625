import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-210.ts';
import { cellsOf, check, episode, header } from './test-helpers.ts';

describe('rule 210', () => {
  it('passes UN4 for care that began 7 days before 31 March, and for a child who left', () => {
    assert.deepEqual(check(rule, { header: [header({ UPN: 'UN4' })], episodes: [episode({ DECOM: '2024-03-24' })] }), []);
    assert.deepEqual(check(rule, { header: [header({ UPN: 'UN4' })], episodes: [episode({ DEC: '2023-09-01', REC: 'E4A' })] }), []);
  });
  it('flags UN4 for care that began 8 days before', () => {
    assert.deepEqual(cellsOf(check(rule, { header: [header({ UPN: 'UN4' })], episodes: [episode({ DECOM: '2024-03-23' })] })), ['Header.UPN=UN4']);
  });
});
