import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-1000.ts';
import { cellsOf, check, episode, oc3, relatedOf } from './test-helpers.ts';

describe('rule 1000', () => {
  it('passes care leaver information after a care episode that did not end in death', () => {
    assert.deepEqual(check(rule, { episodes: [episode({ DEC: '2023-09-01', REC: 'E4A' })], oc3: [oc3()] }), []);
  });
  it('passes an OC3 row of a child who died when its care leaver items are blank', () => {
    const blank = oc3({ IN_TOUCH: null, ACTIV: null, ACCOM: null });
    assert.deepEqual(check(rule, { episodes: [episode({ DEC: '2023-09-01', REC: 'E2' })], oc3: [blank] }), []);
  });
  it('flags care leaver information of a child who died in care, with REC as related cell', () => {
    const [f] = check(rule, { episodes: [episode({ DEC: '2023-09-01', REC: 'E2' })], oc3: [oc3({ IN_TOUCH: null })] });
    assert.deepEqual(cellsOf([f!]), ['OC3.ACTIV=F2']);
    assert.deepEqual(relatedOf(f), ['OC3.ACCOM=B1', 'Episodes.REC=E2']);
  });
  it("finds a death in last year's episodes when that return is given", () => {
    const findings = check(rule, { oc3: [oc3()] }, { previous: { episodes: [episode({ DECOM: '2022-06-01', DEC: '2023-01-05', REC: 'E2' })] } });
    assert.deepEqual(findings[0]?.related.at(-1), { table: 'Episodes (previous year)', field: 'REC', value: 'E2' });
  });
});
