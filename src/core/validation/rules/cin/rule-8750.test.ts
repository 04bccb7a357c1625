import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ruleGender, ruleSex } from './rule-8750.ts';
import { check, child, fieldsOf } from './test-helpers.ts';

describe('rule 8750', () => {
  const unborn = (ids: Parameters<typeof child>[0]) => child({ ...ids, ids: { PersonBirthDate: null, ExpectedPersonBirthDate: '2024-05-01', ...ids?.ids } });
  it('passes 0 or U for an unborn child, and any code for a born one', () => {
    assert.deepEqual(check(ruleGender, [unborn({ ids: { GenderCurrent: '0' } }), child({ ids: { GenderCurrent: '2' } })]), []);
    assert.deepEqual(check(ruleSex, unborn({ ids: { Sex: 'U' } }), { year: '2024/25' }), []);
  });
  it('flags another code for an unborn child', () => {
    assert.deepEqual(fieldsOf(check(ruleGender, unborn({ ids: { GenderCurrent: '1' } }))), ['ChildIdentifiers.GenderCurrent=1']);
    assert.equal(check(ruleSex, unborn({ ids: { Sex: 'F' } }), { year: '2024/25' }).length, 1);
  });
});
