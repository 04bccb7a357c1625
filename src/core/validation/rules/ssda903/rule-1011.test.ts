import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-1011.ts';
import { cellsOf, check, episode, oc3, relatedOf } from './test-helpers.ts';

describe('rule 1011', () => {
  it('passes when only an earlier episode ended E3 and the final one did not', () => {
    const episodes = [episode({ DECOM: '2023-04-05', DEC: '2023-05-01', REC: 'E3' }), episode({ DECOM: '2023-08-01', DEC: '2023-10-01', REC: 'E4A' })];
    assert.deepEqual(check(rule, { episodes, oc3: [oc3()] }), []);
  });
  it('flags care leaver information when the final episode ended E3', () => {
    const [f] = check(rule, { episodes: [episode({ DECOM: '2023-04-05', DEC: '2023-05-01', REC: 'E3' })], oc3: [oc3()] });
    assert.deepEqual(cellsOf([f!]), ['OC3.IN_TOUCH=YES']);
    assert.deepEqual(relatedOf(f).at(-1), 'Episodes.REC=E3');
  });
  it("looks at last year's final episode when there are none this year", () => {
    assert.equal(check(rule, { oc3: [oc3()] }, { previous: { episodes: [episode({ DECOM: '2022-06-01', DEC: '2022-12-01', REC: 'E3' })] } }).length, 1);
  });
});
