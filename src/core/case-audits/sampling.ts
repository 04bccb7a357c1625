import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { DriftItem } from '../drift/rule.ts';
import { openCaseOn } from '../caseloads/open-case.ts';
import type { ChildFacts } from '../indicators/child-facts.ts';
import type { IndicatorResult } from '../indicators/compute.ts';
import type { IsoDate } from '../model/dates.ts';
import type { AuditStatus } from './audit.ts';
import type { AuditTemplate } from './template.ts';

/** Where a sample's children come from. */
export const SAMPLE_METHODS = ['random', 'worklist', 'indicator'] as const;
export type SampleMethod = (typeof SAMPLE_METHODS)[number];

export const MAX_SAMPLE = 100;

/** What a sample was drawn from: the data's date, how many children were candidates, and the rule or indicator. */
export interface SampleSource {
  readonly at: IsoDate;
  readonly candidates: number;
  readonly rule?: string;
  readonly indicator?: string;
  readonly period?: string;
}

/** A sample as drawn: on which template, how, from what, with which seed, by whom and when. */
export interface AuditSample {
  readonly id: number;
  readonly template: AuditTemplate;
  readonly method: SampleMethod;
  readonly source: SampleSource;
  readonly seed: number;
  /** How many children were asked for (fewer are drawn when there are fewer candidates). */
  readonly requested: number;
  readonly drawnBy: string;
  readonly drawnAt: string;
}

/** A sample with how many of its audits are at each stage. */
export interface AuditSampleSummary extends AuditSample {
  readonly audits: Readonly<Record<AuditStatus, number>>;
}

/**
 * `size` children drawn at random from the candidates, each equally likely, in the order drawn. The same
 * candidates and seed always give the same sample, so a sample can be shown to have been drawn fairly
 * (the seed is kept with it). Fewer candidates than `size`: all of them.
 */
export function drawSample(candidates: Iterable<string>, size: number, seed: number): string[] {
  // Sorted first, so the draw depends on which children there are and not on the order they came in.
  const pool = [...new Set(candidates)].sort();
  const rng = xoroshiro128plus(seed);
  const take = Math.min(size, pool.length);
  // A partial Fisher–Yates shuffle: the first `take` places hold the sample.
  for (let i = 0; i < take; i++) {
    const j = uniformInt(rng, i, pool.length - 1);
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, take);
}

/** Children with an open case (in need, on a protection plan or looked after) on the date: the usual frame for a random audit sample. */
export function openCaseChildren(children: readonly ChildFacts[], on: IsoDate): string[] {
  return children.filter((c) => openCaseOn(c, on) !== null).map((c) => c.childId);
}

/** Children with something on the drift worklist (overdue or of concern, not the late-but-done), of one rule if named. */
export function worklistChildren(items: readonly DriftItem[], rule?: string): string[] {
  return items.filter((i) => i.state !== 'late' && (rule === undefined || i.rule === rule)).map((i) => i.childId);
}

/**
 * The children an indicator's figure for a period ('headline', or a year's or month's label) counts
 * against the council, which are the ones worth auditing: for a percentage where higher is better, the
 * children with a case it did not count (assessments over 45 working days, reviews not on time);
 * otherwise the children it counts (three or more placements, a second plan). Null when there is no
 * such figure.
 */
export function indicatorChildren(result: IndicatorResult, period: string): string[] | null {
  if (!result.available) return null;
  const p = period === 'headline' ? result.headline : [...result.years, ...result.months].find((x) => x.period.label === period);
  if (!p) return null;
  if (result.indicator.polarity === 'higher-is-better' && p.denominator) return [...new Set(p.denominator.cases.filter((c) => !c.counted).map((c) => c.childId))];
  return [...p.numerator.children];
}
