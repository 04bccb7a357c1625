import { meta903 } from './rules-metadata.ts';
import { at, code, type Ssda903Rule, tableRule } from './ssda903-rule.ts';

/** Each short break under V3 is one episode: a V3 episode always starts a period of care (RNE S), never continues one with a move. */
export const rule: Ssda903Rule = tableRule(
  meta903('366', undefined, { howToFix: 'Record each short break as its own episode with reason for new episode S.' }),
  'episodes',
  (row, _context, report) => {
    const rne = code(row.RNE);
    if (code(row.LS) === 'V3' && rne !== null && rne !== 'S') report(at.episode(row, 'RNE'), [at.episode(row, 'LS')]);
  },
);
