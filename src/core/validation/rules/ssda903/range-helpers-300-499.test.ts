import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { normalisePostcode } from './reference-data.ts';
import { birthday, samePostcode } from './range-helpers-300-499.ts';

describe('samePostcode', () => {
  it('ignores spacing and case, and treats blank and missing alike', () => {
    assert.equal(samePostcode('AB1 2CD', 'ab12cd'), true);
    assert.equal(samePostcode(' AB1  2CD ', 'AB12CD'), true);
    assert.equal(samePostcode('AB1 2CD', 'AB1 2CE'), false);
    assert.equal(samePostcode('AB1 2CD', 'AB1 2C'), false);
    assert.equal(samePostcode(null, '  '), true);
    assert.equal(samePostcode(null, 'AB1'), false);
  });
  it('agrees with comparing the normalised postcodes', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'B', 'b', '1', ' ', '\t', '\n', 'Z') });
    fc.assert(fc.property(text, text, (a, b) => samePostcode(a, b) === (normalisePostcode(a) === normalisePostcode(b))));
  });
});

describe('birthday', () => {
  it('puts the birthday of a child born on 29 February on 28 February in other years', () => {
    assert.equal(birthday('2004-02-29', 18), '2022-02-28');
    assert.equal(birthday('2004-02-29', 4), '2008-02-29');
  });
});
