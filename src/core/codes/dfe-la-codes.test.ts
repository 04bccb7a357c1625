import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { it } from 'node:test';
import Papa from 'papaparse';
import { reference } from '../../testing/shared-reference.ts';
import { ENGLISH_LA_CODES } from './dfe-la-codes.ts';

/** Councils abolished in 2009 (Bedfordshire, Cheshire) and 2019 (Dorset, Bournemouth) that the lookup file no longer lists. */
const ABOLISHED = ['820', '875', '835', '837'];

it('is the lookup file’s DfE codes plus the abolished councils a child’s earlier order may name', () => {
  const text = readFileSync(reference('local-authorities/Provider_data_lookup.csv'), 'utf8').replace(/^\uFEFF/, '');
  const rows = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
  const inFile = new Set(rows.map((r) => r.la_code!.trim()));
  assert.equal(inFile.size, 156);
  assert.deepEqual([...ENGLISH_LA_CODES].sort(), [...inFile, ...ABOLISHED].sort());
});
