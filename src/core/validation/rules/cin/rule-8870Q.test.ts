import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-8870Q.ts';
import { check, child, episode, s47 } from './test-helpers.ts';

describe('rule 8870Q', () => {
  it('passes a Monday', () => {
    assert.deepEqual(check(rule, child({ episodes: [episode({ Section47: [s47({ InitialCPCtarget: '2023-06-26' })] })] })), []);
  });
  it('flags a Saturday and a Sunday', () => {
    assert.equal(check(rule, child({ episodes: [episode({ Section47: [s47({ InitialCPCtarget: '2023-06-24' }), s47({ InitialCPCtarget: '2023-06-25' })] })] })).length, 2);
  });
});
