import { variants903 } from './rules-metadata.ts';
import { at, inYear, tableRule, type Ssda903Rule } from './ssda903-rule.ts';

/**
 * SW_DEC, where given, is in the reporting period: 1 April to 31 March of the collection year. The DfE
 * calls the start "the social worker reporting period"; we take it as the collection year, as the DfE's
 * statistics count social worker changes from 1 April. Its 2024/25 variant's change was not found in the
 * sources available, so both variants share this logic.
 */
export const rules: Ssda903Rule[] = variants903('SW07STG2').map((meta) =>
  tableRule(meta, 'social_worker', (row, context, report) => {
    if (row.SW_DEC !== null && !inYear(context, row.SW_DEC)) report(at.socialWorker(row, 'SW_DEC'));
  }),
);
