import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-8606.ts';
import { check, child, episode } from './test-helpers.ts';

describe('rule 8606', () => {
  it('passes a referral exactly 40 weeks before the expected birth', () => {
    assert.deepEqual(check(rule, child({ ids: { PersonBirthDate: null, ExpectedPersonBirthDate: '2024-03-07' }, episodes: [episode({ CINreferralDate: '2023-06-01' })] })), []);
  });
  it('flags one a day earlier', () => {
    const [f] = check(rule, child({ ids: { PersonBirthDate: '2024-03-08' }, episodes: [episode({ CINreferralDate: '2023-06-01' })] }));
    assert.equal(f?.related[0]?.field, 'PersonBirthDate');
  });
});
