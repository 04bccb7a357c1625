import type { Cell, Report } from '../../types.ts';
import { given } from './ssda903-rule.ts';

/** A group of items that must all be given or all left blank: each blank one of a group partly given is reported. */
export function completeOrBlank<F extends string>(
  row: { readonly raw?: Partial<Record<F, string>> } & { readonly [K in F]?: unknown },
  fields: readonly F[],
  cell: (field: F) => Cell,
  report: Report,
): void {
  const blanks = fields.filter((f) => !given(row, f));
  if (blanks.length === 0 || blanks.length === fields.length) return;
  const related = fields.filter((f) => !blanks.includes(f)).map(cell);
  for (const f of blanks) report(cell(f), related);
}
