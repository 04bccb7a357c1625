import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-521.ts';
import { ad1, cellsOf, check, episode } from './test-helpers.ts';

const episodes = [
  episode({ DECOM: '2023-04-01', PLACE: 'U4', DEC: '2023-06-01', REC: 'X1' }),
  episode({ DECOM: '2023-06-01', RNE: 'P', PLACE: 'A5', DEC: '2023-07-01', REC: 'X1' }),
  episode({ DECOM: '2023-07-01', RNE: 'L', LS: 'E1', PLACE: 'A5' }),
];

describe('rule 521', () => {
  it('passes a decision on the day of the placement for adoption', () => {
    assert.deepEqual(check(rule, { episodes, ad1: [ad1({ DATE_INT: '2023-06-01' })] }), []);
  });
  it('flags a decision the day after, once for the placement', () => {
    const findings = check(rule, { episodes, ad1: [ad1({ DATE_INT: '2023-06-02' })] });
    assert.deepEqual(cellsOf(findings), ['AD1.DATE_INT=2023-06-02']);
    assert.deepEqual(findings[0]!.related.map((c) => c.value), ['2023-06-01', 'A5']);
  });
});
