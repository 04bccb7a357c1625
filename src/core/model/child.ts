import type { IsoDate } from './dates.ts';
import type { Recorded } from './provenance.ts';

/**
 * Who the child is, in the CIN census's words (`ChildIdentifiers`). The SSDA903 header carries the same
 * facts under other names (CHILD, UPN, SEX, DOB): see `ssda903.ts`.
 */
export interface ChildIdentifiers extends Recorded<ChildIdentifiersField> {
  readonly LAchildID: string;
  readonly UPN: string | null;
  readonly FormerUPN: string | null;
  readonly UPNunknown: string | null;
  readonly PersonBirthDate: IsoDate | null;
  readonly ExpectedPersonBirthDate: IsoDate | null;
  /** Census years to 2023/24: 0 not recorded or unborn, 1 male, 2 female, 9 indeterminate. */
  readonly GenderCurrent: string | null;
  /** Census years from 2024/25: M, F, U. */
  readonly Sex: string | null;
  readonly PersonDeathDate: IsoDate | null;
}

export type ChildIdentifiersField =
  | 'LAchildID' | 'UPN' | 'FormerUPN' | 'UPNunknown' | 'PersonBirthDate' | 'ExpectedPersonBirthDate'
  | 'GenderCurrent' | 'Sex' | 'PersonDeathDate';

export interface ChildCharacteristics extends Recorded<'Ethnicity' | 'Disabilities'> {
  readonly Ethnicity: string | null;
  /** Empty when the Disabilities group is absent; `NONE` is a code, not an absence. */
  readonly Disabilities: readonly string[];
}

/** Sex as one code across every year and both returns: M, F or U (unknown, not recorded, unborn, indeterminate). */
export type SexCode = 'M' | 'F' | 'U';

/** Maps CIN GenderCurrent (0/1/2/9), CIN Sex (M/F/U) and 903 SEX (1/2 or M/F/U) onto one code. */
export function normaliseSex(value: string | null | undefined): SexCode | null {
  switch (value?.trim().toUpperCase()) {
    case 'M': case '1': case 'MALE': return 'M';
    case 'F': case '2': case 'FEMALE': return 'F';
    case 'U': case '0': case '9': case 'UNKNOWN': return 'U';
    default: return null;
  }
}
