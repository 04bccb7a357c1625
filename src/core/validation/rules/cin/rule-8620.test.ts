import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-8620.ts';
import { check, child, episode } from './test-helpers.ts';

describe('rule 8620', () => {
  it('passes 1 April and 31 March', () => {
    assert.deepEqual(check(rule, child({ episodes: [episode({ CINreferralDate: '2023-01-01', CINclosureDate: '2023-04-01' }), episode({ CINclosureDate: '2024-03-31' })] })), []);
  });
  it('flags a closure before or after the year', () => {
    assert.equal(check(rule, child({ episodes: [episode({ CINclosureDate: '2023-03-31' }), episode({ CINclosureDate: '2024-04-01' })] })).length, 2);
  });
});
