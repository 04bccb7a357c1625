import assert from 'node:assert/strict';
import { it } from 'node:test';
import { identifyTable, isColumn903 } from './identify-table.ts';
import { layouts903, tableNames903 } from './tables.ts';

it('recognises every table by its full header, in any order and case', () => {
  for (const table of tableNames903) {
    const names = layouts903[table].columns.map((c) => c.name);
    assert.equal(identifyTable(names)?.table, table);
    assert.equal(identifyTable([...names].reverse().map((n) => ` ${n.toLowerCase()} `))?.table, table);
  }
});

it('tells apart tables that share columns', () => {
  assert.equal(identifyTable(['CHILD', 'SEX', 'DOB'])?.table, 'uasc');
  assert.equal(identifyTable(['CHILD', 'SEX', 'DOB', 'ETHNIC'])?.table, 'header');
  assert.equal(identifyTable(['CHILD', 'DOB', 'MISSING'])?.table, 'missing');
});

it('still recognises a table with a renamed or an extra column', () => {
  const episodes = layouts903.episodes.columns.map((c) => c.name);
  assert.equal(identifyTable(episodes.map((n) => (n === 'DECOM' ? 'DATE_COMMENCED' : n)))?.table, 'episodes');
  assert.equal(identifyTable([...episodes, 'LA', 'YEAR'])?.table, 'episodes');
});

it('names no table when the header fits none, or several equally', () => {
  assert.equal(identifyTable(['CHILD', 'DOB']), null);
  assert.equal(identifyTable(['LAchildID', 'UPN', 'PersonBirthDate']), null);
  assert.equal(identifyTable(['CHILD', 'DOB', 'A', 'B', 'C']), null);
  assert.equal(identifyTable([]), null);
  assert.equal(identifyTable(['', '']), null);
});

it('knows the SSDA903 column names', () => {
  assert.equal(isColumn903(' decom '), true);
  assert.equal(isColumn903('123456'), false);
});
