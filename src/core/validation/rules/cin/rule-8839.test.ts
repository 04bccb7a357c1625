import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-8839.ts';
import { check, child, episode, s47 } from './test-helpers.ts';

describe('rule 8839', () => {
  it('passes one open enquiry beside a finished one', () => {
    assert.deepEqual(check(rule, child({ episodes: [episode({ Section47: [s47(), s47({ DateOfInitialCPC: null })] })] })), []);
  });
  it('flags each of two open enquiries', () => {
    assert.equal(check(rule, child({ episodes: [episode({ Section47: [s47({ DateOfInitialCPC: null }), s47({ DateOfInitialCPC: null })] })] })).length, 2);
  });
});
