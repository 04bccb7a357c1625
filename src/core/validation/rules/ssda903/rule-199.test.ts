import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-199.ts';
import { cellsOf, check, episode } from './test-helpers.ts';

const adopted = episode({ DECOM: '2022-01-01', DEC: '2023-06-01', REC: 'E11' });

describe('rule 199', () => {
  it('passes an adoption that is the last episode', () => {
    assert.deepEqual(check(rule, { episodes: [adopted] }), []);
  });
  it('flags an episode starting on or after the adoption, this year or after last year', () => {
    const findings = check(rule, { episodes: [adopted, episode({ DECOM: '2023-06-01' })] });
    assert.deepEqual(cellsOf(findings), ['Episodes.CHILD=1']);
    const lastYear = episode({ DECOM: '2021-01-01', DEC: '2022-06-01', REC: 'E12' });
    const again = check(rule, { episodes: [episode({ DECOM: '2023-05-01' })] }, { previous: { episodes: [lastYear] } });
    assert.deepEqual(cellsOf(again[0]!.related), ['Episodes (previous year).REC=E12']);
  });
});
