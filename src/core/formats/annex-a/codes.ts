import { normaliseSpelling } from './spelling.ts';
import { annexASpellings } from './spellings.ts';
import { annexACodeLists } from './template.ts';
import type { AnnexACode } from './types.ts';

const lookups = new Map<string, Map<string, AnnexACode>>();

/** Every spelling of a list, normalised, to its code: Ofsted's labels, the bare codes, then councils' spellings. */
function lookup(list: string): Map<string, AnnexACode> {
  let map = lookups.get(list);
  if (map) return map;
  map = new Map();
  const codes = annexACodeLists[list] ?? [];
  const byLabel = new Map(codes.map((c) => [c.label, c]));
  for (const [spelling, label] of Object.entries(annexASpellings[list] ?? {})) {
    const code = byLabel.get(label);
    if (code) map.set(spelling, code);
  }
  // Ofsted's own labels and codes win over any council's spelling.
  for (const c of codes) {
    map.set(normaliseSpelling(c.code), c);
    map.set(normaliseSpelling(c.label), c);
  }
  lookups.set(list, map);
  return map;
}

/** The code a cell's text stands for in a code list, or null when no known spelling matches. */
export function codeFor(list: string, text: string): AnnexACode | null {
  const map = lookup(list);
  const s = normaliseSpelling(text);
  return map.get(s) ?? map.get(s.replace(/\.0$/, '')) ?? map.get(leadingCode(s)) ?? null;
}

/** A label of another template year: `e) PR4 - Private provision` names PR4 whatever the words after it. */
function leadingCode(s: string): string {
  return /^(?:[a-z]{1,2}\)\s*)?([a-z0-9]{1,6})\s*[:-]\s/.exec(s)?.[1] ?? '';
}

/** Ofsted's label for a DfE code (`WBRI` → `a) WBRI`), or null when the list has no such code. */
export function labelFor(list: string, code: string): string | null {
  return lookup(list).get(normaliseSpelling(code))?.label ?? null;
}

/** A DfE code exactly as the list holds it (any case in, the list's spelling out), or null when the list has no such code. */
export function exactCode(list: string, code: string | number | boolean | null | undefined): string | null {
  if (code === null || code === undefined || code === '') return null;
  const wanted = String(code).toLowerCase();
  return annexACodeLists[list]?.find((c) => c.code.toLowerCase() === wanted)?.code ?? null;
}
