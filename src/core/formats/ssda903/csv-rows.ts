import Papa from 'papaparse';

/** A CSV file split into rows, each with the line it starts on, so that problems can point into the file. */
export interface CsvRows {
  /** Rows holding at least one non-blank cell, cells as written (untrimmed); the first is the header. */
  readonly rows: readonly (readonly string[])[];
  /** 1-based line on which each row starts. */
  readonly lines: readonly number[];
  /** Places papaparse could not split cleanly, such as an unclosed quote. */
  readonly errors: readonly { readonly line: number; readonly message: string }[];
}

/**
 * Splits CSV text with papaparse (arrays, not header objects: the reader maps columns itself, which is faster
 * and lets it report unknown and duplicate columns). Blank lines, and rows of empty cells that spreadsheets
 * leave behind, are skipped but still counted, and a quoted cell spanning lines moves the count on by as
 * many lines, so `lines` matches what an editor shows.
 */
export function splitCsv(input: string): CsvRows {
  const { text, newline } = withOneLineBreak(input);
  const parsed = Papa.parse<string[]>(text, { delimiter: ',', newline, quoteChar: '"', header: false, skipEmptyLines: false });
  const quoted = text.includes('"');
  const rows: string[][] = [];
  const lines: number[] = [];
  const lineOfRow = new Array<number>(parsed.data.length);
  let line = 1;
  for (let i = 0; i < parsed.data.length; i += 1) {
    const cells = parsed.data[i]!;
    lineOfRow[i] = line;
    if (!isBlank(cells)) {
      rows.push(cells);
      lines.push(line);
    }
    line += 1;
    if (quoted) for (const cell of cells) line += lineBreaks(cell);
  }
  const errors = parsed.errors.map((e) => ({ line: lineOfRow[e.row ?? 0] ?? line, message: describeError(e) }));
  return { rows, lines, errors };
}

/**
 * Files pasted together from different systems mix CRLF and LF; papaparse splits on one kind only, so mixed
 * files are brought to LF. A pure CRLF file is left alone so that line breaks inside quoted cells survive.
 */
function withOneLineBreak(text: string): { text: string; newline: '\n' | '\r\n' } {
  if (!text.includes('\r')) return { text, newline: '\n' };
  if (!/\r(?!\n)|(?<!\r)\n/.test(text)) return { text, newline: '\r\n' };
  return { text: text.replace(/\r\n?/g, '\n'), newline: '\n' };
}

function isBlank(cells: readonly string[]): boolean {
  for (const cell of cells) if (cell.trim() !== '') return false;
  return true;
}

function lineBreaks(cell: string): number {
  if (!cell.includes('\n') && !cell.includes('\r')) return 0;
  let n = 0;
  for (let i = 0; i < cell.length; i += 1) {
    const c = cell.charCodeAt(i);
    if (c === 10 || (c === 13 && cell.charCodeAt(i + 1) !== 10)) n += 1;
  }
  return n;
}

function describeError(e: Papa.ParseError): string {
  switch (e.code) {
    case 'MissingQuotes':
      return 'a quoted value is never closed: everything after its opening quote was read as one value';
    case 'InvalidQuotes':
      return 'a value has a quote mark in the wrong place (quotes inside a value must be doubled, and the value quoted)';
    default:
      return `the row could not be split into values (${e.message})`;
  }
}
