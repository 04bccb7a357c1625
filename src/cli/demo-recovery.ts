import { findUser, type Actor } from '../access/accounts.ts';
import { today } from '../access/actor-guard.ts';
import type { CaseAuditsAccess } from '../access/case-audits-access.ts';
import { forActor } from '../access/data-access.ts';
import type { ImprovementPlanAccess, NewRisk } from '../access/improvement-plan-access.ts';
import type { InspectionView } from '../access/inspections-access.ts';
import { scopeOf, type Action } from '../access/permissions.ts';
import { GRADES } from '../core/inspections/grade.ts';
import { DEFAULT_TEMPLATE } from '../core/case-audits/template.ts';
import { longDate } from '../core/improvement-plan/plan.ts';
import type { InspectionInput } from '../core/inspections/recorded.ts';
import { addDays, weekday, type IsoDate } from '../core/model/dates.ts';
import type { Database } from '../store/database.ts';

/**
 * The demo council's recovery work, invented: two inspection visits with findings, the improvement plan
 * answering them, and a case-audit programme. `sightline start` adds it on first run so that a director
 * trying Sightline sees those pages with content. Everything goes through the data-access layer as the
 * demo's own people, so it is checked, audited and kept in history exactly as in real use; and so it is
 * stamped with the moment it was entered. The history tables only ever grow and take their times from
 * the clock, so the back story is told in the records' own dates (visits, milestones, targets) and the
 * weekly updates say which week they report on, as when a council brings an existing plan into Sightline.
 */

/** Who does the work: the manager records the visits, runs the plan and audits; the moderator moderates. */
export interface DemoRecoveryPeople {
  readonly manager: string;
  readonly moderator: string;
}

/** The demo accounts `createDemoAccounts` makes for those two parts. */
export const DEMO_RECOVERY_PEOPLE: DemoRecoveryPeople = { manager: 'manager', moderator: 'analyst' };

export type DemoRecoveryResult =
  | { readonly seeded: true; readonly visits: number; readonly findings: number; readonly actions: number; readonly audits: number; readonly submitted: number; readonly moderated: number }
  | { readonly seeded: false; readonly reason: string };

/**
 * Adds the recovery work to council `la`, once: a council that already has recorded inspections, plan
 * actions or audit samples of its own is left as it is, as is one without returns to audit.
 */
export async function seedDemoRecovery(db: Database, la: string, people: DemoRecoveryPeople = DEMO_RECOVERY_PEOPLE): Promise<DemoRecoveryResult> {
  const manager = await person(db, la, people.manager, ['view-returns', 'record-inspection', 'manage-improvement-plan', 'conduct-case-audit']);
  if (typeof manager === 'string') return { seeded: false, reason: manager };
  const moderator = await person(db, la, people.moderator, ['conduct-case-audit']);
  if (typeof moderator === 'string') return { seeded: false, reason: moderator };
  if (moderator.username === manager.username) return { seeded: false, reason: 'the moderator must be someone other than the manager who audits' };
  const access = forActor(db, manager);
  if ((await access.overview()).returns.length === 0) return { seeded: false, reason: `council ${la} has no returns to draw audit samples from` };
  const [recorded, plan, samples] = await Promise.all([access.inspections.overview(), access.improvementPlan.board({}), access.caseAudits.samples()]);
  if (recorded.recorded.length > 0 || plan.total > 0 || samples.length > 0) return { seeded: false, reason: `council ${la} already has recovery work of its own` };

  const on = today();
  const visits: InspectionView[] = [];
  for (const visit of demoVisits(on)) visits.push(await access.inspections.record(visit));
  const audits = await seedCaseAudits(access.caseAudits, forActor(db, moderator).caseAudits, { manager: manager.username, moderator: moderator.username });
  for (const action of DEMO_ACTIONS) await seedAction(access.improvementPlan, action, visits, on);
  return { seeded: true, visits: visits.length, findings: visits.reduce((n, v) => n + v.findings.length, 0), actions: DEMO_ACTIONS.length, ...audits };
}

/** The account, if it is the council's, current, and allowed every one of `actions`; else why not. */
async function person(db: Database, la: string, username: string, actions: readonly Action[]): Promise<Actor | string> {
  const actor = await findUser(db, username);
  if (!actor || actor.la !== la) return `there is no account ${username} in council ${la}`;
  if (actor.expiresAt !== null && actor.expiresAt < new Date().toISOString()) return `${username}'s account has ended`;
  const refused = actions.find((a) => !scopeOf(actor.role, a));
  return refused ? `${username} may not ${refused.replaceAll('-', ' ')}` : actor;
}

const SYNTHETIC = 'Synthetic demo record, invented for Sightline’s demo council: not a letter Ofsted published.';

/** The Tuesday on or before `date`: Ofsted's visits to a council usually start early in the week. */
const tuesdayBefore = (date: IsoDate): IsoDate => addDays(date, -((weekday(date) - 2 + 7) % 7));

/**
 * A monitoring visit about six months ago and a focused visit about three months ago, both ungraded (visits
 * are), their letters published four weeks after; findings in the style of Ofsted's letters. The plan's
 * actions point at findings by their place in these lists.
 */
function demoVisits(on: IsoDate): InspectionInput[] {
  const visit = (kind: InspectionInput['kind'], weeksAgo: number, focus: string, findings: InspectionInput['findings']): InspectionInput => {
    const start = tuesdayBefore(addDays(on, -7 * weeksAgo));
    return { kind, start, end: addDays(start, 1), published: addDays(start, 29), focus, reportUrl: null, judgements: [], findings };
  };
  return [
    visit('monitoring-visit', 26, 'Synthetic demo: children in need of help and protection', [
      { kind: 'finding', text: `${SYNTHETIC} Leaders have an accurate understanding of the quality of practice and have strengthened the front door, but progress since the last inspection has been too slow for some children in need of help and protection.` },
      { kind: 'area-for-priority-action', text: 'The timeliness and quality of strategy discussions, so that police, health and education contribute to every discussion and decisions about section 47 enquiries are made without delay.' },
      { kind: 'area-for-priority-action', text: 'Management oversight of children in need plans, so that plans are specific, progress is reviewed regularly and children do not experience drift when their circumstances do not improve.' },
      { kind: 'area-for-improvement', text: 'The recognition of, and response to, chronic neglect, including the consistent use of the neglect assessment tool to inform assessments and plans.' },
      { kind: 'strength', text: 'Social workers know their children well, see them regularly and speak about them with warmth; children’s experiences are increasingly evident in assessments.' },
    ]),
    visit('focused-visit', 13, 'Synthetic demo: children in care and care leavers', [
      { kind: 'finding', text: `${SYNTHETIC} Most children in care live in stable homes that meet their needs, but the response when children go missing and the quality of pathway planning for care leavers are not consistently good enough.` },
      { kind: 'area-for-priority-action', text: 'Return home interviews after missing episodes: they are not consistently offered or completed in time, and what children say is not used to reduce risk or to update their plans.' },
      { kind: 'area-for-improvement', text: 'The quality of pathway plans, so that they are written with young people, kept up to date and set out clear actions for accommodation, education, training and employment.' },
      { kind: 'strength', text: 'Children in care benefit from enduring relationships with their social workers and carers, and independent reviewing officers increasingly challenge drift in their plans.' },
    ]),
  ];
}

/** An action of the plan, its dates in days from the day it is seeded. */
interface DemoAction {
  readonly title: string;
  readonly owner: string;
  readonly description: string;
  /** A finding by its visit (0 the monitoring visit, 1 the focused visit) and its place in the letter, or a case-audit theme. */
  readonly source: { readonly visit: 0 | 1; readonly seq: number } | { readonly theme: string };
  readonly indicatorIds: readonly string[];
  readonly start: number;
  readonly target: number;
  /** `done`: the day it was done; none while it is not. */
  readonly milestones: readonly { readonly title: string; readonly due: number; readonly done?: number }[];
  readonly risks: readonly NewRisk[];
  /** One for each of the last weeks, oldest first. */
  readonly updates: readonly { readonly progress: number; readonly summary: string }[];
  readonly complete?: boolean;
}

/**
 * Six actions owned by role titles: one red (a milestone overdue), one amber (a milestone due within the
 * week), green ones, and one complete, each linked to the indicators that show whether it works.
 */
const DEMO_ACTIONS: readonly DemoAction[] = [
  {
    title: 'Hold every strategy discussion within one working day, with police, health and education',
    owner: 'Head of Service, Children’s Front Door',
    description: 'A daily multi-agency strategy discussion slot, a protocol agreed with the police and the integrated care board, and education invited for every school-age child.',
    source: { visit: 0, seq: 2 },
    indicatorIds: ['icpc-15-working-days', 'section-47-rate'],
    start: -140, target: 120,
    milestones: [
      { title: 'Strategy discussion protocol agreed with police and health', due: -112, done: -115 },
      { title: 'Daily multi-agency strategy discussion slots in place', due: -56, done: -60 },
      { title: 'Audit of 20 strategy discussions: police, health and education present', due: 35 },
    ],
    risks: [{ description: 'Health partners cannot staff daily strategy discussion slots', likelihood: 3, impact: 4, mitigation: 'Named-nurse rota agreed with the integrated care board; gaps escalated to the safeguarding partnership the same day.', owner: 'Head of Service, Children’s Front Door' }],
    updates: [
      { progress: 55, summary: '41 of 44 strategy discussions were held within one working day; health attended 36.' },
      { progress: 60, summary: 'Health attended 39 of 42 discussions since the named-nurse rota started. Education now invited for every school-age child.' },
      { progress: 65, summary: 'Every discussion held within one working day. The audit of 20 discussions is booked and the auditors briefed.' },
    ],
  },
  {
    title: 'Record management oversight of every child in need plan each month',
    owner: 'Head of Service, Children in Need',
    description: 'Supervision that gives recorded direction with timescales on every child in need plan, so that drift is seen and acted on.',
    source: { visit: 0, seq: 3 },
    indicatorIds: ['assessments-45-working-days', 're-referrals'],
    start: -140, target: 150,
    milestones: [
      { title: 'Supervision policy revised: recorded direction on every child in need plan', due: -98, done: -100 },
      { title: 'Every team manager trained in reflective supervision', due: -12 },
      { title: 'Dip sample: recorded oversight on 80% of child in need plans', due: 60 },
    ],
    risks: [
      { description: 'Team manager vacancies (2 of 9 posts) leave plans without oversight', likelihood: 4, impact: 4, mitigation: 'Interim managers from the agency framework; the service manager supervises the two teams until the posts are filled.', owner: 'Head of Service, Children in Need' },
      { description: 'Oversight is recorded but does not change what happens for the child', likelihood: 3, impact: 3, mitigation: 'The dip sample reads what changed after each direction, not whether one was recorded.', owner: 'Head of Quality Assurance' },
    ],
    updates: [
      { progress: 30, summary: 'Six of nine team managers attended the first two reflective supervision sessions.' },
      { progress: 33, summary: 'Two sessions cancelled when the trainer was ill; three team managers still to be trained.' },
      { progress: 35, summary: 'New dates offered, but two managers are on leave: the training milestone is missed and a new date goes to the improvement board.' },
    ],
  },
  {
    title: 'Use the neglect assessment tool in every assessment and plan where neglect is a concern',
    owner: 'Principal Social Worker',
    description: 'Practitioners recognise chronic neglect early and plan for it, using the partnership’s neglect tool to evidence change or its absence.',
    source: { visit: 0, seq: 4 },
    indicatorIds: ['cp-plans-second-time', 'cp-plans-ending-2-years'],
    start: -126, target: 120,
    milestones: [
      { title: 'Neglect strategy signed off by the safeguarding partnership', due: -70, done: -73 },
      { title: 'Neglect tool training for every child in need and child protection team', due: 4 },
      { title: 'Audit of neglect cases: the tool used to inform 75% of plans', due: 90 },
    ],
    risks: [{ description: 'Practitioners treat the tool as a form to fill in rather than a way to think', likelihood: 3, impact: 3, mitigation: 'Practice leads model the tool in group supervision; the audit reads the analysis, not whether the tool was completed.', owner: 'Principal Social Worker' }],
    updates: [
      { progress: 40, summary: 'Training delivered to the four child protection teams.' },
      { progress: 45, summary: 'Two of the three child in need teams trained; practice leads using the tool in group supervision.' },
      { progress: 50, summary: 'The last team’s session is booked for next week, just before the milestone falls due.' },
    ],
  },
  {
    title: 'Offer every child a return home interview within 72 hours of a missing episode',
    owner: 'Head of Service, Children in Care',
    description: 'Interviews offered by someone the child trusts, and what they say used to update their plan and safety plan.',
    source: { visit: 1, seq: 2 },
    indicatorIds: ['return-interviews', 'missing-episodes', 'missing-from-care'],
    start: -63, target: 100,
    milestones: [
      { title: 'Return interview service extended to weekends', due: -35, done: -38 },
      { title: 'Daily missing-episode tracker reviewed by service managers', due: 21 },
    ],
    risks: [{ description: 'Children decline interviews with a worker they do not know', likelihood: 4, impact: 3, mitigation: 'Offer the interview with a trusted adult (carer, youth worker or their own social worker) and record why one was declined.', owner: 'Head of Service, Children in Care' }],
    updates: [
      { progress: 35, summary: '18 of 25 interviews offered within 72 hours; 12 completed.' },
      { progress: 40, summary: 'Weekend cover has brought offers within 72 hours to 22 of 24.' },
      { progress: 45, summary: 'The tracker is built; service managers start reviewing it daily from Monday.' },
    ],
  },
  {
    title: 'Write pathway plans with every care leaver and keep them up to date',
    owner: 'Service Manager, Leaving Care',
    description: 'A new pathway plan written with young people, rewritten with each care leaver, with clear actions for accommodation, education, training and employment.',
    source: { visit: 1, seq: 3 },
    indicatorIds: ['care-leavers-suitable-accommodation', 'care-leavers-eet', 'care-leavers-in-touch'],
    start: -63, target: 180,
    milestones: [
      { title: 'New pathway plan co-produced with the Children in Care Council', due: -35, done: -30 },
      { title: 'Half of pathway plans rewritten with the young person', due: 42 },
    ],
    risks: [{ description: 'Personal adviser caseloads above 25 slow the rewrite', likelihood: 3, impact: 3, mitigation: 'Two fixed-term personal advisers funded from the improvement budget; rewrites prioritised for 17-year-olds.', owner: 'Service Manager, Leaving Care' }],
    updates: [
      { progress: 20, summary: '31 of 190 pathway plans rewritten with the young person.' },
      { progress: 25, summary: '44 plans rewritten; young people’s feedback on the new plan is positive.' },
      { progress: 30, summary: '58 plans rewritten; the two fixed-term personal advisers start next month.' },
    ],
  },
  {
    title: 'Make every child’s plan specific, with who does what by when',
    owner: 'Head of Quality Assurance',
    description: 'Case audits keep finding plans that are not specific: a planning workshop for every team and a plan template that asks for who and by when.',
    source: { theme: 'Plans not specific' },
    indicatorIds: ['cp-reviews-on-time'],
    start: -112, target: 14,
    milestones: [
      { title: 'Planning workshop held with every team', due: -70, done: -72 },
      { title: 'Plan template changed: every action names who and by when', due: -28, done: -30 },
    ],
    risks: [],
    updates: [
      { progress: 80, summary: 'The new template is in use in every team.' },
      { progress: 90, summary: 'Independent reviewing officers report specific plans at most reviews.' },
      { progress: 100, summary: 'Both milestones done. The monthly audits will show whether plans stay specific.' },
    ],
    complete: true,
  },
];

/** The Fridays ending the last `n` weeks up to `on`, oldest first. */
function weekEndings(on: IsoDate, n: number): IsoDate[] {
  const friday = addDays(on, -((weekday(on) - 5 + 7) % 7));
  return Array.from({ length: n }, (_, i) => addDays(friday, -7 * (n - 1 - i)));
}

async function seedAction(plan: ImprovementPlanAccess, a: DemoAction, visits: readonly InspectionView[], on: IsoDate): Promise<void> {
  const source = 'theme' in a.source ? { theme: a.source.theme } : { findingId: findingId(visits, a.source.visit, a.source.seq) };
  const { id } = await plan.createAction({
    title: a.title, owner: a.owner, description: a.description, status: 'in-progress', startDate: addDays(on, a.start), targetDate: addDays(on, a.target), indicatorIds: a.indicatorIds, ...source,
  });
  for (const m of a.milestones) {
    const added = (await plan.addMilestone(id, { title: m.title, due: addDays(on, m.due) })).milestones.find((x) => x.title === m.title)!;
    if (m.done !== undefined) await plan.completeMilestone(id, added.id, addDays(on, m.done));
  }
  for (const r of a.risks) await plan.addRisk(id, r);
  const weeks = weekEndings(on, a.updates.length);
  for (const [i, u] of a.updates.entries()) await plan.postUpdate(id, { progress: u.progress, summary: `Week ending ${longDate(weeks[i]!)}: ${u.summary}` });
  if (a.complete) await plan.updateAction(id, { status: 'complete' });
}

function findingId(visits: readonly InspectionView[], visit: number, seq: number): number {
  const found = visits[visit]?.findings.find((f) => f.seq === seq);
  if (!found) throw new Error(`the demo plan refers to finding ${seq} of visit ${visit}, which was not recorded`);
  return found.id;
}

/** The grades the demo gives (no case is outstanding), named from the scale so they follow its spelling. */
const [, GOOD, RI, INADEQUATE] = GRADES;
type Graded = typeof GOOD | typeof RI | typeof INADEQUATE;

/**
 * The first two samples of a monthly programme, 8 open cases each drawn at random with fixed seeds (the
 * same demo gives the same children), audited on the default template; both are drawn and audited on the
 * day they are added. The first: mostly requires improvement, two inadequate, one good, all submitted; the
 * second better, with two audits still open. The moderator
 * looks at some of each (`moderate`: which audit, and the overall grade they give): one good audit whose
 * plan still lacks timescales is marked down, the others agreed.
 */
const PROGRAMME: readonly { readonly seed: number; readonly overall: readonly Graded[]; readonly submitted: number; readonly moderate: ReadonlyMap<number, Graded> }[] = [
  {
    seed: 80_601,
    overall: [RI, INADEQUATE, RI, RI, GOOD, RI, INADEQUATE, RI],
    submitted: 8,
    moderate: new Map([[0, RI], [1, INADEQUATE], [4, RI], [6, INADEQUATE]]),
  },
  {
    seed: 80_602,
    overall: [GOOD, RI, GOOD, RI, RI, GOOD, INADEQUATE, RI],
    submitted: 6,
    moderate: new Map([[0, GOOD], [3, RI]]),
  },
];

/** Each domain's grade (in DEFAULT_TEMPLATE's order) for an overall grade: management oversight lags. */
const DOMAIN_GRADES: Readonly<Record<Graded, readonly Graded[]>> = {
  [GOOD]: [GOOD, GOOD, GOOD, GOOD, GOOD, RI],
  [RI]: [RI, GOOD, RI, RI, GOOD, RI],
  [INADEQUATE]: [INADEQUATE, RI, INADEQUATE, INADEQUATE, RI, INADEQUATE],
};

const EVIDENCE: Readonly<Record<string, Readonly<Record<Graded, string>>>> = {
  'quality-of-assessment': {
    [GOOD]: 'The assessment is current, draws on the family’s history and analyses what life is like for the child, weighing risks against strengths.',
    [RI]: 'The assessment describes the family’s circumstances, but analysis is limited: history is listed rather than used to understand risk.',
    [INADEQUATE]: 'The assessment is over a year old and does not reflect recent incidents; the impact of cumulative harm on the child is not considered.',
  },
  'voice-of-the-child': {
    [GOOD]: 'The child is seen alone regularly; their wishes are recorded in their own words and have shaped the plan.',
    [RI]: 'The child is seen, but visits are task-focused and their views are summarised by adults rather than recorded in their words.',
    [INADEQUATE]: 'The child has not been seen alone for over three months and their views are not recorded.',
  },
  'planning-and-review': {
    [GOOD]: 'The plan names who does what by when; reviews are on time and record progress against each action.',
    [RI]: 'Reviews are on time, but actions such as “parents to engage” have no timescales, so progress is hard to judge.',
    [INADEQUATE]: 'The plan has not changed over three reviews despite no progress: the child has experienced drift.',
  },
  'risk-and-protection': {
    [GOOD]: 'Risks are recognised and shared with partners promptly; the safety plan is clear and understood by the family.',
    [RI]: 'Immediate risks are acted on, but the impact of long-standing neglect is not fully recognised.',
    [INADEQUATE]: 'Repeated domestic abuse incidents were not escalated, and no strategy discussion was held when one was needed.',
  },
  permanence: {
    [GOOD]: 'The child lives in a stable home; permanence was planned early and is being achieved without delay.',
    [RI]: 'The child is settled, but the permanence plan was agreed late and there is no evidence of parallel planning.',
    [INADEQUATE]: 'There is no permanence plan, and the child has moved home three times in a year.',
  },
  'management-oversight': {
    [GOOD]: 'Regular supervision gives clear direction with timescales, and it is followed up.',
    [RI]: 'Supervision is recorded but mostly restates the history; management direction rarely sets timescales.',
    [INADEQUATE]: 'There is no recorded management oversight for five months, during which the plan drifted.',
  },
};

const SUMMARY: Readonly<Record<Graded, string>> = {
  [GOOD]: 'Synthetic demo audit. Good, purposeful work: the child’s circumstances are improving and the plan is driving that.',
  [RI]: 'Synthetic demo audit. The child is safe, but plans lack timescales and oversight does not prevent drift.',
  [INADEQUATE]: 'Synthetic demo audit. Serious weaknesses: risks were not recognised in time and the child experienced drift; escalated to the service manager.',
};

/** Themes each audit tags: specific plans the commonest, as the plan's theme action says. */
const THEMES: Readonly<Record<Graded, readonly (readonly string[])[]>> = {
  [GOOD]: [[]],
  [RI]: [['Plans not specific', 'Weak management oversight'], ['Plans not specific', 'Voice of the child not heard'], ['Drift and delay', 'Plans not specific'], ['Poor multi-agency work']],
  [INADEQUATE]: [['Drift and delay', 'Weak management oversight', 'Neglect not recognised', 'Plans not specific']],
};

async function seedCaseAudits(auditor: CaseAuditsAccess, moderator: CaseAuditsAccess, people: DemoRecoveryPeople): Promise<{ audits: number; submitted: number; moderated: number }> {
  const count = { audits: 0, submitted: 0, moderated: 0 };
  const domains = DEFAULT_TEMPLATE.domains;
  for (const month of PROGRAMME) {
    const { audits } = await auditor.drawSample({
      templateId: DEFAULT_TEMPLATE.id, method: 'random', size: month.overall.length, seed: month.seed, auditor: people.manager, moderator: people.moderator,
    });
    count.audits += audits.length;
    for (const [i, audit] of audits.entries()) {
      const overall = month.overall[i]!;
      const grades = domains.map((d, k) => ({ domain: d.id, grade: DOMAIN_GRADES[overall][k]!, text: EVIDENCE[d.id]![DOMAIN_GRADES[overall][k]!] }));
      if (i >= month.submitted) {
        // One audit begun (half its domains graded) and the rest still planned, as at any month's end.
        if (i === month.submitted) await auditor.saveWork(audit.id, { grades: grades.slice(0, 3), overall: null, summary: '', themes: [] }, false);
        continue;
      }
      await auditor.saveWork(audit.id, { grades, overall, summary: SUMMARY[overall], themes: THEMES[overall][i % THEMES[overall].length]! }, true);
      count.submitted++;
      const second = month.moderate.get(i);
      if (second === undefined) continue;
      await moderator.moderate(audit.id, {
        grades: domains.map((d, k) => ({ domain: d.id, grade: DOMAIN_GRADES[second][k]! })),
        overall: second,
        note: second === overall ? 'Agreed: the evidence supports the grades.' : 'Not agreed: the plan still has no timescales, so progress cannot be shown.',
      });
      count.moderated++;
    }
  }
  return count;
}
