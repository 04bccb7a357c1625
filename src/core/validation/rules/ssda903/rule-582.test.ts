import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-582.ts';
import { ad1, cellsOf, check, episode } from './test-helpers.ts';

describe('rule 582', () => {
  it('passes matching the day before the adoption', () => {
    assert.deepEqual(check(rule, { episodes: [episode({ PLACE: 'A5', DEC: '2024-02-29', REC: 'E11' })], ad1: [ad1({ DATE_MATCH: '2024-02-28' })] }), []);
  });
  it('flags matching on the day of the adoption', () => {
    assert.deepEqual(cellsOf(check(rule, { episodes: [episode({ PLACE: 'A5', DEC: '2024-02-29', REC: 'E12' })], ad1: [ad1({ DATE_MATCH: '2024-02-29' })] })), ['Episodes.DEC=2024-02-29']);
  });
});
