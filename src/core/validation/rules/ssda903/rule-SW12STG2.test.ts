import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rules } from './rule-SW12STG2.ts';
import { cellsOf, check, episode, header, socialWorker, variantFor } from './test-helpers.ts';

const rule = variantFor(rules, '2023/24');

describe('rule SW12STG2', () => {
  it('passes social worker episodes from 1 April, and a child born during the year', () => {
    assert.deepEqual(check(rule, { header: [header()], episodes: [episode()], social_worker: [socialWorker({ SW_DECOM: '2023-04-01' })] }), []);
    assert.deepEqual(check(rule, { header: [header({ DOB: '2023-05-01' })], episodes: [episode()], social_worker: [socialWorker()] }), []);
  });
  it('flags episodes that begin on 2 April, in every variant', () => {
    const rows = { header: [header()], episodes: [episode()], social_worker: [socialWorker({ SW_DECOM: '2023-04-02' })] };
    assert.deepEqual(cellsOf(check(rule, rows)), ['SWEpisodes.SW_DECOM=2023-04-02']);
    const later = { header: [header()], episodes: [episode({ DECOM: '2024-06-01' })], social_worker: [socialWorker({ SW_DECOM: '2024-06-01' })] };
    assert.equal(check(variantFor(rules, '2024/25'), later, { year: '2024/25' }).length, 1);
  });
  it('passes a child not looked after on 31 March', () => {
    assert.deepEqual(check(rule, { header: [header()], episodes: [episode({ DEC: '2024-03-31', REC: 'E4A' })], social_worker: [socialWorker()] }), []);
  });
});
