import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-602.ts';
import { ad1, cellsOf, check, episode } from './test-helpers.ts';

describe('rule 602', () => {
  it('passes adoption details for a child adopted on 31 March', () => {
    assert.deepEqual(check(rule, { episodes: [episode({ PLACE: 'A5', DEC: '2024-03-31', REC: 'E12' })], ad1: [ad1()] }), []);
  });
  it('flags them for a child still placed, or adopted last year', () => {
    assert.deepEqual(cellsOf(check(rule, { episodes: [episode({ PLACE: 'A5' })], ad1: [ad1()] })), ['AD1.CHILD=1']);
    assert.equal(check(rule, { episodes: [episode({ DECOM: '2022-06-01', PLACE: 'A5', DEC: '2023-03-31', REC: 'E11' })], ad1: [ad1()] }).length, 1);
  });
});
