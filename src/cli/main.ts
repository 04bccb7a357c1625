import { Command } from 'commander';
import { annexACommand } from './commands/annex-a.ts';
import { driftCommand } from './commands/drift.ts';
import { forecastCommand } from './commands/forecast.ts';
import { generateCommand } from './commands/generate.ts';
import { importCommand } from './commands/import.ts';
import { indicatorsCommand } from './commands/indicators.ts';
import { inspectCommand } from './commands/inspect.ts';
import { serveCommand } from './commands/serve.ts';
import { startCommand } from './commands/start.ts';
import { usersCommand } from './commands/users.ts';
import { validateCommand } from './commands/validate.ts';

function program(): Command {
  return new Command('sightline')
    .description("Children's social care data for English councils: read, check and follow every child's journey.")
    .version('0.1.0')
    .showHelpAfterError()
    .addCommand(annexACommand())
    .addCommand(driftCommand())
    .addCommand(forecastCommand())
    .addCommand(generateCommand())
    .addCommand(importCommand())
    .addCommand(indicatorsCommand())
    .addCommand(inspectCommand())
    .addCommand(serveCommand())
    .addCommand(startCommand())
    .addCommand(usersCommand())
    .addCommand(validateCommand());
}

await program().parseAsync(process.argv);
