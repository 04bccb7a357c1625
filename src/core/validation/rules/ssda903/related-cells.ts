import type { Finding } from '../../results.ts';

/** For tests: the related cells of a finding, as `Table.FIELD=value`, for short assertions (as `cellsOf` gives the finding's own). */
export function relatedOf(f: Finding | undefined): string[] {
  return (f?.related ?? []).map((c) => `${c.table}.${c.field}=${c.value ?? 'null'}`);
}
