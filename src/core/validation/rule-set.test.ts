import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { allCodes, amendRuleSet, ruleSet } from './rule-set.ts';
import type { Rule, RuleMeta } from './types.ts';

const rule = (code: string, message = code): Rule<unknown, unknown> => ({
  meta: { code, message, severity: 'error', fields: [], tables: [], years: [], howToFix: '' } satisfies RuleMeta,
  start: () => ({}),
});

describe('rule sets by year', () => {
  const first = ruleSet('2022/23', [rule('1'), rule('2')]);

  it('derives a year from the one before: added, removed and replaced rules', () => {
    const next = amendRuleSet(first, '2023/24', { add: [rule('3')], remove: ['1'], replace: [rule('2', 'new wording')] });
    assert.deepEqual([...next.rules.keys()], ['2', '3']);
    assert.equal(next.rules.get('2')?.meta.message, 'new wording');
    assert.deepEqual([...first.rules.keys()], ['1', '2'], 'the earlier year is left as it was');
    assert.deepEqual([...allCodes([first, next]).keys()], ['1', '2', '3']);
  });

  it('rejects a delta that names a code wrongly', () => {
    assert.throws(() => ruleSet('2022/23', [rule('1'), rule('1')]), /declared twice/);
    assert.throws(() => amendRuleSet(first, '2023/24', { remove: ['9'] }), /removes rule 9/);
    assert.throws(() => amendRuleSet(first, '2023/24', { replace: [rule('9')] }), /replaces rule 9/);
    assert.throws(() => amendRuleSet(first, '2023/24', { add: [rule('1')] }), /adds rule 1, which is already in force/);
  });
});
