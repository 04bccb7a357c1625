import type { IsoDate } from '../../../model/dates.ts';

/**
 * The reference data some SSDA903 rules check placements against: where a postcode is (for distances and
 * in/out of area) and what Ofsted says of a provider (for URN rules). Both are pluggable so the core can
 * run with any source (ONS postcode directory, Ofsted's provider lists) or none; without one, the rules
 * that need it are reported as skipped.
 */

export interface PostcodePlace {
  /** British National Grid metres; used for distance when given. */
  readonly easting?: number;
  readonly northing?: number;
  /** WGS84 degrees; used for distance when there is no grid reference. */
  readonly latitude?: number;
  readonly longitude?: number;
  /** The DfE three-digit code of the council the postcode is in (the code a return's `la` uses). */
  readonly la: string;
}

export interface PostcodeLookup {
  /** The place of a postcode written in any spacing or case, or undefined when unknown. */
  find(postcode: string): PostcodePlace | undefined;
}

export interface OfstedProvider {
  readonly urn: string;
  /** The placement types (PLACE codes) the provider's registration allows. */
  readonly placementTypes: readonly string[];
  /** The placement provider codes (PLACE_PROVIDER) its ownership allows, e.g. PR4 for a private home; for a council's own provision give PR1 and PR2 and `la`. */
  readonly providerCodes: readonly string[];
  /** Postcodes of its premises (one for most providers; several for agencies). */
  readonly postcodes: readonly string[];
  /** The DfE code of the council its premises are in (several for an agency with premises in several). */
  readonly las: readonly string[];
  /** True when the provider is run by a council: PR1 for the council that runs it, PR2 for others. */
  readonly councilRun: boolean;
  readonly registered: IsoDate | null;
  /** The date its registration ended; null while open. */
  readonly closed: IsoDate | null;
}

export interface ProviderLookup {
  find(urn: string): OfstedProvider | undefined;
}

/** A postcode as the lookups key it: upper case, no spaces. */
export function normalisePostcode(postcode: string): string {
  return postcode.replace(/\s+/g, '').toUpperCase();
}

/** A lookup over a small list, for tests and for callers that have loaded the reference as rows. */
export function postcodeLookupOf(places: Readonly<Record<string, PostcodePlace>>): PostcodeLookup {
  const map = new Map<string, PostcodePlace | undefined>(Object.entries(places).map(([k, v]) => [normalisePostcode(k), v]));
  // Postcodes repeat across episodes: each spelling is normalised once, then found as written.
  const written = new Map<string, PostcodePlace | undefined>();
  return {
    find(postcode) {
      if (written.has(postcode)) return written.get(postcode);
      const place = map.get(normalisePostcode(postcode));
      written.set(postcode, place);
      return place;
    },
  };
}

export function providerLookupOf(providers: readonly OfstedProvider[]): ProviderLookup {
  const map = new Map(providers.map((p) => [p.urn.trim(), p]));
  return { find: (urn) => map.get(urn.trim()) };
}

const EARTH_RADIUS_MILES = 3958.8;
const METRES_PER_MILE = 1609.344;

/** Straight-line distance in miles between two places (the DfE's PL_DISTANCE), or null when either has no position. */
export function distanceMiles(a: PostcodePlace, b: PostcodePlace): number | null {
  if (a.easting !== undefined && a.northing !== undefined && b.easting !== undefined && b.northing !== undefined) {
    return Math.hypot(a.easting - b.easting, a.northing - b.northing) / METRES_PER_MILE;
  }
  if (a.latitude === undefined || a.longitude === undefined || b.latitude === undefined || b.longitude === undefined) return null;
  const rad = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * rad;
  const dLon = (b.longitude - a.longitude) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_MILES * Math.asin(Math.min(1, Math.sqrt(h)));
}
