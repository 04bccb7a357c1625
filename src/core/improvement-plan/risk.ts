import type { Risk } from './plan.ts';

export type RiskRag = 'red' | 'amber' | 'green' | 'closed';

export const RISK_RAG_NAMES: Readonly<Record<RiskRag, string>> = { red: 'High', amber: 'Medium', green: 'Low', closed: 'Closed' };

/** The words for each point of the two scales, as risk registers use them. */
export const LIKELIHOOD_WORDS = ['Rare', 'Unlikely', 'Possible', 'Likely', 'Almost certain'] as const;
export const IMPACT_WORDS = ['Negligible', 'Minor', 'Moderate', 'Major', 'Severe'] as const;

/** Likelihood × impact, each 1–5: 1 to 25. */
export const riskScore = (risk: Pick<Risk, 'likelihood' | 'impact'>): number => risk.likelihood * risk.impact;

/**
 * The usual 5 × 5 risk matrix of English public services (the NPSA's "A risk matrix for risk
 * managers": 1–3 low, 4–6 moderate, 8–12 high, 15–25 extreme), folded into three bands for a
 * weekly board: 15 and over red, 8–12 amber, up to 6 green (low and moderate risks are watched, not
 * escalated). No product of two numbers from 1 to 5 falls between 6 and 8 or between 12 and 15.
 */
export const RISK_RED_FROM = 15;
export const RISK_AMBER_FROM = 8;

export function riskRag(risk: Pick<Risk, 'likelihood' | 'impact' | 'status'>): RiskRag {
  if (risk.status === 'closed') return 'closed';
  const score = riskScore(risk);
  return score >= RISK_RED_FROM ? 'red' : score >= RISK_AMBER_FROM ? 'amber' : 'green';
}

/** Open risks, highest score first (then highest impact: a severe, unlikely risk before a likely, minor one). */
export function byScore<R extends Risk>(risks: readonly R[]): R[] {
  return risks.filter((r) => r.status === 'open').sort((a, b) => riskScore(b) - riskScore(a) || b.impact - a.impact || a.id - b.id);
}
