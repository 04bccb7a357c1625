import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-559.ts';
import { cellsOf, check, placed } from './test-helpers.ts';

const thisYear = (DATE_PLACED: string) => ({ placed_for_adoption: [placed({ DATE_PLACED })] });
const open = { placed_for_adoption: [placed({ DATE_PLACED: '2022-10-01' })] };

describe('rule 559', () => {
  it('passes an earlier decision recorded last year with the same date, and a decision made on 1 April', () => {
    assert.deepEqual(check(rule, thisYear('2022-10-01'), { previous: open }), []);
    assert.deepEqual(check(rule, thisYear('2023-04-01'), { previous: {} }), []);
  });
  it('flags a decision of 31 March last year when last year had none, and only then', () => {
    assert.deepEqual(cellsOf(check(rule, thisYear('2023-03-31'), { previous: {} })), ['PlacedAdoption.DATE_PLACED=2023-03-31']);
    assert.deepEqual(check(rule, thisYear('2023-03-31'), { previous: open }), []);
  });
});
