import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-8790.ts';
import { check, child } from './test-helpers.ts';

describe('rule 8790', () => {
  it('passes NONE alone', () => {
    assert.deepEqual(check(rule, child({ characteristics: { Disabilities: ['NONE'] } })), []);
  });
  it('flags NONE with another code', () => {
    const [f] = check(rule, child({ characteristics: { Disabilities: ['NONE', 'MOB'] } }));
    assert.equal(f?.related[0]?.value, 'MOB');
  });
});
