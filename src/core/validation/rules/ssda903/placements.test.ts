import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { normalisePostcode } from './reference-data.ts';
import { placementDistance, placementLa, placeOf, samePostcode } from './placements.ts';
import { postcodes } from './reference-data.test-support.ts';
import type { Ssda903Context } from './ssda903-rule.ts';
import { episode } from './test-helpers.ts';

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

describe('the places the DfE derives from postcodes', () => {
  const context = { postcodes } as Ssda903Context;
  it('tells a blank postcode (null) from one the reference does not know (undefined)', () => {
    assert.equal(placeOf('  ', context), null);
    assert.equal(placeOf('ZZ9 9ZZ', context), undefined);
    assert.equal(placeOf('ab1 2cd', context)?.la, '201');
    assert.equal(placeOf('AB1 2CD', { postcodes: null } as Ssda903Context), null);
  });
  it('gives the placement council (PL_LA) and distance (PL_DISTANCE), or null when a postcode is blank or unknown', () => {
    assert.equal(placementLa(episode({ PL_POST: 'ZZ1 1ZZ' }), context), '202');
    assert.equal(placementLa(episode({ PL_POST: null }), context), null);
    assert.equal(placementDistance(episode({ HOME_POST: 'AB1 2CD', PL_POST: 'AB2 3EF' }), context)!.toFixed(1), '10.0');
    assert.equal(placementDistance(episode({ HOME_POST: 'ZZ9 9ZZ', PL_POST: 'AB2 3EF' }), context), null);
    assert.equal(placementDistance(episode({ HOME_POST: 'AB1 2CD', PL_POST: '' }), context), null);
  });
});
