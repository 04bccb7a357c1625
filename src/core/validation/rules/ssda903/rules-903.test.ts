import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { it } from 'node:test';
import { reference } from '../../../../testing/shared-reference.ts';
import { rows903 } from './rules-903.ts';

it('is the DfE rule table, row for row: code, message, fields, years and tables (the defined_in column is left out)', () => {
  const [head, ...lines] = readFileSync(reference('903-rules.tsv'), 'utf8').trim().split('\n');
  assert.deepEqual(head!.split('\t'), ['code', 'message', 'affected_fields', 'collection_years', 'tables', 'defined_in']);
  const table = lines.map((l) => l.split('\t').slice(0, 5));
  assert.equal(rows903.length, table.length);
  assert.deepEqual(rows903.map((r) => [...r]), table);
});
