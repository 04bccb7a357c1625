import { addDays } from '../model/dates.ts';
import type { CinChild, CINdetails } from '../model/cin.ts';
import type { Ssda903TableName } from '../model/ssda903.ts';
import type { Random } from './random.ts';
import type { Ssda903Rows } from './snapshot.ts';

/**
 * Realistic mistakes, injected at a given rate per record into an otherwise clean return, so that
 * validators and worklists have something to find: codes that do not exist, required items left out,
 * dates in an impossible order, overlapping episodes and repeated reviews. Each fault is logged, so a
 * test can check that what was injected is what is found.
 */

export type FaultKind = 'bad-code' | 'missing-value' | 'date-order' | 'overlap' | 'duplicate';

export interface InjectedFault {
  readonly year: number;
  readonly dataset: 'cin' | 'ssda903';
  /** `ChildIdentifiers`, `CINdetails`, `Assessment`, `Section47`, `ChildProtectionPlan`, or the 903 table. */
  readonly record: string;
  readonly kind: FaultKind;
  readonly field: string;
}

/** Counts records and logs faults as they are injected. */
export interface FaultLog {
  records: number;
  readonly faults: InjectedFault[];
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export function faultyCin(random: Random, rate: number, year: number, child: CinChild, log: FaultLog): CinChild {
  const hit = (): boolean => {
    log.records++;
    return random.chance(rate);
  };
  const note = (record: string, kind: FaultKind, field: string): void => void log.faults.push({ year, dataset: 'cin', record, kind, field });

  let identifiers = child.ChildIdentifiers;
  let characteristics = child.ChildCharacteristics;
  if (hit()) {
    if (random.chance(0.5)) {
      characteristics = { ...characteristics, Ethnicity: 'WBR' };
      note('ChildCharacteristics', 'bad-code', 'Ethnicity');
    } else {
      identifiers = { ...identifiers, UPN: identifiers.UPN ? identifiers.UPN.slice(0, 10) : 'A12345' };
      note('ChildIdentifiers', 'bad-code', 'UPN');
    }
  }
  const details = child.CINdetails.map((original) => {
    const d: Mutable<CINdetails> = { ...original };
    const referral = d.CINreferralDate!;
    if (hit()) {
      const kind = random.int(0, 3);
      if (kind === 0) {
        d.ReferralSource = '11';
        note('CINdetails', 'bad-code', 'ReferralSource');
      } else if (kind === 1) {
        d.ReferralSource = null;
        note('CINdetails', 'missing-value', 'ReferralSource');
      } else if (kind === 2 || d.CINclosureDate === null) {
        d.PrimaryNeedCode = 'N10';
        note('CINdetails', 'bad-code', 'PrimaryNeedCode');
      } else {
        d.CINclosureDate = addDays(referral, -random.int(1, 30));
        note('CINdetails', 'date-order', 'CINclosureDate');
      }
    }
    d.Assessments = d.Assessments.map((a) => {
      if (!hit()) return a;
      if (random.chance(0.6)) {
        note('Assessment', 'date-order', 'AssessmentActualStartDate');
        return { ...a, AssessmentActualStartDate: addDays(referral, -random.int(1, 20)) };
      }
      note('Assessment', 'bad-code', 'AssessmentFactors');
      return { ...a, AssessmentFactors: [...(a.AssessmentFactors ?? []), '25A'] };
    });
    d.Section47 = d.Section47.map((s) => {
      if (!hit()) return s;
      if (s.DateOfInitialCPC && random.chance(0.6)) {
        note('Section47', 'date-order', 'DateOfInitialCPC');
        return { ...s, DateOfInitialCPC: addDays(s.S47ActualStartDate!, -random.int(1, 10)) };
      }
      note('Section47', 'missing-value', 'ICPCnotRequired');
      return { ...s, ICPCnotRequired: null };
    });
    d.ChildProtectionPlans = d.ChildProtectionPlans.map((p) => {
      if (!hit()) return p;
      const kind = random.int(0, 2);
      if (kind === 0 && p.CPPendDate) {
        note('ChildProtectionPlan', 'date-order', 'CPPendDate');
        return { ...p, CPPendDate: addDays(p.CPPstartDate!, -random.int(1, 30)) };
      }
      if (kind === 1 && p.Reviews.length > 0) {
        note('ChildProtectionPlan', 'duplicate', 'CPPreviewDate');
        return { ...p, Reviews: [...p.Reviews, p.Reviews[p.Reviews.length - 1]!] };
      }
      note('ChildProtectionPlan', 'bad-code', 'InitialCategoryOfAbuse');
      return { ...p, InitialCategoryOfAbuse: 'ABU' };
    });
    return d;
  });
  return { ...child, ChildIdentifiers: identifiers, ChildCharacteristics: characteristics, CINdetails: details };
}

/** Each table's characteristic mistakes; every row of every table may be hit. */
export function faulty903(random: Random, rate: number, year: number, rows: Ssda903Rows, log: FaultLog): Ssda903Rows {
  const result: Ssda903Rows = { ...rows };
  const note = (record: Ssda903TableName, kind: FaultKind, field: string): void => void log.faults.push({ year, dataset: 'ssda903', record, kind, field });
  for (const table of Object.keys(rows) as Ssda903TableName[]) {
    const list = rows[table]!.map((r) => ({ ...r })) as Record<string, unknown>[];
    const extra: Record<string, unknown>[] = [];
    list.forEach((row, i) => {
      log.records++;
      if (!random.chance(rate)) return;
      switch (table) {
        case 'episodes': {
          const kind = random.int(0, 3);
          if (kind === 0) {
            row.PLACE = 'U7';
            note(table, 'bad-code', 'PLACE');
          } else if (kind === 1) {
            row.LS = null;
            note(table, 'missing-value', 'LS');
          } else if (kind === 2 && i > 0 && list[i - 1]!.DEC) {
            // The episode starts before the one before it ended.
            row.DECOM = addDays(list[i - 1]!.DEC as string, -random.int(3, 20));
            note(table, 'overlap', 'DECOM');
          } else {
            row.DEC = addDays(row.DECOM as string, -random.int(1, 30));
            note(table, 'date-order', 'DEC');
          }
          break;
        }
        case 'header':
          if (random.chance(0.5)) {
            row.SEX = '3';
            note(table, 'bad-code', 'SEX');
          } else {
            row.DOB = null;
            note(table, 'missing-value', 'DOB');
          }
          break;
        case 'reviews':
          if (random.chance(0.5)) {
            extra.push({ ...row });
            note(table, 'duplicate', 'REVIEW');
          } else {
            row.REVIEW_CODE = 'PN9';
            note(table, 'bad-code', 'REVIEW_CODE');
          }
          break;
        case 'missing':
          if (row.MIS_END) {
            row.MIS_END = addDays(row.MIS_START as string, -random.int(1, 5));
            note(table, 'date-order', 'MIS_END');
          } else {
            row.MISSING = 'X';
            note(table, 'bad-code', 'MISSING');
          }
          break;
        case 'oc3':
          row.IN_TOUCH = 'MAYBE';
          note(table, 'bad-code', 'IN_TOUCH');
          break;
        case 'oc2':
          row.SDQ_SCORE = 45;
          note(table, 'bad-code', 'SDQ_SCORE');
          break;
        default:
          row.DOB = null;
          note(table, 'missing-value', 'DOB');
      }
    });
    (result as Record<string, unknown>)[table] = [...list, ...extra];
  }
  return result;
}
