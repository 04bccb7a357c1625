import { codesIn, type CodeListHistory } from '../../../codes/code-list.ts';
import type { Ssda903TableName, Ssda903Tables } from '../../../model/ssda903.ts';
import type { Report, RuleMeta } from '../../types.ts';
import { cellIn, tableRule, unreadable, type Column, type Ssda903Rule } from './ssda903-rule.ts';

/**
 * The two commonest shapes of DfE rule, written once: a date column that must be a real date, and a
 * code column that must hold a code of the year's list. `required` says whether blank also breaks the
 * rule (the DfE's "is invalid or has not been entered") or only a wrong value does ("where given").
 */

type Row<T extends Ssda903TableName> = Ssda903Tables[T][number];

export function validDateRule<T extends Ssda903TableName>(meta: RuleMeta, table: T, field: Column<T>, required: boolean): Ssda903Rule {
  return tableRule(meta, table, (row, _context, report) => {
    const r = row as Row<T> & Record<string, unknown>;
    if (r[field] !== null && r[field] !== undefined) return;
    if (required || unreadable(r, field as never)) report(cellIn(table, row, field));
  });
}

export function validCodeRule<T extends Ssda903TableName>(
  meta: RuleMeta,
  table: T,
  field: Column<T>,
  list: CodeListHistory,
  required: boolean,
): Ssda903Rule {
  return {
    meta,
    reads: [table],
    start(context) {
      const codes = codesIn(list, context.endYear);
      const check = (row: Row<T>, _context: unknown, report: Report): void => {
        const r = row as Row<T> & Record<string, unknown>;
        const value = r[field];
        // A number column that could not be read is null with its text kept: that is a wrong value, not a blank one.
        if (value === null || value === undefined) {
          if (required || unreadable(r, field as never)) report(cellIn(table, row, field));
          return;
        }
        if (!codes.has(typeof value === 'string' ? value.trim() : String(value))) report(cellIn(table, row, field));
      };
      return { rows: table, row: check };
    },
  };
}
