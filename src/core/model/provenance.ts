/**
 * Every record remembers where it was read from, so that a validation result, a chronology event or a
 * conflict can point a person at the exact place to correct: the element's line in a CIN census, the
 * row of a SSDA903 table.
 */
export interface Recorded<Field extends string = string> {
  /** Line in the file where the record starts: its opening element (XML) or its row (CSV, where the header is line 1). */
  readonly line?: number;
  /** Line of each field's element, for XML sources where fields sit on their own lines. */
  readonly lines?: Partial<Record<Field, number>>;
  /** The text as the file gave it, kept only where it differs from the value Sightline understood (e.g. `false` read as 0, `12/05/2024` as 2024-05-12, an unreadable date). */
  readonly raw?: Partial<Record<Field, string>>;
}

/** Strips the provenance from a model tree: two reads of the same data compare equal whatever their layout. */
export function withoutProvenance<T>(value: T): T {
  return JSON.parse(JSON.stringify(value, (key, v: unknown) => (key === 'line' || key === 'lines' || key === 'raw' ? undefined : v))) as T;
}
