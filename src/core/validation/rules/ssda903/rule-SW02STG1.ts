import { variants903 } from './rules-metadata.ts';
import { at, code, type Ssda903Rule, tableRule } from './ssda903-rule.ts';

/** A Social Work England registration number (SW…), or XX… for a worker without one. */
const SOCIAL_WORKER_ID = /^(SW|XX)/;

/**
 * SW_ID, where given, begins SW or XX (in capitals, as the DfE writes them; a blank is SW03/SW01a's).
 * The 2025/26 variant's change was not found in the sources available, so both variants share this logic.
 */
export const rules: Ssda903Rule[] = variants903('SW02STG1').map((meta) =>
  tableRule(meta, 'social_worker', (row, _context, report) => {
    const id = code(row.SW_ID);
    if (id !== null && !SOCIAL_WORKER_ID.test(id)) report(at.socialWorker(row, 'SW_ID'));
  }),
);
