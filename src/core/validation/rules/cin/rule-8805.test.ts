import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-8805.ts';
import { check, child, episode } from './test-helpers.ts';

describe('rule 8805', () => {
  it('passes a closure with a reason', () => {
    assert.deepEqual(check(rule, child({ episodes: [episode({ CINclosureDate: '2023-09-01', ReasonForClosure: 'RC7' })] })), []);
  });
  it('flags a closure without one', () => {
    assert.equal(check(rule, child({ episodes: [episode({ CINclosureDate: '2023-09-01' })] })).length, 1);
  });
});
