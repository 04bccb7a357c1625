import { council, statisticalNeighbours } from '../benchmarks/benchmark.ts';
import { COUNCILS } from '../benchmarks/councils.ts';
import { GRADES, type Grade, type PublishedInspection } from './model.ts';
import { overallGrade } from './timeline.ts';

/** Each council's latest published inspection (by start date), by DfE code. */
export function latestInspections(history: readonly PublishedInspection[]): Map<string, PublishedInspection> {
  const latest = new Map<string, PublishedInspection>();
  for (const p of history) {
    const held = latest.get(p.la);
    if (!held || p.start > held.start) latest.set(p.la, p);
  }
  return latest;
}

export interface NeighbourJudgements {
  readonly la: string;
  readonly name: string;
  /** Null when Ofsted's history holds no inspection of it. */
  readonly latest: PublishedInspection | null;
}

/** The council's statistical neighbours, closest first, each with its latest published judgements. */
export function neighbourJudgements(la: string, history: readonly PublishedInspection[]): NeighbourJudgements[] {
  const latest = latestInspections(history);
  return statisticalNeighbours(la).map((n) => ({ la: n.la, name: n.name, latest: latest.get(n.la) ?? null }));
}

export interface GradeDistribution {
  /** 'England' or the region's name. */
  readonly area: string;
  readonly councils: number;
  /** Councils by their latest overall grade, best first; 'not known' where the overall grade is missing. */
  readonly grades: readonly { readonly grade: Grade | 'not known'; readonly councils: number }[];
}

function distribution(area: string, latest: readonly PublishedInspection[]): GradeDistribution {
  const grades = [...GRADES, 'not known' as const].map((grade) => ({
    grade,
    councils: latest.filter((p) => (overallGrade(p.judgements) ?? 'not known') === grade).length,
  }));
  return { area, councils: latest.length, grades };
}

/**
 * England's councils by the overall grade of their latest inspection, and each region's. Councils are
 * placed in regions by the local authority lookup (src/core/benchmarks/councils.ts).
 */
export function gradeDistributions(history: readonly PublishedInspection[]): { england: GradeDistribution; regions: GradeDistribution[] } {
  const latest = [...latestInspections(history).values()];
  const regions = [...new Set(COUNCILS.map((c) => c.region))].sort();
  return {
    england: distribution('England', latest),
    regions: regions.map((r) => distribution(r, latest.filter((p) => council(p.la)?.region === r))),
  };
}
