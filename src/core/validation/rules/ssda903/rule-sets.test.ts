import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { reference } from '../../../../testing/shared-reference.ts';
import { isPending } from '../../types.ts';
import { ssda903Catalogue, ssda903RuleSet } from './rule-sets.ts';
import { SSDA903_YEARS } from './ssda903-rule.ts';

// The DfE rule table the metadata was generated from; the tests comparing with it are skipped where the workspace lacks it.
const source = reference('903-rules.tsv');
const skip = existsSync(source) ? false : 'the DfE rule table (shared/reference/903-rules.tsv) is not in this workspace';
const tsv = (skip ? '' : readFileSync(source, 'utf8'))
  .trim()
  .split('\n')
  .slice(1)
  .map((l) => l.split('\t'));

test('every code of the DfE rule table is declared, with its message, in each year it lists', { skip }, () => {
  for (const [code, message, , years] of tsv) {
    for (const year of years!.split(',')) {
      const entry = ssda903RuleSet(year as (typeof SSDA903_YEARS)[number])?.rules.get(code!);
      assert.ok(entry, `${code} missing in ${year}`);
      assert.equal(entry.meta.message, message, `${code} message in ${year}`);
    }
  }
});

test('no year has a code the rule table does not list for it', { skip }, () => {
  const listed = new Set(tsv.flatMap(([code, , , years]) => years!.split(',').map((y) => `${code} ${y}`)));
  for (const year of SSDA903_YEARS) {
    for (const code of ssda903RuleSet(year)!.rules.keys()) assert.ok(listed.has(`${code} ${year}`), `${code} in ${year}`);
  }
});

test('the catalogue holds all 336 codes, all errors', () => {
  assert.equal(ssda903Catalogue.size, 336);
  for (const e of ssda903Catalogue.values()) assert.equal(e.meta.severity, 'error');
});

test('a variant in force for several years is one entry, not replaced yearly', () => {
  const a = ssda903RuleSet('2022/23')!.rules.get('102');
  const b = ssda903RuleSet('2026/27')!.rules.get('102');
  assert.equal(a, b);
  assert.notEqual(ssda903RuleSet('2023/24')!.rules.get('101'), ssda903RuleSet('2024/25')!.rules.get('101'));
});

test('rules are declared with the tables they need', () => {
  const entry = ssda903RuleSet('2023/24')!.rules.get('205A')!;
  assert.ok(entry.meta.needs?.includes('previous-year'));
  assert.ok(entry.meta.needs?.includes('table:uasc'));
  assert.ok(entry.meta.needs?.includes("table:previous year's uasc"));
  assert.ok(ssda903RuleSet('2023/24')!.rules.get('219')!.meta.needs?.includes('providers'));
  assert.ok(ssda903RuleSet('2023/24')!.rules.get('164')!.meta.needs?.includes('postcodes'));
});

test('years without rules have no set', () => {
  assert.equal(ssda903RuleSet('2021/22'), null);
});

test('every rule is implemented in every year it is in force, but 411 and 709, which say why not', () => {
  const pending = new Map<string, string | undefined>();
  for (const year of SSDA903_YEARS) {
    for (const [code, entry] of ssda903RuleSet(year)!.rules) if (isPending(entry)) pending.set(code, entry.reason);
  }
  assert.deepEqual([...pending.keys()].sort(), ['411', '709']);
  assert.match(pending.get('411')!, /PL_LOCATION/);
  assert.match(pending.get('709')!, /placement types/);
});
