import assert from 'node:assert/strict';
import { it } from 'node:test';
import { decodeFile } from './text-file.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);

it('decodes UTF-8 bytes and strips a byte-order mark', () => {
  assert.deepEqual(decodeFile({ name: 'a.csv', content: utf8('\uFEFFCHILD,DOB\n') }), { text: 'CHILD,DOB\n', problems: [] });
  assert.deepEqual(decodeFile({ name: 'a.csv', content: '\uFEFFCHILD\n' }), { text: 'CHILD\n', problems: [] });
});

it('decodes UTF-16 with a byte-order mark', () => {
  const bytes = new Uint8Array([0xff, 0xfe, ...[...'CHILD'].flatMap((c) => [c.charCodeAt(0), 0])]);
  assert.equal(decodeFile({ name: 'a.csv', content: bytes }).text, 'CHILD');
});

it('reads text that is not UTF-8 as Windows-1252, with a warning', () => {
  const d = decodeFile({ name: 'a.csv', content: new Uint8Array([0x43, 0x2c, 0xe9, 0x0a]) });
  assert.equal(d.text, 'C,\u00e9\n');
  assert.equal(d.problems[0]?.kind, 'bad-format');
  assert.equal(d.problems[0]?.severity, 'warning');
});

it('refuses workbooks and binary data, naming the file', () => {
  for (const content of [
    new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]),
    new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
    new Uint8Array([0x43, 0x00, 0x48, 0x01, 0x02]),
    new Uint8Array(Array.from({ length: 300 }, (_, i) => (i * 37) % 256)),
    'PK\u0003\u0004rest',
    'CHILD\u0000DOB',
  ]) {
    const d = decodeFile({ name: 'x.csv', content });
    assert.equal(d.text, null);
    assert.equal(d.problems.length, 1);
    assert.equal(d.problems[0]!.kind, 'bad-format');
    assert.equal(d.problems[0]!.severity, 'error');
    assert.equal(d.problems[0]!.file, 'x.csv');
  }
});

it('accepts ordinary text with tabs and form feeds', () => {
  assert.equal(decodeFile({ name: 'a.csv', content: 'CHILD,DOB\n1,\t01/01/2020\f\n' }).text, 'CHILD,DOB\n1,\t01/01/2020\f\n');
});
