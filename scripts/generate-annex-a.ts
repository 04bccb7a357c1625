// Writes src/core/formats/annex-a/template.ts (Ofsted's Annex A lists, headings, types and drop-down
// codes) and src/core/formats/annex-a/spellings.ts (councils' spellings of those codes) from the LIIA
// spec files: run `node scripts/generate-annex-a.ts` when they change, and commit the output.
// Headings and order come from liia-tools-pipeline's Annex_A_schema.yml (the current template); the
// drop-down codes from liia-tools' data-map.yml (Ofsted's own, fine-grained codes: the pipeline maps
// some lists, such as ethnicity, to coarser groups, which would lose the DfE code).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { normaliseSpelling } from '../src/core/formats/annex-a/spelling.ts';

const specs = join(import.meta.dirname, '../../shared/reference/specs');
export const schemaFile = join(specs, 'liia-tools-pipeline/annex_a_pipeline/spec/Annex_A_schema.yml');
export const dataMapFile = join(specs, 'liia-tools/spec/annex_a/data-map.yml');
const outDir = join(import.meta.dirname, '../src/core/formats/annex-a');

interface SchemaColumn {
  string?: string;
  date?: string;
  numeric?: { type?: string };
  category?: { code: string; name?: (string | number | boolean)[] }[];
  header_regex?: string[];
  canbeblank?: boolean;
}
interface DataMapCode { code: string; name?: string; regex?: string | string[] }

export const SUBJECTS = [
  'Contacts', 'Early help', 'Referrals', 'Assessments', 'Section 47 enquiries and ICPCs', 'Children in need',
  'Child protection', 'Children in care', 'Care leavers', 'Adoption', 'Adopters',
];

/** data-map.yml names some headings differently from the template; these are the same columns. */
const DATA_MAP_HEADING: Record<string, string> = {
  'case status': 'Case Status', 'eligibity category': 'Eligibility Category', 'type of accommodation': 'Type of Accommodation',
  'suitability of accomodation': 'Suitability of Accommodation', 'referral nfa?': 'yes/no',
};
/** Columns the pipeline holds as categories but whose values are free text in the template (LA names, outcome names). */
const FREE_TEXT = new Set(['LA of Placement', "Was the child assessed as requiring LA children's social care support?"]);

/** The DfE code inside an Ofsted label: `a) WBRI` → WBRI, `q) 6: Police` → 6, `N1 - Abuse` → N1; else the label's words. */
export function dfeCodeOf(label: string): string {
  const rest = label.replace(/^[a-z]{1,2}\)\s*/, '').trim();
  const coded = /^([A-Z0-9]{1,6})\s*(?::|-|–)\s/.exec(rest);
  if (coded) return coded[1]!;
  return rest;
}

function toRegExp(text: string): RegExp {
  // One pattern in the schema has stray text after its closing slash; it is not part of the pattern.
  const m = /^\/(.*)\/([a-z]*)(?:\s.*)?$/.exec(text.trim());
  return m ? new RegExp(m[1]!, m[2]) : new RegExp(text, 'i');
}

interface Code { label: string; code: string; patterns: RegExp[] }

/** Ofsted's codes per code list, named by the template heading that uses it (yes/no shared). */
function codeLists(dataMap: Record<string, Record<string, DataMapCode[]>>): { lists: Map<string, Code[]>; listOf: Map<string, string> } {
  const lists = new Map<string, Code[]>();
  // Headings sharing one drop-down (Contact Source and Referral Source) share one list, named by the first.
  const listOf = new Map<string, string>();
  const byLabels = new Map<string, string>();
  for (const columns of Object.values(dataMap)) {
    for (const [heading, codes] of Object.entries(columns)) {
      const name = DATA_MAP_HEADING[heading.toLowerCase()] ?? (isYesNo(codes) ? 'yes/no' : heading);
      if (FREE_TEXT.has(name) || listOf.has(name)) continue;
      const labels = JSON.stringify(codes.map((c) => String(c.code).trim()).sort());
      const same = byLabels.get(labels);
      listOf.set(name, same ?? name);
      if (same) continue;
      byLabels.set(labels, name);
      lists.set(name, codes.map((c) => ({
        label: String(c.code).trim(),
        code: dfeCodeOf(String(c.code).trim()),
        // Letter prefixes move between template years, so they prove nothing about a value.
        patterns: [c.regex ?? []].flat().map(String).filter((r) => !/^\/(\.\*)?[a-z]\\\)/.test(r)).map(toRegExp),
      })));
    }
  }
  return { lists, listOf };
}

function isYesNo(codes: DataMapCode[]): boolean {
  return codes.length > 0 && codes.every((c) => /^[a-c]\) (Yes|No|Unknown)$/.test(String(c.code)));
}

/** The code a council's spelling stands for, or null when it cannot be told for certain. */
export function resolveSpelling(spelling: string, codes: readonly Code[], useRegex = true): Code | null {
  const s = normaliseSpelling(spelling);
  if (s === '') return null;
  const exact = codes.find((c) => normaliseSpelling(c.label) === s || c.code.toLowerCase() === s);
  if (exact) return exact;
  const tokens = new Set(spelling.toUpperCase().split(/[^A-Z0-9]+/));
  const named = codes.filter((c) => /^[A-Z0-9]{2,6}$/.test(c.code) && /[A-Z]/.test(c.code) && tokens.has(c.code));
  if (named.length === 1) return named[0]!;
  if (named.length > 1 || !useRegex) return null;
  return codes.find((c) => c.patterns.some((p) => p.test(spelling.trim()))) ?? null;
}

function columnType(heading: string, c: SchemaColumn, list: string | null): string {
  if (/child unique id|individual adopter identifier/i.test(heading)) return 'id';
  if (list) return 'category';
  if (c.date || /^date|date$|\bdate\b/i.test(heading)) return 'date';
  if (/^age\b/i.test(heading)) return 'age';
  if (c.numeric || /^(number|no\.) /i.test(heading)) return 'integer';
  if (c.string === 'postcode') return 'postcode';
  return 'text';
}

export function generate(schemaText: string, dataMapText: string): { template: string; spellings: string; unresolved: number; resolved: number } {
  const schema = parse(schemaText, { maxAliasCount: -1, merge: true }) as { column_map: Record<string, Record<string, SchemaColumn>> };
  const dataMap = parse(dataMapText, { maxAliasCount: -1, merge: true }) as { data_config: Record<string, Record<string, DataMapCode[]>> };
  const { lists, listOf } = codeLists(dataMap.data_config);
  const spellings = new Map<string, Map<string, string>>();
  let unresolved = 0;
  let resolved = 0;
  const templateLists = Object.entries(schema.column_map).map(([key, columns], i) => {
    const number = Number(key.replace('list_', ''));
    return {
      list: number,
      sheet: `List ${number}`,
      subject: SUBJECTS[i]!,
      columns: Object.entries(columns).map(([heading, c]) => {
        const listName = c.category && !FREE_TEXT.has(heading) ? (listOf.get(heading) ?? 'yes/no') : null;
        const type = columnType(heading, c, listName);
        if (listName) {
          const codes = lists.get(listName)!;
          const map = spellings.get(listName) ?? new Map<string, string>();
          spellings.set(listName, map);
          for (const group of c.category!) {
            // A pipeline code that is itself one of Ofsted's codes speaks for all its spellings; a coarser
            // group (e.g. `a) White`) does not, so each spelling must then name its code on its own.
            const whole = resolveSpelling(String(group.code), codes, false);
            for (const name of group.name ?? []) {
              const code = whole ?? resolveSpelling(String(name), codes);
              const key = normaliseSpelling(String(name));
              if (code) {
                if (!map.has(key)) resolved++;
                map.set(key, code.label);
              } else unresolved++;
            }
          }
        }
        return {
          heading,
          type,
          blank: c.canbeblank !== false,
          ...(listName ? { codes: listName } : {}),
          ...(c.header_regex ? { headerPatterns: c.header_regex.map((r) => toRegExp(r).source) } : {}),
        };
      }),
    };
  });
  const codeListObject = Object.fromEntries([...lists].filter(([name]) => spellings.has(name)).map(([name, codes]) => [name, codes.map((c) => ({ label: c.label, code: c.code }))]));
  const template = `// Generated by scripts/generate-annex-a.ts from Annex_A_schema.yml (liia-tools-pipeline) and
// data-map.yml (liia-tools). Do not edit by hand.
import type { AnnexAList, AnnexACode } from './types.ts';

export const annexALists: readonly AnnexAList[] = ${JSON.stringify(templateLists, null, 2)};

export const annexACodeLists: Readonly<Record<string, readonly AnnexACode[]>> = ${JSON.stringify(codeListObject, null, 2)};
`;
  const spellingObject = Object.fromEntries([...spellings].map(([name, map]) => [name, Object.fromEntries([...map].sort())]));
  const spellingText = `// Generated by scripts/generate-annex-a.ts from the spellings councils used in Annex A, as recorded in
// liia-tools-pipeline's Annex_A_schema.yml, each mapped to Ofsted's code where the spelling names it for
// certain (spellings only a coarse group can be told from are left out, so reading them is reported).
// Keys are normalised (see normaliseSpelling). Do not edit by hand.

export const annexASpellings: Readonly<Record<string, Readonly<Record<string, string>>>> = ${JSON.stringify(spellingObject, null, 1)};
`;
  return { template, spellings: spellingText, unresolved, resolved };
}

if (import.meta.main) {
  const out = generate(readFileSync(schemaFile, 'utf8'), readFileSync(dataMapFile, 'utf8'));
  writeFileSync(join(outDir, 'template.ts'), out.template);
  writeFileSync(join(outDir, 'spellings.ts'), out.spellings);
  console.log(`template.ts and spellings.ts written: ${out.resolved} spellings mapped, ${out.unresolved} left to report when read`);
}
