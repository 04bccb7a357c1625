/**
 * What kind of return a file is, from its first bytes rather than its name: councils' files arrive
 * renamed, and a person dropping files on a page should not have to say which is which.
 */
export type FileKind = 'cin-census-xml' | 'ssda903-xml' | 'csv' | 'xlsx' | 'xml' | 'unknown';

export function detectFileKind(head: Uint8Array): FileKind {
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) return 'xlsx';
  const text = new TextDecoder('utf-8', { fatal: false }).decode(head.subarray(0, 4096)).replace(/^\uFEFF/, '');
  const root = rootElement(text);
  if (root === 'Message') return 'cin-census-xml';
  if (root === 'EXPSSDA903') return 'ssda903-xml';
  if (root) return 'xml';
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  if (/\bCHILD\b/i.test(firstLine) && firstLine.includes(',')) return 'csv';
  return 'unknown';
}

/** The name of the first element of an XML text (past its declaration, comments and DOCTYPE), if any. */
export function rootElement(text: string): string | undefined {
  return /<(?![?!])([A-Za-z_][\w.-]*)/.exec(text)?.[1];
}
