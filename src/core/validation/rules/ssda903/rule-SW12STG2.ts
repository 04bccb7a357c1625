import { variants903 } from './rules-metadata.ts';
import { firstInCareThisYear } from './episodes.ts';
import { at, childRule, type Ssda903Rule } from './ssda903-rule.ts';

/**
 * For a child looked after on 31 March (the DfE's CLA_AT_31_MARCH, so not on short breaks that day) the
 * social worker episodes of the whole year are reported, before care began too. The return shows only when
 * the child was looked after, not since when they had a social worker, so what can be checked is that the
 * episodes reach back to the first day of the year the child was looked after (other than under short
 * breaks): 1 April for a child in care then, else the day care began. A child who came into care during
 * the year may have had no social worker before (e.g. first referred that day); one who had is not
 * flagged, as the return cannot show it. The 2024/25 variant's change was not found in the sources
 * available, so both variants share this logic.
 */
export const rules: Ssda903Rule[] = variants903('SW12STG2').map((meta) =>
  childRule(meta, (child, context, report) => {
    if (!child.facts.lookedAfterAt31March) return;
    const earliest = child.facts.socialWorkers[0];
    if (earliest === undefined) return;
    const firstInCare = firstInCareThisYear(child, context);
    if (firstInCare === undefined) return;
    const from = firstInCare.DECOM! > context.collectionStart ? firstInCare.DECOM! : context.collectionStart;
    if (earliest.SW_DECOM! > from) report(at.socialWorker(earliest, 'SW_DECOM'), [at.episode(firstInCare, 'DECOM')]);
  }),
);
