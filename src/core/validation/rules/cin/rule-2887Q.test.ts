import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-2887Q.ts';
import { check, child } from './test-helpers.ts';

describe('rule 2887Q', () => {
  const withCodes = (codes: string[]) => codes.map((d, i) => child({ ids: { LAchildID: `C${i}` }, characteristics: { Disabilities: [d] } }));
  it('passes 8 codes across the return, and an empty return', () => {
    assert.deepEqual(check(rule, withCodes(['MOB', 'HAND', 'PC', 'INC', 'COMM', 'LD', 'HEAR', 'VIS'])), []);
    assert.deepEqual(check(rule, []), []);
  });
  it('flags 7, not counting NONE', () => {
    const [f, ...rest] = check(rule, withCodes(['MOB', 'HAND', 'PC', 'INC', 'COMM', 'LD', 'HEAR', 'NONE']));
    assert.equal(rest.length, 0);
    assert.equal(f?.value, '7 codes used: COMM HAND HEAR INC LD MOB PC');
  });
});
