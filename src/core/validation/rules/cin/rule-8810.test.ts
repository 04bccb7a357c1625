import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-8810.ts';
import { check, child, episode } from './test-helpers.ts';

describe('rule 8810', () => {
  it('passes a reason with a closure date', () => {
    assert.deepEqual(check(rule, child({ episodes: [episode({ CINclosureDate: '2023-09-01', ReasonForClosure: 'RC7' })] })), []);
  });
  it('flags a reason without one', () => {
    assert.equal(check(rule, child({ episodes: [episode({ ReasonForClosure: 'RC7' })] })).length, 1);
  });
});
