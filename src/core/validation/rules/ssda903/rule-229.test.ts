import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rules } from './rule-229.ts';
import { cellsOf, check, episode, variantFor } from './test-helpers.ts';
import { providers } from './reference-data.test-support.ts';

const rule = variantFor(rules, '2023/24');
const home = (PLACE_PROVIDER: string) => episode({ PLACE: 'K2', URN: 'SC654321', PLACE_PROVIDER });

describe('rule 229', () => {
  it("passes PR1 for the council's own home, and PR2 for another council's", () => {
    assert.deepEqual(check(rule, { episodes: [home('PR1')] }, { providers, la: '201' }), []);
    assert.deepEqual(check(rule, { episodes: [home('PR2')] }, { providers, la: '202' }), []);
  });
  it("flags PR2 for the council's own home, and PR1 for another's", () => {
    assert.deepEqual(cellsOf(check(rule, { episodes: [home('PR2')] }, { providers, la: '201' })), ['Episodes.PLACE_PROVIDER=PR2']);
    assert.equal(check(rule, { episodes: [home('PR1')] }, { providers, la: '202' }).length, 1);
  });
});
