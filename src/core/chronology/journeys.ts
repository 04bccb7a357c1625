import type { AnnexARecord } from '../model/annex-a.ts';
import type { CinChild } from '../model/cin.ts';
import type { CollectionYear } from '../model/collection-year.ts';
import type { ChildJourney, Source, Sourced } from '../model/journey.ts';
import type { Ssda903Return, Ssda903TableName, Ssda903Tables } from '../model/ssda903.ts';

type LookedAfter = { -readonly [T in keyof ChildJourney['lookedAfter']]: ChildJourney['lookedAfter'][T][number][] };

/**
 * Gathers what every return says about each child of one council into that child's journey (the input
 * to the chronology). Returns are added one at a time, in any order, so a store can feed them as it
 * reads them; the same child id in the CIN census and the SSDA903 is the same child.
 */
export class JourneyCollector {
  readonly la: string;
  private readonly byChild = new Map<string, { cin: ChildJourney['cin'][number][]; lookedAfter: LookedAfter; annexA: Sourced<AnnexARecord>[] }>();

  constructor(la: string) {
    this.la = la;
  }

  addCinChild(child: CinChild, year: CollectionYear, file?: string): void {
    const source: Source = file === undefined ? { dataset: 'cin', year } : { dataset: 'cin', year, file };
    this.entry(child.ChildIdentifiers.LAchildID).cin.push({
      source: child.line === undefined ? source : { ...source, line: child.line },
      record: { ChildIdentifiers: child.ChildIdentifiers, ChildCharacteristics: child.ChildCharacteristics, CINdetails: child.CINdetails },
    });
  }

  /** The rows of one SSDA903 return (or one child's share of it), each filed under its CHILD. */
  add903(tables: Partial<Ssda903Tables>, year: CollectionYear, file?: string): void {
    for (const table of Object.keys(tables) as Ssda903TableName[]) {
      for (const row of tables[table] ?? []) {
        const source: Source = { dataset: 'ssda903', year, table, ...(file === undefined ? {} : { file }), ...(row.line === undefined ? {} : { line: row.line }) };
        (this.entry(row.CHILD).lookedAfter[table] as { source: Source; record: typeof row }[]).push({ source, record: row });
      }
    }
  }

  add903Return(ret: Ssda903Return, file?: string): void {
    this.add903(ret.tables, ret.year, file);
  }

  /** Rows of an Annex A snapshot (or one child's share of it), each filed under its Child Unique ID; list 11 (adopters) names no child and is not filed. */
  addAnnexA(records: readonly AnnexARecord[], year: CollectionYear, file?: string): void {
    for (const record of records) {
      const id = record.values['Child Unique ID'];
      if (typeof id !== 'string' || id === '') continue;
      const source: Source = { dataset: 'annex-a', year, ...(file === undefined ? {} : { file }), ...(record.line === undefined ? {} : { line: record.line }) };
      this.entry(id).annexA.push({ source, record });
    }
  }

  childIds(): IterableIterator<string> {
    return this.byChild.keys();
  }

  journey(childId: string): ChildJourney | undefined {
    const e = this.byChild.get(childId);
    return e && { la: this.la, childId, cin: e.cin, lookedAfter: e.lookedAfter, ...(e.annexA.length ? { annexA: e.annexA } : {}) };
  }

  *journeys(): Generator<ChildJourney> {
    for (const childId of this.byChild.keys()) yield this.journey(childId)!;
  }

  private entry(childId: string) {
    let e = this.byChild.get(childId);
    if (!e) {
      e = { cin: [], lookedAfter: emptyLookedAfter(), annexA: [] };
      this.byChild.set(childId, e);
    }
    return e;
  }
}

export function emptyLookedAfter(): LookedAfter {
  return { header: [], episodes: [], reviews: [], uasc: [], oc2: [], oc3: [], ad1: [], placed_for_adoption: [], previous_permanence: [], missing: [], social_worker: [], dolo: [] };
}
