import { postcodeLookupOf } from './reference-data.ts';

/** A small postcode reference for the tests of rules 392a–454: two places in council 201, one in 202 about 400 miles away. */
export const postcodesForTests = postcodeLookupOf({
  'AB1 2CD': { easting: 530000, northing: 180000, la: '201' },
  'AB2 3EF': { easting: 533000, northing: 184000, la: '201' },
  'CD4 5GH': { easting: 330000, northing: 800000, la: '202' },
});
