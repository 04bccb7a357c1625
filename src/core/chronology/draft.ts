import type { IsoDate } from '../model/dates.ts';
import type { Source } from '../model/journey.ts';
import type { EventKind } from './event.ts';
import type { Value } from './merge.ts';

/** One return's account of one event, before the accounts of all returns are merged. */
export interface EventDraft {
  readonly key: string;
  readonly kind: EventKind;
  readonly date: IsoDate;
  readonly values: Readonly<Record<string, Value>>;
  readonly source: Source;
}

/** Collects drafts, dropping those without a readable date (the validators report those). */
export class Drafts {
  readonly list: EventDraft[] = [];
  private readonly source: Source;

  constructor(source: Source) {
    this.source = source;
  }

  add(kind: EventKind, key: string, date: IsoDate | null, values: Readonly<Record<string, Value>> = {}, line?: number): void {
    if (date === null) return;
    this.list.push({ key: `${kind}:${key}`, kind, date, values, source: line === undefined ? this.source : { ...this.source, line } });
  }
}
