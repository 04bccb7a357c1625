import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-8775Q.ts';
import { check, child, episode } from './test-helpers.ts';

describe('rule 8775Q', () => {
  it('passes a child who turns 25 after the episode closes', () => {
    assert.deepEqual(check(rule, child({ ids: { PersonBirthDate: '1998-06-01' }, episodes: [episode({ CINclosureDate: '2023-05-31' })] })), []);
  });
  it('flags an open episode of a child 25 by the reference date', () => {
    assert.equal(check(rule, child({ ids: { PersonBirthDate: '1999-03-31' } })).length, 1);
  });
});
