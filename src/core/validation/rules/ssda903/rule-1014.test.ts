import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-1014.ts';
import { cellsOf, check, episode, oc3, relatedOf, uasc } from './test-helpers.ts';

describe('rule 1014', () => {
  it('passes UASC information of a care leaver who is looked after this year, and a care leaver without it', () => {
    assert.deepEqual(check(rule, { episodes: [episode()], oc3: [oc3()], uasc: [uasc()] }), []);
    assert.deepEqual(check(rule, { oc3: [oc3()] }), []);
  });
  it('flags a UASC row of a care leaver with no episodes this year', () => {
    const [f] = check(rule, { oc3: [oc3()], uasc: [uasc({ DUC: '2023-01-01' })] });
    assert.deepEqual(cellsOf([f!]), ['UASC.DUC=2023-01-01']);
    assert.deepEqual(relatedOf(f), ['OC3.IN_TOUCH=YES']);
  });
});
