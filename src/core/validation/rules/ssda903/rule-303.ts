import { meta903 } from './rules-metadata.ts';
import { at, childRule, type Ssda903Rule } from './ssda903-rule.ts';
import { hasUascCode } from './uasc-status.ts';

/**
 * A date UASC status ceased (DUC) is given only for a child whose header codes UASC status 1. Only the XML
 * layout codes the status in the header; in the CSV layout a DUC sits on the child's uasc row, which is
 * itself the status, so the rule needs the header's code and is skipped for CSV returns.
 */
export const rule: Ssda903Rule = childRule(
  meta903('303', undefined, { howToFix: 'Code UASC status 1 for a child with a date UASC status ceased, or remove the date.', needs: ['header-uasc'] }),
  (child, _context, report) => {
    const header = child.facts.header;
    if (!header || !hasUascCode(header) || header.UASC?.trim() === '1') return;
    const ceased = child.uasc.find((r) => r.DUC !== null);
    if (ceased) report(at.header(header, 'UASC'), [at.uasc(ceased, 'DUC')]);
  },
  ['uasc'],
);
