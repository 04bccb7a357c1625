import type { Random } from './random.ts';

/**
 * Synthetic places: postcodes in the valid UK shape and Ofsted-style URNs. Each council gets a home
 * postcode area derived from its code, so in-area and out-of-area placements look different, and
 * each provider keeps one URN and one postcode everywhere it appears.
 */
const AREAS = ['AL', 'BD', 'CT', 'DN', 'EX', 'GL', 'HU', 'LE', 'ME', 'NE', 'OL', 'PE', 'RG', 'SK', 'TN', 'WA', 'WF', 'YO', 'LN', 'SY'];
/** Letters that may end a UK postcode (the inward code never uses C, I, K, M, O or V). */
const INWARD = 'ABDEFGHJLNPQRSTUWXYZ';

export function homeArea(la: string): string {
  return AREAS[Number.parseInt(la, 10) % AREAS.length] ?? AREAS[0]!;
}

export function postcode(random: Random, area: string): string {
  return `${area}${random.int(1, 29)} ${random.int(1, 9)}${random.pick([...INWARD])}${random.pick([...INWARD])}`;
}

/** A placement setting with its own URN and postcode; `index` chooses one of a council's few hundred providers. */
export interface Provider {
  readonly urn: string;
  readonly postcode: string;
  readonly inArea: boolean;
}

export function provider(la: string, index: number): Provider {
  const code = Number.parseInt(la, 10) || 0;
  const n = 100000 + ((code * 1009 + index * 7919) % 900000);
  const inArea = index % 3 !== 0;
  const home = code % AREAS.length;
  const area = inArea ? homeArea(la) : AREAS[(home + 1 + (index % (AREAS.length - 1))) % AREAS.length]!;
  // The provider's postcode must be the same wherever it appears, so it is derived, not drawn.
  const inward = `${(index % 9) + 1}${INWARD[index % INWARD.length]}${INWARD[(index * 7) % INWARD.length]}`;
  return { urn: `SC${n}`, postcode: `${area}${(index % 29) + 1} ${inward}`, inArea };
}
