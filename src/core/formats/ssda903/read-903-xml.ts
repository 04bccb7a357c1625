import type { ReadProblem } from '../../model/problem.ts';
import type { Ssda903TableName } from '../../model/ssda903.ts';
import { XmlTokenizer } from '../xml/xml-tokenizer.ts';
import type { CsvRows } from './csv-rows.ts';
import { layouts903 } from './tables.ts';

/**
 * The SSDA903 XML layout (`EXPSSDA903/CHILD/HEADER…/EPISODE…`, datasets.md §2.2) turned into the same
 * rows the CSV tables give, so that one table reader checks both layouts alike. Each row's line is the
 * line of the XML element it came from.
 */
export function tablesFrom903Xml(text: string, file: string): { tables: Map<Ssda903TableName, CsvRows>; headerUasc: (string | null)[]; problems: ReadProblem[] } {
  const problems: ReadProblem[] = [];
  const headerUasc: (string | null)[] = [];
  const rows = new Map<Ssda903TableName, { rows: string[][]; lines: number[] }>();
  const add = (table: Ssda903TableName, values: Record<string, string>, line: number) => {
    let t = rows.get(table);
    if (!t) {
      t = { rows: [layouts903[table].columns.map((c) => c.name)], lines: [1] };
      rows.set(table, t);
    }
    t.rows.push(layouts903[table].columns.map((c) => values[c.name] ?? ''));
    t.lines.push(line);
  };

  const path: string[] = [];
  let textValue = '';
  let child: Record<string, string> = {};
  let group: Record<string, string> = {};
  let groupLine = 0;
  let childLine = 0;
  const pending: { table: Ssda903TableName; values: Record<string, string>; line: number }[] = [];

  function open(name: string, line: number): void {
    path.push(name);
    textValue = '';
    if (name === 'CHILD' && path.length === 2) {
      child = {};
      childLine = line;
      pending.length = 0;
    } else if (['AREVIEW', 'AMISSING', 'PERMANENCE', 'OC2', 'AD_PLACED', 'EPISODE'].includes(name)) {
      group = {};
      groupLine = line;
    }
  }

  function close(name: string): void {
    path.pop();
    const value = textValue.trim();
    textValue = '';
    const parent = path[path.length - 1];
    switch (name) {
      case 'AREVIEW': pending.push({ table: 'reviews', values: group, line: groupLine }); return;
      case 'AMISSING': pending.push({ table: 'missing', values: group, line: groupLine }); return;
      case 'PERMANENCE': pending.push({ table: 'previous_permanence', values: group, line: groupLine }); return;
      case 'OC2': pending.push({ table: 'oc2', values: group, line: groupLine }); return;
      case 'AD_PLACED': pending.push({ table: 'placed_for_adoption', values: group, line: groupLine }); return;
      case 'EPISODE': pending.push({ table: 'episodes', values: group, line: groupLine }); return;
      case 'CHILD':
        if (path.length === 1) flushChild();
        return;
    }
    const field = name === 'CHILDID' ? 'CHILD' : name === 'PL' ? 'PLACE' : name;
    if (parent === 'HEADER') child[field] = value;
    else if (parent && parent !== 'CHILD' && parent !== 'EXPSSDA903') group[field] = value;
  }

  function flushChild(): void {
    const id = { CHILD: child.CHILD ?? '', DOB: child.DOB ?? '' };
    add('header', child, childLine);
    // UASC status is a header item only in this layout (the CSV header has no such column): kept beside the rows, in header order.
    headerUasc.push(child.UASC || null);
    if (child.UASC === '1' || child.DUC) add('uasc', { ...id, SEX: child.SEX ?? '', DUC: child.DUC ?? '' }, childLine);
    if (child.IN_TOUCH || child.ACTIV || child.ACCOM) add('oc3', { ...id, ...child }, childLine);
    if (child.DATE_INT || child.DATE_MATCH) add('ad1', { ...id, ...child }, childLine);
    for (const p of pending) add(p.table, { ...id, ...p.values }, p.line);
  }

  const tokenizer = new XmlTokenizer({
    openTag: open,
    closeTag: close,
    text: (t) => void (textValue += t),
    cdata: (t) => void (textValue += t),
    error: (error) => void problems.push({
      severity: 'error',
      kind: error.kind === 'doctype' ? 'forbidden-construct' : 'not-well-formed',
      file,
      line: error.line,
      message: `the XML could not be read past this point. ${error.message}`,
    }),
  });
  tokenizer.write(text);
  tokenizer.end();
  return { tables: new Map([...rows].map(([t, r]) => [t, { ...r, errors: [] }])), headerUasc, problems };
}
