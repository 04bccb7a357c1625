import { meta903 } from './rules-metadata.ts';
import { at, tableRule, type Ssda903Rule } from './ssda903-rule.ts';

const SAME_CARERS = new Set(['S', 'T', 'U']);

/**
 * A placement for adoption with the current foster carers (A3, A5) starts with RNE S, T or U: the child stays
 * with the same carers, so it is not a change of carers (P, B) nor of legal status alone (L). Episodes that
 * began before 1 April 2015 are left out, as the DfE's rule applies from then.
 */
export const rule: Ssda903Rule = tableRule(meta903('217'), 'episodes', (row, _context, report) => {
  if ((row.PLACE === 'A3' || row.PLACE === 'A5') && row.DECOM !== null && row.DECOM >= '2015-04-01' && (row.RNE === null || !SAME_CARERS.has(row.RNE))) {
    report(at.episode(row, 'RNE'), [at.episode(row, 'PLACE')]);
  }
});
