import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-8585Q.ts';
import { check, child, episode } from './test-helpers.ts';

describe('rule 8585Q', () => {
  it('passes RC2 with a date of death', () => {
    assert.deepEqual(check(rule, child({ ids: { PersonDeathDate: '2023-09-01' }, episodes: [episode({ ReasonForClosure: 'RC2', CINclosureDate: '2023-09-01' })] })), []);
  });
  it('flags RC2 without one', () => {
    assert.equal(check(rule, child({ episodes: [episode({ ReasonForClosure: 'RC2', CINclosureDate: '2023-09-01' })] })).length, 1);
  });
});
