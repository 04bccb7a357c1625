import type { Command } from 'commander';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { buildChronology } from '../../core/chronology/chronology.ts';
import { JourneyCollector } from '../../core/chronology/journeys.ts';
import { readCin } from '../../core/formats/cin/index.ts';
import { detectFileKind } from '../../core/formats/detect.ts';
import { guess903Year, read903, yearFromPath } from '../../core/formats/ssda903/index.ts';
import { referenceDate, type CollectionYear } from '../../core/model/collection-year.ts';
import type { IsoDate } from '../../core/model/dates.ts';
import { childFacts, disabilitiesOf, type ChildFacts } from '../../core/indicators/child-facts.ts';
import type { Allocation } from '../../core/drift/worklist.ts';
import { storedChildren } from '../../access/council-figures.ts';
import { POPULATION_SETTING, populationOf, type PopulationSetting } from '../../access/population-setting.ts';
import type { Population } from '../../core/indicators/indicator.ts';
import { readSetting } from '../../store/council-settings.ts';
import { defaultDataDir, openStore } from '../../store/open-store.ts';
import { readHead, readTextFiles, streamFile } from '../files.ts';

export interface CouncilReturns {
  readonly la: string;
  readonly children: readonly ChildFacts[];
  /** 31 March of the latest year read. */
  readonly latestReferenceDate: IsoDate | null;
  readonly files: number;
  /** Each child's team and allocated worker, where the store allocates them (a folder of returns names neither). */
  readonly allocations?: ReadonlyMap<string, Allocation>;
  /** The 0–17 population the council entered in the store's settings (a folder of returns has none). */
  readonly population?: Population;
}

/** Where a command reads the council from: a folder of returns, or (without one) the store. */
export interface CouncilSource {
  readonly folder?: string | undefined;
  /** A PostgreSQL URL (else DATABASE_URL, else PGlite in `data`). */
  readonly database?: string | undefined;
  readonly data?: string | undefined;
  readonly la?: string | undefined;
}

/** The argument and options that name a command's council source: a folder of returns, or the store (--la is the command's to place). */
export function councilSourceOptions(command: Command): Command {
  return command
    .argument('[folder]', 'read a folder of returns (e.g. what `sightline generate` wrote) instead of the store')
    .option('--database <url>', 'a PostgreSQL server (default: DATABASE_URL, else PGlite in --data)')
    .option('--data <dir>', 'PGlite data folder', defaultDataDir);
}

export function readCouncilFrom(source: CouncilSource): Promise<CouncilReturns> {
  return source.folder ? readCouncil(source.folder, source.la) : readStoredCouncil(source);
}

/**
 * The council's current returns in the store, as each child's facts. Without --la the store must hold
 * one council only, so that a command never quietly picks one of several.
 */
export async function readStoredCouncil(source: CouncilSource): Promise<CouncilReturns> {
  const db = await openStore({ url: source.database, dataDir: source.data });
  try {
    const councils = await db.query<{ la: string; latest: CollectionYear; returns: number }>(
      // The CIN census and SSDA903 only: what the indicators and drift count (an Annex A would move the date).
      "select la, max(collection_year) as latest, count(*)::int as returns from returns where superseded_by is null and dataset in ('cin', 'ssda903') group by la order by la",
    );
    const chosen = source.la ? councils.find((c) => c.la === source.la) : councils.length === 1 ? councils[0] : undefined;
    if (!chosen) {
      const held = councils.map((c) => c.la).join(', ') || 'none';
      throw new Error(source.la ? `the store holds no returns of council ${source.la} (it holds: ${held})` : `the store holds several councils (${held}): choose one with --la`);
    }
    const allocations = await db.query<{ child_id: string; team: string; worker: string | null }>('select child_id, team, worker from allocations where la = $1', [chosen.la]);
    const population = await readSetting<PopulationSetting>(db, chosen.la, POPULATION_SETTING);
    return {
      la: chosen.la, children: await storedChildren(db, chosen.la), latestReferenceDate: referenceDate(chosen.latest), files: chosen.returns,
      allocations: new Map(allocations.map((a) => [a.child_id, { team: a.team, worker: a.worker }])), ...(population ? { population: populationOf(population.value) } : {}),
    };
  } finally {
    await db.close();
  }
}

/**
 * Every return under a folder (as `sightline generate` writes them: each year's CIN census XML and its
 * ssda903 folder of CSVs), gathered into each child's journey and chronology. Later the store does
 * this; the commands only need the children.
 */
export async function readCouncil(root: string, la?: string): Promise<CouncilReturns> {
  const xml: string[] = [];
  const csvFolders = new Map<string, string[]>();
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    if (/\.xml$/i.test(entry.name) && detectFileKind(await readHead(path)) === 'cin-census-xml') xml.push(path);
    else if (/\.csv$/i.test(entry.name)) csvFolders.set(entry.parentPath, [...(csvFolders.get(entry.parentPath) ?? []), path]);
  }
  let collector: JourneyCollector | null = la ? new JourneyCollector(la) : null;
  const years: CollectionYear[] = [];
  for (const file of xml.sort()) {
    let year: CollectionYear | null = null;
    const { chunks } = await streamFile(file);
    await readCin(chunks, {
      file,
      onHeader: (header, y) => {
        year = y;
        collector ??= new JourneyCollector(header?.LEA ?? 'unknown');
      },
      onChild: (child) => {
        if (year) collector!.addCinChild(child, year, file);
      },
    });
    if (year) years.push(year);
  }
  collector ??= new JourneyCollector('unknown');
  for (const [folder, paths] of [...csvFolders].sort(([a], [b]) => a.localeCompare(b))) {
    const files = await readTextFiles(paths.sort());
    const year = yearFromPath(folder) ?? guess903Year(files);
    const { return: ret } = read903(files, year ? { year } : {});
    if (!ret) continue;
    collector.add903Return(ret, folder);
    years.push(ret.year);
  }
  const children = [...collector.journeys()].map((j) => childFacts(buildChronology(j), disabilitiesOf(j)));
  const latest = years.sort().at(-1);
  return { la: collector.la, children, latestReferenceDate: latest ? referenceDate(latest) : null, files: xml.length + csvFolders.size };
}
