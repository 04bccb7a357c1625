import assert from 'node:assert/strict';
import { it } from 'node:test';
import { splitCsv } from './csv-rows.ts';

it('numbers rows by their line, skipping blank lines and rows of empty cells', () => {
  const csv = splitCsv('A,B\n\n1,2\n , \n,,\n3,4\n\n');
  assert.deepEqual(csv.rows, [['A', 'B'], ['1', '2'], ['3', '4']]);
  assert.deepEqual(csv.lines, [1, 3, 6]);
  assert.deepEqual(csv.errors, []);
});

it('counts the lines a quoted cell spans, in LF and CRLF files', () => {
  for (const eol of ['\n', '\r\n']) {
    const csv = splitCsv(['A,B', '"x', 'y",1', '"a,""b""",2', '3,4'].join(eol));
    assert.deepEqual(csv.rows, [['A', 'B'], [`x${eol}y`, '1'], ['a,"b"', '2'], ['3', '4']], JSON.stringify(eol));
    assert.deepEqual(csv.lines, [1, 2, 4, 5]);
  }
});

it('splits files that mix CRLF, LF and CR line ends', () => {
  const csv = splitCsv('A,B\r\n1,2\n3,4\r5,6\r\n');
  assert.deepEqual(csv.rows, [['A', 'B'], ['1', '2'], ['3', '4'], ['5', '6']]);
  assert.deepEqual(csv.lines, [1, 2, 3, 4]);
});

it('reports an unclosed quote at its line', () => {
  const csv = splitCsv('A,B\n1,2\n"3,4\n5,6\n');
  assert.equal(csv.errors.length, 1);
  assert.equal(csv.errors[0]!.line, 3);
  assert.match(csv.errors[0]!.message, /never closed/);
});

it('gives no rows for an empty file', () => {
  assert.deepEqual(splitCsv('').rows, []);
  assert.deepEqual(splitCsv('\n\n').rows, []);
});
