import type { Finding } from '../../results.ts';

/** The related cells of a finding, as `Table.FIELD=value`, for short assertions. */
export function relatedOf(f: Finding | undefined): string[] {
  return (f?.related ?? []).map((c) => `${c.table}.${c.field}=${c.value ?? 'null'}`);
}
