import { InvalidArgumentError } from 'commander';
import { parseDate, type IsoDate } from '../../core/model/dates.ts';
import type { Database } from '../../store/database.ts';
import { openStore } from '../../store/open-store.ts';

/** A commander parser for a date option; a date that does not parse is refused, suggesting `example`. */
export function isoDateOption(example: IsoDate): (text: string) => IsoDate {
  return (text) => {
    const d = parseDate(text);
    if (!d) throw new InvalidArgumentError(`expected a date such as ${example}.`);
    return d;
  };
}

/**
 * The store a command's --database and --data name, or null once it has said on stderr why it could
 * not be opened (the command then exits with status 2).
 */
export async function openCommandStore(opts: { database?: string | undefined; data: string }): Promise<Database | null> {
  try {
    return await openStore({ url: opts.database, dataDir: opts.data });
  } catch (error) {
    console.error(`the store could not be opened: ${(error as Error).message}`);
    return null;
  }
}
