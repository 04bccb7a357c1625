import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isPending } from '../../types.ts';
import { ssda903RuleSet } from './rule-sets.ts';
import { rules1000AndNamed } from './rules-1000-and-named.ts';
import { metadata903 } from './rules-metadata.ts';
import { SSDA903_YEARS } from './ssda903-rule.ts';

/** The codes of this range: 1000 and above, and the named ones. */
const inRange = (code: string): boolean => !/^\d/.test(code) || Number.parseInt(code, 10) >= 1000;

test('every variant of every code 1000 and above and every named code is implemented, none pending', () => {
  const codes = [...metadata903.keys()].filter(inRange);
  assert.equal(codes.length, 61);
  const variants = codes.reduce((n, c) => n + metadata903.get(c)!.length, 0);
  assert.equal(rules1000AndNamed.length, variants);
  for (const year of SSDA903_YEARS) {
    for (const [code, entry] of ssda903RuleSet(year)!.rules) {
      if (inRange(code)) assert.equal(isPending(entry), false, `${code} in ${year}`);
    }
  }
});
