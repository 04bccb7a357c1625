import type { SexCode } from '../../model/child.ts';

/**
 * Where Ofsted's Annex A codes a fact in other words than the CIN census or SSDA903, the two spellings
 * of it, so that Annex A rows join the returns' events and the returns fill Annex A without loss.
 */
function twoWay<K extends string>(pairs: Record<K, string>): { toAnnexA: (code: string | null | undefined) => string | null; fromAnnexA: (code: string | null | undefined) => K | null } {
  const back = new Map(Object.entries(pairs).map(([k, v]) => [String(v).toLowerCase(), k as K]));
  return {
    toAnnexA: (code) => (code == null ? null : ((pairs as Record<string, string>)[code.toUpperCase()] ?? null)),
    fromAnnexA: (code) => (code == null ? null : (back.get(code.toLowerCase()) ?? null)),
  };
}

/** CIN `CategoryOfAbuse` codes. */
export const abuseCategory = twoWay({ NEG: 'Neglect', PHY: 'Physical abuse', SAB: 'Sexual abuse', EMO: 'Emotional abuse', MUL: 'Multiple/not recommended' });

/** Sightline's one sex code (see normaliseSex). */
export const sex = twoWay<SexCode>({ M: 'Male', F: 'Female', U: 'Not stated/recorded' });

/** SSDA903 OC3 `IN_TOUCH`. */
export const inTouch = twoWay({ YES: 'Yes', NO: 'No', DIED: 'Died', REFU: 'Refu', NREQ: 'NREQ', RHOM: 'Rhom' });

export function yesNo(value: boolean | null | undefined): 'Yes' | 'No' | null {
  return value === true ? 'Yes' : value === false ? 'No' : null;
}

export function isYes(value: unknown): boolean | null {
  return value === 'Yes' ? true : value === 'No' ? false : null;
}
