import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { moderationAgreement } from './moderation.ts';
import { testAudit } from './test-audits.ts';

describe('moderation agreement', () => {
  it('counts moderated audits only, overall and domain by domain', () => {
    const kept = testAudit({ graded: 'good', submitted: '2025-01-10T09:00:00Z', moderated: 'good' });
    const lowered = testAudit({ graded: 'good', submitted: '2025-01-11T09:00:00Z', moderated: 'inadequate' });
    const oneDomain = { ...kept, moderation: { ...kept.moderation!, grades: kept.moderation!.grades.map((g, i) => (i === 0 ? { ...g, grade: 'outstanding' as const } : g)) } };
    const waiting = testAudit({ graded: 'good', submitted: '2025-01-12T09:00:00Z' });
    const a = moderationAgreement([kept, lowered, oneDomain, waiting]);
    assert.equal(a.moderated, 3);
    assert.equal(a.agreed, 2);
    assert.equal(a.rate?.toFixed(1), '66.7');
    assert.equal(a.domainsCompared, 18);
    assert.equal(a.domainsAgreed, 6 + 0 + 5);
  });

  it('has no rate with nothing moderated', () => {
    assert.deepEqual(moderationAgreement([testAudit()]), { moderated: 0, agreed: 0, rate: null, domainsCompared: 0, domainsAgreed: 0, domainRate: null });
  });
});
