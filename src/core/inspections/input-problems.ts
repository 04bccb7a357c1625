import { isIsoDate, type IsoDate } from '../model/dates.ts';
import {
  FINDING_KINDS, GRADED_KINDS, GRADES, ILACS_JUDGEMENTS, INSPECTION_KINDS, JUDGEMENT_NAMES, KIND_NAMES, SEPARATE_CARE_LEAVERS_FROM,
} from './model.ts';
import type { InspectionInput } from './recorded.ts';

/** A problem with one field of the input, named as the API names it (`findings[2].text`). */
export interface InputProblem {
  readonly field: string;
  readonly message: string;
}

export const MAX_FINDINGS = 200;
export const MAX_FINDING_TEXT = 4000;
export const MAX_FOCUS = 200;
export const MAX_URL = 500;

const oneOf = (list: readonly string[], value: unknown) => typeof value === 'string' && list.includes(value);

/**
 * Everything wrong with a record of an inspection or visit, each naming its field; none means it can be
 * stored. Shared by the form (to show the errors at once) and the data-access layer (which refuses to
 * store anything while one remains).
 */
export function inspectionInputProblems(input: InspectionInput, today: IsoDate): InputProblem[] {
  const problems: InputProblem[] = [];
  const add = (field: string, message: string) => problems.push({ field, message });
  if (!oneOf(INSPECTION_KINDS, input.kind)) add('kind', `Choose what kind of inspection or visit it was (not "${String(input.kind)}")`);
  const dates = [['start', input.start], ['end', input.end], ['published', input.published]] as const;
  for (const [field, value] of dates) {
    if (value !== null && !isIsoDate(value)) add(field, `The ${field === 'published' ? 'publication' : field} date must be a real date (not "${value}")`);
  }
  const valid = (d: IsoDate | null) => d !== null && isIsoDate(d);
  if (valid(input.start) && valid(input.end) && input.end < input.start) add('end', `The end date (${input.end}) cannot be before the start date (${input.start})`);
  if (valid(input.published) && valid(input.end) && input.published! < input.end) add('published', `The publication date (${input.published}) cannot be before the end date (${input.end})`);
  if (valid(input.published) && input.published! > today) add('published', `The publication date (${input.published}) cannot be in the future`);
  if (input.focus !== null && (input.focus.trim() === '' || input.focus.length > MAX_FOCUS)) add('focus', `The focus must be 1 to ${MAX_FOCUS} characters, or left out`);
  if (input.reportUrl !== null && !(/^https:\/\/\S+$/.test(input.reportUrl) && input.reportUrl.length <= MAX_URL)) add('reportUrl', `The report address must start with https://, have no spaces and be at most ${MAX_URL} characters`);

  const graded = GRADED_KINDS.includes(input.kind);
  if (!graded && input.judgements.length > 0 && oneOf(INSPECTION_KINDS, input.kind)) {
    add('judgements', `A ${KIND_NAMES[input.kind].toLowerCase()} is not graded: leave the judgements out`);
  }
  const seen = new Set<string>();
  input.judgements.forEach((j, i) => {
    if (!oneOf(ILACS_JUDGEMENTS, j.type)) add(`judgements[${i}].type`, `"${String(j.type)}" is not an ILACS judgement`);
    else if (seen.has(j.type)) add(`judgements[${i}].type`, `${JUDGEMENT_NAMES[j.type]} is given twice`);
    else if (j.type === 'care-leavers' && valid(input.start) && input.start < SEPARATE_CARE_LEAVERS_FROM) {
      add(`judgements[${i}].type`, 'Care leavers were judged with children in care before January 2023: give that grade under children in care');
    }
    seen.add(j.type);
    if (!oneOf(GRADES, j.grade)) add(`judgements[${i}].grade`, `"${String(j.grade)}" is not a grade: outstanding, good, requires improvement or inadequate`);
  });

  if (input.findings.length > MAX_FINDINGS) add('findings', `At most ${MAX_FINDINGS} findings`);
  const ids = new Set<number>();
  input.findings.forEach((f, i) => {
    if (!oneOf(FINDING_KINDS, f.kind)) add(`findings[${i}].kind`, `"${String(f.kind)}" is not a kind of finding`);
    const text = typeof f.text === 'string' ? f.text.trim() : '';
    if (text === '') add(`findings[${i}].text`, `Enter the text of finding ${i + 1}`);
    else if (text.length > MAX_FINDING_TEXT) add(`findings[${i}].text`, `Finding ${i + 1} is longer than ${MAX_FINDING_TEXT} characters`);
    if (f.id !== undefined) {
      if (ids.has(f.id)) add(`findings[${i}].id`, `Finding ${f.id} is given twice`);
      ids.add(f.id);
    }
  });
  return problems;
}
