import { ageOn } from '../../../model/dates.ts';
import { meta903 } from './rules-metadata.ts';
import { at, dobOf, tableRule, type Ssda903Rule } from './ssda903-rule.ts';

/** A placement does not change because of custody (CUSTOD) for a child under 10 (the age of criminal responsibility) on the day it ended. */
export const rule: Ssda903Rule = tableRule(meta903('234'), 'episodes', (row, _context, report, child) => {
  const dob = dobOf(child);
  const on = row.DEC ?? row.DECOM;
  if (row.REASON_PLACE_CHANGE !== 'CUSTOD' || dob === null || on === null) return;
  if (ageOn(dob, on) < 10) report(at.episode(row, 'REASON_PLACE_CHANGE'), child.facts.header ? [at.header(child.facts.header, 'DOB')] : []);
});
