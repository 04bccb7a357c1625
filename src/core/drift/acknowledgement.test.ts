import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { RETURN_AFTER_WORKING_DAYS, returnReason, type AcknowledgedFacts } from './acknowledgement.ts';
import type { Severity } from './rule.ts';

const facts = (severity: Severity, overdueWorkingDays: number): AcknowledgedFacts => ({ severity, state: 'open', overdueWorkingDays, due: '2026-01-05' });

describe('when an acknowledged item comes back', () => {
  it('stays hidden while the situation is as it was acknowledged', () => {
    assert.equal(returnReason({ severity: 'medium', overdueWorkingDays: 12 }, { until: null, facts: facts('medium', 12) }, '2026-03-31'), null);
    assert.equal(returnReason({ severity: 'medium', overdueWorkingDays: 12 + RETURN_AFTER_WORKING_DAYS - 1 }, { until: '2026-03-31', facts: facts('medium', 12) }, '2026-03-31'), null, 'up to the review date itself');
  });

  it('comes back after its review date', () => {
    assert.equal(returnReason({ severity: 'medium', overdueWorkingDays: 12 }, { until: '2026-03-30', facts: facts('medium', 12) }, '2026-03-31'), 'review date passed');
  });

  it('comes back when more severe, or overdue by two working weeks more', () => {
    assert.equal(returnReason({ severity: 'high', overdueWorkingDays: 12 }, { until: null, facts: facts('medium', 12) }, '2026-03-31'), 'more severe');
    assert.equal(returnReason({ severity: 'medium', overdueWorkingDays: 12 + RETURN_AFTER_WORKING_DAYS }, { until: null, facts: facts('medium', 12) }, '2026-03-31'), 'further overdue');
    assert.equal(returnReason({ severity: 'low', overdueWorkingDays: 12 }, { until: null, facts: facts('medium', 12) }, '2026-03-31'), null, 'less severe stays hidden');
  });

  it('hides exactly the items neither worse nor past review (property)', () => {
    const severity = fc.constantFrom<Severity>('high', 'medium', 'low');
    fc.assert(fc.property(severity, severity, fc.nat(400), fc.nat(400), (now, then, overdue, before) => {
      const rank = { high: 0, medium: 1, low: 2 };
      const hidden = returnReason({ severity: now, overdueWorkingDays: overdue }, { until: null, facts: facts(then, before) }, '2026-03-31') === null;
      assert.equal(hidden, rank[now] >= rank[then] && overdue < before + RETURN_AFTER_WORKING_DAYS);
    }));
  });
});
