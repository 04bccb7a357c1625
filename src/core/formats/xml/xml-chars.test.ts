import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { firstDisallowed, isName, isXmlChar, nameEnd } from './xml-chars.ts';

describe('XML names', () => {
  it('accepts the name characters of XML 1.0, including non-ASCII and astral ones', () => {
    for (const name of ['a', '_x', ':', 'LAchildID', 'a-b.c_d:e9', 'é', 'Ωmega', '中文', 'a\u00b7b', 'e\u0301', '\u{10000}x', 'x\u{EFFFF}']) {
      assert.ok(isName(name), name);
    }
  });

  it('refuses names that start with a digit, dash or dot, and characters outside the ranges', () => {
    for (const name of ['', '1a', '-a', '.a', 'a b', 'a>', 'a&', '\u00d7', 'a\u00d7', '\u{F0000}', 'a\u037e', '\u00b7a']) {
      assert.equal(isName(name), false, name);
    }
  });

  it('finds where a name ends, in the middle of a string or at its end', () => {
    assert.equal(nameEnd('<Child>', 1), 6);
    assert.equal(nameEnd('<Child', 1), 6);
    assert.equal(nameEnd('< Child>', 1), 1);
    assert.equal(nameEnd('x\u{10000}y z', 0), 4);
    assert.equal(nameEnd('abc', 3), 3);
  });
});

describe('XML characters', () => {
  it('isXmlChar is production Char', () => {
    for (const c of [0x9, 0xa, 0xd, 0x20, 0xd7ff, 0xe000, 0xfffd, 0x10000, 0x10ffff]) assert.ok(isXmlChar(c), c.toString(16));
    for (const c of [-1, 0, 0x8, 0xb, 0x1f, 0xd800, 0xdfff, 0xfffe, 0xffff, 0x110000, Number.NaN]) assert.equal(isXmlChar(c), false, String(c));
  });

  it('firstDisallowed finds control characters, U+FFFE/FFFF and lone surrogates, but passes pairs', () => {
    assert.equal(firstDisallowed('plain text\t\n\r é € \u{1F600} \uFFFD'), -1);
    assert.equal(firstDisallowed('ab\u0001c'), 2);
    assert.equal(firstDisallowed('\u{1F600}\u{1F600}x\u000B'), 5);
    assert.equal(firstDisallowed('a\uFFFE'), 1);
    assert.equal(firstDisallowed('a\uD800b'), 1, 'a high surrogate alone');
    assert.equal(firstDisallowed('a\uDC00b'), 1, 'a low surrogate alone');
    assert.equal(firstDisallowed('\u{1F600}\uDC00'), 2, 'a low surrogate after a pair');
    assert.equal(firstDisallowed('x\uD800'), 1, 'a high surrogate at the end');
  });
});
