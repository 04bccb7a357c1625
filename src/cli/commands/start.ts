import { Command } from 'commander';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { accessControl } from '../../access/access-control.ts';
import { listUsers } from '../../access/accounts.ts';
import { councilFigures } from '../../access/council-figures.ts';
import { ROLE_NAMES } from '../../access/permissions.ts';
import { buildServer } from '../../server/app.ts';
import type { Database } from '../../store/database.ts';
import { defaultDataDir, openStore } from '../../store/open-store.ts';
import { DEMO, createDemoAccounts, loadCouncil } from '../demo-council.ts';
import { seedDemoRecovery } from '../demo-recovery.ts';
import { progressBar } from '../progress.ts';

const root = join(import.meta.dirname, '../../..');

/**
 * `sightline start` (npm start): the platform with a demo council. On first run it builds the web app
 * if need be, generates the synthetic demo council, loads it, and creates one account per role with
 * passwords printed once, and adds the synthetic recovery work (inspection visits, an improvement plan,
 * case audits); then it serves the app, says where, and works out the council's figures in the background.
 */
export function startCommand(): Command {
  return new Command('start')
    .description(`run the Sightline platform; on first run load a synthetic demo council (${DEMO.children} children, ${DEMO.firstYear}–${DEMO.lastYear}) and create demo accounts`)
    .option('--port <port>', 'port to listen on', '3000')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--data <dir>', 'PGlite data folder (unless DATABASE_URL names a PostgreSQL server)', defaultDataDir)
    .option('--secure', 'served over TLS (behind a proxy): Secure cookies and HSTS', false)
    .action(async (opts: { port: string; host: string; data: string; secure: boolean }) => {
      await ensureWebBuilt();
      const db = await openStore({ dataDir: opts.data });
      const [{ n }] = (await db.query<{ n: number }>('select count(*)::int as n from returns')) as [{ n: number }];
      const firstRun = n === 0;
      if (firstRun) {
        console.log(`First run: generating and loading the synthetic demo council (${DEMO.children} children, ${DEMO.lastYear - DEMO.firstYear + 1} years) …`);
        const bar = progressBar('Loading returns', 2 * (DEMO.lastYear - DEMO.firstYear + 1));
        const results = await loadCouncil(db, { ...DEMO, faults: 0.01 }, join('data', 'demo-council'), (_r, done) => bar.update(done));
        bar.stop();
        for (const r of results) console.log(`  ${r.message}`);
      }
      if ((await listUsers(db)).length === 0) {
        const accounts = await createDemoAccounts(db, DEMO.la);
        console.log('\nDemo sign-ins (the passwords are shown only now; they are stored hashed):');
        for (const a of accounts) console.log(`  ${a.username.padEnd(14)} ${a.password}  ${ROLE_NAMES[a.role]}${a.team ? `, ${a.team}` : ''}${a.expiresAt ? `, until ${a.expiresAt.slice(0, 10)}` : ''}`);
      } else {
        console.log('\nSign-ins:');
        for (const u of await listUsers(db)) console.log(`  ${u.username.padEnd(14)} ${ROLE_NAMES[u.role]}${u.team ? `, ${u.team}` : ''}`);
      }
      console.log('Forgotten a password? npx sightline users reset USERNAME');
      if (firstRun) await addRecoveryWork(db);
      const app = await buildServer({ control: accessControl(db), secure: opts.secure });
      const url = await app.listen({ port: Number(opts.port), host: opts.host });
      console.log(`\nSightline is running at ${url}`);
      // Worked out now, while nobody is waiting, so that the first dashboard opens quickly (a failure is not kept: that page tries again).
      void councilFigures(db, DEMO.la).catch(() => undefined);
      const stop = async () => {
        await app.close();
        await db.close();
        process.exit(0);
      };
      process.once('SIGINT', () => void stop());
      process.once('SIGTERM', () => void stop());
    });
}

/** The demo council's recovery work; the platform starts without it if it cannot be added. */
async function addRecoveryWork(db: Database): Promise<void> {
  console.log('\nAdding the synthetic recovery work: inspection visits, an improvement plan and case audits …');
  try {
    const r = await seedDemoRecovery(db, DEMO.la);
    console.log(r.seeded
      ? `  ${r.visits} visits with ${r.findings} findings, ${r.actions} improvement-plan actions, ${r.audits} case audits (${r.submitted} submitted, ${r.moderated} moderated)`
      : `  Not added: ${r.reason}.`);
  } catch (error) {
    console.log(`  Not added: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** `npm start` right after `npm install` must work: build the web app the first time. */
async function ensureWebBuilt(): Promise<void> {
  if (existsSync(join(root, 'dist/web/index.html'))) return;
  console.log('Building the web app (first run only) …');
  const { build } = await import('vite');
  await build({ configFile: join(root, 'vite.config.ts'), root: join(root, 'src/web'), logLevel: 'warn' });
}
