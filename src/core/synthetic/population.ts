import { addDays, addMonths, type IsoDate } from '../model/dates.ts';
import type { Person } from './life.ts';
import { homeArea, postcode } from './places.ts';
import type { Random } from './random.ts';

/**
 * Who the synthetic children are: age at first referral, sex, ethnicity and disability in England's
 * proportions for children in need (DfE CIN statistics), with a school UPN where one would exist.
 */

/** Age at first referral: unborn children and infants included, most referrals of school-age children. */
const AGE_BANDS = {
  unborn: 2.5,
  infant: 9,
  '1-4': 17,
  '5-9': 24,
  '10-15': 36,
  '16-17': 11.5,
} as const;

const AGE_RANGE: Record<keyof typeof AGE_BANDS, readonly [number, number]> = {
  unborn: [0, 0],
  infant: [0, 364],
  '1-4': [365, 5 * 365 - 1],
  '5-9': [5 * 365, 10 * 365 - 1],
  '10-15': [10 * 365, 16 * 365 - 1],
  '16-17': [16 * 365, 18 * 365 - 40],
};

/** About 70% White British, as among children in need in England. */
const ETHNICITY = {
  WBRI: 70, WIRI: 0.4, WIRT: 0.4, WOTH: 5, WROM: 0.6,
  MWBC: 2.5, MWBA: 1, MWAS: 1.2, MOTH: 2.6,
  AIND: 1, APKN: 2.4, ABAN: 1, AOTH: 1.4,
  BCRB: 1.2, BAFR: 3, BOTH: 1.1,
  CHNE: 0.2, OOTH: 2, REFU: 0.3, NOBT: 2.7,
} as const;

/** Ethnicities of unaccompanied asylum-seeking children, who mostly arrive from a handful of countries. */
const UASC_ETHNICITY = { OOTH: 40, BAFR: 25, AOTH: 25, WOTH: 5, MOTH: 5 } as const;

const DISABILITY = { AUT: 30, LD: 20, BEH: 15, COMM: 12, MOB: 6, HAND: 2, PC: 3, INC: 2, HEAR: 3, VIS: 2, CON: 1, DDA: 4 } as const;

const UPN_CHECK = 'ABCDEFGHJKLMNPQRTUVWXYZ';

/** Establishment numbers (the 4 school digits) run from 1000 to 7999. */
const SCHOOLS = 7000;
/** School and serial digits together give each of up to 7 million children of a council their own UPN. */
export const UPN_SERIALS = SCHOOLS * 1000;

/**
 * A UPN with the DfE check letter: 12 digits (LA, school, year, serial) weighted 2..13, modulo 23.
 * `serial` (below UPN_SERIALS) picks the school and serial, so distinct serials give distinct UPNs.
 */
export function upn(la: string, birth: IsoDate, serial: number): string {
  const year = String((Number(birth.slice(0, 4)) + 5) % 100).padStart(2, '0');
  const school = 1000 + Math.floor(serial / 1000);
  const digits = `${la.padStart(3, '0').slice(-3)}${school}${year}${String(serial % 1000).padStart(3, '0')}`;
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(digits[i]) * (i + 2);
  return `${UPN_CHECK[sum % 23]}${digits}`;
}

export interface PersonRequest {
  readonly childId: string;
  readonly la: string;
  /** The child's own UPN school and serial digits (see `upn`), unique within the council. */
  readonly upnSerial: number;
  readonly firstReferral: IsoDate;
  /** Unaccompanied asylum-seeking children arrive aged 14 to 17, mostly boys, with no school record. */
  readonly uasc: boolean;
}

export function drawPerson(random: Random, request: PersonRequest): Person {
  const { firstReferral, uasc } = request;
  const band = uasc ? '16-17' : random.weighted(AGE_BANDS);
  let birth: IsoDate;
  let expectedBirth: IsoDate | null = null;
  if (band === 'unborn') {
    expectedBirth = addDays(firstReferral, random.int(20, 150));
    birth = addDays(expectedBirth, random.int(-14, 10));
    if (birth <= firstReferral) birth = addDays(firstReferral, 1);
  } else {
    const [lo, hi] = uasc ? [14 * 365 + 30, 18 * 365 - 60] : AGE_RANGE[band];
    birth = addDays(firstReferral, -random.int(lo, hi));
  }
  const sex = random.chance(uasc ? 0.92 : 0.52) ? 'M' : 'F';
  const disabled = !uasc && random.chance(0.12);
  const disabilities: string[] = disabled
    ? [...new Set([random.weighted(DISABILITY), ...(random.chance(0.35) ? [random.weighted(DISABILITY)] : [])])]
    // NONE rather than no Disabilities group: the census wants a code for every child referred for further action (rule 8540).
    : ['NONE'];
  const inSchool = !uasc && random.chance(0.97);
  return {
    childId: request.childId,
    birth,
    expectedBirth,
    sex,
    ethnicity: uasc ? random.weighted(UASC_ETHNICITY) : random.weighted(ETHNICITY),
    disabilities,
    upn: inSchool ? upn(request.la, birth, request.upnSerial) : null,
    upnUnknown: uasc ? 'UN2' : random.pick(['UN2', 'UN3', 'UN5']),
    childBorn: sex === 'F' && !uasc && random.chance(0.03) ? addMonths(birth, random.int(16 * 12, 17 * 12 + 6)) : null,
    homePostcode: postcode(random, homeArea(request.la)),
  };
}
