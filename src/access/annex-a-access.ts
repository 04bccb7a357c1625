import type { AnnexAPeriod } from '../core/formats/annex-a/produce-annex-a.ts';
import type { IsoDate } from '../core/model/dates.ts';
import { listAnnexASnapshots } from '../store/annex-a-snapshot.ts';
import type { Database } from '../store/database.ts';
import { annualReturnsReach, countStoredChildren, reconcileStoredAnnexA } from '../store/produce-annex-a.ts';
import { today, type ActorGuard } from './actor-guard.ts';
import { abandonAnnexAJob, annexAFileName, annexAJobView, findAnnexAJob, startAnnexAJob, takeAnnexAWorkbook, type AnnexAJob } from './annex-a-jobs.ts';
import type { AnnexAJobView, AnnexAOverviewView, AnnexAReconciliationView } from './annex-a-views.ts';
import { NotFound, Rejected } from './errors.ts';

/**
 * Ofsted's Annex A: produced from the store for a date and downloaded (child-level data leaving the
 * system: who, when, the date and the reason are audited), the council's own Annex A returns, and where
 * they disagree with its CIN census and SSDA903.
 */
export interface AnnexAAccess {
  /** The council's stored Annex A returns and how far its annual returns reach. */
  overview(): Promise<AnnexAOverviewView>;
  /** Starts producing Annex A as of `at`, looking back `months`; audited with the reason. Follow it with `production`. */
  produce(input: { at: IsoDate; months: AnnexAPeriod; reason: string }): Promise<AnnexAJobView>;
  /** A production the actor started: its stage and progress. */
  production(id: string): Promise<AnnexAJobView>;
  /** The finished workbook, once (audited); the server keeps no copy after. */
  download(id: string): Promise<{ fileName: string; workbook: Uint8Array }>;
  /** Where the council's own Annex A for `at` and its CIN census / SSDA903 disagree (names children: audited). */
  reconcile(at: IsoDate, months: AnnexAPeriod): Promise<AnnexAReconciliationView>;
}

export function annexAAccess(db: Database, guard: ActorGuard): AnnexAAccess {
  const { actor, scope, audit } = guard;
  /** The actor's own production, or NotFound (another user's is not theirs to see). */
  const ownJob = (id: string): AnnexAJob => {
    const job = findAnnexAJob(db, actor.la, actor.username, id);
    if (!job) throw new NotFound(`There is no Annex A production ${id} that you started (or it is no longer remembered).`);
    return job;
  };

  return {
    async overview() {
      scope('produce-annex-a');
      const [returnsReach, stored] = await Promise.all([annualReturnsReach(db, actor.la), listAnnexASnapshots(db, actor.la)]);
      return { returnsReach, stored };
    },

    async produce({ at, months, reason }) {
      scope('produce-annex-a');
      if (at > today()) throw new Rejected(`The date ${at} is after today: Annex A is drawn up as of a date that has come.`);
      if (reason.trim() === '') throw new Rejected('Give the reason for producing Annex A: it is recorded in the audit log.');
      if ((await countStoredChildren(db, actor.la)) === 0) throw new NotFound('There are no returns for your council yet: upload one first.');
      const job = startAnnexAJob(db, { la: actor.la, by: actor.username, at, months });
      // As it stood when started: the progress requests that follow tell how it goes on.
      const started = annexAJobView(job);
      try {
        await audit(db, 'produce-annex-a', at, reason.trim(), { months, production: job.id });
      } catch (error) {
        // Child-level data is never produced without its audit entry.
        abandonAnnexAJob(job);
        throw error;
      }
      return started;
    },

    async production(id) {
      scope('produce-annex-a');
      return annexAJobView(ownJob(id));
    },

    async download(id) {
      scope('produce-annex-a');
      const job = ownJob(id);
      if (job.stage === 'reading' || job.stage === 'writing') throw new Rejected('The Annex A is not ready yet: wait until its progress reaches 100%.');
      if (job.stage !== 'ready') throw new NotFound(`The Annex A of production ${id} is no longer kept (${job.stage}): produce it again.`);
      await audit(db, 'download-annex-a', job.at, null, { months: job.months, production: job.id, rows: Object.fromEntries(job.lists.map((l) => [l.sheet, l.rows])) });
      const workbook = takeAnnexAWorkbook(job);
      if (!workbook) throw new NotFound(`The Annex A of production ${id} is no longer kept: produce it again.`);
      return { fileName: annexAFileName(actor.la, job.at), workbook };
    },

    async reconcile(at, months) {
      scope('produce-annex-a');
      const found = await reconcileStoredAnnexA(db, actor.la, at, months);
      if (!found) throw new NotFound(`The store holds no Annex A of your council drawn up for ${at}: import it first (sightline import annex-a FILE.xlsx --at ${at}).`);
      await audit(db, 'reconcile-annex-a', at, null, { months, disagreements: found.length });
      return {
        at, months,
        disagreements: found.map((d) => ({
          kind: d.kind, list: d.list, childId: d.child ?? null, field: d.field ?? null, annexA: d.annexA ?? null, returns: d.returns ?? null, message: d.message,
        })),
      };
    },
  };
}
