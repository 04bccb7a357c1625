import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { ByteSource } from './byte-source.ts';
import { decodeUtf8 } from './byte-source.ts';

async function decode(source: ByteSource) {
  const events: string[] = [];
  let text = '';
  for await (const chunk of decodeUtf8(source, {
    onInvalidUtf8: (t, at) => events.push(`invalid ${t.slice(0, at).length}`),
    onUtf16: () => events.push('utf16'),
  })) text += chunk;
  return { text, events };
}

async function* pieces(bytes: Uint8Array, cuts: number[]) {
  let start = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    yield bytes.subarray(start, cut);
    start = cut;
  }
  yield bytes.subarray(start);
}

describe('decodeUtf8', () => {
  it('decodes a byte stream cut anywhere, even inside a character', async () => {
    await fc.assert(fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 60 }), fc.array(fc.nat(200)), async (text, cuts) => {
      const bytes = new TextEncoder().encode(`<a>${text}</a>`);
      const result = await decode(pieces(bytes, cuts.map((c) => c % (bytes.length + 1))));
      assert.equal(result.text, new TextDecoder().decode(bytes));
      if (!text.includes('\uFFFD')) assert.deepEqual(result.events, []);
    }));
  });

  it('drops a byte order mark, from bytes or text', async () => {
    assert.equal((await decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x3c]))).text, '<');
    assert.equal((await decode('\uFEFF<a/>')).text, '<a/>');
  });

  it('reports bytes that are not UTF-8, once, but not a U+FFFD written in the file', async () => {
    const bad = await decode(new Uint8Array([0x3c, 0x61, 0x3e, 0xff, 0x3c, 0xfe]));
    assert.deepEqual(bad.events, ['invalid 3']);
    const genuine = await decode(new TextEncoder().encode('<a>\uFFFD</a>'));
    assert.deepEqual(genuine.events, []);
  });

  it('refuses UTF-16', async () => {
    for (const start of [[0xff, 0xfe], [0xfe, 0xff], [0x3c, 0x00], [0x00, 0x3c]]) {
      const result = await decode(new Uint8Array([...start, 0x41, 0x00]));
      assert.deepEqual(result, { text: '', events: ['utf16'] });
    }
  });
});
