import type { ReadProblem } from '../../model/problem.ts';

/** A file as the caller has it: already text, or its bytes (decoded here so the core needs no file system). */
export interface TextFile {
  readonly name: string;
  readonly content: string | Uint8Array;
}

export interface Decoded {
  /** Null when the file is not text. */
  readonly text: string | null;
  readonly problems: readonly ReadProblem[];
}

/**
 * The file's text, without a byte-order mark, or a `bad-format` problem when it is not text at all.
 * Councils do send workbooks and exports from other systems by mistake; saying so plainly saves a support call.
 * Bytes that are not UTF-8 are read as Windows-1252, the encoding Excel uses for "CSV" on English Windows.
 */
export function decodeFile(file: TextFile): Decoded {
  let text: string;
  const problems: ReadProblem[] = [];
  if (typeof file.content === 'string') {
    text = file.content;
  } else {
    const bytes = file.content;
    const format = binaryFormat(bytes);
    if (format) return { text: null, problems: [badFormat(file.name, format)] };
    if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le').decode(bytes);
    else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be').decode(bytes);
    else {
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      } catch {
        text = new TextDecoder('windows-1252').decode(bytes);
        problems.push({
          severity: 'warning',
          kind: 'bad-format',
          file: file.name,
          message: 'the file is not UTF-8 text; it was read as Windows-1252 (Excel\'s "CSV" encoding): check any accented letters',
        });
      }
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.startsWith('PK\u0003\u0004')) return { text: null, problems: [badFormat(file.name, 'a zip file, probably an Excel workbook (xlsx)')] };
  if (looksBinary(text)) return { text: null, problems: [badFormat(file.name, 'binary data, not text')] };
  return { text, problems };
}

/** Workbooks by their magic numbers; anything with NUL bytes (outside UTF-16, checked by the caller) is binary. */
function binaryFormat(bytes: Uint8Array): string | null {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return 'a zip file, probably an Excel workbook (xlsx)';
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return 'an old-style Excel workbook (xls)';
  return null;
}

/** Text files hold no NUL and almost no other control characters; a sample of the start is enough to tell. */
function looksBinary(text: string): boolean {
  const end = Math.min(text.length, 65_536);
  let controls = 0;
  for (let i = 0; i < end; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) controls += 1;
  }
  return controls > end / 100;
}

function badFormat(file: string, what: string): ReadProblem {
  return {
    severity: 'error',
    kind: 'bad-format',
    file,
    message: `the file is ${what}, not a CSV table: save each SSDA903 table as a CSV file (comma-separated, UTF-8)`,
  };
}
