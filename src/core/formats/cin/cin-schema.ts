import type { CodeList, CodeListHistory } from '../../codes/code-list.ts';
import { codesIn } from '../../codes/code-list.ts';
import { collectionYear } from '../../model/collection-year.ts';
import {
  assessmentFactors, categoryOfAbuse, disability, ethnicity, genderCurrent, primaryNeedCode, reasonForClosure,
  referralSource, sex, upnUnknown,
} from '../../codes/cin-codes.ts';

/**
 * The CIN census element tree (DfE `CIN_schema_<year>.xsd`, datasets.md §1.1) written once, with the
 * census years each element belongs to, so that the reader (order, occurrence, types) and the writer
 * (element order) follow the same description for every year instead of ten copies of it.
 */

/** How a leaf's text is checked and turned into a model value. */
export type CinValueKind =
  | 'text'      // xs:string, kept trimmed
  | 'code'      // one of a year's code list
  | 'pattern'   // xs:string restricted by a pattern or a fixed value
  | 'date'      // xs:date → IsoDate
  | 'dateTime'  // xs:dateTime, kept as written
  | 'gYear'     // xs:gYear, kept as written
  | 'boolean'   // yesnotype: 0/1 (older files: true/false)
  | 'count';    // xs:integer ≥ 0

/**
 * Where an element's content goes in the model:
 * - `container`: no record of its own (Message, Children);
 * - `record`: its own model object, set on (or, when repeatable, pushed to) the parent record's field;
 * - `fields`: its leaves are fields of the enclosing record (CollectionDetails and Source in the header);
 * - `list`: its repeated leaf is an array field of the enclosing record (Disabilities, Reviews …).
 */
export type CinShape = 'container' | 'record' | 'fields' | 'list';

export interface CinElement {
  readonly name: string;
  readonly required: boolean;
  readonly repeatable: boolean;
  /** First and last census end year the element is in the schema (2022 = 2021/22). */
  readonly from?: number;
  readonly until?: number;
  readonly value?: CinValueKind;
  readonly codes?: CodeListHistory;
  readonly pattern?: RegExp;
  /** Plain words for what the pattern accepts. */
  readonly expected?: string;
  /** Personal data: its value never appears in a problem. */
  readonly personal?: boolean;
  readonly shape?: CinShape;
  /** The model field the element fills, when it is not the element's own name. */
  readonly field?: string;
  /** A `list` field absent from the file reads as null rather than empty (AssessmentFactors). */
  readonly nullWhenAbsent?: boolean;
  /** Each item of a `list` is a record of its own (Reviews → CPPreview). */
  readonly itemRecords?: boolean;
  readonly children?: readonly CinElement[];
}

const UPN = /^[A-Za-z]\d{11}(\d|[A-Za-z])$/;

function leaf(name: string, value: CinValueKind, occurs: '1' | '0..1' | '1..n', more: Partial<CinElement> = {}): CinElement {
  return { name, value, required: occurs !== '0..1', repeatable: occurs === '1..n', ...more };
}

function group(name: string, shape: CinShape, occurs: '1' | '0..1' | '1..n' | '0..n', children: CinElement[], more: Partial<CinElement> = {}): CinElement {
  return { name, shape, children, required: occurs === '1' || occurs === '1..n', repeatable: occurs.endsWith('n'), ...more };
}

const date = (name: string, occurs: '1' | '0..1' | '1..n', more: Partial<CinElement> = {}) => leaf(name, 'date', occurs, more);
const code = (name: string, codes: CodeListHistory, occurs: '1' | '0..1' | '1..n', more: Partial<CinElement> = {}) =>
  leaf(name, 'code', occurs, { codes, ...more });

export const cinMessage: CinElement = group('Message', 'container', '1', [
  group('Header', 'record', '0..1', [
    group('CollectionDetails', 'fields', '0..1', [
      leaf('Collection', 'pattern', '0..1', { pattern: /^CIN$/, expected: 'CIN' }),
      leaf('Year', 'gYear', '0..1'),
      date('ReferenceDate', '0..1'),
    ]),
    group('Source', 'fields', '0..n', [
      leaf('SourceLevel', 'pattern', '0..1', { pattern: /^L$/, expected: 'L' }),
      leaf('LEA', 'pattern', '1', { pattern: /^\d{3}$/, expected: 'a three-digit local authority code' }),
      leaf('SoftwareCode', 'text', '0..1'),
      leaf('Release', 'text', '0..1'),
      leaf('SerialNo', 'pattern', '0..1', { pattern: /^\d{3,}$/, expected: 'three or more digits' }),
      leaf('DateTime', 'dateTime', '0..1'),
    ]),
  ]),
  group('Children', 'container', '1', [
    group('Child', 'record', '1..n', [
      group('ChildIdentifiers', 'record', '1', [
        leaf('LAchildID', 'text', '1'),
        leaf('UPN', 'pattern', '0..1', { pattern: UPN, expected: 'a letter, 11 digits and a digit or letter', personal: true }),
        leaf('FormerUPN', 'pattern', '0..1', { pattern: UPN, expected: 'a letter, 11 digits and a digit or letter', personal: true }),
        code('UPNunknown', upnUnknown, '0..1'),
        date('PersonBirthDate', '0..1', { personal: true }),
        date('ExpectedPersonBirthDate', '0..1', { personal: true }),
        code('GenderCurrent', genderCurrent, '1', { until: 2024 }),
        code('Sex', sex, '1', { from: 2025 }),
        date('PersonDeathDate', '0..1', { personal: true }),
      ]),
      group('ChildCharacteristics', 'record', '1', [
        code('Ethnicity', ethnicity, '1'),
        group('Disabilities', 'list', '0..1', [code('Disability', disability, '1..n')]),
      ]),
      group('CINdetails', 'record', '1..n', [
        date('CINreferralDate', '1'),
        code('ReferralSource', referralSource, '1'),
        code('PrimaryNeedCode', primaryNeedCode, '0..1'),
        date('CINclosureDate', '0..1'),
        code('ReasonForClosure', reasonForClosure, '0..1'),
        date('DateOfInitialCPC', '0..1'),
        group('Assessments', 'record', '0..n', [
          date('AssessmentActualStartDate', '1'),
          date('AssessmentInternalReviewDate', '0..1'),
          date('AssessmentAuthorisationDate', '0..1'),
          group('FactorsIdentifiedAtAssessment', 'list', '0..1', [code('AssessmentFactors', assessmentFactors, '1..n')],
            { field: 'AssessmentFactors', nullWhenAbsent: true }),
        ]),
        group('CINPlanDates', 'record', '0..n', [date('CINPlanStartDate', '1'), date('CINPlanEndDate', '0..1')], { from: 2022 }),
        group('Section47', 'record', '0..n', [
          date('S47ActualStartDate', '1'),
          date('InitialCPCtarget', '0..1'),
          date('DateOfInitialCPC', '0..1'),
          leaf('ICPCnotRequired', 'boolean', '1'),
        ]),
        leaf('ReferralNFA', 'boolean', '1'),
        group('ChildProtectionPlans', 'record', '0..n', [
          date('CPPstartDate', '1'),
          date('CPPendDate', '0..1'),
          code('InitialCategoryOfAbuse', categoryOfAbuse, '1'),
          code('LatestCategoryOfAbuse', categoryOfAbuse, '1'),
          leaf('NumberOfPreviousCPP', 'count', '1'),
          group('Reviews', 'list', '0..1', [date('CPPreviewDate', '1..n')], { itemRecords: true }),
        ]),
      ]),
    ]),
  ]),
]);

/** The first and last census years (end years) whose schema is known. */
export const firstCinYear = 2017;
export const lastCinYear = 2026;

/**
 * An element as it stands in one census year, flattened for the reader's hot path: every node has the
 * same shape, so property reads stay monomorphic over millions of elements.
 */
export interface CinNode {
  readonly element: CinElement;
  readonly name: string;
  /** The model field it fills. */
  readonly field: string;
  /** False for elements of other census years, which are recognised (to say so) but not part of this one. */
  readonly inYear: boolean;
  readonly value: CinValueKind | undefined;
  readonly shape: CinShape | undefined;
  readonly repeatable: boolean;
  readonly personal: boolean;
  readonly itemRecords: boolean;
  /** The year's code list, for `code` leaves in their year. */
  readonly codes: CodeList | undefined;
  readonly children: readonly CinNode[];
  /** Position of each child in the XSD sequence. */
  readonly position: ReadonlyMap<string, number>;
  /** Bit per position of the in-year children that must occur. */
  readonly requiredMask: number;
  /** For `record` elements: the model object before any content is read (arrays to be made fresh). */
  readonly template: Readonly<Record<string, unknown>> | undefined;
  /** Fields of `template` that hold arrays. */
  readonly arrayFields: readonly string[];
  /** Child records that exist in the model even when the file leaves them out. */
  readonly singleRecords: readonly CinNode[];
}

const compiled = new Map<number, CinNode>();

/** The schema of one census year (given by its end year; years outside the known range use the nearest). */
export function cinSchema(endYear: number): CinNode {
  const year = Math.min(lastCinYear, Math.max(firstCinYear, endYear));
  let root = compiled.get(year);
  if (!root) compiled.set(year, (root = compile(cinMessage, year, true)));
  return root;
}

function compile(element: CinElement, year: number, parentInYear: boolean): CinNode {
  const inYear = parentInYear && (element.from ?? 0) <= year && year <= (element.until ?? Infinity);
  const children = (element.children ?? []).map((child) => compile(child, year, inYear));
  let requiredMask = 0;
  children.forEach((child, i) => {
    if (child.inYear && child.element.required) requiredMask |= 1 << i;
  });
  const record = element.shape === 'record' ? recordTemplate(children) : undefined;
  return {
    element,
    name: element.name,
    field: element.field ?? element.name,
    inYear,
    value: element.value,
    shape: element.shape,
    repeatable: element.repeatable,
    personal: element.personal === true,
    itemRecords: element.itemRecords === true,
    codes: element.codes && inYear ? codesIn(element.codes, year) : undefined,
    children,
    position: new Map(children.map((child, i) => [child.name, i])),
    requiredMask,
    template: record?.template,
    arrayFields: record?.arrayFields ?? [],
    singleRecords: children.filter((child) => child.shape === 'record' && !child.repeatable),
  };
}

/**
 * A record's fields before reading: null for values (the LA child id, a plain string, empty), arrays
 * for repeated groups and lists (AssessmentFactors excepted: absent is null), null for single records
 * until they are read or made empty.
 */
function recordTemplate(children: readonly CinNode[]): { template: Record<string, unknown>; arrayFields: string[] } {
  const template: Record<string, unknown> = {};
  const arrayFields: string[] = [];
  const add = (nodes: readonly CinNode[]) => {
    for (const child of nodes) {
      if (child.shape === 'fields') {
        add(child.children);
      } else if ((child.shape === 'list' && !child.element.nullWhenAbsent) || (child.shape === 'record' && child.repeatable)) {
        template[child.field] = null;
        arrayFields.push(child.field);
      } else {
        template[child.field] = child.field === 'LAchildID' ? '' : null;
      }
    }
  };
  add(children);
  return { template, arrayFields };
}

/** Plain words for the census years an element belongs to, e.g. `from 2024/25` or `to 2023/24`. */
export function yearsOf(element: CinElement): string {
  if (element.from !== undefined && element.until !== undefined) return `from ${collectionYear(element.from)} to ${collectionYear(element.until)}`;
  if (element.from !== undefined) return `from ${collectionYear(element.from)}`;
  if (element.until !== undefined) return `up to ${collectionYear(element.until)}`;
  return 'in every year';
}
