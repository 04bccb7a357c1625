import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ACTIONS, PERMISSIONS, ROLES, scopeOf } from './permissions.ts';

const CHILD_LEVEL = ['view-data-quality-by-child', 'export-data-quality', 'search-children', 'read-chronology', 'view-indicator-children', 'view-worklist', 'read-case-audit', 'produce-annex-a'] as const;
const CHANGES = ['upload-return', 'manage-users', 'acknowledge-drift', 'record-inspection', 'manage-improvement-plan', 'conduct-case-audit', 'manage-forecast-scenarios', 'manage-council-settings'] as const;

describe('the permission matrix', () => {
  it('decides every action for every role', () => {
    for (const role of ROLES) assert.deepEqual(Object.keys(PERMISSIONS[role]).sort(), [...ACTIONS].sort(), role);
  });

  it('gives elected members aggregates only', () => {
    for (const action of CHILD_LEVEL) assert.equal(scopeOf('elected-member', action), null, action);
    assert.equal(scopeOf('elected-member', 'view-data-quality'), 'all');
    assert.equal(scopeOf('elected-member', 'view-indicators'), 'all');
    for (const action of ['view-improvement-plan', 'view-case-audit-results', 'view-inspections', 'view-forecast'] as const) assert.equal(scopeOf('elected-member', action), 'all', action);
  });

  it('lets managers, analysts and administrators change the recovery work, and no one else', () => {
    for (const action of ['record-inspection', 'manage-improvement-plan', 'conduct-case-audit', 'manage-forecast-scenarios'] as const) {
      for (const role of ROLES) assert.equal(scopeOf(role, action) !== null, ['manager', 'performance-analyst', 'administrator'].includes(role), `${role} ${action}`);
    }
  });

  it('lets managers, analysts and administrators acknowledge drift, and no one else', () => {
    for (const role of ROLES) assert.equal(scopeOf(role, 'acknowledge-drift') !== null, ['manager', 'performance-analyst', 'administrator'].includes(role), role);
  });

  it('lets inspectors read but change nothing', () => {
    for (const action of CHANGES) assert.equal(scopeOf('inspector', action), null, action);
    assert.equal(scopeOf('inspector', 'read-chronology'), 'all');
  });

  it("narrows social workers to their team's children", () => {
    assert.equal(scopeOf('social-worker', 'read-chronology'), 'team');
    assert.equal(scopeOf('social-worker', 'search-children'), 'team');
    assert.equal(scopeOf('social-worker', 'export-data-quality'), null);
    assert.equal(scopeOf('social-worker', 'view-worklist'), 'team');
    assert.equal(scopeOf('social-worker', 'view-indicator-children'), 'team');
  });

  it('shows the audit log and accounts to administrators alone', () => {
    for (const role of ROLES) {
      assert.equal(scopeOf(role, 'view-audit-log') !== null, role === 'administrator', role);
      assert.equal(scopeOf(role, 'manage-users') !== null, role === 'administrator', role);
    }
  });

  it('uses the team scope for social workers alone', () => {
    for (const role of ROLES) for (const action of ACTIONS) if (scopeOf(role, action) === 'team') assert.equal(role, 'social-worker');
  });
});
