import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { ValidationReport } from '../core/validation/results.ts';

/**
 * Golden per-rule results: for each rule, its status and how many findings it made on a reference file.
 * A change to any rule's behaviour on the samples shows as a diff here. Regenerate deliberately with
 * UPDATE_GOLDENS=1 and review the diff before committing it.
 */
export type Golden = Record<string, string>;

export function goldenOf(report: ValidationReport): Golden {
  const golden: Golden = {};
  for (const o of report.outcomes) {
    const key = o.code in golden ? `${o.code} (${o.message})` : o.code;
    golden[key] = o.status === 'ran' ? `ran: ${o.findings}` : o.status === 'failed' ? `FAILED: ${o.error}` : `${o.status}: ${o.reason}`;
  }
  return golden;
}

export function assertGolden(actual: Golden, file: string): void {
  if (process.env.UPDATE_GOLDENS || !existsSync(file)) {
    writeFileSync(file, `${JSON.stringify(actual, null, 2)}\n`);
    if (!process.env.UPDATE_GOLDENS) throw new Error(`${file} did not exist and has been written: review it and run again`);
    return;
  }
  assert.deepEqual(actual, JSON.parse(readFileSync(file, 'utf8')) as Golden);
}
