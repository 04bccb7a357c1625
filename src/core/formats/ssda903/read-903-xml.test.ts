import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { it } from 'node:test';
import { reference } from '../../../testing/shared-reference.ts';
import { read903 } from './read-903.ts';

const fake903 = reference('samples/csc-validator-be-903/tests/fake_data/fake_903.xml');

it('reads the SSDA903 XML layout into the same tables as the CSV files', () => {
  const { return: ret, problems } = read903([{ name: fake903, content: new Uint8Array(readFileSync(fake903)) }], { year: '2017/18' });
  assert.ok(ret);
  assert.equal(ret.tables.header.length, 253);
  assert.equal(ret.tables.episodes.length, 459);
  assert.equal(ret.tables.reviews.length, 1206);
  assert.equal(ret.tables.missing.length, 6);
  assert.equal(ret.tables.uasc.length, 12);
  assert.equal(ret.tables.placed_for_adoption.length, 3);
  const first = ret.tables.episodes[0]!;
  assert.deepEqual([first.CHILD, first.DECOM, first.PLACE, first.DEC, first.REC], ['907440', '2017-01-06', 'R5', '2017-10-06', 'X1']);
  assert.equal(ret.tables.reviews[0]!.CHILD, '907440');
  // UASC status is a header item only in the XML layout: coded 1 for 12 children, left empty for the rest.
  assert.equal(ret.tables.header.filter((h) => h.UASC === '1').length, 12);
  assert.equal(ret.tables.header.filter((h) => h.UASC === null).length, 241);
  assert.ok(!problems.some((p) => p.kind === 'not-well-formed'));
});

it('reports a broken XML return with its line instead of throwing', () => {
  const { problems } = read903([{ name: 'x.xml', content: '<EXPSSDA903><CHILD><HEADER><CHILDID>1</CHILDID>\n<DOB>01/01/2010' }], { year: '2023/24' });
  assert.ok(problems.some((p) => p.kind === 'not-well-formed' && p.line === 2));
});

it('refuses a DOCTYPE, the way in for entity expansion', () => {
  const { problems } = read903([{ name: 'x.xml', content: '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><EXPSSDA903></EXPSSDA903>' }], { year: '2023/24' });
  assert.ok(problems.some((p) => p.kind === 'forbidden-construct'), JSON.stringify(problems));
});
