import type { ImprovementAction, Milestone, Risk, WeeklyUpdate } from './plan.ts';

/**
 * Hand-made actions for tests: an open action started on 1 March 2026, added that morning, due by
 * 30 June, with whatever milestones, updates and risks a test gives.
 */
export function testAction(overrides: Partial<ImprovementAction> = {}): ImprovementAction {
  return {
    id: 1,
    title: 'Strengthen management oversight of child protection plans',
    description: '',
    owner: 'Head of Safeguarding',
    source: { kind: 'other' },
    status: 'in-progress',
    startDate: '2026-03-01',
    targetDate: '2026-06-30',
    completedOn: null,
    indicatorIds: [],
    createdBy: 'manager',
    createdAt: '2026-03-01T09:00:00.000Z',
    milestones: [],
    updates: [],
    risks: [],
    ...overrides,
  };
}

export const milestone = (id: number, due: string, doneOn: string | null = null, addedOn = '2026-03-01'): Milestone => ({ id, title: `Milestone ${id}`, due, doneOn, addedOn });

export const update = (id: number, at: string, progress = 10): WeeklyUpdate => ({ id, by: 'manager', at: `${at}T10:00:00.000Z`, summary: `Update ${id}`, progress });

export const risk = (id: number, likelihood: number, impact: number, status: Risk['status'] = 'open'): Risk => ({
  id, description: `Risk ${id}`, likelihood, impact, mitigation: 'Weekly check by the service manager', owner: 'Service manager', status,
});
