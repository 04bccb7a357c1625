import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { isPending } from '../../types.ts';
import { CIN_YEARS } from './cin-rule.ts';
import { cinCatalogue, cinRuleSet, cinRuleSets } from './rule-sets.ts';

/** The DfE rule table kept beside the repository (code, message, fields, years, table, type). */
const table = fileURLToPath(new URL('../../../../../../shared/reference/cin-rules.tsv', import.meta.url));

function dfeRules(): Array<{ code: string; message: string; fields: string[]; years: string[]; table: string; severity: string }> {
  const [, ...rows] = readFileSync(table, 'utf8').trim().split('\n');
  return rows.map((row) => {
    const [code, message, fields, years, tables, type] = row.split('\t') as [string, string, string, string, string, string];
    return { code, message, fields: [...new Set(fields.split(';'))], years: years.split(','), table: tables, severity: type.toLowerCase() };
  });
}

describe('CIN rule sets', () => {
  it('has a set for each census year, each rule declaring the years it is in', () => {
    assert.deepEqual(cinRuleSets.map((s) => s.year), [...CIN_YEARS]);
    for (const set of cinRuleSets) {
      for (const [code, rule] of set.rules) {
        assert.equal(rule.meta.code, code);
        assert.ok(rule.meta.years.includes(set.year), `${code} is in force in ${set.year} but does not say so`);
        assert.ok(!isPending(rule), `${code} is not implemented`);
        assert.ok(rule.meta.howToFix.length > 20, `${code} needs a how-to-fix line`);
      }
    }
    assert.equal(cinRuleSet('2021/22'), null);
  });

  it('matches the DfE rule table: every code, message, type, field, table and year', { skip: !existsSync(table) && `${table} is not there` }, () => {
    const dfe = dfeRules();
    assert.deepEqual([...cinCatalogue.keys()].sort(), [...new Set(dfe.map((r) => r.code))].sort());
    for (const row of dfe) {
      for (const year of row.years) {
        const rule = cinRuleSet(year as (typeof CIN_YEARS)[number])?.rules.get(row.code);
        assert.ok(rule, `${row.code} missing from ${year}`);
        assert.deepEqual(
          { message: rule.meta.message, severity: rule.meta.severity, fields: rule.meta.fields, tables: rule.meta.tables, years: rule.meta.years },
          { message: row.message, severity: row.severity, fields: row.fields, tables: [row.table], years: row.years },
          `${row.code} in ${year}`,
        );
      }
      for (const year of CIN_YEARS) {
        if (!dfe.some((r) => r.code === row.code && r.years.includes(year))) assert.equal(cinRuleSet(year)?.rules.has(row.code), false, `${row.code} should not be in ${year}`);
      }
    }
  });
});
