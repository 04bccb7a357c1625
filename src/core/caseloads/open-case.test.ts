import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testChild } from '../indicators/test-children.ts';
import { caseWorkerOn, openCaseOn, workerOn } from './open-case.ts';

describe('open cases', () => {
  it('counts a child once, as the most intensive case open on the date', () => {
    const child = testChild({ cin: [{ referral: '2024-01-10', cpPlans: [{ start: '2024-02-01', end: '2024-09-01' }] }], care: [{ DECOM: '2024-06-01', DEC: '2024-08-01', REC: 'E11' }] });
    assert.equal(openCaseOn(child, '2024-01-09'), null, 'before the referral');
    assert.equal(openCaseOn(child, '2024-01-10'), 'in-need');
    assert.equal(openCaseOn(child, '2024-03-01'), 'child-protection');
    assert.equal(openCaseOn(child, '2024-07-01'), 'looked-after');
    assert.equal(openCaseOn(child, '2024-08-01'), 'child-protection', 'care ends the day before it ceases');
    assert.equal(openCaseOn(child, '2024-09-01'), 'in-need', 'the plan ended; the episode of need is still open');
  });

  it('closes a case of need on its closure date and leaves out referrals with no further action', () => {
    assert.equal(openCaseOn(testChild({ cin: [{ referral: '2024-01-10', closed: '2024-05-01' }] }), '2024-05-01'), null);
    assert.equal(openCaseOn(testChild({ cin: [{ referral: '2024-01-10', nfa: true }] }), '2024-01-10'), null);
  });

  it("names the child's social worker on the date, the episode's last day included", () => {
    const child = testChild({ care: [{ DECOM: '2024-01-01' }], socialWorkers: [{ id: 'SW1', start: '2024-01-01', end: '2024-03-01' }, { id: 'SW2', start: '2024-03-02' }] });
    assert.equal(workerOn(child, '2023-12-31'), null);
    assert.equal(workerOn(child, '2024-03-01'), 'SW1');
    assert.equal(workerOn(child, '2025-01-01'), 'SW2');
  });

  it("takes the 903's worker while the child is looked after and the return names one, else the allocated worker", () => {
    const child = testChild({ cin: [{ referral: '2023-11-01' }], care: [{ DECOM: '2024-01-01', DEC: '2024-06-01', REC: 'E11' }], socialWorkers: [{ id: 'SW1', start: '2024-02-01' }] });
    assert.equal(caseWorkerOn(child, '2023-12-01', 'A-SW01'), 'A-SW01', 'in need, before care');
    assert.equal(caseWorkerOn(child, '2024-01-15', 'A-SW01'), 'A-SW01', 'looked after, and the 903 names no worker yet');
    assert.equal(caseWorkerOn(child, '2024-03-01', 'A-SW01'), 'SW1', 'looked after, and the 903 names one');
    assert.equal(caseWorkerOn(child, '2024-07-01', 'A-SW01'), 'A-SW01', "care ended: the 903's episode left open is not taken");
    assert.equal(caseWorkerOn(child, '2024-07-01', null), null, 'neither names one');
  });
});
