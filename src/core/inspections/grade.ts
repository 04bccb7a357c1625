/**
 * Ofsted's four-point scale, spelt as the shared reference data (the national inspection history) spells
 * it. Inspection judgements and the council's own case audits both grade on it, so that audit findings
 * read in the same terms as the judgements. Reports say "Requires improvement to be good"; it is kept as
 * "requires improvement".
 */
export const GRADES = ['outstanding', 'good', 'requires improvement', 'inadequate'] as const;
export type Grade = (typeof GRADES)[number];

export const GRADE_NAMES: Readonly<Record<Grade, string>> = {
  outstanding: 'Outstanding',
  good: 'Good',
  'requires improvement': 'Requires improvement',
  inadequate: 'Inadequate',
};

export function isGrade(value: unknown): value is Grade {
  return typeof value === 'string' && (GRADES as readonly string[]).includes(value);
}
