/** The SSDA903 children looked after return as CSV tables: reader, writer and the DfE layouts. */
export { read903, type Read903Options, type Read903Result } from './read-903.ts';
export { write903, write903Table } from './write-903.ts';
export { yearFromPath } from './year-from-path.ts';
export { identifyTable } from './identify-table.ts';
export { layouts903, tableNames903, inReturn, type Column903, type ColumnKind, type Layout903 } from './tables.ts';
export type { TextFile } from './text-file.ts';
export { guess903Year } from './guess-year.ts';
