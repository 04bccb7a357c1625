import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-179.ts';
import { cellsOf, check, episode, run } from './test-helpers.ts';
import { postcodes } from './reference-data.test-support.ts';

describe('rule 179', () => {
  it('passes a known placement postcode', () => {
    assert.deepEqual(check(rule, { episodes: [episode()] }, { postcodes }), []);
  });
  it('flags an unknown one', () => {
    assert.deepEqual(cellsOf(check(rule, { episodes: [episode({ PL_POST: 'QQ9 9QQ' })] }, { postcodes })), ['Episodes.PL_POST=QQ9 9QQ']);
  });
  it("fails, saying why, when the council's code is not known", () => {
    const { outcome } = run(rule, { episodes: [episode()] }, { postcodes, la: null });
    assert.equal(outcome.status, 'failed');
    assert.match(outcome.status === 'failed' ? outcome.error : '', /council's three-digit DfE code is not known/);
  });
});
