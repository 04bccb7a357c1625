import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-516.ts';
import { cellsOf, check, episode } from './test-helpers.ts';

describe('rule 516', () => {
  it('passes an SGO to former foster carers ending foster care, and other reasons anywhere', () => {
    const episodes = [episode({ PLACE: 'U1', DEC: '2023-09-01', REC: 'E45' }), episode({ DECOM: '2023-10-01', PLACE: 'K2', DEC: '2023-11-01', REC: 'E47' })];
    assert.deepEqual(check(rule, { episodes }), []);
  });
  it('flags E46 ending a children\'s home placement', () => {
    const findings = check(rule, { episodes: [episode({ PLACE: 'K2', DEC: '2023-09-01', REC: 'E46' })] });
    assert.deepEqual(cellsOf(findings), ['Episodes.PLACE=K2']);
    assert.equal(findings[0]!.related[0]!.value, 'E46');
  });
});
