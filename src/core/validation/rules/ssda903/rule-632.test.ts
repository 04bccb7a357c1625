import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { earliestPermanenceDate, rule } from './rule-632.ts';
import { cellsOf, check, episode, permanence } from './test-helpers.ts';

const started = [episode({ DECOM: '2023-06-15', RNE: 'S' })];

describe('rule 632', () => {
  it('reads full and partial dates by their earliest day', () => {
    assert.equal(earliestPermanenceDate('29/02/2020'), '2020-02-29');
    assert.equal(earliestPermanenceDate('ZZ/06/2023'), '2023-06-01');
    assert.equal(earliestPermanenceDate('zz/zz/2019'), '2019-01-01');
    assert.equal(earliestPermanenceDate('29/02/2019'), null);
    assert.equal(earliestPermanenceDate('zz/13/2019'), null);
  });
  it('passes an order on the day care started, and a partial date of that month', () => {
    assert.deepEqual(check(rule, { episodes: started, previous_permanence: [permanence({ PREV_PERM: 'P2', DATE_PERM: '15/06/2023' }), permanence({ PREV_PERM: 'P2', DATE_PERM: 'zz/06/2023' })] }), []);
  });
  it('flags an order the day after care started, and a value that is not a date', () => {
    const findings = check(rule, { episodes: started, previous_permanence: [permanence({ PREV_PERM: 'P2', DATE_PERM: '16/06/2023' }), permanence({ PREV_PERM: 'P2', DATE_PERM: 'June 2019' })] });
    assert.deepEqual(cellsOf(findings), ['PrevPerm.DATE_PERM=16/06/2023', 'PrevPerm.DATE_PERM=June 2019']);
  });
});
