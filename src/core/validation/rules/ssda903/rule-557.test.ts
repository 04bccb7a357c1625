import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rules } from './rule-557.ts';
import { cellsOf, check, episode, placed, variantFor } from './test-helpers.ts';

const rule = variantFor(rules, '2023/24');
const leftOn = (DEC: string, REC: string) => [episode({ DECOM: '2022-06-01', PLACE: 'A4', LS: 'E1', DEC, REC })];

describe('rule 557', () => {
  it('passes a decision ended with date and reason, an adoption, and care left on 31 March of last year', () => {
    const ended = [placed({ DATE_PLACED: '2022-07-01', DATE_PLACED_CEASED: '2023-05-01', REASON_PLACED_CEASED: 'RD1' })];
    assert.deepEqual(check(rule, { episodes: leftOn('2023-06-01', 'E13'), placed_for_adoption: ended }), []);
    assert.deepEqual(check(rule, { episodes: leftOn('2023-06-01', 'E11'), placed_for_adoption: [placed({ DATE_PLACED: '2022-07-01' })] }), []);
    assert.deepEqual(check(rule, { episodes: leftOn('2023-03-31', 'E13'), placed_for_adoption: [placed({ DATE_PLACED: '2022-07-01' })] }), []);
  });
  it('flags both fields for a child who left care on 1 April with the decision open, in each variant', () => {
    for (const year of ['2023/24', '2024/25'] as const) {
      const episodes = [episode({ DECOM: '2022-06-01', PLACE: 'A4', LS: 'E1', DEC: `${year.slice(0, 4)}-04-01`, REC: 'E4A' })];
      const findings = check(variantFor(rules, year), { episodes, placed_for_adoption: [placed({ DATE_PLACED: '2022-07-01' })] }, { year });
      assert.deepEqual(cellsOf(findings), ['PlacedAdoption.DATE_PLACED_CEASED=null', 'PlacedAdoption.REASON_PLACED_CEASED=null']);
    }
  });
});
