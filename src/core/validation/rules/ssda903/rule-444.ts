import { duplicates } from '../../duplicates.ts';
import { meta903 } from './rules-metadata.ts';
import { at, code, type Ssda903Rule } from './ssda903-rule.ts';

/** The codes for an unknown UPN, which many children share. */
const UNKNOWN = /^UN\d$/i;

/** A child's UPN as compared (capitals, trimmed); null when none is given or it is a code for an unknown UPN. */
function upnOf(header: { readonly UPN: string | null } | null): string | null {
  const upn = code(header?.UPN ?? null)?.toUpperCase();
  return upn === undefined || UNKNOWN.test(upn) ? null : upn;
}

/**
 * No two children share a UPN. Each holder of a shared UPN is flagged, with the other holders as related
 * cells; the run keeps one small cell per UPN, not the children.
 */
export const rule: Ssda903Rule = {
  meta: meta903('444', undefined, { howToFix: 'Check the UPN: another child in the return has the same one.' }),
  start: () => duplicates((child) => upnOf(child.facts.header), (child) => child.facts.header!, (header) => at.header(header, 'UPN'), (child) => child.CHILD),
};
