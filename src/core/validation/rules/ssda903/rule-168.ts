import { codesIn } from '../../../codes/code-list.ts';
import { upnUnknown903 } from '../../../codes/ssda903-codes.ts';
import { isUpnShaped } from '../cin/upn.ts';
import { meta903 } from './rules-metadata.ts';
import { at, tableRule, type Ssda903Rule } from './ssda903-rule.ts';

/**
 * UPN is a UPN in shape (a letter, eleven digits, a digit or letter) or an unknown-reason code UN1–UN5; a
 * blank is reported, as the DfE asks for a code when the UPN is unknown. The check letter is not tested:
 * the DfE's rule text asks for the format only.
 */
export const rule: Ssda903Rule = tableRule(meta903('168'), 'header', (row, context, report) => {
  const upn = row.UPN?.trim() ?? '';
  if (isUpnShaped(upn) || codesIn(upnUnknown903, context.endYear).has(upn)) return;
  report(at.header(row, 'UPN'));
});
