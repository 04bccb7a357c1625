import { Command } from 'commander';
import { accessControl } from '../../access/access-control.ts';
import { buildServer } from '../../server/app.ts';
import { defaultDataDir, openStore } from '../../store/open-store.ts';

export function serveCommand(): Command {
  return new Command('serve')
    .description('run the Sightline web app and API on an existing store (npm run build first; `start` also loads a demo council)')
    .option('--port <port>', 'port to listen on', '3000')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--data <dir>', 'PGlite data folder (unless DATABASE_URL names a PostgreSQL server)', defaultDataDir)
    .option('--secure', 'served over TLS (behind a proxy): Secure cookies and HSTS', false)
    .action(async (opts: { port: string; host: string; data: string; secure: boolean }) => {
      const db = await openStore({ dataDir: opts.data });
      const app = await buildServer({ control: accessControl(db), secure: opts.secure });
      const url = await app.listen({ port: Number(opts.port), host: opts.host });
      console.log(`Sightline is running at ${url}`);
    });
}
