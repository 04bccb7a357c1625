import type { CaseAudit } from './audit.ts';
import type { Grade } from '../inspections/grade.ts';
import { DEFAULT_TEMPLATE } from './template.ts';

/**
 * Hand-made audits for tests: planned by default, graded on the default template. `graded` gives every
 * domain the same grade with evidence; `moderated` adds a moderator's overall (and domain) grade.
 */
export function testAudit(t: Partial<CaseAudit> & { graded?: Grade; submitted?: string; moderated?: Grade; moderatedBy?: string } = {}): CaseAudit {
  const { graded, submitted, moderated, moderatedBy, ...rest } = t;
  const grades = DEFAULT_TEMPLATE.domains.map((d) => ({ domain: d.id, grade: graded ?? null, text: graded ? `Evidence for ${d.title}` : '' }));
  return {
    id: 1, sampleId: 1, childId: 'C1', template: DEFAULT_TEMPLATE, auditor: 'auditor', moderator: null,
    status: moderated ? 'moderated' : submitted ? 'submitted' : 'planned',
    grades, overall: graded ?? null, summary: '', themes: [], submittedAt: submitted ?? null,
    moderation: moderated ? { by: moderatedBy ?? 'moderator', at: submitted ?? '2025-01-01T00:00:00Z', grades: grades.map((g) => ({ domain: g.domain, grade: moderated })), overall: moderated, note: '' } : null,
    updatedBy: 'auditor', updatedAt: submitted ?? '2025-01-01T00:00:00Z',
    ...rest,
  };
}
