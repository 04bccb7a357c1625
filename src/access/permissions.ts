/**
 * Who may do what: the one place access is decided. Every method of the data-access layer names its
 * action here and asks `scopeOf` before it touches the store; the API and the pages only follow.
 */
export const ROLES = ['administrator', 'performance-analyst', 'manager', 'social-worker', 'inspector', 'elected-member'] as const;
export type Role = (typeof ROLES)[number];

export const ACTIONS = [
  /** The council's returns, their dates and validation status; figures only. */
  'view-returns',
  'upload-return',
  /** Results by rule: counts, no child. */
  'view-data-quality',
  /** Results by child: child ids and the cells at fault. */
  'view-data-quality-by-child',
  'export-data-quality',
  'search-children',
  'read-chronology',
  'view-audit-log',
  'manage-users',
  /** Indicator figures and their benchmarks: numbers only. */
  'view-indicators',
  /** The children behind an indicator's number (audited). */
  'view-indicator-children',
  /** Drift worklists: child by child, what is overdue or of concern. */
  'view-worklist',
  /** Acknowledge a worklist item with a reason (audited); it comes back if the situation persists. */
  'acknowledge-drift',
  /** Ofsted judgements of every council and the council's own inspections and visits: no child. */
  'view-inspections',
  /** Record the council's inspections and visits, their findings and recommendations. */
  'record-inspection',
  /** The improvement plan: actions, milestones, updates, risks, RAG; no child. */
  'view-improvement-plan',
  /** Add and change actions, milestones, risks; post weekly updates (every change kept, with who). */
  'manage-improvement-plan',
  /** Case-audit grades and themes over time: aggregates, no child. */
  'view-case-audit-results',
  /** A case audit of a child: its grades and findings (audited). */
  'read-case-audit',
  /** Draw samples, audit and moderate cases, manage templates. */
  'conduct-case-audit',
  /** Caseloads per worker and team, over-limit workers, unallocated children (child ids only with search-children). */
  'view-caseloads',
  /** Care population and placement spend forecasts, scenarios and backtests: numbers only. */
  'view-forecast',
  /** Create, change and delete the council's named forecast scenarios. */
  'manage-forecast-scenarios',
  /** The council's own settings: its 0–17 population and source, local timescales, the caseload limit. */
  'manage-council-settings',
  /** Build Ofsted's Annex A (child-level lists) from the store and download it (audited). */
  'produce-annex-a',
] as const;
export type Action = (typeof ACTIONS)[number];

/** 'all': every child of the council; 'team': only children allocated to the actor's team; null: not at all. */
export type Scope = 'all' | 'team' | null;

const ALL: Scope = 'all';
const TEAM: Scope = 'team';
const NO: Scope = null;

/**
 * Elected members get aggregates only; inspectors read but never change (their accounts expire);
 * social workers reach only their own team's children; only administrators see the audit log and accounts.
 * Anyone may see indicator figures; only managers, analysts and administrators acknowledge drift.
 * The recovery work (inspections, the improvement plan, audit results, caseloads, forecasts) is open to
 * every role as figures; only managers, analysts and administrators change it, and a case audit of a
 * child is read like the child's record (a social worker: their team's; an elected member: never).
 */
export const PERMISSIONS: Readonly<Record<Role, Readonly<Record<Action, Scope>>>> = {
  'administrator':       { 'view-returns': ALL, 'upload-return': ALL, 'view-data-quality': ALL, 'view-data-quality-by-child': ALL, 'export-data-quality': ALL, 'search-children': ALL,  'read-chronology': ALL,  'view-audit-log': ALL, 'manage-users': ALL, 'view-indicators': ALL, 'view-indicator-children': ALL,  'view-worklist': ALL,  'acknowledge-drift': ALL, 'view-inspections': ALL, 'record-inspection': ALL, 'view-improvement-plan': ALL, 'manage-improvement-plan': ALL, 'view-case-audit-results': ALL, 'read-case-audit': ALL, 'conduct-case-audit': ALL, 'view-caseloads': ALL, 'view-forecast': ALL, 'manage-forecast-scenarios': ALL, 'manage-council-settings': ALL, 'produce-annex-a': ALL },
  'performance-analyst': { 'view-returns': ALL, 'upload-return': ALL, 'view-data-quality': ALL, 'view-data-quality-by-child': ALL, 'export-data-quality': ALL, 'search-children': ALL,  'read-chronology': ALL,  'view-audit-log': NO,  'manage-users': NO, 'view-indicators': ALL, 'view-indicator-children': ALL,  'view-worklist': ALL,  'acknowledge-drift': ALL, 'view-inspections': ALL, 'record-inspection': ALL, 'view-improvement-plan': ALL, 'manage-improvement-plan': ALL, 'view-case-audit-results': ALL, 'read-case-audit': ALL, 'conduct-case-audit': ALL, 'view-caseloads': ALL, 'view-forecast': ALL, 'manage-forecast-scenarios': ALL, 'manage-council-settings': ALL, 'produce-annex-a': ALL },
  'manager':             { 'view-returns': ALL, 'upload-return': NO,  'view-data-quality': ALL, 'view-data-quality-by-child': ALL, 'export-data-quality': ALL, 'search-children': ALL,  'read-chronology': ALL,  'view-audit-log': NO,  'manage-users': NO, 'view-indicators': ALL, 'view-indicator-children': ALL,  'view-worklist': ALL,  'acknowledge-drift': ALL, 'view-inspections': ALL, 'record-inspection': ALL, 'view-improvement-plan': ALL, 'manage-improvement-plan': ALL, 'view-case-audit-results': ALL, 'read-case-audit': ALL, 'conduct-case-audit': ALL, 'view-caseloads': ALL, 'view-forecast': ALL, 'manage-forecast-scenarios': ALL, 'manage-council-settings': NO, 'produce-annex-a': ALL },
  'social-worker':       { 'view-returns': ALL, 'upload-return': NO,  'view-data-quality': NO,  'view-data-quality-by-child': NO,  'export-data-quality': NO,  'search-children': TEAM, 'read-chronology': TEAM, 'view-audit-log': NO,  'manage-users': NO, 'view-indicators': ALL, 'view-indicator-children': TEAM, 'view-worklist': TEAM, 'acknowledge-drift': NO, 'view-inspections': ALL, 'record-inspection': NO, 'view-improvement-plan': ALL, 'manage-improvement-plan': NO, 'view-case-audit-results': ALL, 'read-case-audit': TEAM, 'conduct-case-audit': NO, 'view-caseloads': TEAM, 'view-forecast': ALL, 'manage-forecast-scenarios': NO, 'manage-council-settings': NO, 'produce-annex-a': NO },
  'inspector':           { 'view-returns': ALL, 'upload-return': NO,  'view-data-quality': ALL, 'view-data-quality-by-child': ALL, 'export-data-quality': ALL, 'search-children': ALL,  'read-chronology': ALL,  'view-audit-log': NO,  'manage-users': NO, 'view-indicators': ALL, 'view-indicator-children': ALL,  'view-worklist': ALL,  'acknowledge-drift': NO, 'view-inspections': ALL, 'record-inspection': NO, 'view-improvement-plan': ALL, 'manage-improvement-plan': NO, 'view-case-audit-results': ALL, 'read-case-audit': ALL, 'conduct-case-audit': NO, 'view-caseloads': ALL, 'view-forecast': ALL, 'manage-forecast-scenarios': NO, 'manage-council-settings': NO, 'produce-annex-a': ALL },
  'elected-member':      { 'view-returns': ALL, 'upload-return': NO,  'view-data-quality': ALL, 'view-data-quality-by-child': NO,  'export-data-quality': NO,  'search-children': NO,   'read-chronology': NO,   'view-audit-log': NO,  'manage-users': NO, 'view-indicators': ALL, 'view-indicator-children': NO,   'view-worklist': NO,   'acknowledge-drift': NO, 'view-inspections': ALL, 'record-inspection': NO, 'view-improvement-plan': ALL, 'manage-improvement-plan': NO, 'view-case-audit-results': ALL, 'read-case-audit': NO, 'conduct-case-audit': NO, 'view-caseloads': ALL, 'view-forecast': ALL, 'manage-forecast-scenarios': NO, 'manage-council-settings': NO, 'produce-annex-a': NO },
};

export function scopeOf(role: Role, action: Action): Scope {
  return PERMISSIONS[role][action];
}

/** Words for people: the role as the pages show it. */
export const ROLE_NAMES: Readonly<Record<Role, string>> = {
  administrator: 'Administrator',
  'performance-analyst': 'Performance analyst',
  manager: 'Manager',
  'social-worker': 'Social worker',
  inspector: 'Inspector',
  'elected-member': 'Elected member',
};

export function isRole(text: string): text is Role {
  return (ROLES as readonly string[]).includes(text);
}
