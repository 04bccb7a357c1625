import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-353.ts';
import { cellsOf, check, episode } from './test-helpers.ts';

describe('rule 353', () => {
  it('passes an episode starting on 14 October 1991', () => {
    assert.deepEqual(check(rule, { episodes: [episode({ DECOM: '1991-10-14' })] }), []);
  });
  it('flags one starting the day before', () => {
    assert.deepEqual(cellsOf(check(rule, { episodes: [episode({ DECOM: '1991-10-13' })] })), ['Episodes.DECOM=1991-10-13']);
  });
});
