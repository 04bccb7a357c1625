import { meta903 } from './rules-metadata.ts';
import { at, childRule, type Ssda903Rule } from './ssda903-rule.ts';
import { identifiedAsUasc } from './uasc-status.ts';

/**
 * A date UASC status ceased (DUC) this year belongs to a child identified as UASC this year or last year.
 * This year's status is the header's code (1), which only the XML layout carries: in the CSV layout a DUC
 * sits on a uasc row, which itself identifies the child, so the rule needs the header's code. Last year's
 * status is read from whichever layout last year's return had; a child not in it was not identified then.
 */
export const rule: Ssda903Rule = childRule(
  meta903('205C', undefined, { howToFix: 'Code UASC status 1 this year, or last year’s return, for a child with a date UASC status ceased; or remove the date.', needs: ['header-uasc'] }),
  (child, _context, report) => {
    const ceased = child.uasc.find((r) => r.DUC !== null);
    if (!ceased || identifiedAsUasc(child) || identifiedAsUasc(child.previous!)) return;
    const header = child.facts.header;
    report(at.uasc(ceased, 'DUC'), header ? [at.header(header, 'UASC')] : []);
  },
  ['uasc'],
);
