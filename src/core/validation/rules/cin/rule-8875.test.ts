import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-8875.ts';
import { check, child, episode, s47 } from './test-helpers.ts';

describe('rule 8875', () => {
  it('passes a Thursday', () => {
    assert.deepEqual(check(rule, child({ episodes: [episode({ Section47: [s47()] })] })), []);
  });
  it('flags a Sunday at either level', () => {
    assert.equal(check(rule, child({ episodes: [episode({ DateOfInitialCPC: '2023-06-25', Section47: [s47({ DateOfInitialCPC: '2023-06-25' })] })] })).length, 2);
  });
});
