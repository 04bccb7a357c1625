import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-552.ts';
import { cellsOf, check, episode, placed } from './test-helpers.ts';

const episodes = [episode({ PLACE: 'U4', DEC: '2023-08-01', REC: 'X1' }), episode({ DECOM: '2023-08-01', RNE: 'P', PLACE: 'A6', DEC: '2023-09-01', REC: 'X1' }), episode({ DECOM: '2023-09-01', RNE: 'L', PLACE: 'A6' })];

describe('rule 552', () => {
  it('passes a decision on the day of the placement', () => {
    assert.deepEqual(check(rule, { episodes, placed_for_adoption: [placed({ DATE_PLACED: '2023-08-01' })] }), []);
  });
  it('flags a decision the day after, once for the placement however many episodes it spans', () => {
    const findings = check(rule, { episodes, placed_for_adoption: [placed({ DATE_PLACED: '2023-08-02' })] });
    assert.deepEqual(cellsOf(findings), ['PlacedAdoption.DATE_PLACED=2023-08-02']);
    assert.deepEqual(findings[0]!.related.map((c) => c.value), ['2023-08-01', 'A6']);
  });
});
