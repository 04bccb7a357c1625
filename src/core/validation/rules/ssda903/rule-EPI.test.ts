import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-EPI.ts';
import { cellsOf, check, episode, header, oc3, run } from './test-helpers.ts';

describe('rule EPI', () => {
  it('passes a child with episodes, and a care leaver in OC3 only', () => {
    assert.deepEqual(check(rule, { header: [header()], episodes: [episode()] }), []);
    assert.deepEqual(check(rule, { header: [header({ CHILD: '2' })], oc3: [oc3({ CHILD: '2' })] }), []);
  });
  it('flags a child in Header with no episodes', () => {
    assert.deepEqual(cellsOf(check(rule, { header: [header({ CHILD: '7' })] })), ['Header.CHILD=7']);
  });
  it('is skipped when the return has no episodes table', () => {
    assert.equal(run(rule, { header: [header()] }, { absent: ['episodes'] }).outcome.status, 'skipped');
  });
});
