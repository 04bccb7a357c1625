import { firstDisallowed, isName, isXmlChar, isXmlSpace, nameEnd } from './xml-chars.ts';

/**
 * A streaming XML tokenizer for the data returns (CIN census, SSDA903 XML), written for speed on the
 * hot path of reading them: it finds markup with `indexOf` and reads names with `charCodeAt` rather than
 * stepping a state machine through every character, and carries only an unfinished token from one
 * chunk to the next.
 *
 * It checks well-formedness as a conforming parser does for what those files use (elements, text,
 * the five predefined entities, character references, comments, CDATA, processing instructions, an
 * XML declaration) and skips attributes after checking their syntax. It is also safe with hostile input:
 * a DOCTYPE is refused outright, so no entity is ever declared, expanded or fetched; no text run or tag
 * may grow past a limit; and the first fault ends the parse, since whatever follows it cannot be
 * trusted to mean what it seems.
 */

export interface XmlDeclaration {
  readonly version: string;
  readonly encoding: string | undefined;
  readonly standalone: string | undefined;
}

export type XmlErrorKind =
  /** A DOCTYPE declaration, refused. */
  | 'doctype'
  /** The input holds no element at all (it is empty, or only comments). */
  | 'no-root'
  /** The input ended with elements still open: it was most likely cut short. */
  | 'unclosed'
  /** A text run or tag longer than the limits. */
  | 'too-long'
  /** Anything else that is not well-formed XML. */
  | 'malformed';

export interface XmlError {
  readonly kind: XmlErrorKind;
  /** A sentence in plain words, naming elements but never quoting text. */
  readonly message: string;
  /** Where the fault is: 1-based line and column (in UTF-16 code units). */
  readonly line: number;
  readonly column: number;
}

/**
 * Told of each token in document order. Lines are 1-based and those of where the token starts. A
 * handler may throw to abandon the parse: the exception passes out of `write` or `end`, and the
 * tokenizer is not to be used again.
 */
export interface XmlHandlers {
  /** An element starts; a self-closing element is followed at once by its `closeTag`. */
  openTag(name: string, line: number): void;
  closeTag(name: string, line: number): void;
  /** Character data inside the root element, entities decoded, line ends as `\n`; one call per run between markup. */
  text(text: string, line: number): void;
  cdata(text: string, line: number): void;
  /** The XML declaration, when the document starts with one. */
  declaration?(declaration: XmlDeclaration, line: number): void;
  /** The first fault; nothing more is reported after it. */
  error(error: XmlError): void;
}

export interface XmlLimits {
  /** The longest text run, comment or CDATA section, in characters. */
  maxText?: number;
  /** The longest tag, processing instruction or declaration, in characters. */
  maxTag?: number;
  /** Smaller writes wait for more before they are tokenized, to keep small chunks cheap (see `queue`). */
  minBatch?: number;
}

const LF = 0xa;
const CR = 0xd;
const BANG = 0x21;
const DQUOTE = 0x22;
const HASH = 0x23;
const SQUOTE = 0x27;
const SLASH = 0x2f;
const EQUALS = 0x3d;
const LT = 0x3c;
const GT = 0x3e;
const QUESTION = 0x3f;
const LBRACKET = 0x5b;
const RBRACKET = 0x5d;
const LOWER_X = 0x78;
const BOM = 0xfeff;

/** Beyond any string index (strings are shorter than 2^29), and still a small integer. */
const NONE = 0x3fffffff;
/** What token readers return instead of the position after the token. */
const UNFINISHED = -1;
const STOPPED = -2;
/** How much of a chunk is joined to the token carried over from the last one, at first. */
const HEAD = 256;
/** Slots for the names last met (a power of two), how many names are remembered, and how long they may be. */
const NAME_SLOTS = 512;
const MAX_NAMES_MET = 4096;
const MAX_REMEMBERED_NAME = 64;

const CR_LF = /\r\n?/g;
const DECLARATION = /^[ \t\n]+version[ \t\n]*=[ \t\n]*(["'])([^"']*)\1(?:[ \t\n]+encoding[ \t\n]*=[ \t\n]*(["'])([^"']*)\3)?(?:[ \t\n]+standalone[ \t\n]*=[ \t\n]*(["'])([^"']*)\5)?[ \t\n]*$/;
const ENCODING_NAME = /^[A-Za-z][A-Za-z0-9._-]*$/;

export class XmlTokenizer {
  private readonly h: XmlHandlers;
  private readonly maxText: number;
  private readonly maxTag: number;
  private readonly minBatch: number;

  /** The input not yet tokenized: an unfinished token carried over, then the latest chunk. */
  private buf = '';
  /** Position of `buf[0]` in the whole input. */
  private offset = 0;
  /** The line reached so far, and the index in `buf` of the first line feed not yet counted (or NONE). */
  private lineNo = 1;
  private nl = NONE;
  /** Characters on the current line before `buf[0]`, for columns. */
  private colBase = 0;
  /** `buf` before this index is known to hold no `<` (a text run carried over). */
  private noLtBefore = 0;
  /** Index in `buf` of the next `&` / `]]>` at or after where last looked for (NONE if none; -1 not looked). */
  private ampAt = -1;
  private cdataEndAt = -1;

  /** Names and lines of the open elements. */
  private readonly names: string[] = [];
  private readonly lines: number[] = [];
  private depth = 0;
  private readonly nameSlots: string[] = new Array<string>(NAME_SLOTS).fill('');
  private readonly namesMet = new Map<string, string>();
  /** Whether the root element has opened (and so, at depth 0, closed). */
  private sawRoot = false;

  private begun = false;
  /** Text written but not yet tokenized (see `queue`). */
  private waiting = '';
  /** A high surrogate that ended the last chunk, waiting for its pair. */
  private pending = '';
  /** The last chunk ended in CR, so a LF starting the next one belongs to it. */
  private dropLf = false;
  private stopped = false;

  constructor(handlers: XmlHandlers, limits: XmlLimits = {}) {
    this.h = handlers;
    this.maxText = limits.maxText ?? 16 << 20;
    this.maxTag = limits.maxTag ?? 64 << 10;
    this.minBatch = limits.minBatch ?? 16 << 10;
  }

  /** The line that the input written so far has reached. */
  get line(): number {
    let n = this.lineNo;
    const buf = this.buf;
    for (let i = this.nl; i >= 0 && i < buf.length; i = buf.indexOf('\n', i + 1)) n++;
    for (let i = this.waiting.indexOf('\n'); i >= 0; i = this.waiting.indexOf('\n', i + 1)) n++;
    return n;
  }

  /** Takes the next piece of the document, cut anywhere. Its tokens may be reported by a later `write` or by `end`. */
  write(chunk: string): void {
    if (this.stopped || chunk.length === 0) return;
    if (!this.begun) {
      this.begun = true;
      if (chunk.charCodeAt(0) === BOM) chunk = chunk.slice(1);
    }
    if (this.pending !== '') {
      chunk = this.pending + chunk;
      this.pending = '';
    }
    if (this.dropLf) {
      this.dropLf = false;
      if (chunk.charCodeAt(0) === LF) chunk = chunk.slice(1);
    }
    if (isHighSurrogate(chunk.charCodeAt(chunk.length - 1))) {
      this.pending = chunk.slice(-1);
      chunk = chunk.slice(0, -1);
    }
    // XML reads every line end as a line feed, before anything else (XML 1.0 §2.11).
    if (chunk.indexOf('\r') >= 0) {
      this.dropLf = chunk.charCodeAt(chunk.length - 1) === CR;
      chunk = chunk.replace(CR_LF, '\n');
    }
    const bad = firstDisallowed(chunk);
    if (bad < 0) {
      this.queue(chunk, false);
    } else {
      this.queue(chunk.slice(0, bad), true);
      const code = chunk.charCodeAt(bad).toString(16).toUpperCase().padStart(4, '0');
      if (!this.stopped) this.fail('malformed', `The character U+${code} is not allowed in XML.`, this.buf.length);
    }
  }

  /**
   * Tokenizes text once enough has come: `minBatch` characters, and at least as many as the unfinished
   * token carried over, which is scanned again each time. So small chunks, or a long token over many
   * chunks, cost linear time rather than quadratic.
   */
  private queue(text: string, now: boolean): void {
    const waiting = this.waiting + text;
    if (!now && (waiting.length < this.minBatch || waiting.length < this.buf.length)) {
      this.waiting = waiting;
      return;
    }
    this.waiting = '';
    this.feed(waiting);
  }

  /** The input is complete: reports what it leaves unfinished. */
  end(): void {
    if (this.stopped) return;
    this.queue('', true);
    if (this.stopped) return;
    const len = this.buf.length;
    if (this.pending !== '') {
      this.fail('malformed', 'The input ends with half of a character (a lone surrogate).', len);
    } else if (this.buf.startsWith('<!DOCTYPE')) {
      this.refuseDoctype(len);
    } else if (!this.sawRoot) {
      this.fail(len === 0 ? 'no-root' : 'malformed', len === 0 ? 'The document holds no element.' : 'The input ends in the middle of markup, before any element.', len);
    } else if (this.depth > 0) {
      const d = this.depth - 1;
      this.fail('unclosed', `The input ends before <${this.names[d]}> (line ${this.lines[d]}) is closed.`, len);
    } else if (len > 0) {
      this.fail('malformed', 'The input ends in the middle of a comment or processing instruction.', len);
    }
    this.stopped = true;
  }

  // ---- the scan -------------------------------------------------------------------------------

  private feed(chunk: string): void {
    if (chunk.length === 0) return;
    const tail = this.buf;
    if (tail === '') {
      this.use(chunk, 0);
      this.scanAndKeep(0);
      return;
    }
    // Finish the token carried over on a short head of the chunk: joined to all of it, the tail would
    // make a rope that V8 copies flat before it can search it, once per chunk.
    for (let take = Math.min(chunk.length, HEAD); ; take = Math.min(chunk.length, take * 16)) {
      // Never end the head between the halves of a character.
      if (take < chunk.length && isHighSurrogate(chunk.charCodeAt(take - 1))) take++;
      this.use(tail + chunk.slice(0, take), tail.length);
      const keep = this.scan(0);
      if (keep === STOPPED) return;
      if (keep >= tail.length || take === chunk.length) {
        this.keep(keep);
        if (take === chunk.length || this.stopped) return;
        // Go on in the chunk itself, from where the head was kept.
        const from = keep - tail.length;
        this.offset -= from;
        this.colBase -= from;
        if (this.nl !== NONE) this.nl += from;
        this.use(chunk, take);
        this.scanAndKeep(from);
        return;
      }
    }
  }

  /** Makes `buf` the text to scan; line feeds before `searched` are known. */
  private use(buf: string, searched: number): void {
    this.buf = buf;
    if (this.nl === NONE) {
      const i = buf.indexOf('\n', searched);
      this.nl = i < 0 ? NONE : i;
    }
    this.ampAt = -1;
    this.cdataEndAt = -1;
  }

  private scanAndKeep(from: number): void {
    const keep = this.scan(from);
    if (keep !== STOPPED) this.keep(keep);
  }

  /**
   * Tokenizes `buf` from `pos` as far as it goes: the start of the unfinished token it ends with
   * (or its length), or STOPPED. Kept small, for the JIT: all but the commonest tokens are read elsewhere.
   */
  private scan(pos: number): number {
    const buf = this.buf;
    const len = buf.length;
    const h = this.h;
    const names = this.names;
    while (pos < len) {
      let lt: number;
      if (this.depth === 0) {
        lt = this.outsideRoot(pos);
        if (lt < 0) return lt === STOPPED ? STOPPED : len;
      } else {
        lt = buf.indexOf('<', pos > this.noLtBefore ? pos : this.noLtBefore);
        if (lt < 0) return pos; // a text run goes on in the next chunk
        if (lt > pos && !this.text(pos, lt)) return STOPPED;
        // The two commonest tokens by far: `</Name>` closing the open element, and `<Name>`.
        if (lt + 2 < len) {
          if (buf.charCodeAt(lt + 1) === SLASH) {
            const name = names[this.depth - 1]!;
            const end = lt + 2 + name.length;
            // indexOf finds the name at once when it is there; when it is not, the tag is faulty and
            // this is the last tag read.
            if (end < len && buf.charCodeAt(end) === GT && buf.indexOf(name, lt + 2) === lt + 2) {
              this.depth--;
              h.closeTag(name, this.lineAt(lt));
              pos = end + 1;
              continue;
            }
          } else {
            const gt = buf.indexOf('>', lt + 2);
            const name = gt < 0 || gt - lt >= this.maxTag ? '' : this.knownName(lt + 1, gt);
            if (name !== '') {
              const line = this.lineAt(lt);
              names[this.depth] = name;
              this.lines[this.depth] = line;
              this.depth++;
              h.openTag(name, line);
              pos = gt + 1;
              continue;
            }
          }
        }
      }
      const next = this.markup(lt);
      if (next < 0) return next === UNFINISHED ? lt : STOPPED;
      pos = next;
    }
    return len;
  }

  /** Outside the root only white space may come between markup: the next `<`, -1 if none, or STOPPED. */
  private outsideRoot(pos: number): number {
    const buf = this.buf;
    const lt = buf.indexOf('<', pos);
    const end = lt < 0 ? buf.length : lt;
    for (let i = pos; i < end; i++) {
      if (!isXmlSpace(buf.charCodeAt(i))) {
        return this.fail('malformed', this.sawRoot ? 'There is text after the end of the root element.' : 'There is text before the root element.', i);
      }
    }
    return lt;
  }

  /**
   * The name that fills `buf` from `from` to `to`, or '' if that is not just a name. Names repeat, so
   * they are remembered: a name met before is neither checked nor copied again. The slot a name
   * hashes to is looked at first, without making a string; then every name met.
   */
  private knownName(from: number, to: number): string {
    const buf = this.buf;
    const length = to - from;
    const slot = (length * 31 + buf.charCodeAt(from) * 7 + buf.charCodeAt(from + (length >> 1)) * 5 + buf.charCodeAt(to - 1) * 3 + buf.charCodeAt(to - 2)) & (NAME_SLOTS - 1);
    const known = this.nameSlots[slot]!;
    if (known.length === length && buf.startsWith(known, from)) return known;
    const slice = buf.slice(from, to);
    let name = this.namesMet.get(slice);
    if (name === undefined) {
      if (nameEnd(buf, from) !== to) return '';
      // A copy, not the slice: a slice of a long string can keep all of it (the whole chunk) alive.
      name = structuredClone(slice);
      if (length <= MAX_REMEMBERED_NAME && this.namesMet.size < MAX_NAMES_MET) this.namesMet.set(name, name);
    }
    if (length <= MAX_REMEMBERED_NAME) this.nameSlots[slot] = name;
    return name;
  }

  /**
   * Drops `buf` before `keep`, settling the line and column counts for it. What is kept is one
   * unfinished token: markup, or a text run, which must not grow past its limit.
   */
  private keep(keep: number): void {
    const buf = this.buf;
    const carriesText = this.depth > 0 && keep < buf.length && buf.charCodeAt(keep) !== LT;
    if (carriesText && buf.length - keep > this.maxText) {
      this.fail('too-long', `There are more than ${this.maxText} characters of text without any markup.`, keep);
      return;
    }
    this.lineAt(keep);
    const lastNl = keep > 0 ? buf.lastIndexOf('\n', keep - 1) : -1;
    this.colBase = lastNl >= 0 ? keep - lastNl - 1 : this.colBase + keep;
    this.offset += keep;
    this.buf = keep < buf.length ? buf.slice(keep) : '';
    if (this.nl !== NONE) this.nl -= keep;
    this.noLtBefore = carriesText ? this.buf.length : 0;
  }

  /** Text inside the root, from `from` up to the `<` at `to`; false when it is faulty. */
  private text(from: number, to: number): boolean {
    const buf = this.buf;
    if (to - from > this.maxText) {
      this.fail('too-long', `There are more than ${this.maxText} characters of text without any markup.`, from);
      return false;
    }
    if (this.cdataEndAt < from) {
      const i = buf.indexOf(']]>', from);
      this.cdataEndAt = i < 0 ? NONE : i;
    }
    if (this.cdataEndAt + 2 < to) {
      this.fail('malformed', "The text holds ']]>', which XML allows only to end a CDATA section.", this.cdataEndAt);
      return false;
    }
    if (this.ampAt < from) {
      const i = buf.indexOf('&', from);
      this.ampAt = i < 0 ? NONE : i;
    }
    let text: string | null;
    if (this.ampAt < to) {
      text = this.decode(from, to);
      if (text === null) return false;
    } else {
      text = buf.slice(from, to);
    }
    this.h.text(text, this.lineAt(from));
    return true;
  }

  /** Text with entity references, `ampAt` being the first: decoded, or null after a fault. */
  private decode(from: number, to: number): string | null {
    const buf = this.buf;
    let out = '';
    let i = from;
    let amp = this.ampAt;
    while (amp < to) {
      const end = this.referenceEnd(amp, to);
      if (end < 0) return null;
      const value = this.reference(amp, end);
      if (value === null) return null;
      out += buf.slice(i, amp) + value;
      i = end + 1;
      amp = buf.indexOf('&', i);
      if (amp < 0) amp = NONE;
    }
    this.ampAt = amp;
    return out + buf.slice(i, to);
  }

  /** The `;` ending the reference at `amp`, which must come before `limit`; -1 after a fault. */
  private referenceEnd(amp: number, limit: number): number {
    const semi = this.buf.indexOf(';', amp + 1);
    if (semi >= 0 && semi < limit) return semi;
    this.fail('malformed', "An '&' does not start an entity reference: write it as &amp;.", amp);
    return -1;
  }

  /** What the reference between `&` at `amp` and `;` at `semi` stands for, or null after a fault. */
  private reference(amp: number, semi: number): string | null {
    const buf = this.buf;
    if (buf.charCodeAt(amp + 1) === HASH) {
      const hex = buf.charCodeAt(amp + 2) === LOWER_X;
      let i = hex ? amp + 3 : amp + 2;
      let code = i < semi ? 0 : -1;
      for (; i < semi && code >= 0; i++) {
        const digit = digitValue(buf.charCodeAt(i), hex);
        code = digit < 0 ? -1 : Math.min(code * (hex ? 16 : 10) + digit, 0x110000);
      }
      if (isXmlChar(code)) return String.fromCodePoint(code);
      this.fail('malformed', 'A character reference (&#…;) is malformed or stands for a character XML does not allow.', amp);
      return null;
    }
    const name = buf.slice(amp + 1, semi);
    const value = predefined(name);
    if (value !== null) return value;
    this.fail('malformed', isName(name)
      ? `&${name}; is an undefined entity: without a DTD, XML knows only &amp; &lt; &gt; &quot; &apos; and character references.`
      : "An '&' does not start an entity reference: write it as &amp;.", amp);
    return null;
  }

  /** Every reference in `from`..`to` (an attribute value) is sound; false after a fault. */
  private checkReferences(from: number, to: number): boolean {
    for (;;) {
      if (this.ampAt < from) {
        const i = this.buf.indexOf('&', from);
        this.ampAt = i < 0 ? NONE : i;
      }
      const amp = this.ampAt;
      if (amp >= to) return true;
      const end = this.referenceEnd(amp, to);
      if (end < 0 || this.reference(amp, end) === null) return false;
      from = end + 1;
    }
  }

  // ---- markup ---------------------------------------------------------------------------------

  /** The markup starting at the `<` at `lt`: the position after it, UNFINISHED or STOPPED. */
  private markup(lt: number): number {
    const c = this.buf.charCodeAt(lt + 1);
    if (c === SLASH) return this.closeTag(lt);
    if (c === BANG) return this.bang(lt);
    if (c === QUESTION) return this.instruction(lt);
    if (Number.isNaN(c)) return UNFINISHED;
    return this.openTag(lt);
  }

  private openTag(lt: number): number {
    const buf = this.buf;
    const end = nameEnd(buf, lt + 1);
    if (end === lt + 1) return this.fail('malformed', "A '<' is not followed by an element name: write it as &lt; in text.", lt + 1);
    if (end >= buf.length) return this.unfinished(lt, this.maxTag, 'A tag');
    const name = this.knownName(lt + 1, end);
    if (this.depth === 0 && this.sawRoot) return this.fail('malformed', `<${name}> follows the end of the root element: a document has only one root.`, lt);
    let after: number;
    const c = buf.charCodeAt(end);
    if (c === GT) {
      after = end + 1;
    } else if (c === SLASH) {
      after = this.tagEnd(lt, end);
    } else if (isXmlSpace(c)) {
      after = this.attributes(lt, end);
    } else {
      return this.fail('malformed', `The tag <${name}> holds a character not allowed in an element name.`, end);
    }
    if (after < 0) return after;
    if (after - lt > this.maxTag) return this.tooLong(lt, this.maxTag, 'A tag');
    const line = this.lineAt(lt);
    this.sawRoot = true;
    this.names[this.depth] = name;
    this.lines[this.depth] = line;
    this.depth++;
    this.h.openTag(name, line);
    if (buf.charCodeAt(after - 2) === SLASH) {
      this.depth--;
      this.h.closeTag(name, line);
    }
    return after;
  }

  /** `/>` at `slash`: the position after it. */
  private tagEnd(lt: number, slash: number): number {
    const c = this.buf.charCodeAt(slash + 1);
    if (c === GT) return slash + 2;
    if (Number.isNaN(c)) return this.unfinished(lt, this.maxTag, 'A tag');
    return this.fail('malformed', "A '/' in a tag is not followed by '>'.", slash + 1);
  }

  /** Attributes from `i` (white space after the name) to the end of the tag, checked and skipped. */
  private attributes(lt: number, i: number): number {
    const buf = this.buf;
    const len = buf.length;
    const seen = new Set<string>();
    // No '<' may come before the tag ends: the first after its own is where any value must stop.
    const nextLt = buf.indexOf('<', lt + 1);
    for (;;) {
      const spaceFrom = i;
      while (isXmlSpace(buf.charCodeAt(i))) i++;
      if (i >= len) return this.unfinished(lt, this.maxTag, 'A tag');
      const c = buf.charCodeAt(i);
      if (c === GT) return i + 1;
      if (c === SLASH) return this.tagEnd(lt, i);
      if (i === spaceFrom) return this.fail('malformed', 'Attributes in a tag are not separated by white space.', i);
      const end = nameEnd(buf, i);
      if (end === i) return this.fail('malformed', 'A tag holds a character that cannot start an attribute name.', i);
      if (end >= len) return this.unfinished(lt, this.maxTag, 'A tag');
      const attribute = buf.slice(i, end);
      if (seen.has(attribute)) return this.fail('malformed', `The attribute ${attribute} appears twice in one tag.`, i);
      seen.add(attribute);
      i = end;
      while (isXmlSpace(buf.charCodeAt(i))) i++;
      if (i >= len) return this.unfinished(lt, this.maxTag, 'A tag');
      if (buf.charCodeAt(i) !== EQUALS) return this.fail('malformed', `The attribute ${attribute} has no '=' and value.`, i);
      i++;
      while (isXmlSpace(buf.charCodeAt(i))) i++;
      if (i >= len) return this.unfinished(lt, this.maxTag, 'A tag');
      const quote = buf.charCodeAt(i);
      if (quote !== DQUOTE && quote !== SQUOTE) return this.fail('malformed', `The value of the attribute ${attribute} is not in quotes.`, i);
      const close = buf.indexOf(quote === DQUOTE ? '"' : "'", i + 1);
      if (close < 0) return this.unfinished(lt, this.maxTag, 'A tag');
      if (nextLt >= 0 && nextLt < close) return this.fail('malformed', `The value of the attribute ${attribute} holds a '<'.`, nextLt);
      if (!this.checkReferences(i + 1, close)) return STOPPED;
      i = close + 1;
    }
  }

  private closeTag(lt: number): number {
    const buf = this.buf;
    const end = nameEnd(buf, lt + 2);
    if (end >= buf.length) return this.unfinished(lt, this.maxTag, 'A tag');
    if (end === lt + 2) return this.fail('malformed', "A '</' is not followed by an element name.", end);
    let i = end;
    while (isXmlSpace(buf.charCodeAt(i))) i++;
    if (i >= buf.length) return this.unfinished(lt, this.maxTag, 'A tag');
    if (i + 1 - lt > this.maxTag) return this.tooLong(lt, this.maxTag, 'A tag');
    const name = buf.slice(lt + 2, end);
    if (buf.charCodeAt(i) !== GT) return this.fail('malformed', `The end tag </${name}> holds a character not allowed in an element name.`, i);
    const line = this.lineAt(lt);
    if (this.depth === 0) return this.fail('malformed', `The end tag </${name}> (line ${line}) closes no open element.`, lt);
    const open = this.names[this.depth - 1]!;
    if (name !== open) {
      return this.fail('malformed', `The end tag </${name}> (line ${line}) does not match <${open}> (line ${this.lines[this.depth - 1]}), the element still open.`, lt);
    }
    this.depth--;
    this.h.closeTag(open, line);
    return i + 1;
  }

  /** `<!`: a comment, a CDATA section or a DOCTYPE. */
  private bang(lt: number): number {
    const buf = this.buf;
    if (buf.startsWith('--', lt + 2)) {
      const dashes = buf.indexOf('--', lt + 4);
      if (dashes < 0 || dashes + 2 >= buf.length) return this.unfinished(lt, this.maxText, 'A comment');
      if (buf.charCodeAt(dashes + 2) !== GT) return this.fail('malformed', "A comment holds '--', which XML allows only to end it.", dashes);
      if (dashes + 3 - lt > this.maxText) return this.tooLong(lt, this.maxText, 'A comment');
      return dashes + 3;
    }
    if (buf.startsWith('[CDATA[', lt + 2)) {
      if (this.depth === 0) return this.fail('malformed', 'A CDATA section is outside the root element.', lt);
      const end = buf.indexOf(']]>', lt + 9);
      if (end < 0) return this.unfinished(lt, this.maxText, 'A CDATA section');
      if (end + 3 - lt > this.maxText) return this.tooLong(lt, this.maxText, 'A CDATA section');
      this.h.cdata(buf.slice(lt + 9, end), this.lineAt(lt));
      return end + 3;
    }
    if (buf.startsWith('DOCTYPE', lt + 2)) return this.doctype(lt);
    const rest = buf.slice(lt + 2, lt + 9);
    if (rest.length < 7 && ('--'.startsWith(rest) || '[CDATA['.startsWith(rest) || 'DOCTYPE'.startsWith(rest))) return UNFINISHED;
    return this.fail('malformed', "A '<!' starts neither a comment nor a CDATA section.", lt);
  }

  /**
   * A DOCTYPE is refused whatever it holds. It is only scanned for its end (brackets and quotes
   * respected), to say where it was, and no further than a tag may go.
   */
  private doctype(lt: number): number {
    const buf = this.buf;
    let quote = 0;
    let subset = false;
    for (let i = lt + 9; i < buf.length; i++) {
      const c = buf.charCodeAt(i);
      if (quote !== 0) {
        if (c === quote) quote = 0;
      } else if (c === DQUOTE || c === SQUOTE) {
        quote = c;
      } else if (c === LBRACKET) {
        subset = true;
      } else if (c === RBRACKET) {
        subset = false;
      } else if (c === GT && !subset) {
        return this.refuseDoctype(i);
      }
    }
    return buf.length - lt > this.maxTag ? this.refuseDoctype(buf.length) : UNFINISHED;
  }

  private refuseDoctype(at: number): number {
    return this.fail('doctype', 'The document has a DOCTYPE declaration, which is refused: declared entities can be used to attack a reader (endless expansion, fetching other files).', at);
  }

  /** `<?`: a processing instruction (skipped) or, at the very start, the XML declaration. */
  private instruction(lt: number): number {
    const buf = this.buf;
    const end = nameEnd(buf, lt + 2);
    if (end >= buf.length) return this.unfinished(lt, this.maxTag, 'A processing instruction');
    if (end === lt + 2) return this.fail('malformed', "A '<?' is not followed by a name.", end);
    const c = buf.charCodeAt(end);
    if (c !== QUESTION && !isXmlSpace(c)) return this.fail('malformed', 'A processing instruction has a character not allowed in its name.', end);
    const target = buf.slice(lt + 2, end);
    if (target === 'xml' && this.offset + lt === 0) return this.declaration(lt, end);
    if (target.toLowerCase() === 'xml') return this.fail('malformed', 'An XML declaration (<?xml …?>) is allowed only at the very start of the file.', lt);
    const close = buf.indexOf('?>', end);
    if (close < 0) return this.unfinished(lt, this.maxTag, 'A processing instruction');
    if (close + 2 - lt > this.maxTag) return this.tooLong(lt, this.maxTag, 'A processing instruction');
    return close + 2;
  }

  private declaration(lt: number, from: number): number {
    const buf = this.buf;
    // No '?' may appear inside the declaration, so the first one must end it.
    const question = buf.indexOf('?', from);
    if (question < 0 || question + 1 >= buf.length) return this.unfinished(lt, this.maxTag, 'The XML declaration');
    if (buf.charCodeAt(question + 1) !== GT) return this.fail('malformed', "The XML declaration holds a '?' before its end.", question);
    if (question + 2 - lt > this.maxTag) return this.tooLong(lt, this.maxTag, 'The XML declaration');
    const parts = DECLARATION.exec(buf.slice(from, question));
    const bad = (what: string) => this.fail('malformed', `The XML declaration ${what}; it should read <?xml version="1.0" encoding="UTF-8"?>.`, lt);
    if (parts === null) return bad('is not written as XML requires');
    const version = parts[2]!;
    const encoding = parts[4];
    const standalone = parts[6];
    if (version !== '1.0') return bad(/^1\.[0-9]+$/.test(version) ? `gives version ${version}; only XML 1.0 is read` : 'has an invalid version');
    if (encoding !== undefined && !ENCODING_NAME.test(encoding)) return bad('has an invalid encoding name');
    if (standalone !== undefined && standalone !== 'yes' && standalone !== 'no') return bad('has a standalone value other than yes or no');
    this.h.declaration?.({ version, encoding, standalone }, this.lineAt(lt));
    return question + 2;
  }

  // ---- positions and faults --------------------------------------------------------------------

  /** The line of `buf[p]`. Positions asked for never go backwards within one `buf`. */
  private lineAt(p: number): number {
    let nl = this.nl;
    if (nl < p) {
      const buf = this.buf;
      let line = this.lineNo;
      do {
        line++;
        nl = buf.indexOf('\n', nl + 1);
      } while (nl >= 0 && nl < p);
      this.lineNo = line;
      this.nl = nl < 0 ? NONE : nl;
    }
    return this.lineNo;
  }

  private columnAt(p: number): number {
    const lastNl = p > 0 ? this.buf.lastIndexOf('\n', p - 1) : -1;
    return lastNl >= 0 ? p - lastNl : this.colBase + p + 1;
  }

  /** A token that has not ended with `buf`: wait for more, unless it is already too long. */
  private unfinished(lt: number, limit: number, what: string): number {
    return this.buf.length - lt <= limit ? UNFINISHED : this.tooLong(lt, limit, what);
  }

  private tooLong(lt: number, limit: number, what: string): number {
    return this.fail('too-long', `${what} runs on for more than ${limit} characters.`, lt);
  }

  private fail(kind: XmlErrorKind, message: string, p: number): number {
    this.stopped = true;
    this.h.error({ kind, message, line: this.lineAt(p), column: this.columnAt(p) });
    return STOPPED;
  }
}

/** The value of a decimal (or, with `hex`, hexadecimal) digit, or -1. */
function digitValue(c: number, hex: boolean): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (!hex) return -1;
  const lower = c | 0x20;
  return lower >= 0x61 && lower <= 0x66 ? lower - 0x57 : -1;
}

/** The five entities XML defines without a DTD. */
function predefined(name: string): string | null {
  switch (name) {
    case 'amp': return '&';
    case 'lt': return '<';
    case 'gt': return '>';
    case 'quot': return '"';
    case 'apos': return "'";
    default: return null;
  }
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
