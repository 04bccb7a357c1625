import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { caseAuditDashboard, periodOf } from './dashboard.ts';
import { testAudit } from './test-audits.ts';

describe('periods of the case-audit dashboard', () => {
  it('places a date in its month or calendar quarter', () => {
    assert.deepEqual(periodOf('2025-02-14', 'month'), { key: '2025-02', label: 'February 2025', start: '2025-02-01', end: '2025-02-28' });
    assert.deepEqual(periodOf('2025-05-31', 'quarter'), { key: '2025-Q2', label: 'Apr to Jun 2025', start: '2025-04-01', end: '2025-06-30' });
    assert.deepEqual(periodOf('2024-12-01', 'quarter'), { key: '2024-Q4', label: 'Oct to Dec 2024', start: '2024-10-01', end: '2024-12-31' });
  });
});

describe('the case-audit dashboard', () => {
  const audits = [
    testAudit({ id: 1, graded: 'inadequate', submitted: '2025-01-20T10:00:00Z', themes: ['Drift and delay', 'Plans not specific'] }),
    testAudit({ id: 2, graded: 'good', submitted: '2025-01-25T10:00:00Z', moderated: 'requires improvement', themes: ['Drift and delay'] }),
    testAudit({ id: 3, graded: 'good', submitted: '2025-07-02T10:00:00Z', moderated: 'good' }),
    testAudit({ id: 4, graded: 'outstanding', submitted: '2025-08-02T10:00:00Z', themes: ['Plans not specific'] }),
    testAudit({ id: 5 }),
    testAudit({ id: 6, status: 'in-progress' }),
  ];

  it('counts final grades per quarter, with the quarters between and the share good or better', () => {
    const d = caseAuditDashboard(audits, 'quarter');
    assert.deepEqual(d.periods.map((p) => [p.key, p.audits, p.goodOrBetter]), [['2025-Q1', 2, 0], ['2025-Q2', 0, null], ['2025-Q3', 2, 100]]);
    assert.deepEqual(d.periods[0]!.grades, { outstanding: 0, good: 0, 'requires improvement': 1, inadequate: 1 }, "the moderator's grade counts");
    assert.deepEqual(d.overall, { audits: 4, grades: { outstanding: 1, good: 1, 'requires improvement': 1, inadequate: 1 }, goodOrBetter: 50 });
    assert.deepEqual(d.status, { planned: 1, 'in-progress': 1, submitted: 2, moderated: 2 });
  });

  it('counts themes in each period, most tagged first', () => {
    const d = caseAuditDashboard(audits, 'month');
    assert.deepEqual(d.periods.map((p) => p.key), ['2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2025-06', '2025-07', '2025-08']);
    assert.deepEqual(d.themes.map((t) => [t.theme, t.total, t.byPeriod.join('')]), [['Drift and delay', 2, '20000000'], ['Plans not specific', 2, '10000001']]);
  });

  it('gives each domain its grades and the moderation agreement in each period', () => {
    const d = caseAuditDashboard(audits, 'quarter');
    const voice = d.domains.find((x) => x.title === 'Voice of the child')!;
    assert.deepEqual(voice.grades, { outstanding: 1, good: 1, 'requires improvement': 1, inadequate: 1 });
    assert.equal(d.periods[0]!.moderation.rate, 0);
    assert.equal(d.periods[2]!.moderation.rate, 100);
    assert.equal(d.moderation.rate, 50);
  });

  it('is empty with no completed audit', () => {
    const d = caseAuditDashboard([testAudit()], 'month');
    assert.deepEqual([d.periods, d.themes, d.domains, d.overall.goodOrBetter], [[], [], [], null]);
  });
});
