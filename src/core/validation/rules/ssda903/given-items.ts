import type { Cell, Report } from '../../types.ts';
import { given } from './ssda903-rule.ts';

/** How the DfE's rules about groups of items being filled in are reported. */

/** A group of items that must all be given or all left blank: each blank one of a group partly given is reported. */
export function completeOrBlank<F extends string>(
  row: { readonly raw?: Partial<Record<F, string>> } & { readonly [K in F]?: unknown },
  fields: readonly F[],
  cell: (field: F) => Cell,
  report: Report,
): void {
  let blanks = 0;
  for (let i = 0; i < fields.length; i++) if (!given(row, fields[i]!)) blanks++;
  if (blanks === 0 || blanks === fields.length) return;
  const related = fields.filter((f) => given(row, f)).map(cell);
  for (let i = 0; i < fields.length; i++) if (!given(row, fields[i]!)) report(cell(fields[i]!), related);
}

/** Reports each cell of `fields` on a row that is not blank. */
export function reportGiven<F extends string>(row: { readonly [K in F]: unknown }, fields: readonly F[], cell: (f: F) => Cell, report: Report, related: readonly Cell[] = []): void {
  for (let i = 0; i < fields.length; i++) {
    const f = fields[i]!;
    const v = row[f];
    if (v !== null && v !== undefined && !(typeof v === 'string' && v.trim() === '')) report(cell(f), related);
  }
}
