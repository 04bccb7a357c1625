import { ACTION_STATUSES, longDate, STATUS_NAMES, type ActionStatus, type HistoryEntry, type ImprovementAction } from './plan.ts';
import { riskScore } from './risk.ts';

/** Field names as people say them, and how each value is written. */
const FIELDS: Readonly<Record<string, { readonly label: string; readonly show?: (value: unknown) => string }>> = {
  title: { label: 'Title' },
  description: { label: 'Description' },
  owner: { label: 'Owner' },
  status: { label: 'Status', show: (v) => (ACTION_STATUSES.includes(v as ActionStatus) ? STATUS_NAMES[v as ActionStatus] : String(v)) },
  startDate: { label: 'Start date', show: (v) => longDate(String(v)) },
  targetDate: { label: 'Target date', show: (v) => longDate(String(v)) },
  indicatorIds: { label: 'Linked indicators', show: (v) => (Array.isArray(v) && v.length ? v.join(', ') : 'none') },
  due: { label: 'Due', show: (v) => longDate(String(v)) },
  doneOn: { label: 'Done', show: (v) => (v === null ? 'not done' : longDate(String(v))) },
  likelihood: { label: 'Likelihood' },
  impact: { label: 'Impact' },
  mitigation: { label: 'Mitigation' },
};

const show = (field: string, value: unknown): string => {
  if (value === null || value === undefined || value === '') return '(none)';
  return FIELDS[field]?.show?.(value) ?? String(value);
};

/** "Owner: A → B; Target date: 1 May 2026 → 1 June 2026": each changed field, before and after. */
function fieldChanges(entry: HistoryEntry): string {
  return Object.keys(entry.after)
    .map((f) => `${FIELDS[f]?.label ?? f}: ${show(f, entry.before?.[f])} → ${show(f, entry.after[f])}`)
    .join('; ');
}

/**
 * A kept change in words, for the action's history and the weekly report. The milestone or risk is
 * named from the action as it is now (its title when the change was made is in `before`/`after`).
 */
export function describeChange(entry: HistoryEntry, action?: Pick<ImprovementAction, 'milestones' | 'risks'>): string {
  const a = entry.after;
  switch (entry.entity) {
    case 'action':
      return entry.change === 'created' ? `Action added: “${String(a.title)}”, owner ${String(a.owner)}, target ${show('targetDate', a.targetDate)}` : `Action changed: ${fieldChanges(entry)}`;
    case 'milestone': {
      const title = String(a.title ?? action?.milestones.find((m) => m.id === entry.entityId)?.title ?? `milestone ${entry.entityId}`);
      if (entry.change === 'created') return `Milestone “${title}” added, due ${show('due', a.due)}`;
      if (entry.change === 'completed') return `Milestone “${title}” done on ${show('doneOn', a.doneOn)}`;
      return `Milestone “${title}” changed: ${fieldChanges(entry)}`;
    }
    case 'update':
      return `Weekly update posted (${String(a.progress)}% complete): ${String(a.summary)}`;
    case 'risk': {
      const name = String(a.description ?? action?.risks.find((r) => r.id === entry.entityId)?.description ?? `risk ${entry.entityId}`);
      if (entry.change === 'created') {
        return `Risk “${name}” added: likelihood ${String(a.likelihood)} × impact ${String(a.impact)} = ${riskScore({ likelihood: Number(a.likelihood), impact: Number(a.impact) })}`;
      }
      return `Risk “${name}” changed: ${fieldChanges(entry)}`;
    }
  }
}
