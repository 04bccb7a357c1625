import { isIsoDate, type IsoDate } from '../model/dates.ts';
import { ACTION_STATUSES, longDate, RISK_STATUSES, type ImprovementAction, type Milestone, type Risk } from './plan.ts';

/**
 * What the plan refuses, field by field, in words that name the field and the value: checked before
 * anything is stored, so a refused change stores nothing.
 */
export interface FieldProblem {
  readonly field: string;
  readonly value: unknown;
  readonly message: string;
}

export const LIMITS = { title: 200, description: 4000, owner: 120, theme: 200, summary: 2000, mitigation: 2000, risk: 500 } as const;

export type ActionFields = Pick<ImprovementAction, 'title' | 'description' | 'owner' | 'status' | 'startDate' | 'targetDate'>;

/** An action as it would be after a change; its milestones must still fit between its start and target dates. */
export function actionProblems(input: ActionFields, milestones: readonly Milestone[] = []): FieldProblem[] {
  const problems = [
    ...text('title', 'The title', input.title, LIMITS.title),
    ...text('description', 'The description', input.description, LIMITS.description, false),
    ...text('owner', 'The owner', input.owner, LIMITS.owner),
    ...oneOf('status', 'The status', input.status, ACTION_STATUSES),
    ...date('startDate', 'The start date', input.startDate),
    ...date('targetDate', 'The target date', input.targetDate),
  ];
  if (problems.some((p) => p.field === 'startDate' || p.field === 'targetDate')) return problems;
  if (input.targetDate < input.startDate) {
    problems.push({ field: 'targetDate', value: input.targetDate, message: `The target date (${longDate(input.targetDate)}) is before the start date (${longDate(input.startDate)}).` });
  }
  const early = milestones.find((m) => m.due < input.startDate);
  if (early) problems.push({ field: 'startDate', value: input.startDate, message: `The start date (${longDate(input.startDate)}) is after milestone “${early.title}” is due (${longDate(early.due)}).` });
  const late = milestones.find((m) => m.due > input.targetDate);
  if (late) problems.push({ field: 'targetDate', value: input.targetDate, message: `The target date (${longDate(input.targetDate)}) is before milestone “${late.title}” is due (${longDate(late.due)}).` });
  const open = milestones.find((m) => m.doneOn === null);
  if (input.status === 'complete' && open) problems.push({ field: 'status', value: input.status, message: `The action cannot be complete while milestone “${open.title}” is not done.` });
  return problems;
}

type Dated = Pick<ImprovementAction, 'startDate' | 'targetDate' | 'status'>;

/** A new milestone: due between the action's start and target dates, on an action still open. */
export function milestoneProblems(action: Dated, input: { readonly title: string; readonly due: IsoDate }): FieldProblem[] {
  const problems = [...text('title', "The milestone's title", input.title, LIMITS.title), ...date('due', "The milestone's due date", input.due)];
  if (action.status === 'complete') problems.push({ field: 'status', value: action.status, message: 'The action is complete: change its status before adding a milestone.' });
  if (problems.some((p) => p.field === 'due')) return problems;
  if (input.due < action.startDate) problems.push({ field: 'due', value: input.due, message: `The milestone's due date (${longDate(input.due)}) is before the action started (${longDate(action.startDate)}).` });
  if (input.due > action.targetDate) problems.push({ field: 'due', value: input.due, message: `The milestone's due date (${longDate(input.due)}) is after the action's target date (${longDate(action.targetDate)}).` });
  return problems;
}

/** Marking a milestone done on `doneOn`: not twice, not in the future, not before the action started. */
export function completionProblems(action: Dated, milestone: Milestone, doneOn: IsoDate, today: IsoDate): FieldProblem[] {
  const invalid = date('doneOn', 'The date done', doneOn);
  if (invalid.length) return invalid;
  if (milestone.doneOn !== null) return [{ field: 'doneOn', value: doneOn, message: `Milestone “${milestone.title}” was already done on ${longDate(milestone.doneOn)}.` }];
  if (doneOn > today) return [{ field: 'doneOn', value: doneOn, message: `The date done (${longDate(doneOn)}) is in the future.` }];
  if (doneOn < action.startDate) return [{ field: 'doneOn', value: doneOn, message: `The date done (${longDate(doneOn)}) is before the action started (${longDate(action.startDate)}).` }];
  return [];
}

export function updateProblems(input: { readonly summary: string; readonly progress: number }): FieldProblem[] {
  const problems = text('summary', 'What changed', input.summary, LIMITS.summary);
  if (!Number.isInteger(input.progress) || input.progress < 0 || input.progress > 100) {
    problems.push({ field: 'progress', value: input.progress, message: `Progress must be a whole number from 0 to 100 (per cent), not ${String(input.progress)}.` });
  }
  return problems;
}

export type RiskFields = Omit<Risk, 'id'>;

export function riskProblems(input: RiskFields): FieldProblem[] {
  const problems = [
    ...text('description', 'The risk', input.description, LIMITS.risk),
    ...text('mitigation', 'The mitigation', input.mitigation, LIMITS.mitigation, false),
    ...text('owner', "The risk's owner", input.owner, LIMITS.owner),
    ...oneOf('status', "The risk's status", input.status, RISK_STATUSES),
  ];
  for (const [field, word] of [['likelihood', 'Likelihood'], ['impact', 'Impact']] as const) {
    const v = input[field];
    if (!Number.isInteger(v) || v < 1 || v > 5) problems.push({ field, value: v, message: `${word} must be a whole number from 1 to 5, not ${String(v)}.` });
  }
  return problems;
}

/** A case-audit theme an action answers: short text. */
export function themeProblems(theme: string): FieldProblem[] {
  return text('theme', 'The theme', theme, LIMITS.theme);
}

function text(field: string, name: string, value: string, max: number, required = true): FieldProblem[] {
  if (required && value.trim() === '') return [{ field, value, message: `${name} must not be empty.` }];
  if (value.length > max) return [{ field, value: `${value.slice(0, 40)}…`, message: `${name} is ${value.length} characters long: at most ${max}.` }];
  return [];
}

function date(field: string, name: string, value: string): FieldProblem[] {
  return isIsoDate(value) ? [] : [{ field, value, message: `${name} must be a date written YYYY-MM-DD, not “${value}”.` }];
}

function oneOf(field: string, name: string, value: string, allowed: readonly string[]): FieldProblem[] {
  return allowed.includes(value) ? [] : [{ field, value, message: `${name} must be one of ${allowed.join(', ')}, not “${value}”.` }];
}
