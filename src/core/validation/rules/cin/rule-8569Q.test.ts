import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-8569Q.ts';
import { check, child, episode } from './test-helpers.ts';

describe('rule 8569Q', () => {
  // 1 April 2023 is a Saturday: the working day before it is Friday 31 March.
  it('passes a no-further-action referral on the working day before 1 April', () => {
    assert.deepEqual(check(rule, child({ episodes: [episode({ ReferralNFA: true, CINreferralDate: '2023-03-31' })] })), []);
  });
  it('flags one a day earlier, and counts back over a weekend and Easter', () => {
    assert.equal(check(rule, child({ episodes: [episode({ ReferralNFA: true, CINreferralDate: '2023-03-30' })] })).length, 1);
    // 1 April 2024 is Easter Monday: the working day before it is Thursday 28 March.
    assert.deepEqual(check(rule, child({ episodes: [episode({ ReferralNFA: true, CINreferralDate: '2024-03-28' })] }), { year: '2024/25' }), []);
    assert.equal(check(rule, child({ episodes: [episode({ ReferralNFA: true, CINreferralDate: '2024-03-27' })] }), { year: '2024/25' }).length, 1);
  });
});
