import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { dataMapFile, generate, schemaFile } from '../../../../scripts/generate-annex-a.ts';
import { annexACodeLists, annexALists } from './template.ts';

const here = (name: string) => readFileSync(new URL(name, import.meta.url), 'utf8');

describe('Annex A template (generated from the LIIA spec files)', () => {
  const schemaText = readFileSync(schemaFile, 'utf8');
  const dataMapText = readFileSync(dataMapFile, 'utf8');

  it('is exactly what the generator makes from the spec files today', () => {
    const out = generate(schemaText, dataMapText);
    assert.equal(here('./template.ts'), out.template);
    assert.equal(here('./spellings.ts'), out.spellings);
  });

  it("has Ofsted's eleven lists, named List 1 … List 11, with the spec's headings in the spec's order", () => {
    const schema = parse(schemaText, { maxAliasCount: -1, merge: true }) as { column_map: Record<string, Record<string, unknown>> };
    assert.deepEqual(annexALists.map((l) => l.sheet), Array.from({ length: 11 }, (_, i) => `List ${i + 1}`));
    for (const list of annexALists) assert.deepEqual(list.columns.map((c) => c.heading), Object.keys(schema.column_map[`list_${list.list}`]!), `list ${list.list}`);
  });

  it("holds Ofsted's drop-down labels as data-map.yml gives them, each with its DfE code", () => {
    const dataMap = parse(dataMapText, { maxAliasCount: -1, merge: true }) as { data_config: Record<string, Record<string, { code: string }[]>> };
    const labels = new Set(Object.values(dataMap.data_config).flatMap((l) => Object.values(l).flatMap((codes) => codes.map((c) => String(c.code).trim()))));
    for (const [name, codes] of Object.entries(annexACodeLists)) for (const c of codes) assert.ok(labels.has(c.label), `${name}: ${c.label}`);
    assert.equal(annexACodeLists.Ethnicity!.length, 20);
    assert.deepEqual(annexACodeLists.Ethnicity!.slice(0, 2), [{ label: 'a) WBRI', code: 'WBRI' }, { label: 'b) WIRI', code: 'WIRI' }]);
    assert.ok(annexACodeLists['Contact Source']!.some((c) => c.label === 'q) 6: Police' && c.code === '6'));
    assert.ok(annexACodeLists["Child's Legal Status"]!.some((c) => c.label === 'C2: FCO' && c.code === 'C2'));
    // Every coded column names a list that exists.
    for (const list of annexALists) for (const c of list.columns) if (c.type === 'category') assert.ok(annexACodeLists[c.codes!], `${list.sheet} ${c.heading}`);
  });
});
