import { variants903 } from './rules-metadata.ts';
import { at, childRule, type Ssda903Rule } from './ssda903-rule.ts';

/**
 * For a child looked after on 31 March the social worker episodes cover the whole year, before care began
 * too: the earliest begins on or before 1 April. A child born after 1 April is not checked (they had no
 * social worker before birth to report). The 2024/25 variant's change was not found in the sources
 * available, so both variants share this logic.
 */
export const rules: Ssda903Rule[] = variants903('SW12STG2').map((meta) =>
  childRule(meta, (child, context, report) => {
    if (!child.facts.lookedAfterAtYearEnd) return;
    const earliest = child.facts.socialWorkers[0];
    const dob = child.facts.header?.DOB ?? null;
    if (earliest === undefined || earliest.SW_DECOM! <= context.collectionStart || (dob !== null && dob > context.collectionStart)) return;
    report(at.socialWorker(earliest, 'SW_DECOM'));
  }),
);
