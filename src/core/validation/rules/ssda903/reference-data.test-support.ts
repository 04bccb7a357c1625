import { postcodeLookupOf, providerLookupOf, type OfstedProvider } from './reference-data.ts';

/** Reference data for the tests of the rules that need it. */

/**
 * A small postcode reference for tests: two places in council 201 (about 10 miles apart on the grid), one
 * in council 202, with grid references in metres.
 */
export const postcodes = postcodeLookupOf({
  'AB1 2CD': { easting: 530000, northing: 180000, la: '201' },
  'AB2 3EF': { easting: 530000, northing: 196093, la: '201' },
  'ZZ1 1ZZ': { easting: 400000, northing: 300000, la: '202' },
});

/**
 * A second postcode reference, for the tests of rules 392a–454: two places in council 201 about 3 miles
 * apart, and one in council 202 about 400 miles away.
 */
export const postcodesForTests = postcodeLookupOf({
  'AB1 2CD': { easting: 530000, northing: 180000, la: '201' },
  'AB2 3EF': { easting: 533000, northing: 184000, la: '201' },
  'CD4 5GH': { easting: 330000, northing: 800000, la: '202' },
});

export function provider(p: Partial<OfstedProvider> = {}): OfstedProvider {
  return {
    urn: 'SC123456', placementTypes: ['K2'], providerCodes: ['PR4'], postcodes: ['AB23EF'], las: ['201'], councilRun: false,
    registered: '2010-01-01', closed: null, ...p,
  };
}

/** A provider list with a private children's home SC123456 in council 201 and a council-run home SC654321 there too. */
export const providers = providerLookupOf([
  provider(),
  provider({ urn: 'SC654321', providerCodes: ['PR1', 'PR2'], councilRun: true }),
]);
