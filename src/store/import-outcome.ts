import type { CollectionYear } from '../core/model/collection-year.ts';
import type { ReadProblem } from '../core/model/problem.ts';
import type { ValidationReport } from '../core/validation/results.ts';
import type { ReturnLabel } from './return-snapshot.ts';

/**
 * Thrown inside an import's transaction to refuse the return: the transaction rolls back, so nothing
 * of it is stored, and the message says why in plain words.
 */
export class Rejection extends Error {
  readonly problems: readonly ReadProblem[];

  constructor(message: string, problems: readonly ReadProblem[] = []) {
    super(message);
    this.name = 'Rejection';
    this.problems = problems;
  }
}

/** Thrown inside an import's transaction when the store already holds these very files: nothing is written. */
export class AlreadyStored extends Error {
  readonly returnId: number;

  constructor(returnId: number, message: string) {
    super(message);
    this.name = 'AlreadyStored';
    this.returnId = returnId;
  }
}

/** What an import tells its caller as it goes: a stage, and how far through it (bytes or items). */
export type ImportProgress = (stage: string, done: number, total: number) => void;

/** What a dataset's importer is given besides its files. */
export interface DatasetImport {
  /** The council's three-digit DfE code, when the caller knows it. */
  readonly la?: string | undefined;
  readonly year?: CollectionYear | undefined;
  readonly sha256: string;
  readonly importedBy: string;
  readonly onProgress?: ImportProgress | undefined;
}

/** A return stored (not yet committed: the caller's transaction decides). */
export interface Imported {
  readonly returnId: number;
  readonly la: string;
  readonly year: CollectionYear;
  readonly children: number;
  readonly report: ValidationReport;
  readonly problems: readonly ReadProblem[];
  readonly supersedes: ReturnLabel | null;
}
