import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { codeFor, exactCode, labelFor } from './codes.ts';
import { annexACodeLists } from './template.ts';

describe('Annex A codes and spellings', () => {
  it("maps Ofsted's labels, bare codes and councils' spellings to the DfE code", () => {
    const cases: [string, string, string | null][] = [
      ['Gender', 'b) Female', 'Female'],
      ['Gender', 'F', 'Female'],
      ['Gender', '  female\u00a0', 'Female'],
      ['Ethnicity', 'a) WBRI', 'WBRI'],
      ['Ethnicity', 'WBRI - White British', 'WBRI'],
      ['Ethnicity', 'k) APKN', 'APKN'],
      ['Contact Source', 'q) 6: Police', '6'],
      ['Placement Provider', 'e) PR4 - Private provision', 'PR4'],
      ["Child's Legal Status", 'C2: FCO', 'C2'],
      ['Primary Need Code', 'N1 - Abuse or Neglect', 'N1'],
      ['yes/no', 'b) No', 'No'],
      ['Primary Need Code', 'PSRMEM - Support with memory and cognition', null],
      ['Ethnicity', 'Martian', null],
    ];
    for (const [list, text, code] of cases) assert.equal(codeFor(list, text)?.code ?? null, code, `${list}: ${text}`);
  });

  it('every label reads back as its own code, and every code writes as its label', () => {
    for (const [list, codes] of Object.entries(annexACodeLists)) {
      for (const c of codes) {
        assert.equal(codeFor(list, c.label)?.code, c.code, `${list}: ${c.label}`);
        assert.equal(labelFor(list, c.code), c.label);
        assert.equal(exactCode(list, c.code.toLowerCase()), c.code);
      }
    }
  });

  it('never maps text to a code that is not in the list', () => {
    const lists = Object.keys(annexACodeLists);
    fc.assert(fc.property(fc.constantFrom(...lists), fc.string(), (list, text) => {
      const code = codeFor(list, text);
      return code === null || annexACodeLists[list]!.includes(code);
    }));
    assert.equal(exactCode('Ethnicity', 'WCOR'), null);
  });
});
