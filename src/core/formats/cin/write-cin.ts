import { normaliseSex } from '../../model/child.ts';
import type { CinChild, CinHeader } from '../../model/cin.ts';
import type { CollectionYear } from '../../model/collection-year.ts';
import { endYearOf, referenceDate } from '../../model/collection-year.ts';
import type { CinNode } from './cin-schema.ts';
import { cinSchema } from './cin-schema.ts';

export interface CinCensusToWrite {
  readonly year: CollectionYear;
  readonly header: CinHeader;
  readonly children: Iterable<CinChild>;
}

/** Children are gathered into chunks of about this many characters: few yields, little held at once. */
const CHUNK = 1 << 16;

type Fields = Readonly<Record<string, unknown>>;

/**
 * Writes a census as CIN XML for its year's schema (element order, GenderCurrent or Sex, CINPlanDates
 * only from 2021/22), as text chunks of one or a few children, so a census of any size streams out.
 * The header's CollectionDetails are filled from the year where the model leaves them empty. What the
 * model holds is written as it is: a model that breaks the schema (a missing ReferralNFA, a bad code)
 * gives a file that breaks it in the same place.
 */
export function* writeCin(census: CinCensusToWrite): Generator<string> {
  const endYear = endYearOf(census.year);
  const root = cinSchema(endYear);
  const [headerNode, childrenNode] = root.children as [CinNode, CinNode];
  const childNode = childrenNode.children[0]!;
  const header: Fields = {
    ...census.header,
    Collection: census.header.Collection ?? 'CIN',
    Year: census.header.Year ?? String(endYear),
    ReferenceDate: census.header.ReferenceDate ?? referenceDate(census.year),
  };
  let out = '<?xml version="1.0" encoding="UTF-8"?>\n<Message>\n';
  out = writeElement(headerNode, header, 1, out);
  out += '  <Children>\n';
  for (const child of census.children) {
    out = writeElement(childNode, child as unknown as Fields, 2, out);
    if (out.length >= CHUNK) {
      yield out;
      out = '';
    }
  }
  yield `${out}  </Children>\n</Message>\n`;
}

const indents = Array.from({ length: 10 }, (_, depth) => '  '.repeat(depth));

/** Appends one element holding `value` (a record for groups, the field's value for leaves) to `out`. */
function writeElement(node: CinNode, value: unknown, depth: number, out: string): string {
  const indent = indents[depth]!;
  const name = node.name;
  const element = node.element;
  if (element.value !== undefined) {
    return value === null || value === undefined ? out : `${out}${indent}<${name}>${formatValue(value)}</${name}>\n`;
  }
  if (element.shape === 'list') {
    const items = value as readonly unknown[] | null | undefined;
    if (!items || (items.length === 0 && !element.nullWhenAbsent)) return out;
    if (items.length === 0) return `${out}${indent}<${name}/>\n`;
    const item = node.children[0]!;
    out += `${indent}<${name}>\n`;
    for (const entry of items) out = writeElement(item, element.itemRecords ? (entry as Fields)[item.field] : entry, depth + 1, out);
    return `${out}${indent}</${name}>\n`;
  }
  const rec = value as Fields;
  if (element.shape === 'fields' && !node.children.some((child) => rec[child.field] !== null && rec[child.field] !== undefined)) return out;
  out += `${indent}<${name}>\n`;
  for (const child of node.children) {
    if (!child.inYear) continue;
    const field = child.field;
    if (child.element.shape === 'fields') {
      out = writeElement(child, rec, depth + 1, out);
    } else if (child.element.shape === 'record' && child.element.repeatable) {
      for (const item of (rec[field] as readonly unknown[] | undefined) ?? []) out = writeElement(child, item, depth + 1, out);
    } else {
      out = writeElement(child, field === 'GenderCurrent' || field === 'Sex' ? sexFor(field, rec) : rec[field], depth + 1, out);
    }
  }
  return `${out}${indent}</${name}>\n`;
}

/**
 * The child's sex in the form the year asks for. GenderCurrent (to 2023/24) and Sex (from 2024/25)
 * say the same thing in different codes, so a child known by one is written with the other when the
 * year needs it: 1/2/0/9 ↔ M/F/U (0 "not recorded or unborn" and 9 "indeterminate" both become U; U
 * becomes 0).
 */
function sexFor(field: 'GenderCurrent' | 'Sex', rec: Fields): string | null {
  const own = rec[field] as string | null | undefined;
  if (own !== null && own !== undefined) return own;
  const other = (field === 'Sex' ? rec.GenderCurrent : rec.Sex) as string | null | undefined;
  if (other === null || other === undefined) return null;
  const sex = normaliseSex(other);
  if (sex === null) return other;
  if (field === 'Sex') return sex;
  return sex === 'M' ? '1' : sex === 'F' ? '2' : '0';
}

/* eslint-disable no-control-regex -- finding the control characters XML 1.0 cannot hold is the point */
const SPECIAL = /[&<>\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
const SPECIALS = /[&<>\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
/* eslint-enable no-control-regex */

function formatValue(value: unknown): string {
  if (typeof value === 'boolean') return value ? '1' : '0';
  const text = String(value);
  return SPECIAL.test(text) ? text.replace(SPECIALS, escapeChar) : text;
}

/** XML's three markup characters as entities; characters XML 1.0 cannot hold at all as U+FFFD. */
function escapeChar(c: string): string {
  return c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '\uFFFD';
}
