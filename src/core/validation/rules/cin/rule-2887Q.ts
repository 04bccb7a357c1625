import { CIN_YEARS, type CinRule } from './cin-rule.ts';

/** A return-level query: the return uses fewer than 8 different disability codes. We count the codes of a disability, not NONE, which records its absence. */
export const rule: CinRule = {
  meta: {
    code: '2887Q',
    message: 'Please check and either amend or provide a reason: Less than 8 disability codes have been used in your return',
    severity: 'query',
    fields: ['Disability'],
    tables: ['Disabilities'],
    years: CIN_YEARS,
    howToFix: 'Check that children\'s disabilities are recorded in full: the return uses fewer than 8 different disability codes.',
  },
  start: () => {
    const used = new Set<string>();
    let children = 0;
    return {
      record(child) {
        children++;
        for (let i = 0; i < child.ChildCharacteristics.Disabilities.length; i++) { const code = child.ChildCharacteristics.Disabilities[i]!; if (code !== 'NONE') used.add(code); }
      },
      finish(report) {
        if (children > 0 && used.size < 8) report({ table: 'Disabilities', field: 'Disability', value: `${used.size} codes used: ${[...used].sort().join(' ') || 'none'}` });
      },
    };
  },
};
