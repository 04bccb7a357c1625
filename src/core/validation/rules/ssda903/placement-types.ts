/**
 * Groups of placement types (PLACE) that several DfE rules share. Where the DfE text lists the codes we
 * follow it; where the sources held only the rule's message, the grouping is our reading, said at its use.
 */

/** Temporary placements: hospital, holiday, carers' holiday, 7 days or less. */
export const TEMPORARY: ReadonlySet<string> = new Set(['T0', 'T1', 'T2', 'T3', 'T4']);

/** "Other placements" listed on a schedule to the DfE: Z1, split into Z11–Z14 from 2025/26. */
export const OTHER: ReadonlySet<string> = new Set(['Z1', 'Z11', 'Z12', 'Z13', 'Z14']);

/** Adoption placements, with or without the child's current foster carers. */
export const ADOPTION: ReadonlySet<string> = new Set(['A3', 'A4', 'A5', 'A6']);

/** Foster placements. */
export const FOSTERING: ReadonlySet<string> = new Set(['U1', 'U2', 'U3', 'U4', 'U5', 'U6']);

/** Placements where the child lives at the provider's own premises, so the provider's postcode is the placement's. */
export const AT_PROVIDER_PREMISES: ReadonlySet<string> = new Set(['K1', 'K2', 'K3', 'H5', 'R1', 'R3', 'S1']);

/**
 * Placements with a provider Ofsted registers, which therefore have a URN: fostering and adoption agencies,
 * secure and other children's homes, and from 2024/25 registered supported accommodation (K3).
 */
export function ofstedRegistered(place: string, endYear: number): boolean {
  return FOSTERING.has(place) || ADOPTION.has(place) || place === 'K1' || place === 'K2' || (place === 'K3' && endYear >= 2025);
}

/**
 * Placements that have no Ofsted URN: with parents, independent living, residential employment, NHS care,
 * young offender institutions, temporary and other placements; H5 until it needed a URN from 28 October 2023
 * (so to 2022/23 here).
 */
export function withoutUrn(place: string, endYear: number): boolean {
  return ['P1', 'P2', 'P3', 'R2', 'R5'].includes(place) || TEMPORARY.has(place) || OTHER.has(place) || (place === 'H5' && endYear <= 2023);
}
