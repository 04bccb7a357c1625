import { completedWithHealth } from './oc2-rules.ts';
import { meta903 } from './rules-metadata.ts';
import type { Ssda903Rule } from './ssda903-rule.ts';

/** A child with conviction information has the four health fields completed too. */
export const rule: Ssda903Rule = completedWithHealth(meta903('544'), 'CONVICTED');
