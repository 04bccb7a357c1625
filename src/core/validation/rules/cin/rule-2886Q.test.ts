import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ruleGender, ruleSex } from './rule-2886Q.ts';
import { check, child } from './test-helpers.ts';

describe('rule 2886Q', () => {
  const many = (n: number, ids: Parameters<typeof child>[0]) => Array.from({ length: n }, (_, i) => child({ ...ids, ids: { ...ids?.ids, LAchildID: `C${i}` } }));
  it('passes 2% not recorded, not counting unborn children', () => {
    const unborn = many(5, { ids: { GenderCurrent: '0', Sex: 'U', PersonBirthDate: null, ExpectedPersonBirthDate: '2024-05-01' } });
    assert.deepEqual(check(ruleGender, [...many(98, {}), ...many(2, { ids: { GenderCurrent: '0' } }), ...unborn]), []);
    assert.deepEqual(check(ruleSex, [...many(98, {}), ...many(2, { ids: { Sex: 'U' } }), ...unborn], { year: '2024/25' }), []);
  });
  it('flags more than 2% once for the return', () => {
    const [f, ...rest] = check(ruleGender, [...many(97, {}), ...many(3, { ids: { GenderCurrent: null } })]);
    assert.equal(rest.length, 0);
    assert.equal(f?.value, '3 of 100 children (3.0%)');
    assert.equal(check(ruleSex, [...many(97, {}), ...many(3, { ids: { Sex: 'U' } })], { year: '2024/25' }).length, 1);
  });
});
