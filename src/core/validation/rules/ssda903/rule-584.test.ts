import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-584.ts';
import { cellsOf, check, placed } from './test-helpers.ts';

const thisYear = (DATE_PLACED: string) => ({ placed_for_adoption: [placed({ DATE_PLACED })] });
const open = { placed_for_adoption: [placed({ DATE_PLACED: '2022-10-01' })] };
const ceased = { placed_for_adoption: [placed({ DATE_PLACED: '2022-10-01', DATE_PLACED_CEASED: '2023-01-01', REASON_PLACED_CEASED: 'RD1' })] };

describe('rule 584', () => {
  it('passes an earlier decision recorded last year with the same date, and a decision made on 1 April', () => {
    assert.deepEqual(check(rule, thisYear('2022-10-01'), { previous: open }), []);
    assert.deepEqual(check(rule, thisYear('2023-04-01'), { previous: ceased }), []);
  });
  it('flags a changed date when last year\'s decision had ceased, naming it, and not when it was open', () => {
    const findings = check(rule, thisYear('2022-10-02'), { previous: ceased });
    assert.deepEqual(cellsOf(findings), ['PlacedAdoption.DATE_PLACED=2022-10-02']);
    assert.equal(findings[0]!.related[0]!.table, 'PlacedAdoption (previous year)');
    assert.deepEqual(check(rule, thisYear('2022-10-02'), { previous: open }), []);
  });
});
