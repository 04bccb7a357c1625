import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-142.ts';
import { check, episode } from './test-helpers.ts';

describe('rule 142', () => {
  it('passes ended episodes followed by one open', () => {
    assert.deepEqual(check(rule, { episodes: [episode({ DECOM: '2023-08-01', RNE: 'P' }), episode({ DEC: '2023-08-01', REC: 'X1' })] }), []);
  });
  it('flags an earlier episode left open, whatever the file order', () => {
    const findings = check(rule, { episodes: [episode({ DECOM: '2023-08-01', RNE: 'P', line: 3 }), episode({ line: 2 })] });
    assert.deepEqual(findings.map((f) => [f.field, f.line, f.related[0]?.line]), [['DEC', 2, 3]]);
  });
});
