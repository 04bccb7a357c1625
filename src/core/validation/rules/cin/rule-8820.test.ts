import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-8820.ts';
import { check, child, episode } from './test-helpers.ts';

describe('rule 8820', () => {
  it('passes an episode referred on the day the last one closed', () => {
    assert.deepEqual(check(rule, child({ episodes: [episode({ CINclosureDate: '2023-07-01' }), episode({ CINreferralDate: '2023-07-01' })] })), []);
  });
  it('flags an episode referred while another is open or before it closed', () => {
    assert.equal(check(rule, child({ episodes: [episode({ CINclosureDate: '2023-07-01' }), episode({ CINreferralDate: '2023-06-30' })] })).length, 1);
    assert.equal(check(rule, child({ episodes: [episode(), episode({ CINreferralDate: '2023-09-01' })] })).length, 1);
  });
});
