import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-8715.ts';
import { check, child, episode, s47 } from './test-helpers.ts';

describe('rule 8715', () => {
  it('passes conferences within the year', () => {
    assert.deepEqual(check(rule, child({ episodes: [episode({ DateOfInitialCPC: '2024-03-29', Section47: [s47()] })] })), []);
  });
  it('flags one after the year', () => {
    assert.equal(check(rule, child({ episodes: [episode({ Section47: [s47({ DateOfInitialCPC: '2024-04-01' })] })] })).length, 1);
  });
});
