import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-8545Q.ts';
import { check, child } from './test-helpers.ts';

describe('rule 8545Q', () => {
  it('passes the first and last day of the year', () => {
    assert.deepEqual(check(rule, [child({ ids: { PersonDeathDate: '2023-04-01' } }), child({ ids: { PersonDeathDate: '2024-03-31' } })]), []);
  });
  it('flags a death before or after it', () => {
    assert.equal(check(rule, [child({ ids: { PersonDeathDate: '2023-03-31' } }), child({ ids: { PersonDeathDate: '2024-04-01' } })]).length, 2);
  });
});
