import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-100.ts';
import { check, child } from './test-helpers.ts';

describe('rule 100', () => {
  it('passes 31 March of the census year', () => {
    assert.deepEqual(check(rule, child()), []);
  });
  it('flags another date and a missing one, once per return', () => {
    const [f, ...rest] = check(rule, [child(), child()], { header: { ReferenceDate: '2023-03-28' } });
    assert.equal(rest.length, 0);
    assert.equal(f?.value, '2023-03-28');
    assert.equal(f?.child, undefined);
    assert.equal(check(rule, child(), { header: { ReferenceDate: null } })[0]?.value, null);
  });
});
