import { Command } from 'commander';
import { buildServer } from '../../server/app.ts';

export function serveCommand(): Command {
  return new Command('serve')
    .description('run the Sightline web app')
    .option('--port <port>', 'port to listen on', '3000')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .action(async (opts: { port: string; host: string }) => {
      const app = await buildServer();
      const url = await app.listen({ port: Number(opts.port), host: opts.host });
      console.log(`Sightline is running at ${url}`);
    });
}
