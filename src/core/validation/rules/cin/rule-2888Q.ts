import { CIN_YEARS, type CinRule } from './cin-rule.ts';

/** A return-level query: children have disabilities recorded but none has more than one. We read the DfE's "only one disability code is recorded per child" as: no child has two or more. */
export const rule: CinRule = {
  meta: {
    code: '2888Q',
    message: 'Please check and either amend or provide a reason: Only one disability code is recorded per child and multiple disabilities should be recorded where possible.',
    severity: 'query',
    fields: ['Disability'],
    tables: ['Disabilities'],
    years: CIN_YEARS,
    howToFix: 'Record every disability a child has, not only the main one.',
  },
  start: () => {
    let withOne = 0;
    let withMore = 0;
    return {
      record(child) {
        const count = child.ChildCharacteristics.Disabilities.filter((d) => d !== 'NONE').length;
        if (count === 1) withOne++;
        else if (count > 1) withMore++;
      },
      finish(report) {
        if (withOne > 0 && withMore === 0) report({ table: 'Disabilities', field: 'Disability', value: `${withOne} children with one disability, none with more` });
      },
    };
  },
};
