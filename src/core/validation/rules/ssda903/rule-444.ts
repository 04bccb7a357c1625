import type { Cell } from '../../types.ts';
import { meta903 } from './rules-metadata.ts';
import { at, code, type Ssda903Rule } from './ssda903-rule.ts';

/** The codes for an unknown UPN, which many children share. */
const UNKNOWN = /^UN\d$/i;

/**
 * No two children share a UPN. Each holder of a shared UPN is flagged, with the other holders as related
 * cells; the run keeps one small cell per UPN, not the children.
 */
export const rule: Ssda903Rule = {
  meta: meta903('444', undefined, { howToFix: 'Check the UPN: another child in the return has the same one.' }),
  start: () => {
    const holders = new Map<string, Cell[]>();
    return {
      record: (child) => {
        const header = child.facts.header;
        const upn = code(header?.UPN ?? null)?.toUpperCase();
        if (!header || upn === undefined || UNKNOWN.test(upn)) return;
        const cell = { ...at.header(header, 'UPN'), child: child.CHILD };
        const list = holders.get(upn);
        if (list) list.push(cell);
        else holders.set(upn, [cell]);
      },
      finish: (report) => {
        for (const list of holders.values()) {
          if (list.length < 2) continue;
          for (const { child, ...cell } of list) report(cell, list.filter((c) => c.child !== child), child);
        }
      },
    };
  },
};
