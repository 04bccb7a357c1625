import { randomUUID } from 'node:crypto';
import type { AnnexAPeriod } from '../core/formats/annex-a/produce-annex-a.ts';
import { annexALists } from '../core/formats/annex-a/template.ts';
import { writeAnnexA } from '../core/formats/annex-a/write-annex-a.ts';
import type { IsoDate } from '../core/model/dates.ts';
import type { Database } from '../store/database.ts';
import { countStoredChildren, produceStoredAnnexA } from '../store/produce-annex-a.ts';
import type { AnnexAJobView, AnnexAStage } from './annex-a-views.ts';
import { Rejected } from './errors.ts';

/**
 * Productions of Annex A under way or finished, kept in the server's memory (never in the store: the
 * workbook is child-level data that should exist only until its one download). A production reads the
 * council's children from the store, reporting how many are done, then writes the workbook; the finished
 * workbook waits for its one download for WORKBOOK_KEPT_MS and is then dropped.
 */
export const WORKBOOK_KEPT_MS = 15 * 60_000;
/** How long a finished production is remembered (so that its page can say what became of it). */
export const JOB_KEPT_MS = 60 * 60_000;
/** Productions running at once on one server: each reads a whole council on a shared machine. */
export const RUNNING_LIMIT = 2;
/** Reading the children is most of the work; writing the workbook is the rest. */
const READING_SHARE = 90;

export interface AnnexAJob {
  readonly id: string;
  readonly la: string;
  /** The username that started it: only they may follow and download it. */
  readonly by: string;
  readonly at: IsoDate;
  readonly months: AnnexAPeriod;
  stage: AnnexAStage;
  done: number;
  total: number;
  lists: AnnexAJobView['lists'];
  unfilled: number;
  readonly startedAt: Date;
  finishedAt: Date | null;
  availableUntil: Date | null;
  workbook: Uint8Array | null;
}

const registries = new WeakMap<Database, Map<string, AnnexAJob>>();

function jobsOf(db: Database): Map<string, AnnexAJob> {
  let jobs = registries.get(db);
  if (!jobs) registries.set(db, (jobs = new Map()));
  return jobs;
}

const running = (job: AnnexAJob) => job.stage === 'reading' || job.stage === 'writing';

/** Starts a production in the background; refused while the user already has one running, or the server is busy with others. */
export function startAnnexAJob(db: Database, input: { la: string; by: string; at: IsoDate; months: AnnexAPeriod }): AnnexAJob {
  const jobs = jobsOf(db);
  const now = Date.now();
  for (const [id, job] of jobs) if (!running(job) && job.startedAt.getTime() + JOB_KEPT_MS < now) jobs.delete(id);
  const under = [...jobs.values()].filter(running);
  if (under.some((j) => j.by === input.by && j.la === input.la)) throw new Rejected('You are already producing an Annex A: wait for it to finish, then start another.');
  if (under.length >= RUNNING_LIMIT) throw new Rejected(`${under.length} Annex A productions are running already: try again in a minute.`);
  const job: AnnexAJob = {
    id: randomUUID(), ...input, stage: 'reading', done: 0, total: 0, lists: [], unfilled: 0,
    startedAt: new Date(now), finishedAt: null, availableUntil: null, workbook: null,
  };
  jobs.set(job.id, job);
  void run(db, job);
  return job;
}

async function run(db: Database, job: AnnexAJob): Promise<void> {
  try {
    job.total = await countStoredChildren(db, job.la);
    const book = await produceStoredAnnexA(db, job.la, job.at, job.months, (done) => {
      job.done = done;
    });
    if (job.stage !== 'reading') return; // abandoned meanwhile
    job.stage = 'writing';
    job.lists = annexALists.map((l) => ({ list: l.list, sheet: l.sheet, subject: l.subject, rows: book.lists[l.list]?.length ?? 0 }));
    job.unfilled = book.unfilled.length;
    // Let a progress request see the writing stage before the (synchronous) writing starts.
    await new Promise((resolve) => setImmediate(resolve));
    if (job.stage !== 'writing') return; // abandoned meanwhile
    job.workbook = writeAnnexA(book);
    job.stage = 'ready';
    job.finishedAt = new Date();
    job.availableUntil = new Date(job.finishedAt.getTime() + WORKBOOK_KEPT_MS);
    setTimeout(() => {
      if (job.stage !== 'ready') return;
      job.workbook = null;
      job.stage = 'expired';
    }, WORKBOOK_KEPT_MS).unref();
  } catch (error) {
    abandonAnnexAJob(job);
    // The server's log is told what kind of failure and where, not its message, which may quote a child's record.
    console.error(`Annex A production ${job.id} for council ${job.la} failed: ${failureOf(error)}`);
  }
}

/** An error as the server's log may record it: its kind (and database error code) and the code it stopped in. */
function failureOf(error: unknown): string {
  if (!(error instanceof Error)) return `a thrown ${typeof error}`;
  const code = (error as { code?: unknown }).code;
  const where = (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line));
  return [`${error.name}${typeof code === 'string' ? ` (${code})` : ''}`, ...where].join('\n');
}

/** Gives up a production (it failed, or its start could not be recorded): nothing it built is kept, not even its lists' sizes. */
export function abandonAnnexAJob(job: AnnexAJob): void {
  job.stage = 'failed';
  job.finishedAt = new Date();
  job.workbook = null;
  job.lists = [];
  job.unfilled = 0;
}

/** The user's production, or null (another user's is not theirs to see). */
export function findAnnexAJob(db: Database, la: string, by: string, id: string): AnnexAJob | null {
  const job = jobsOf(db).get(id);
  return job && job.la === la && job.by === by ? job : null;
}

/** The finished workbook, handed over once: the production keeps no copy after. */
export function takeAnnexAWorkbook(job: AnnexAJob): Uint8Array | null {
  const workbook = job.workbook;
  if (job.stage !== 'ready' || !workbook) return null;
  job.workbook = null;
  job.stage = 'downloaded';
  return workbook;
}

const ACTIVITY: Readonly<Record<AnnexAStage, (job: AnnexAJob) => string>> = {
  reading: (j) => (j.total === 0 ? "Finding the council's children" : `Reading children's records and building each list: ${j.done.toLocaleString('en-GB')} of ${j.total.toLocaleString('en-GB')} children`),
  writing: () => 'Writing the workbook: the cover sheet and lists 1 to 11',
  ready: () => 'Ready to download',
  downloaded: () => 'Downloaded: the workbook is no longer kept',
  expired: () => 'Not downloaded in time: the workbook is no longer kept. Produce it again.',
  failed: () => 'The Annex A could not be produced. Try again; if it fails again, tell your administrator.',
};

export function annexAJobView(job: AnnexAJob): AnnexAJobView {
  const percent = job.stage === 'reading' ? (job.total === 0 ? 0 : Math.floor((READING_SHARE * job.done) / job.total))
    : job.stage === 'writing' ? READING_SHARE
    : job.stage === 'failed' ? Math.floor((READING_SHARE * job.done) / Math.max(job.total, 1)) : 100;
  return {
    id: job.id, at: job.at, months: job.months, stage: job.stage, activity: ACTIVITY[job.stage](job), percent,
    childrenDone: job.done, childrenTotal: job.total, lists: job.lists, unfilled: job.unfilled,
    startedAt: job.startedAt.toISOString(), finishedAt: job.finishedAt?.toISOString() ?? null,
    availableUntil: job.availableUntil?.toISOString() ?? null, fileName: annexAFileName(job.la, job.at),
  };
}

export const annexAFileName = (la: string, at: IsoDate) => `annex-a-${la}-${at}.xlsx`;
