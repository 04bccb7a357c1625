/**
 * The character classes of XML 1.0 (fifth edition) that a tokenizer needs: which characters may appear at
 * all (production Char) and which may make up a Name (NameStartChar, NameChar). ASCII is looked up in a
 * table; everything else goes through the ranges of the standard.
 */

const NAME_START = 1;
const NAME_PART = 2;

/** Bits per ASCII code: NAME_START for [A-Za-z_:], NAME_PART for those and [0-9.-]. */
const ASCII_NAME = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  if (/[A-Za-z_:]/.test(ch)) ASCII_NAME[c] = NAME_START | NAME_PART;
  else if (/[0-9.-]/.test(ch)) ASCII_NAME[c] = NAME_PART;
}

/** NameStartChar for a code point of 128 or more. */
function isWideNameStart(c: number): boolean {
  return (c >= 0xc0 && c <= 0xd6) || (c >= 0xd8 && c <= 0xf6) || (c >= 0xf8 && c <= 0x2ff) || (c >= 0x370 && c <= 0x37d)
    || (c >= 0x37f && c <= 0x1fff) || c === 0x200c || c === 0x200d || (c >= 0x2070 && c <= 0x218f)
    || (c >= 0x2c00 && c <= 0x2fef) || (c >= 0x3001 && c <= 0xd7ff) || (c >= 0xf900 && c <= 0xfdcf)
    || (c >= 0xfdf0 && c <= 0xfffd) || (c >= 0x10000 && c <= 0xeffff);
}

/** NameChar for a code point of 128 or more. */
function isWideNamePart(c: number): boolean {
  return isWideNameStart(c) || c === 0xb7 || (c >= 0x300 && c <= 0x36f) || c === 0x203f || c === 0x2040;
}

/**
 * Where the XML Name that starts at `i` in `s` ends: `i` itself when no name starts there, `s.length`
 * when the name runs to the end of `s` (so, in a stream, it may go on in the next chunk).
 */
export function nameEnd(s: string, i: number): number {
  const len = s.length;
  if (i >= len) return i;
  const first = s.charCodeAt(i);
  if (first < 128) {
    if ((ASCII_NAME[first]! & NAME_START) === 0) return i;
    i++;
  } else {
    const cp = s.codePointAt(i)!;
    if (!isWideNameStart(cp)) return i;
    i += cp > 0xffff ? 2 : 1;
  }
  while (i < len) {
    const c = s.charCodeAt(i);
    if (c < 128) {
      if (ASCII_NAME[c] === 0) return i;
      i++;
    } else {
      const cp = s.codePointAt(i)!;
      if (!isWideNamePart(cp)) return i;
      i += cp > 0xffff ? 2 : 1;
    }
  }
  return len;
}

/** Whether all of `s` is one XML Name. */
export function isName(s: string): boolean {
  return s.length > 0 && nameEnd(s, 0) === s.length;
}

/** Production Char: what a character reference may stand for. */
export function isXmlChar(c: number): boolean {
  return c >= 0x20 ? c <= 0xd7ff || (c >= 0xe000 && c <= 0xfffd) || (c >= 0x10000 && c <= 0x10ffff) : c === 0x9 || c === 0xa || c === 0xd;
}

/** White space as XML means it (production S). */
export function isXmlSpace(c: number): boolean {
  return c === 0x20 || c === 0xa || c === 0x9 || c === 0xd;
}

/**
 * Code units that are never allowed in an XML 1.0 document (controls, U+FFFE, U+FFFF) and all
 * surrogates, whose pairing is then checked by hand. One native scan per chunk, so the tokenizer itself
 * need not look at every character.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const SUSPECT = /[\x00-\x08\x0B\x0C\x0E-\x1F\uD800-\uDFFF\uFFFE\uFFFF]/g;

/** The index of the first character in `s` that XML does not allow (a lone surrogate included), or -1. */
export function firstDisallowed(s: string): number {
  SUSPECT.lastIndex = 0;
  for (;;) {
    const found = SUSPECT.exec(s);
    if (found === null) return -1;
    const i = found.index;
    const c = s.charCodeAt(i);
    if (c <= 0xdbff && c >= 0xd800) {
      const next = s.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        SUSPECT.lastIndex = i + 2;
        continue;
      }
    }
    return i;
  }
}
