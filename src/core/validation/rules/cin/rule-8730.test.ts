import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-8730.ts';
import { check, child, cpp, episode, fieldsOf } from './test-helpers.ts';

describe('rule 8730', () => {
  it('passes 0', () => {
    assert.deepEqual(check(rule, child({ episodes: [episode({ ChildProtectionPlans: [cpp({ NumberOfPreviousCPP: 0 })] })] })), []);
  });
  it('flags a missing number, showing the text the file had', () => {
    assert.deepEqual(fieldsOf(check(rule, child({ episodes: [episode({ ChildProtectionPlans: [cpp({ NumberOfPreviousCPP: null, raw: { NumberOfPreviousCPP: 'two' } })] })] }))), ['ChildProtectionPlans.NumberOfPreviousCPP=two']);
  });
});
