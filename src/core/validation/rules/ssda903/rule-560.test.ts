import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-560.ts';
import { cellsOf, check, placed } from './test-helpers.ts';

const thisYear = (DATE_PLACED: string) => ({ placed_for_adoption: [placed({ DATE_PLACED })] });
const open = { placed_for_adoption: [placed({ DATE_PLACED: '2022-10-01' })] };
const ceased = { placed_for_adoption: [placed({ DATE_PLACED: '2022-10-01', DATE_PLACED_CEASED: '2023-01-01', REASON_PLACED_CEASED: 'RD1' })] };

describe('rule 560', () => {
  it('passes an earlier decision recorded last year with the same date, and a decision made on 1 April', () => {
    assert.deepEqual(check(rule, thisYear('2022-10-01'), { previous: open }), []);
    assert.deepEqual(check(rule, thisYear('2023-04-01'), { previous: open }), []);
  });
  it('flags a changed date when last year\'s decision was open, and not when it had ceased', () => {
    assert.deepEqual(cellsOf(check(rule, thisYear('2022-10-02'), { previous: open })), ['PlacedAdoption.DATE_PLACED=2022-10-02']);
    assert.deepEqual(check(rule, thisYear('2022-10-02'), { previous: ceased }), []);
  });
});
