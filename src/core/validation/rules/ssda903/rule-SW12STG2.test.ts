import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rules } from './rule-SW12STG2.ts';
import { cellsOf, check, episode, header, relatedOf, socialWorker, variantFor } from './test-helpers.ts';

const rule = variantFor(rules, '2023/24');
const inCareOnFirstApril = episode({ DECOM: '2022-11-01', RNE: 'S' });

describe('rule SW12STG2', () => {
  it('passes social worker episodes from 1 April for a child in care then, and a child born during the year', () => {
    assert.deepEqual(check(rule, { header: [header()], episodes: [inCareOnFirstApril], social_worker: [socialWorker({ SW_DECOM: '2023-04-01' })] }), []);
    assert.deepEqual(check(rule, { header: [header({ DOB: '2023-05-01' })], episodes: [episode()], social_worker: [socialWorker()] }), []);
  });
  it('passes a child who came into care during the year with a social worker from that day, not before', () => {
    assert.deepEqual(check(rule, { header: [header()], episodes: [episode({ DECOM: '2023-06-01' })], social_worker: [socialWorker({ SW_DECOM: '2023-06-01' })] }), []);
  });
  it('flags episodes that begin on 2 April for a child in care on 1 April, in every variant', () => {
    const rows = { header: [header()], episodes: [inCareOnFirstApril], social_worker: [socialWorker({ SW_DECOM: '2023-04-02' })] };
    const [f] = check(rule, rows);
    assert.deepEqual(cellsOf([f!]), ['SWEpisodes.SW_DECOM=2023-04-02']);
    assert.deepEqual(relatedOf(f), ['Episodes.DECOM=2022-11-01']);
    const later = { header: [header()], episodes: [episode({ DECOM: '2023-11-01' })], social_worker: [socialWorker({ SW_DECOM: '2024-06-01' })] };
    assert.equal(check(variantFor(rules, '2024/25'), later, { year: '2024/25' }).length, 1);
  });
  it('flags episodes that begin after the day a child came into care during the year', () => {
    const rows = { header: [header()], episodes: [episode({ DECOM: '2023-06-01' })], social_worker: [socialWorker({ SW_DECOM: '2023-06-02' })] };
    assert.deepEqual(cellsOf(check(rule, rows)), ['SWEpisodes.SW_DECOM=2023-06-02']);
  });
  it('passes a child not looked after on 31 March, and one on short breaks that day', () => {
    const late = [socialWorker({ SW_DECOM: '2024-01-01' })];
    assert.deepEqual(check(rule, { header: [header()], episodes: [episode({ DECOM: '2022-11-01', DEC: '2024-03-31', REC: 'E4A' })], social_worker: late }), []);
    assert.deepEqual(check(rule, { header: [header()], episodes: [episode({ DECOM: '2022-11-01', LS: 'V4' })], social_worker: late }), []);
  });
});
