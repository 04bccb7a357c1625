import type { CollectionYear } from '../../../model/collection-year.ts';
import type { Ssda903TableName } from '../../../model/ssda903.ts';
import type { Need, RuleMeta } from '../../types.ts';
import { rows903 } from './rules-903.ts';

/**
 * The metadata of every SSDA903 rule, built once from the DfE rule table, so that a rule module imports
 * its meta rather than retyping the DfE's words, and a rule not yet written is still declared (pending).
 */

/** The model's table for each of the DfE's table names (the rule table spells some of them loosely). */
const TABLES: Readonly<Record<string, Ssda903TableName>> = {
  header: 'header',
  episodes: 'episodes',
  reviews: 'reviews',
  uasc: 'uasc',
  oc2: 'oc2',
  oc2s: 'oc2',
  oc3: 'oc3',
  ad1: 'ad1',
  placedadoption: 'placed_for_adoption',
  prevperm: 'previous_permanence',
  missing: 'missing',
  swepisodes: 'social_worker',
  dolo: 'dolo',
};

/** The need for one table of this year's return. */
export function tableNeed(table: Ssda903TableName): Need {
  return `table:${table}`;
}

/** The need for one table of last year's return. */
export function previousTableNeed(table: Ssda903TableName): Need {
  return `table:previous year's ${table}`;
}

/** Fields the DfE derives from postcodes (distance, LA and location of the placement). */
const POSTCODE_FIELDS = new Set(['PL_DISTANCE', 'PL_LA', 'PL_LOCATION']);

/** What a rule needs besides this year's return, from the tables and fields the DfE names for it. */
function needsOf(tables: readonly string[], fields: readonly string[]): Need[] {
  const needs = new Set<Need>();
  for (const t of tables) {
    if (t === 'Provider Info') {
      needs.add('providers');
      continue;
    }
    const last = /_last$/i.test(t);
    const table = TABLES[t.replace(/_last$/i, '').toLowerCase()];
    if (!table) throw new Error(`Unknown SSDA903 table '${t}' in the rule table`);
    if (last) needs.add('previous-year').add(previousTableNeed(table));
    else needs.add(tableNeed(table));
  }
  if (fields.some((f) => POSTCODE_FIELDS.has(f))) needs.add('postcodes');
  return [...needs];
}

function metaOf([code, message, fields, years, tables]: (typeof rows903)[number]): RuleMeta {
  const fieldList = fields.split(';');
  const tableList = tables.split(';');
  return {
    code,
    message,
    // The DfE's 903 rule table has no queries: every rule is an error.
    severity: 'error',
    fields: [...new Set(fieldList)],
    tables: tableList,
    years: years.split(',') as CollectionYear[],
    howToFix: `Check ${[...new Set(fieldList)].join(', ')} against the case record and correct the return.`,
    needs: needsOf(tableList, fieldList),
  };
}

const byCode = new Map<string, RuleMeta[]>();
for (const row of rows903) {
  const meta = metaOf(row);
  const variants = byCode.get(meta.code);
  if (variants) variants.push(meta);
  else byCode.set(meta.code, [meta]);
}

/** Every SSDA903 code, each with its variants (a new variant where the DfE changed the message or logic). */
export const metadata903: ReadonlyMap<string, readonly RuleMeta[]> = byCode;

/** The variants of one rule; throws for a code the DfE does not have, so a typo shows at load. */
export function variants903(code: string): readonly RuleMeta[] {
  const variants = byCode.get(code);
  if (!variants) throw new Error(`No SSDA903 rule ${code}`);
  return variants;
}

/**
 * The meta of a rule with one variant, or of the variant in force in `year`; `extra` adds to it (a
 * plainer how-to-fix, an input the DfE's table does not name such as the UASC table behind UASC status).
 */
export function meta903(code: string, year?: CollectionYear, extra: { howToFix?: string; needs?: readonly Need[] } = {}): RuleMeta {
  const variants = variants903(code);
  if (year === undefined && variants.length > 1) throw new Error(`Rule ${code} has ${variants.length} variants: name the year`);
  const meta = year === undefined ? variants[0]! : variants.find((v) => v.years.includes(year));
  if (!meta) throw new Error(`Rule ${code} is not in force in ${year}`);
  return {
    ...meta,
    ...(extra.howToFix ? { howToFix: extra.howToFix } : {}),
    needs: [...new Set([...(meta.needs ?? []), ...(extra.needs ?? [])])],
  };
}
