import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-230.ts';
import { cellsOf, check, episode } from './test-helpers.ts';

describe('rule 230', () => {
  it('passes H5 with a URN, and H5 that ended on 27 October 2023', () => {
    assert.deepEqual(check(rule, { episodes: [episode({ PLACE: 'H5', URN: 'SC1' }), episode({ PLACE: 'H5', DEC: '2023-10-27', REC: 'E5' })] }), []);
  });
  it('flags H5 without a URN running on 28 October 2023', () => {
    assert.deepEqual(cellsOf(check(rule, { episodes: [episode({ PLACE: 'H5', DEC: '2023-10-28', REC: 'E5' })] })), ['Episodes.URN=null']);
  });
});
