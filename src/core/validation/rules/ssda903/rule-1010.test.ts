import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-1010.ts';
import { cellsOf, check, episode, oc3, relatedOf } from './test-helpers.ts';

describe('rule 1010', () => {
  it("passes when last year's care ended, or this year's episodes are loaded", () => {
    assert.deepEqual(check(rule, { oc3: [oc3()] }, { previous: { episodes: [episode({ DECOM: '2022-05-01', DEC: '2023-03-31', REC: 'E4A' })] } }), []);
    const open = { episodes: [episode({ DECOM: '2022-05-01' })] };
    assert.deepEqual(check(rule, { oc3: [oc3()], episodes: [episode({ DECOM: '2022-05-01', DEC: '2023-04-01', REC: 'E4A' })] }, { previous: open }), []);
  });
  it("flags care leaver information when last year ended with an open episode and there are none this year", () => {
    const [f] = check(rule, { oc3: [oc3()] }, { previous: { episodes: [episode({ DECOM: '2022-05-01' })] } });
    assert.deepEqual(cellsOf([f!]), ['OC3.IN_TOUCH=YES']);
    assert.deepEqual(relatedOf(f).at(-1), 'Episodes (previous year).DECOM=2022-05-01');
  });
});
