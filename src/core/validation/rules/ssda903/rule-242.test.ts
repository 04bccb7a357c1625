import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-242.ts';
import { cellsOf, check, episode } from './test-helpers.ts';

describe('rule 242', () => {
  it('passes XXXXXXX for an adoption placement', () => {
    assert.deepEqual(check(rule, { episodes: [episode({ PLACE: 'A6', URN: 'XXXXXXX' })] }, { year: '2025/26' }), []);
  });
  it('flags XXXXXXX for a foster placement', () => {
    assert.deepEqual(cellsOf(check(rule, { episodes: [episode({ PLACE: 'U4', URN: 'XXXXXXX' })] }, { year: '2025/26' })), ['Episodes.URN=XXXXXXX']);
  });
});
