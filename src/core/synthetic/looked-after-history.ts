import { addDays, addMonths, ageOn, daysBetween, toDmy, type IsoDate } from '../model/dates.ts';
import type { Ad1, Episode, Missing, PlacedForAdoption, PreviousPermanence, Review, SocialWorkerEpisode } from '../model/ssda903.ts';
import { addWorkingDays } from '../calendar/working-days.ts';
import type { PeriodOfCare, Person } from './life.ts';
import { postcode, provider, homeArea } from './places.ts';
import type { Random } from './random.ts';

/**
 * A period of care for a synthetic child: how the legal status moves (section 20, interim and full
 * care orders, placement orders, police protection, remand) and how placements follow one another,
 * turned into SSDA903 episodes exactly as the return defines them (a new episode whenever legal status
 * or placement changes; RNE S at the start; X1 between episodes), with the reviews, missing episodes,
 * social workers and adoption records that go with it.
 */

export type CareRoute = 'cp' | 'cin' | 'emergency' | 'uasc' | 'remand';

export interface CareRequest {
  readonly person: Person;
  readonly la: string;
  readonly start: IsoDate;
  /** When the child's social worker was allocated (the referral), which may be before care began. */
  readonly allocated: IsoDate;
  readonly route: CareRoute;
  /** Category of need, N1–N8. */
  readonly need: string;
  /** How many social workers the council has, to draw SW_IDs from. */
  readonly workers: number;
}

interface LegalChange {
  readonly date: IsoDate;
  readonly ls: string;
}

/** How the legal side of a period of care unfolds: its legal statuses, end and reason, and adoption milestones. */
interface LegalPath {
  readonly changes: readonly LegalChange[];
  readonly end: IsoDate;
  readonly rec: string;
  /** The decision that the child should be placed for adoption, and when the child was placed (or the plan ceased). */
  readonly adoption: { readonly decided: IsoDate; readonly placed: IsoDate | null; readonly ceased: IsoDate | null } | null;
}

const RETURN_HOME = { E4A: 60, E4B: 6, E13: 10, E41: 3, E8: 8, E3: 3, E16: 1 } as const;
const AT_EIGHTEEN = { E5: 34, E6: 6, E17: 30, E7: 3, E4A: 9, E13: 8, E8: 10 } as const;
const SGO = { E45: 40, E46: 10, E47: 40, E48: 10 } as const;

function legalPath(random: Random, request: CareRequest): LegalPath {
  const { person, start, route } = request;
  const eighteen = addMonths(person.birth, 216);
  const changes: LegalChange[] = [];
  let date = start;
  let adoption: LegalPath['adoption'] = null;
  const finish = (end: IsoDate, rec: string): LegalPath => {
    if (end >= eighteen) return { changes: changes.filter((c) => c.date < eighteen), end: eighteen, rec: random.weighted(AT_EIGHTEEN), adoption };
    return { changes, end, rec, adoption };
  };
  const later = (days: number): IsoDate => addDays(date, Math.max(1, Math.round(days)));

  if (route === 'remand') {
    changes.push({ date, ls: 'J1' });
    return finish(later(random.lognormal(40, 0.7)), 'E14');
  }
  if (route === 'uasc') {
    changes.push({ date, ls: 'V2' });
    return finish(addDays(eighteen, 1), 'E5');
  }
  let ls: string;
  if (route === 'emergency' && random.chance(0.6)) {
    const police = random.chance(0.6);
    changes.push({ date, ls: police ? 'L1' : 'L2' });
    // Police protection lasts at most 72 hours (rule 361); an emergency protection order up to 8 days.
    date = later(police ? random.int(1, 3) : random.int(1, 8));
    ls = random.chance(0.7) ? 'C1' : 'V2';
  } else if (route === 'cp' || route === 'emergency') ls = random.chance(0.55) ? 'C1' : 'V2';
  else ls = random.chance(0.85) ? 'V2' : 'C1';
  changes.push({ date, ls });

  if (ls === 'V2') {
    const age = ageOn(person.birth, date);
    // Older teenagers accommodated under section 20 often stay until 18.
    if (age >= 15 && random.chance(0.4)) return finish(addDays(eighteen, 1), 'E5');
    if (!random.chance(0.22) || age >= 15) return finish(later(random.lognormal(240, 1.3)), random.weighted(RETURN_HOME));
    date = later(random.int(30, 240));
    changes.push({ date, ls: 'C1' });
  }
  // Care proceedings: about 40 weeks from the interim order to the final hearing.
  date = later(random.lognormal(280, 0.35));
  const outcome = random.weighted({ order: 70, home: 12, sgo: 13, cao: 5 });
  if (outcome === 'home') return finish(date, 'E4A');
  if (outcome === 'sgo') return finish(date, random.weighted(SGO));
  if (outcome === 'cao') return finish(date, 'E41');

  const age = ageOn(person.birth, date);
  if (age < 5 && random.chance(0.55)) {
    // Placement order at the final hearing; the decision to place was taken a little before it.
    const proposed = addDays(date, -random.int(20, 120));
    // Decided while the child is looked after, in this period of care (rule 334).
    const decided = proposed < start ? start : proposed;
    changes.push({ date, ls: 'E1' });
    if (random.chance(0.9)) {
      const placed = later(random.lognormal(150, 0.5));
      adoption = { decided, placed, ceased: null };
      date = placed;
      return finish(later(random.lognormal(270, 0.4)), random.chance(0.75) ? 'E11' : 'E12');
    }
    const ceased = later(random.lognormal(300, 0.5));
    adoption = { decided, placed: null, ceased };
    date = ceased;
    changes.push({ date, ls: 'C2' });
  } else changes.push({ date, ls: 'C2' });

  const fate = random.weighted(age >= 10 ? { eighteen: 75, sgo: 12, home: 13 } : { eighteen: 55, sgo: 30, home: 15 });
  if (fate === 'eighteen') return finish(addDays(eighteen, 1), 'E5');
  if (fate === 'sgo') return finish(later(random.lognormal(700, 0.5)), random.weighted(SGO));
  return finish(later(random.lognormal(500, 0.6)), 'E4A');
}

/** The legal status on a date: the latest change on or before it. */
function statusOn(path: LegalPath, date: IsoDate): string {
  let ls = path.changes[0]!.ls;
  for (const c of path.changes) if (c.date <= date) ls = c.ls;
  return ls;
}

/**
 * Placement types chosen at a move, by age: England's mix, about seven in ten fostered. A child goes home
 * to parents (P1) only under a care order, not while accommodated or protected (rule 378); semi-independent
 * and supported accommodation is for young people of 16 or more (rule 371); a residential school for
 * children of 4 or more (rule 373).
 */
function placementWeights(age: number, date: IsoDate, uasc: boolean, ls: string): Record<string, number> {
  // Semi-independent living became registered supported accommodation (K3) in the 2024/25 return;
  // H5 ends before then and K3 starts after, so no episode carries a code its year does not have.
  const semi = date < '2024-01-01' ? 'H5' : date >= '2024-04-01' ? 'K3' : 'K2';
  const home = ls === 'C1' || ls === 'C2';
  const weights: Record<string, number> =
    uasc ? (age >= 16 ? { [semi]: 45, K2: 10, U6: 45 } : { K2: 20, U6: 80 })
    : age < 1 ? { U6: 55, U3: 15, U5: 8, U2: 4, P1: 8, R3: 10 }
    : age < 10 ? { U6: 58, U3: 17, U4: 6, U1: 3, P1: 10, K2: 4, S1: age >= 4 ? 1 : 0, Z1: 1 }
    : age < 16 ? { U6: 40, U3: 8, U4: 7, U1: 2, K2: 34, P1: 6, S1: 2, K1: 1, R1: 0.5, Z1: 0.5 }
    : { U6: 27, U3: 5, U4: 7, K2: 16, [semi]: 38, P1: 4, R5: 1, Z1: 2 };
  if (!home) weights.P1 = 0;
  return weights;
}

const FOSTER = new Set(['U1', 'U2', 'U3', 'U4', 'U5', 'U6']);
const KINSHIP = new Set(['U1', 'U2', 'U3']);
/** Settings registered with Ofsted, which carry a URN; the rest have none (rule 222). H5 only from 2023/24: see the snapshot. */
const REGISTERED = new Set(['K1', 'K2', 'K3', 'H5', 'U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'A3', 'A4', 'A5', 'A6']);

function providerOf(random: Random, place: string): string | null {
  if (place === 'P1') return 'PR0';
  // Other placements (Z1) have no provider (rule 213).
  if (place === 'Z1') return null;
  if (KINSHIP.has(place)) return random.chance(0.95) ? 'PR1' : 'PR4';
  if (FOSTER.has(place)) return random.weighted({ PR1: 58, PR4: 37, PR5: 5 });
  if (place === 'K2') return random.weighted({ PR4: 80, PR1: 14, PR5: 6 });
  if (place === 'K1') return random.weighted({ PR2: 70, PR1: 30 });
  if (place === 'K3' || place === 'H5') return random.weighted({ PR4: 75, PR1: 20, PR5: 5 });
  if (place.startsWith('A')) return random.weighted({ PR1: 60, PR2: 25, PR5: 15 });
  if (place === 'R2' || place === 'R5') return 'PR3';
  return random.weighted({ PR4: 60, PR5: 25, PR3: 15 });
}

/** How long a placement of this type lasts, in days: first placements are short, long-term fostering long. */
function placementDays(random: Random, place: string, first: boolean): number {
  if (first) return random.lognormal(200, 1.2);
  if (place === 'U1' || place === 'U4') return random.lognormal(1400, 0.8);
  if (place === 'K2' || place === 'K1') return random.lognormal(500, 0.9);
  if (place === 'H5' || place === 'K3') return random.lognormal(450, 0.7);
  if (place === 'R3') return random.lognormal(90, 0.5);
  return random.lognormal(560, 1.0);
}

const REASON_PLACE_CHANGE = {
  CARPL: 31, OTHER: 22, CREQB: 8, CREQO: 6, CHILD: 3, LAREQ: 3, ALLEG: 1, STAND: 1, CLOSE: 1, APPRR: 1,
} as const;

interface Placement {
  readonly date: IsoDate;
  readonly place: string;
  readonly provider: string | null;
  readonly urn: string | null;
  readonly postcode: string;
  /** Same carers as the placement before (RNE T or U). */
  readonly sameCarer: boolean;
  /** Why the previous placement ended. */
  readonly reason: string | null;
}

function placementAt(random: Random, request: CareRequest, date: IsoDate, place: string, sameCarer: boolean, reason: string | null, previous?: Placement): Placement {
  const chosen = sameCarer && previous ? previous.provider : providerOf(random, place);
  const setting = provider(request.la, random.int(0, 299));
  const home = request.person.homePostcode;
  const where = place === 'P1' ? home : sameCarer && previous ? previous.postcode : FOSTER.has(place) || place.startsWith('A') ? postcode(random, setting.inArea ? homeArea(request.la) : setting.postcode.replace(/\d.*$/, '')) : setting.postcode;
  const urn = sameCarer && previous && previous.urn !== null ? previous.urn : REGISTERED.has(place) ? setting.urn : null;
  return { date, place, provider: chosen, urn, postcode: where, sameCarer, reason };
}

function placements(random: Random, request: CareRequest, path: LegalPath): Placement[] {
  const { person, start } = request;
  const uasc = request.route === 'uasc';
  const firstPlace = random.weighted(placementWeights(Math.max(0, ageOn(person.birth, start)), start, uasc, statusOn(path, start)));
  const list: Placement[] = [placementAt(random, request, start, firstPlace, false, null)];
  const adoptionPlaced = path.adoption?.placed ?? null;
  // Some children's placements break down again and again: about one period in eight moves three times as often.
  const pace = random.chance(0.12) ? 0.33 : 1;
  let until = addDays(start, Math.max(1, Math.round(pace * placementDays(random, firstPlace, true))));
  for (;;) {
    const current = list[list.length - 1]!;
    if (adoptionPlaced && adoptionPlaced > current.date && adoptionPlaced <= until) {
      // Placed for adoption: with the foster carers already caring for the child (fostering for adoption) or with new adopters.
      // Only foster carers can go on to adopt the child they care for (rules 336, 550).
      const withCarers = current.place === 'U5' || current.place === 'U2' || (FOSTER.has(current.place) && random.chance(0.15));
      list.push(placementAt(random, request, adoptionPlaced, withCarers ? 'A5' : 'A6', withCarers, 'CARPL', current));
      break;
    }
    // H5 ends with the 2023/24 return: the young person moves on before H5 stops being a code.
    if (current.place === 'H5' && until >= '2024-03-01') {
      until = addDays('2024-03-01', -random.int(1, 30));
      if (until <= current.date) until = addDays(current.date, 1);
    }
    if (until >= path.end) break;
    const age = Math.max(0, ageOn(person.birth, until));
    const inCare = daysBetween(start, until);
    let next: Placement;
    if ((current.place === 'U6' || current.place === 'U3') && inCare > 300 && age < 15 && random.chance(0.35)) {
      // The same carers become long-term foster carers: a change of placement status only.
      next = placementAt(random, request, until, current.place === 'U6' ? 'U4' : 'U1', true, 'PLACE', current);
    } else {
      const weights = placementWeights(age, until, uasc, statusOn(path, until));
      // Home to parents again is no move (rule 435 wants a new placement to differ).
      if (current.place === 'P1') weights.P1 = 0;
      const place = random.weighted(weights);
      next = placementAt(random, request, until, place, false, random.weighted(REASON_PLACE_CHANGE), current);
    }
    list.push(next);
    until = addDays(until, Math.max(1, Math.round(pace * placementDays(random, next.place, false))));
  }
  return list;
}

/** Episodes at every change of legal status or placement, with RNE and the ending of each in 903 terms. */
function episodes(request: CareRequest, path: LegalPath, places: readonly Placement[]): Episode[] {
  const dates = [...new Set([...path.changes.map((c) => c.date), ...places.map((p) => p.date)])].filter((d) => d < path.end).sort();
  const result: Episode[] = [];
  // An SGO to former foster carers (E45, E46) needs the child to end in foster care (rule 516); else it was made to other carers.
  const fostered = FOSTER.has(places[places.length - 1]!.place);
  const rec = fostered ? path.rec : ({ E45: 'E47', E46: 'E48' } as Record<string, string>)[path.rec] ?? path.rec;
  let li = -1;
  let pi = -1;
  for (let i = 0; i < dates.length; i++) {
    const date = dates[i]!;
    const legalChanged = path.changes[li + 1]?.date === date;
    const placeChanged = places[pi + 1]?.date === date;
    if (legalChanged) li++;
    if (placeChanged) pi++;
    const placement = places[pi]!;
    const rne = i === 0 ? 'S' : legalChanged && placeChanged ? (placement.sameCarer ? 'U' : 'B') : legalChanged ? 'L' : placement.sameCarer ? 'T' : 'P';
    const end = dates[i + 1] ?? path.end;
    const nextPlacementChange = i + 1 < dates.length && places[pi + 1]?.date === end;
    result.push({
      CHILD: request.person.childId,
      DECOM: date,
      RNE: rne,
      LS: path.changes[li]!.ls,
      CIN: request.need,
      PLACE: placement.place,
      PLACE_PROVIDER: placement.provider,
      DEC: end,
      REC: i + 1 < dates.length ? 'X1' : rec,
      REASON_PLACE_CHANGE: nextPlacementChange ? places[pi + 1]!.reason : null,
      HOME_POST: request.person.homePostcode,
      PL_POST: placement.postcode,
      URN: placement.urn,
    });
  }
  return result;
}

/** Looked-after reviews: the first within 20 working days, the second within 3 months, then every 6 months. */
function reviews(random: Random, request: CareRequest, start: IsoDate, end: IsoDate): Review[] {
  const dob = request.person.birth;
  const result: Review[] = [];
  let due = addWorkingDays(start, 20);
  for (let n = 0; due < end; n++) {
    const held = random.chance(0.9) ? addDays(due, -random.int(0, n === 0 ? 10 : 30)) : addDays(due, random.int(1, 40));
    const date = held <= start ? addDays(start, 1) : held;
    if (date >= end) break;
    const age = ageOn(dob, date);
    const code = age < 4 ? 'PN0' : random.weighted({ PN1: 45, PN2: 6, PN3: 4, PN4: 5, PN5: 6, PN6: 22, PN7: 12 });
    result.push({ CHILD: request.person.childId, DOB: dob, REVIEW: date, REVIEW_CODE: code });
    due = addMonths(date, n === 0 ? 3 : 6);
  }
  return result;
}

/** Missing and away-without-authorisation episodes, for a share of the teenagers in care. */
function missing(random: Random, request: CareRequest, start: IsoDate, end: IsoDate): Missing[] {
  const { person } = request;
  if (ageOn(person.birth, start) < 11 && ageOn(person.birth, end) < 13) return [];
  if (!random.chance(0.3)) return [];
  const days = daysBetween(start, end);
  const count = random.poisson(Math.min(40, (random.lognormal(3, 0.8) * days) / 365));
  const starts = Array.from({ length: count }, () => random.int(0, Math.max(0, days - 1))).sort((a, b) => a - b);
  const result: Missing[] = [];
  let free = 0;
  for (const s of starts) {
    const from = Math.max(s, free);
    const to = Math.min(days, from + random.int(0, 4));
    if (from >= days) break;
    const mis = addDays(start, from);
    if (ageOn(person.birth, mis) < 10) continue;
    result.push({ CHILD: person.childId, DOB: person.birth, MISSING: random.chance(0.65) ? 'M' : 'A', MIS_START: mis, MIS_END: addDays(start, to) });
    free = to + 1;
  }
  return result;
}

const SW_REASON = { MANAGE: 20, LEFTRL: 30, ORGRST: 10, TSPROC: 25, ABSENC: 6, CHCHAN: 3, PCCHAN: 2, OTHERS: 4 } as const;

function socialWorkers(random: Random, request: CareRequest, start: IsoDate, end: IsoDate): SocialWorkerEpisode[] {
  const { person } = request;
  const result: SocialWorkerEpisode[] = [];
  let from = start;
  let reason = 'FCONTA';
  while (from < end) {
    const to = addDays(from, Math.max(7, Math.round(random.lognormal(270, 0.7))));
    const id = `SW${String(random.int(1, request.workers)).padStart(5, '0')}`;
    result.push({ CHILD: person.childId, DOB: person.birth, SW_ID: id, SW_DECOM: from, SW_DEC: to < end ? to : end, SW_REASON: reason });
    from = to;
    reason = random.weighted(SW_REASON);
  }
  return result;
}

function previousPermanence(random: Random, request: CareRequest): PreviousPermanence {
  const { person, start, la } = request;
  const prev = random.weighted({ Z1: 88, P1: 2, P2: 4, P3: 2, P4: 4 });
  const ordered = prev !== 'Z1' && prev !== 'P4';
  const span = daysBetween(person.birth, start);
  const when = ordered && span > 60 ? addDays(person.birth, random.int(30, span - 1)) : null;
  return {
    CHILD: person.childId,
    DOB: person.birth,
    PREV_PERM: prev,
    LA_PERM: ordered && random.chance(0.4) ? la : null,
    // Councils often know only the month of an earlier order, and record it as a partial date.
    DATE_PERM: when ? (random.chance(0.5) ? `zz/${toDmy(when).slice(3)}` : toDmy(when)) : null,
  };
}

function adoptionRecords(random: Random, request: CareRequest, path: LegalPath, places: readonly Placement[]): { placed: PlacedForAdoption | null; adopted: Ad1 | null } {
  const { person } = request;
  if (!path.adoption) return { placed: null, adopted: null };
  const { decided, ceased } = path.adoption;
  const placed: PlacedForAdoption = {
    CHILD: person.childId,
    DOB: person.birth,
    DATE_PLACED: decided,
    DATE_PLACED_CEASED: ceased,
    REASON_PLACED_CEASED: ceased ? random.weighted({ RD1: 30, RD2: 10, RD3: 35, RD4: 25 }) : null,
  };
  if (path.rec !== 'E11' && path.rec !== 'E12') return { placed, adopted: null };
  const adoptive = places[places.length - 1]!;
  const couple = random.chance(0.85);
  const sexes = couple ? random.weighted({ MF: 88, FF: 6, MM: 6 }) : random.chance(0.85) ? 'F1' : 'M1';
  const legal = !couple ? 'L0' : sexes === 'MF' ? random.weighted({ L11: 75, L3: 20, L2: 5 }) : random.weighted({ L12: 50, L2: 25, L4: 25 });
  const match = addDays(adoptive.date, -random.int(7, 60));
  return {
    placed,
    adopted: {
      CHILD: person.childId,
      DOB: person.birth,
      DATE_INT: decided,
      DATE_MATCH: match < decided ? decided : match,
      FOSTER_CARE: adoptive.place === 'A5' || adoptive.place === 'A3' ? '1' : '0',
      NB_ADOPTR: couple ? 2 : 1,
      SEX_ADOPTR: sexes,
      LS_ADOPTR: legal,
    },
  };
}

export function drawPeriodOfCare(random: Random, request: CareRequest): PeriodOfCare {
  const path = legalPath(random, request);
  const places = placements(random, request, path);
  const eps = episodes(request, path, places);
  const end = path.end;
  const { placed, adopted } = adoptionRecords(random, request, path, places);
  return {
    start: request.start,
    end,
    episodes: eps,
    reviews: reviews(random, request, request.start, end),
    missing: missing(random, request, request.start, end),
    // The social worker allocated at referral stays with the child into care (rule SW12STG2 wants the year's workers).
    socialWorkers: socialWorkers(random, request, request.allocated, end),
    previousPermanence: previousPermanence(random, request),
    placedForAdoption: placed,
    adoption: adopted,
    uascUntil: request.route === 'uasc' ? addMonths(request.person.birth, 216) : null,
    shortBreaks: false,
  };
}

/**
 * Short breaks for a disabled child (legal status V3): each break is its own period of care, a few
 * nights in a children's home or with foster carers, every month or two while the plan lasts.
 */
export function drawShortBreaks(random: Random, request: Omit<CareRequest, 'route' | 'allocated'>, until: IsoDate): PeriodOfCare[] {
  const { person } = request;
  const breaks: PeriodOfCare[] = [];
  const place = random.chance(0.7) ? 'K2' : 'U6';
  let from = request.start < person.birth ? addDays(person.birth, 30) : request.start;
  while (from < until && breaks.length < 60) {
    const end = addDays(from, random.int(2, 5));
    if (end >= until) break;
    breaks.push({
      start: from,
      end,
      episodes: [{
        CHILD: person.childId, DECOM: from, RNE: 'S', LS: 'V3', CIN: 'N2', PLACE: place, PLACE_PROVIDER: 'PR1', DEC: end, REC: 'E4A',
        // Short breaks are returned without placement location or distance (rules 214, 398).
        REASON_PLACE_CHANGE: null, HOME_POST: null, PL_POST: null, URN: null,
      }],
      reviews: [],
      missing: [],
      socialWorkers: [],
      previousPermanence: { CHILD: person.childId, DOB: person.birth, PREV_PERM: 'Z1', LA_PERM: null, DATE_PERM: null },
      placedForAdoption: null,
      adoption: null,
      uascUntil: null,
      shortBreaks: true,
    });
    from = addDays(end, random.int(25, 60));
  }
  return breaks;
}
