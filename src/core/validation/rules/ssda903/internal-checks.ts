import type { Ssda903TableName, Ssda903Tables } from '../../../model/ssda903.ts';
import type { RuleMeta } from '../../types.ts';
import { at, cellIn, childRule, type Column, type Ssda903Rule } from './ssda903-rule.ts';

/**
 * The DfE's internal checks (INT01–INT36) that hold a return's tables together: every child of a table
 * is in Header, repeats Header's date of birth, and appears once in the tables with one row per child.
 * Each is the same check over a different table, so each code's module names its table here.
 */

/** Tables whose rows repeat the child's DOB. */
type WithDob = { [T in Ssda903TableName]: 'DOB' extends Column<T> ? T : never }[Ssda903TableName];

/** A child with rows in `table` but none in Header: one finding per child, at its first row. */
export function inHeaderRule(meta: RuleMeta, table: Ssda903TableName): Ssda903Rule {
  return childRule(meta, (child, _context, report) => {
    const first = child[table][0];
    if (first !== undefined && child.header.length === 0) report(cellIn(table, first as never, 'CHILD' as never));
  }, [table]);
}

/** Each row of `table` whose DOB is not Header's (blank or unreadable counts as different); not checked without a readable Header DOB. */
export function sameDobRule(meta: RuleMeta, table: WithDob): Ssda903Rule {
  return childRule(meta, (child, _context, report) => {
    const header = child.facts.header;
    if (header === null || header.DOB === null) return;
    const rows = child[table] as readonly Ssda903Tables[WithDob][number][];
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i]!;
      if (row.DOB !== header.DOB) report(cellIn(table, row as never, 'DOB' as never), [at.header(header, 'DOB')]);
    }
  }, [table]);
}

/** Each row of `table` after a child's first: the table has one row per child. */
export function onceRule(meta: RuleMeta, table: Ssda903TableName): Ssda903Rule {
  return childRule(meta, (child, _context, report) => {
    const rows = child[table] as readonly Ssda903Tables[Ssda903TableName][number][];
    if (rows.length < 2) return;
    const first = [cellIn(table, rows[0] as never, 'CHILD' as never)];
    for (let i = 1; i < rows.length; i++) report(cellIn(table, rows[i] as never, 'CHILD' as never), first);
  }, [table]);
}
