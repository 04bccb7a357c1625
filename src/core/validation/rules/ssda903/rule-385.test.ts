import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-385.ts';
import { cellsOf, check, episode } from './test-helpers.ts';

describe('rule 385', () => {
  it('passes an episode ending on 31 March', () => {
    assert.deepEqual(check(rule, { episodes: [episode({ DEC: '2024-03-31', REC: 'E13' })] }), []);
  });
  it('flags one ending on 1 April after the year', () => {
    assert.deepEqual(cellsOf(check(rule, { episodes: [episode({ DEC: '2024-04-01', REC: 'E13' })] })), ['Episodes.DEC=2024-04-01']);
  });
});
