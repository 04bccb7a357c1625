import { addMonths } from '../../model/dates.ts';
import { openOn } from '../../indicators/care.ts';
import { concern, type DriftRule } from '../rule.ts';
import type { DriftSettings } from '../settings.ts';

/** A CP plan still open after `months` (and, for the shorter threshold, not yet past the longer one). */
function longPlanRule(id: string, severity: DriftRule['severity'], months: (s: DriftSettings) => number, until: ((s: DriftSettings) => number) | null, label: string): DriftRule {
  return {
    id,
    title: `Child protection plan open ${label}`,
    timescale: { text: `A plan still open ${label} after it started: the DfE reports plans lasting 2 years or more`, source: 'DfE CIN statistics table D7; COLLECT "CPP 2 years or more" (indicators.md §1.4)' },
    status: 'statutory',
    severity,
    items(child, context) {
      const { at, settings } = context;
      return child.cpPlans.flatMap((plan) => {
        if (!openOn(plan.start, plan.end, at)) return [];
        const arose = addMonths(plan.start, months(settings));
        if (arose > at || (until && addMonths(plan.start, until(settings)) <= at)) return [];
        return [concern(this, child, at, { key: plan.key, what: `CP plan open since ${plan.start}, ${label}`, since: plan.start, arose, facts: [{ date: plan.start, what: 'child protection plan started', key: plan.key }] })];
      });
    },
  };
}

export const cpPlan18Months = longPlanRule('cp-plan-18-months', 'medium', (s) => s.cpPlanLongMonths, (s) => s.cpPlanVeryLongMonths, 'over 18 months');
export const cpPlan2Years = longPlanRule('cp-plan-2-years', 'high', (s) => s.cpPlanVeryLongMonths, null, 'over 2 years');
