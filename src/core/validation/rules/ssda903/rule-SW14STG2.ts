import { meta903, tableNeed } from './rules-metadata.ts';
import { at, childRule, unreadable, type Ssda903Rule } from './ssda903-rule.ts';

/**
 * 2023/24: a child whose care ended during the year (not looked after on 31 March) has no social worker
 * episode left open. Our reading: the DfE's message says only that SW_DEC is blank, and an open episode
 * followed by another is already SW08STG2's, so this is the one for a child who has left care.
 */
export const rule: Ssda903Rule = childRule(meta903('SW14STG2', undefined, { needs: [tableNeed('episodes')] }), (child, _context, report) => {
  if (child.facts.lookedAfterAtYearEnd || child.facts.episodes.length === 0) return;
  for (let i = 0; i < child.social_worker.length; i++) { const row = child.social_worker[i]!; if (row.SW_DEC === null && !unreadable(row, 'SW_DEC')) report(at.socialWorker(row, 'SW_DEC')); }
});
