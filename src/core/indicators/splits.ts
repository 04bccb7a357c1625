import { ageOn, type IsoDate } from '../model/dates.ts';
import type { ChildFacts } from './child-facts.ts';
import type { Instance } from './indicator.ts';

/** The characteristics every indicator is split by, as the DfE's children in need and looked after tables group them. */
export type SplitDimension = 'age' | 'sex' | 'ethnicity' | 'disability' | 'need';

export const SPLIT_DIMENSIONS: readonly SplitDimension[] = ['age', 'sex', 'ethnicity', 'disability', 'need'];

/** DfE age groups, on the instance's date. */
export function ageBand(child: ChildFacts, on: IsoDate): string {
  if (child.birth === null) return child.expectedBirth !== null ? 'Unborn' : 'Age not known';
  if (child.birth > on) return 'Unborn';
  const age = ageOn(child.birth, on);
  if (age < 1) return 'Under 1';
  if (age <= 4) return '1 to 4';
  if (age <= 9) return '5 to 9';
  if (age <= 15) return '10 to 15';
  return '16 and over';
}

const SEX: Record<string, string> = { M: 'Male', F: 'Female', U: 'Not known' };

/**
 * The DfE's major ethnic groups. Chinese (CHNE) goes with Asian, as in the 2021 census classification
 * the DfE's recent tables follow; refused and not yet obtained are "Not stated".
 */
export function ethnicGroup(code: string | null): string {
  if (code === null) return 'Not stated';
  if (code === 'CHNE') return 'Asian or Asian British';
  if (code === 'REFU' || code === 'NOBT') return 'Not stated';
  switch (code[0]) {
    case 'W': return 'White';
    case 'M': return 'Mixed';
    case 'A': return 'Asian or Asian British';
    case 'B': return 'Black or Black British';
    case 'O': return 'Other ethnic group';
    default: return 'Not stated';
  }
}

export function disabilityGroup(codes: readonly string[] | null): string {
  if (codes === null || codes.length === 0) return 'Not recorded';
  return codes.every((c) => c === 'NONE') ? 'No disability' : 'Disabled';
}

/** The primary need the instance states, else that of the child's latest referral on or before its date. */
export function needOf(child: ChildFacts, instance: Instance): string {
  if (instance.need) return instance.need;
  let need: string | null = null;
  for (const r of child.referrals) {
    if (r.date > instance.date) break;
    need = r.need ?? need;
  }
  return need ?? 'Not known';
}

export function splitGroup(dimension: SplitDimension, child: ChildFacts, instance: Instance): string {
  switch (dimension) {
    case 'age': return ageBand(child, instance.date);
    case 'sex': return SEX[child.sex ?? ''] ?? 'Not known';
    case 'ethnicity': return ethnicGroup(child.ethnicity);
    case 'disability': return disabilityGroup(child.disabilities);
    case 'need': return needOf(child, instance);
  }
}
