import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-356.ts';
import { cellsOf, check, episode } from './test-helpers.ts';

describe('rule 356', () => {
  it('passes an episode ending on the day it started (rule 355’s concern)', () => {
    assert.deepEqual(check(rule, { episodes: [episode({ DECOM: '2023-06-01', DEC: '2023-06-01', REC: 'E13' })] }), []);
  });
  it('flags one ending the day before it started', () => {
    assert.deepEqual(cellsOf(check(rule, { episodes: [episode({ DECOM: '2023-06-01', DEC: '2023-05-31', REC: 'E13' })] })), ['Episodes.DECOM=2023-06-01']);
  });
});
