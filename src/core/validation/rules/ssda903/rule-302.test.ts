import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-302.ts';
import { cellsOf, check, episode, header } from './test-helpers.ts';

describe('rule 302', () => {
  it('passes care starting on the day of birth', () => {
    assert.deepEqual(check(rule, { header: [header({ DOB: '2023-06-01' })], episodes: [episode({ DECOM: '2023-06-01' })] }), []);
  });
  it('flags the first episode starting the day before birth, with DOB as related cell', () => {
    const findings = check(rule, {
      header: [header({ DOB: '2023-06-02' })],
      episodes: [episode({ DECOM: '2023-07-01', RNE: 'P' }), episode({ DECOM: '2023-06-01', DEC: '2023-07-01', REC: 'X1' })],
    });
    assert.deepEqual(cellsOf(findings), ['Episodes.DECOM=2023-06-01']);
    assert.deepEqual(findings[0]!.related.map((c) => c.value), ['2023-06-02']);
  });
});
