/**
 * Default weekly costs per cost item, in pounds. Every figure is a placeholder: these are the public
 * care-demand model's shipped defaults (SocialFinanceDigitalLabs/cs-demand-model-regional, snapshot of
 * 2026-05-22), which its own guide says are not real prices. No published per-item weekly figure was at
 * hand when this file was written; a council must enter its own costs (external residential care
 * typically costs several times the £1,000 shown).
 */
export interface DefaultCost {
  readonly item: string;
  readonly weekly: number;
  readonly placeholder: boolean;
  readonly source: string;
  readonly date: string;
}

const SOURCE = 'cs-demand-model-regional default (placeholder, not a published figure)';
const DATE = '2026-05-22';

export const defaultWeeklyCosts: readonly DefaultCost[] = [
  { item: 'Fostering (Friend/Relative)', weekly: 100 },
  { item: 'Fostering (In-house)', weekly: 150 },
  { item: 'Fostering (IFA)', weekly: 250 },
  { item: 'Residential (In-house)', weekly: 1000 },
  { item: 'Residential (External)', weekly: 1000 },
  { item: 'Supported accommodation', weekly: 1000 },
  { item: 'Secure home', weekly: 1000 },
  { item: 'Placed with family', weekly: 1000 },
  { item: 'Other', weekly: 1000 },
].map((c) => ({ ...c, placeholder: true, source: SOURCE, date: DATE }));
