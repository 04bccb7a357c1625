import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { CFB, utils, write } from '@e965/xlsx';
import { readAnnexA } from './read-annex-a.ts';

const specs = new URL('../../../../../shared/reference/specs/', import.meta.url);
const sample = (path: string) => new Uint8Array(readFileSync(new URL(path, specs)));
const liiaSample = 'liia-tools/spec/annex_a/samples/Annex_A.xlsx';
const pipelineSample = 'liia-tools-pipeline/annex_a_pipeline/spec/samples/Annex_A_2024_Jan.xlsx';
const senSample = new URL('../../../../../shared/reference/samples/annex-a-sen-validator-be/fake_data/fake_sen.xlsx', import.meta.url);

/** A workbook from sheets of rows, for the bad-input cases. */
function workbook(sheets: Record<string, unknown[][]>, merges?: { sheet: string; range: string }): Uint8Array {
  const wb = utils.book_new();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = utils.aoa_to_sheet(rows);
    if (merges?.sheet === name) ws['!merges'] = [utils.decode_range(merges.range)];
    utils.book_append_sheet(wb, ws, name);
  }
  return new Uint8Array(write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

const list1Headings = ['Child Unique ID', 'Gender', 'Ethnicity', 'Date of Birth', 'Age', 'Date of Contact', 'Contact Source'];

describe('reading a council\'s Annex A', () => {
  it('reads the LIIA pipeline sample: every list, DfE codes with the raw text kept', () => {
    const r = readAnnexA(sample(pipelineSample), 'Annex_A_2024_Jan.xlsx');
    assert.equal(r.problems.filter((p) => p.severity === 'error').length, 0);
    assert.deepEqual(Object.fromEntries(Object.entries(r.lists).map(([k, v]) => [k, v.length])), { 1: 5, 2: 5, 3: 6, 4: 5, 5: 5, 6: 5, 7: 7, 8: 5, 9: 6, 10: 5, 11: 5 });
    const first = r.lists[1]![0]!;
    assert.equal(first.line, 2);
    assert.deepEqual(first.values, {
      'Child Unique ID': '9212044', Gender: 'Female', Ethnicity: 'WBRI', 'Date of Birth': '2015-01-25', 'Age of Child (Years)': 6,
      'Date of Contact': '2020-09-16', 'Contact Source': '6',
    });
    assert.deepEqual(first.raw, { Ethnicity: 'a) WBRI', 'Age of Child (Years)': '6.138261464750171', 'Contact Source': 'q) 6: Police' });
    const cla = r.lists[8]![0]!.values;
    assert.equal(cla["Child's Legal Status"], 'E1');
    assert.equal(cla['Placement Type'], 'U6');
    assert.equal(cla['Placement Provider'], 'PR4');
    assert.equal(cla["Number of Episodes the Child has been 'Missing' from their Placement in the last 12 months"], 0);
    // Its one unknown value is reported by sheet, row, column and value.
    const unmapped = r.problems.filter((p) => p.kind === 'bad-code');
    assert.deepEqual(unmapped.map((p) => [p.path, p.line, p.field, p.value]), [['List 6', 2, 'Primary Need Code', 'PSRMEM - Support with memory and cognition']]);
    assert.equal(r.lists[6]![0]!.raw!['Primary Need Code'], 'PSRMEM - Support with memory and cognition');
  });

  it("reads the older LIIA sample, whose list 9 lacks today's columns, saying which", () => {
    const r = readAnnexA(sample(liiaSample), 'Annex_A.xlsx');
    assert.equal(r.problems.filter((p) => p.severity === 'error').length, 0);
    assert.equal(r.lists[9]!.length, 6);
    const absent = r.problems.filter((p) => p.kind === 'missing-column').map((p) => p.field);
    assert.ok(absent.includes('Allocated Personal Advisor'));
    assert.equal(r.lists[9]![0]!.values['Allocated Personal Advisor'], null);
  });

  it('recognises lists by their headings, not sheet names, with a title row above them', () => {
    const bytes = workbook({ Contacts: [['Annex A export, January'], list1Headings, ['1234.0', 'F', 'WBRI - White British', '24/01/2015', 6.1, '16/09/2020', '6: Police']] });
    const r = readAnnexA(bytes, 'b.xlsx');
    assert.deepEqual(r.lists[1]![0]!.values, {
      'Child Unique ID': '1234', Gender: 'Female', Ethnicity: 'WBRI', 'Date of Birth': '2015-01-24', 'Age of Child (Years)': 6, 'Date of Contact': '2020-09-16', 'Contact Source': '6',
    });
    assert.equal(r.lists[1]![0]!.line, 3);
    assert.equal(r.lists[1]![0]!.raw!['Child Unique ID'], '1234.0');
    // The other ten lists are missing, and said to be.
    assert.equal(r.problems.filter((p) => p.kind === 'unknown-table').length, 10);
  });

  it('refuses password-protected and corrupt workbooks in plain words', () => {
    const cfb = CFB.utils.cfb_new();
    CFB.utils.cfb_add(cfb, '/EncryptionInfo', new Uint8Array([4, 0, 4, 0, 0x40, 0, 0, 0]));
    CFB.utils.cfb_add(cfb, '/EncryptedPackage', new Uint8Array(64));
    const locked = readAnnexA(new Uint8Array(CFB.write(cfb, { type: 'array' }) as number[]), 'locked.xlsx');
    assert.match(locked.problems[0]!.message, /password-protected/);
    assert.deepEqual(locked.lists, {});
    const corrupt = readAnnexA(new TextEncoder().encode('PK\x03\x04 not really a zip'), 'bad.xlsx');
    assert.equal(corrupt.problems[0]!.severity, 'error');
    assert.match(corrupt.problems[0]!.message, /could not be opened as an Excel workbook/);
  });

  it('refuses merged cells and workbooks with no Annex A list, keeping no rows', () => {
    const merged = readAnnexA(workbook({ 'List 1': [list1Headings, ['1', 'F', 'WBRI', null, 6, 44090, '6'], ['2', null, 'WBRI', null, 6, 44090, '6']] }, { sheet: 'List 1', range: 'B2:B3' }), 'm.xlsx');
    const error = merged.problems.find((p) => p.severity === 'error')!;
    assert.match(error.message, /merged cells \(B2:B3\)/);
    assert.deepEqual(merged.lists, {});
    const sen = readAnnexA(new Uint8Array(readFileSync(senSample)), 'fake_sen.xlsx');
    assert.match(sen.problems.find((p) => p.severity === 'error')!.message, /no sheet of the workbook has the headings of an Annex A list/);
  });

  it('refuses two sheets holding the same list', () => {
    const rows = [list1Headings, ['1', 'F', 'WBRI', null, 6, 44090, '6']];
    const r = readAnnexA(workbook({ 'List 1': rows, 'List 1 (2)': rows }), 'd.xlsx');
    assert.match(r.problems.find((p) => p.severity === 'error')!.message, /holds list 1 .* as sheet List 1 already does/);
  });

  it('reports unreadable dates without showing a date of birth', () => {
    const r = readAnnexA(workbook({ 'List 1': [list1Headings, ['7', 'F', 'WBRI', '31/02/2015', 6, 'yesterday', '6']] }), 't.xlsx');
    const bad = r.problems.filter((p) => p.kind === 'bad-date');
    assert.deepEqual(bad.map((p) => [p.field, p.value, p.child]), [['Date of Birth', undefined, '7'], ['Date of Contact', 'yesterday', '7']]);
    assert.ok(!bad[0]!.message.includes('31/02/2015'));
    assert.equal(r.lists[1]![0]!.raw!['Date of Birth'], '31/02/2015');
  });
});
