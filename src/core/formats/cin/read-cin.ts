import type { CinCensus, CinChild, CinHeader } from '../../model/cin.ts';
import type { CollectionYear } from '../../model/collection-year.ts';
import { collectionYear, endYearOf } from '../../model/collection-year.ts';
import { parseDate } from '../../model/dates.ts';
import type { ReadProblem, ReadProblemKind } from '../../model/problem.ts';
import type { XmlError } from '../xml/xml-tokenizer.ts';
import { XmlTokenizer } from '../xml/xml-tokenizer.ts';
import type { ByteSource } from './byte-source.ts';
import { decodeUtf8 } from './byte-source.ts';
import { censusYear } from './census-year.ts';
import type { CinNode } from './cin-schema.ts';
import { cinSchema, firstCinYear, lastCinYear, yearsOf } from './cin-schema.ts';
import { count, isDateTime, isGYear, isoDate, yesNo, zonedIsoDate } from './cin-values.ts';

export interface CinReadOptions {
  /** Named in every problem. */
  file?: string;
  /** The declared collection year; otherwise it comes from the Header (Year / ReferenceDate). */
  year?: CollectionYear;
  /** Called per Child, in file order, as the stream is read; the reader keeps no reference to it. */
  onChild?: (child: CinChild) => void | Promise<void>;
  /** Called once, before the first child, when the header has been read and the year decided (a validator needs both to start). */
  onHeader?: (header: CinHeader | null, year: CollectionYear | null) => void;
  onProgress?: (bytesRead: number) => void;
}

export interface CinReadResult {
  year: CollectionYear | null;
  header: CinHeader | null;
  /** Children handed to `onChild`. */
  children: number;
  problems: ReadProblem[];
  /** true when the file could not be read as a CIN census at all (not XML, no Message root, …). */
  unreadable: boolean;
}

/**
 * Problems of one kind in one place (every ReferralNFA written `false`) are listed this many times, then
 * counted, so a broken 2 GB file neither fills memory nor buries its other problems.
 */
const MAX_ALIKE = 1_000;
const MAX_PROBLEMS = 50_000;
/** Characters of text (or a comment) without any tag: this many is an attack or junk, and would be held whole. */
const MAX_QUIET_CHARS = 16 << 20;
/** Characters in one Child: a real child takes a few kilobytes, and a child is held whole until it closes. */
const MAX_CHILD_CHARS = 32 << 20;

/** Thrown from inside the tokenizer's callbacks to end the parse at once (a file that is not a census). */
const STOP = new Error('stop');

type Rec = Record<string, unknown> & { line?: number; lines?: Record<string, number>; raw?: Record<string, string> };

/** One open element. Frames are reused by depth, so opening an element allocates nothing here. */
interface Frame {
  node: CinNode;
  line: number;
  /** Bit per schema position of the children met so far. */
  seen: number;
  /** Highest schema position met so far, to notice elements out of order. */
  last: number;
  /** The record this element's leaves fill. */
  record: Rec | null;
  /** The array a `list` element's items go to. */
  list: unknown[] | null;
  /** Leaf text gathered so far. */
  text: string;
  strayReported: boolean;
}

function newRecord(node: CinNode, line: number | undefined): Rec {
  const rec: Rec = { ...node.template };
  // Index loops: this runs for every element of the file, much of it before V8 optimises it.
  for (let i = 0; i < node.arrayFields.length; i++) rec[node.arrayFields[i]!] = [];
  if (line !== undefined) rec.line = line;
  return rec;
}

/** Records a file leaves out (a Child without ChildIdentifiers) still exist in the model, empty. */
function fillAbsentRecords(rec: Rec, node: CinNode): void {
  for (let i = 0; i < node.singleRecords.length; i++) {
    const child = node.singleRecords[i]!;
    if (rec[child.field] === null) {
      const empty = newRecord(child, undefined);
      fillAbsentRecords(empty, child);
      rec[child.field] = empty;
    }
  }
}

class CinReader {
  readonly problems: ReadProblem[] = [];
  /** Problems reported so far by kind and place, and how many went unlisted. */
  readonly alike = new Map<string, number>();
  unlisted = 0;
  readonly file: string | undefined;
  readonly declared: CollectionYear | undefined;
  readonly tokenizer: XmlTokenizer;

  year: CollectionYear | null = null;
  yearDecided = false;
  rulesEndYear: number;
  rulesLabel: string;
  header: Rec | null = null;
  unreadable = false;
  sawRoot = false;
  /** Whether the first character that is not white space has been seen. */
  sawStart = false;
  /** Whether the parse ended early (a fatal error, a refused file, a guard). */
  stopped = false;

  frames: Frame[] = [];
  depth = 0;
  /** Open elements being skipped (unknown, repeated), counted so their end is found. */
  skipDepth = 0;
  child: Rec | null = null;
  childId: string | undefined = undefined;
  childCharsAtStart = 0;
  readonly ready: CinChild[] = [];
  /** Characters written to the tokenizer. */
  written = 0;

  constructor(options: CinReadOptions) {
    this.file = options.file;
    this.declared = options.year;
    this.rulesEndYear = options.year ? Math.min(lastCinYear, Math.max(firstCinYear, endYearOf(options.year))) : lastCinYear;
    this.rulesLabel = collectionYear(this.rulesEndYear);
    this.tokenizer = new XmlTokenizer({
      openTag: (name, line) => this.open(name, line),
      closeTag: () => this.close(),
      text: (text, line) => this.text(text, line),
      cdata: (text, line) => this.text(text, line),
      declaration: (declaration, line) => this.checkEncoding(declaration.encoding, line),
      error: (error) => this.fail(error),
    }, { maxText: MAX_QUIET_CHARS });
  }

  // ---- problems ---------------------------------------------------------------------------------

  report(severity: ReadProblem['severity'], kind: ReadProblemKind, message: string, at: {
    line?: number | undefined; path?: string | undefined; field?: string | undefined; value?: string | undefined;
  } = {}): void {
    const alike = `${kind} ${at.field ?? at.path ?? ''}`;
    const seen = (this.alike.get(alike) ?? 0) + 1;
    this.alike.set(alike, seen);
    if (seen > MAX_ALIKE || this.problems.length >= MAX_PROBLEMS) {
      this.unlisted++;
      return;
    }
    const problem: { -readonly [K in keyof ReadProblem]: ReadProblem[K] } = { severity, kind, message };
    if (this.file !== undefined) problem.file = this.file;
    if (at.line !== undefined) problem.line = at.line;
    if (at.path !== undefined) problem.path = at.path;
    if (at.field !== undefined) problem.field = at.field;
    if (at.value !== undefined) problem.value = at.value;
    if (this.childId !== undefined && this.child !== null) problem.child = this.childId;
    this.problems.push(problem);
  }

  /** Says how many problems were only counted. */
  reportUnlisted(): void {
    if (this.unlisted === 0) return;
    const problem: { -readonly [K in keyof ReadProblem]: ReadProblem[K] } = {
      severity: 'warning', kind: 'too-large',
      message: `${this.unlisted} more problems like those listed are not shown (at most ${MAX_ALIKE} of a kind in one place are listed).`,
    };
    if (this.file !== undefined) problem.file = this.file;
    this.problems.push(problem);
  }

  /** The element path down to the open element at `depth - 1`, plus `name`. */
  path(name?: string): string {
    const names: string[] = [];
    for (let i = 0; i < this.depth; i++) names.push(this.frames[i]!.node.name);
    if (name !== undefined) names.push(name);
    return names.join('/');
  }

  // ---- tokens -----------------------------------------------------------------------------------

  open(name: string, line: number): void {
    if (this.skipDepth > 0) {
      this.skipDepth++;
      return;
    }
    if (this.depth === 0) {
      this.openRoot(name, line);
      return;
    }
    const parent = this.frames[this.depth - 1]!;
    const parentNode = parent.node;
    if (parentNode.value !== undefined) {
      this.report('error', 'unknown-element', `${parentNode.name} holds a value, not elements: ${name} is ignored.`, { line, path: this.path(name) });
      this.skipDepth = 1;
      return;
    }
    const position = positionOf(parentNode, parent.last, name);
    if (position < 0) {
      this.report('error', 'unknown-element', `${name} is not an element of ${parentNode.name} in the CIN census: it and its content are ignored.`, { line, path: this.path(name) });
      this.skipDepth = 1;
      return;
    }
    let node = parentNode.children[position]!;
    if (name === 'Children' && !this.yearDecided) {
      this.decideYear();
      this.frames[0]!.node = cinSchema(this.rulesEndYear);
      node = this.frames[0]!.node.children[position]!;
    }
    const bit = 1 << position;
    if ((parent.seen & bit) !== 0 && (!node.repeatable || node.shape === 'fields')) {
      this.report(node.repeatable ? 'warning' : 'error', 'repeated-element',
        `${parentNode.name} has more than one ${name}: only the first is read.`, { line, path: this.path(name) });
      this.skipDepth = 1;
      return;
    }
    if (!node.inYear && parentNode.inYear) {
      this.report('error', 'unknown-element', `${name} is not part of the ${this.rulesLabel} census: it is used ${yearsOf(node.element)}.`, { line, path: this.path(name) });
    }
    if (position < parent.last) {
      this.report('error', 'out-of-order', `${name} should come before ${parentNode.children[parent.last]!.name} in ${parentNode.name}.`, { line, path: this.path(name) });
    } else {
      parent.last = position;
    }
    parent.seen |= bit;
    this.push(node, line, parent);
  }

  openRoot(name: string, line: number): void {
    this.sawRoot = true;
    if (name !== 'Message') {
      this.unreadable = true;
      this.report('error', 'unknown-element', `The file's root element is ${name}, not Message: it is not a CIN census.`, { line, path: name });
      throw STOP;
    }
    this.push(cinSchema(this.rulesEndYear), line, null);
  }

  push(node: CinNode, line: number, parent: Frame | null): void {
    let frame = this.frames[this.depth];
    if (!frame) {
      frame = { node, line, seen: 0, last: -1, record: null, list: null, text: '', strayReported: false };
      this.frames[this.depth] = frame;
    }
    frame.node = node;
    frame.line = line;
    frame.seen = 0;
    frame.last = -1;
    frame.list = null;
    frame.text = '';
    frame.strayReported = false;
    const parentRecord = parent?.record ?? null;
    frame.record = parentRecord;
    switch (node.shape) {
      case 'record': {
        const rec = newRecord(node, line);
        frame.record = rec;
        if (node.name === 'Child') {
          this.child = rec;
          this.childId = undefined;
          this.childCharsAtStart = this.written;
        } else if (node.name === 'Header') {
          this.header = rec;
        } else if (parentRecord) {
          if (node.repeatable) (parentRecord[node.field] as unknown[]).push(rec);
          else parentRecord[node.field] = rec;
        }
        break;
      }
      case 'list': {
        const list: unknown[] = [];
        frame.list = list;
        if (parentRecord) {
          parentRecord[node.field] = list;
          // Items that are records carry their own lines; the model has no line for their group.
          if (!node.itemRecords) (parentRecord.lines ??= {})[node.field] = line;
        }
        break;
      }
      default:
        break;
    }
    this.depth++;
  }

  close(): void {
    if (this.skipDepth > 0) {
      this.skipDepth--;
      return;
    }
    const frame = this.frames[this.depth - 1]!;
    const node = frame.node;
    if (node.value !== undefined) {
      this.finishLeaf(frame, node);
      this.depth--;
      return;
    }
    const missing = node.requiredMask & ~frame.seen;
    if (missing !== 0) this.reportMissing(frame, missing);
    this.depth--;
    if (node.shape === 'record') {
      fillAbsentRecords(frame.record!, node);
      if (node.name === 'Child') {
        this.ready.push(frame.record as unknown as CinChild);
        this.child = null;
      }
    }
  }

  reportMissing(frame: Frame, missing: number): void {
    const node = frame.node;
    node.children.forEach((child, i) => {
      if ((missing & (1 << i)) === 0) return;
      const what = child.name === 'Children' || child.name === 'Child' ? `${node.name} has no ${child.name}` : `${node.name} has no ${child.name}, which the schema requires`;
      this.report('error', 'missing-element', `${what}.`, { line: frame.line, path: this.path(child.name), field: child.name });
    });
  }

  text(text: string, line: number): void {
    if (this.skipDepth > 0 || this.depth === 0) return;
    const frame = this.frames[this.depth - 1]!;
    if (frame.node.value !== undefined) {
      frame.text += text;
    } else if (!frame.strayReported && !isSpace(text)) {
      frame.strayReported = true;
      const before = text.slice(0, text.search(/[^ \t\r\n]/));
      this.report('error', 'bad-format', `${frame.node.name} holds stray text between its elements; it is ignored.`, { line: line + countNewlines(before), path: this.path() });
    }
  }

  checkEncoding(encoding: string | undefined, line: number): void {
    if (encoding === undefined || /^(utf-?8|us-ascii|ascii)$/i.test(encoding)) return;
    this.report('error', 'bad-format', `The file declares the encoding ${encoding}; the CIN census is UTF-8. It was read as UTF-8, so letters outside English may be wrong.`,
      { line, value: encoding });
  }

  // ---- leaf values ------------------------------------------------------------------------------

  finishLeaf(frame: Frame, node: CinNode): void {
    const raw = frame.text;
    const text = raw.trim();
    const line = frame.line;
    let value: string | number | boolean | null = text;
    let understood = text;
    switch (node.value) {
      case 'text':
        break;
      case 'code':
        if (text === '') value = null;
        if (node.codes && !node.codes.has(text)) {
          this.report('error', 'bad-code', text === ''
            ? `${node.name} is empty; it should be a code of the ${this.rulesLabel} ${node.codes.name} list.`
            : `${node.name} '${text}' is not a code of the ${this.rulesLabel} ${node.codes.name} list.`,
          { line, path: this.path(), field: node.name, value: text });
        }
        break;
      case 'pattern':
        if (text === '') value = null;
        if (!node.element.pattern!.test(text)) this.reportBadValue(node, line, text, 'bad-format', node.element.expected!);
        break;
      case 'date': {
        value = isoDate(text) ?? zonedIsoDate(text);
        if (value === null) {
          value = parseDate(text);
          if (value === null) this.reportBadValue(node, line, text, 'bad-date', 'a date written YYYY-MM-DD');
          else this.report('warning', 'bad-date', `${node.name} is written ${node.personal ? 'in another layout' : `'${text}'`}; the census writes dates as YYYY-MM-DD. Read as ${node.personal ? 'a date' : value}.`,
            { line, path: this.path(), field: node.name, value: node.personal ? undefined : text });
        }
        if (value !== null) understood = value;
        break;
      }
      case 'dateTime':
        if (text === '') value = null;
        if (!isDateTime(text)) this.reportBadValue(node, line, text, 'bad-date', 'a date and time written YYYY-MM-DDThh:mm:ss');
        break;
      case 'gYear':
        if (text === '') value = null;
        if (!isGYear(text)) this.reportBadValue(node, line, text, 'bad-format', 'a year written YYYY');
        break;
      case 'boolean':
        value = yesNo(text);
        if (value === null) {
          this.reportBadValue(node, line, text, 'bad-format', '0 (no) or 1 (yes)');
        } else {
          understood = value ? '1' : '0';
          if (text !== understood) {
            this.report('warning', 'bad-format', `${node.name} is written '${text}'; the schema accepts only 0 or 1. Read as ${understood}.`,
              { line, path: this.path(), field: node.name, value: text });
          }
        }
        break;
      case 'count':
        value = count(text);
        if (value === null) this.reportBadValue(node, line, text, 'bad-number', 'a whole number, 0 or more');
        else understood = String(value);
        break;
      default:
        break;
    }
    const parent = this.frames[this.depth - 2]!;
    if (parent.list !== null) {
      if (parent.node.itemRecords) {
        const item: Rec = { line, [node.field]: value, lines: { [node.field]: line } };
        if (value === null || raw !== understood) item.raw = { [node.field]: raw };
        parent.list.push(item);
      } else if (value !== null) {
        parent.list.push(value);
      }
      return;
    }
    const rec = frame.record;
    if (rec === null) return;
    rec[node.field] = value;
    (rec.lines ??= {})[node.field] = line;
    if (value === null || raw !== understood) (rec.raw ??= {})[node.field] = raw;
    if (node.name === 'LAchildID') this.childId = text;
  }

  reportBadValue(node: CinNode, line: number, text: string, kind: ReadProblemKind, expected: string): void {
    const personal = node.personal;
    const what = text === '' ? `${node.name} is empty` : personal ? `${node.name} is not valid` : `${node.name} '${text}' is not valid`;
    this.report('error', kind, `${what}: expected ${expected}.`, { line, path: this.path(), field: node.name, value: personal ? undefined : text });
  }

  // ---- year -------------------------------------------------------------------------------------

  decideYear(): void {
    this.yearDecided = true;
    const decision = censusYear(this.declared, this.header as unknown as CinHeader | null);
    this.year = decision.year;
    this.rulesEndYear = decision.rulesEndYear;
    this.rulesLabel = collectionYear(decision.rulesEndYear);
    for (const p of decision.problems) this.report(p.severity, p.kind, p.message, p);
  }

  // ---- driving the parse ------------------------------------------------------------------------

  /** Feeds one chunk; false when the parse has ended early. */
  write(chunk: string): boolean {
    if (!this.sawStart && !this.checkStart(chunk)) return false;
    this.tokenize(() => this.tokenizer.write(chunk));
    if (this.stopped) return false;
    this.written += chunk.length;
    if (this.child !== null && this.written - this.childCharsAtStart > MAX_CHILD_CHARS) this.skipChild();
    return true;
  }

  /**
   * A file whose first character is not `<` is no XML at all (a CSV, a spreadsheet, junk): say so at
   * once rather than read on through all of it.
   */
  checkStart(chunk: string): boolean {
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (c === 32 || c === 10 || c === 9 || c === 13) continue;
      this.sawStart = true;
      if (c === 60) return true;
      this.unreadable = true;
      this.stopped = true;
      this.report('error', 'not-well-formed', 'The file is not XML: it starts with text rather than an element (is it a CSV file or a spreadsheet?).',
        { line: 1 + countNewlines(chunk.slice(0, i)) });
      return false;
    }
    return true;
  }

  /** Ends the parse (if it was not cut short) and settles the year of a file that never reached Children. */
  end(): void {
    if (!this.stopped && !this.unreadable) this.tokenize(() => this.tokenizer.end());
    if (!this.yearDecided && !this.unreadable) this.decideYear();
    this.reportUnlisted();
  }

  /** Runs the tokenizer, which calls back; a handler throws STOP to end the parse at once. */
  tokenize(step: () => void): void {
    try {
      step();
    } catch (error) {
      if (error !== STOP) throw error;
      this.stopped = true;
      this.abandonChild();
    }
  }

  /** The tokenizer's first fault, after which it reads no further. */
  fail({ kind, message, line, column }: XmlError): void {
    this.stopped = true;
    if (kind === 'doctype') {
      this.unreadable = true;
      this.report('error', 'forbidden-construct',
        'The file has a DOCTYPE declaration. A CIN census never needs one, and declared entities can be used to attack the reader (endless expansion, fetching other files), so the file was not read.',
        { line });
    } else if (kind === 'too-long') {
      this.report('error', 'too-large', `${message} That is not a CIN census; reading stopped at line ${line}.`, { line });
      this.unreadable ||= !this.sawRoot;
    } else if (!this.sawRoot) {
      this.unreadable = true;
      this.report('error', 'not-well-formed', kind === 'no-root' ? 'The file is empty: it holds no XML element.'
        : `The file is not XML (line ${line}, column ${column}: ${message})`, { line });
    } else if (kind === 'unclosed') {
      this.report('error', 'not-well-formed', `The file ends before ${this.path()} is closed: it may have been cut short.`, { line, path: this.path() });
    } else {
      this.report('error', 'not-well-formed', `The file is not well-formed XML at line ${line}, column ${column}: ${message} Reading stopped there.`, { line, path: this.depth > 0 ? this.path() : undefined });
    }
    this.abandonChild();
  }

  /** A child cut off by a fatal error is not handed on half-read. */
  abandonChild(): void {
    if (this.child === null) return;
    this.report('error', 'not-well-formed', `The child starting at line ${this.child.line} could not be read to its end, so it is left out.`, { line: this.child.line, path: 'Message/Children/Child' });
    this.child = null;
  }

  skipChild(): void {
    this.report('error', 'too-large', `This child's record is larger than ${MAX_CHILD_CHARS >> 20} MB, so it is left out.`, { line: this.child!.line, path: 'Message/Children/Child' });
    // The Child frame sits at depth 2 (Message, Children, Child): skip what is open from it down.
    this.skipDepth = this.depth - 2;
    this.depth = 2;
    this.child = null;
  }

  /** Children completed by the last chunk, in order; the reader forgets them. */
  take(): CinChild[] {
    return this.ready.splice(0, this.ready.length);
  }

  onInvalidUtf8(text: string, at: number): void {
    const line = this.tokenizer.line + countNewlines(text.slice(0, at));
    this.report('error', 'bad-format', `The file is not valid UTF-8 (first at line ${line}): such characters are read as �.`, { line });
  }

  onUtf16(): void {
    this.unreadable = true;
    this.report('error', 'bad-format', 'The file is encoded as UTF-16; the CIN census must be UTF-8. Save it as UTF-8 and read it again.');
  }
}

/**
 * Where a child element sits in its parent's sequence, or -1. Files follow the schema order, so the
 * element is nearly always the last one met or the next: look there before scanning.
 */
function positionOf(parent: CinNode, last: number, name: string): number {
  const children = parent.children;
  if (last >= 0 && children[last]!.name === name) return last;
  if (last + 1 < children.length && children[last + 1]!.name === name) return last + 1;
  return parent.position.get(name) ?? -1;
}

/** Whether text is only XML white space: the indentation between elements. */
function isSpace(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 10 && c !== 9 && c !== 13) return false;
  }
  return true;
}

function countNewlines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/**
 * Reads a CIN census XML file as a stream: each Child is built, handed to `onChild` and dropped, so
 * memory follows the largest child, not the file. Every problem found is reported with its line and
 * element path, and reading carries on past any that leaves the XML readable. Nothing in the file can
 * make it throw; only an error from the caller's own stream or `onChild` comes out as one.
 */
export async function readCin(source: ByteSource, options: CinReadOptions = {}): Promise<CinReadResult> {
  const reader = new CinReader(options);
  const { onChild, onHeader } = options;
  let delivered = 0;
  let announced = false;
  const announce = () => {
    if (announced) return;
    announced = true;
    onHeader?.(reader.header as unknown as CinHeader | null, reader.year);
  };
  const chunks = decodeUtf8(source, {
    onInvalidUtf8: (text, at) => reader.onInvalidUtf8(text, at),
    onUtf16: () => reader.onUtf16(),
    onProgress: options.onProgress,
  });
  for await (const chunk of chunks) {
    const going = reader.write(chunk);
    if (reader.yearDecided) announce();
    for (const child of reader.take()) {
      delivered++;
      if (onChild) {
        const pending = onChild(child);
        if (pending) await pending;
      }
    }
    if (!going) break;
  }
  reader.end();
  announce();
  for (const child of reader.take()) {
    delivered++;
    if (onChild) await onChild(child);
  }
  return {
    year: reader.year,
    header: reader.header as unknown as CinHeader | null,
    children: delivered,
    problems: reader.problems,
    unreadable: reader.unreadable,
  };
}

/** Convenience for small files: holds every child in memory. */
export async function readCinCensus(source: ByteSource, options: Omit<CinReadOptions, 'onChild'> = {}): Promise<{ census: CinCensus | null; problems: ReadProblem[] }> {
  const children: CinChild[] = [];
  const result = await readCin(source, { ...options, onChild: (child) => void children.push(child) });
  if (result.unreadable) return { census: null, problems: result.problems };
  const header = result.header ?? (newRecord(cinSchema(lastCinYear).children[0]!, undefined) as unknown as CinHeader);
  return { census: { year: result.year ?? collectionYear(lastCinYear), header, children }, problems: result.problems };
}
