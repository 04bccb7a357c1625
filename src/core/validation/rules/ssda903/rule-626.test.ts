import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-626.ts';
import { cellsOf, check, header } from './test-helpers.ts';

const notAMother = { header: [header({ SEX: '2', MOTHER: '0' })] };
const mother = (MC_DOB: string) => ({ header: [header({ SEX: '2', MOTHER: '1', MC_DOB })] });

describe('rule 626', () => {
  it('passes a first child born on 1 April, and a mother last year too', () => {
    assert.deepEqual(check(rule, mother('2023-04-01'), { previous: notAMother }), []);
    assert.deepEqual(check(rule, mother('2023-03-31'), { previous: mother('2023-03-31') }), []);
  });
  it('flags a first child born on 31 March when last year said not a mother', () => {
    const findings = check(rule, mother('2023-03-31'), { previous: notAMother });
    assert.deepEqual(cellsOf(findings), ['Header.MC_DOB=2023-03-31']);
    assert.equal(findings[0]!.related[0]!.table, 'Header (previous year)');
  });
});
