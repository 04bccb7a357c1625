import { Command, InvalidArgumentError } from 'commander';
import { createUser, listUsers, resetPassword } from '../../access/accounts.ts';
import { generatePassword } from '../../access/passwords.ts';
import { isRole, ROLE_NAMES, ROLES, type Role } from '../../access/permissions.ts';
import { defaultDataDir, openStore } from '../../store/open-store.ts';

/**
 * `sightline users`: accounts from the command line, for whoever runs the server. Passwords are
 * generated, printed once and stored only as scrypt hashes.
 */
export function usersCommand(): Command {
  const data = (c: Command) => c.option('--data <dir>', 'PGlite data folder (unless DATABASE_URL names a PostgreSQL server)', defaultDataDir);
  const users = new Command('users').description('list, add and reset accounts');

  users.addCommand(
    data(new Command('list').description('every account, its role and team')).action(async (opts: { data: string }) => {
      const db = await openStore({ dataDir: opts.data });
      for (const u of await listUsers(db)) console.log(`${u.username.padEnd(16)} ${u.la} ${ROLE_NAMES[u.role]}${u.team ? `, ${u.team}` : ''}${u.expiresAt ? `, until ${u.expiresAt}` : ''}`);
      await db.close();
    }),
  );

  users.addCommand(
    data(new Command('add').description('add an account and print its password'))
      .argument('<username>')
      .requiredOption('--role <role>', ROLES.join(', '), role)
      .requiredOption('--la <code>', "the council's three-digit DfE code")
      .option('--team <team>', 'social workers: their team')
      .option('--expires <date>', 'inspectors: the last day of access (YYYY-MM-DD)')
      .action(async (username: string, opts: { data: string; role: Role; la: string; team?: string; expires?: string }, command: Command) => {
        if (opts.role === 'social-worker' && !opts.team) command.error('error: a social worker needs --team.');
        if (opts.role === 'inspector' && !opts.expires) command.error("error: an inspector's account needs --expires.");
        const db = await openStore({ dataDir: opts.data });
        const password = generatePassword();
        await createUser(db, { username, role: opts.role, la: opts.la, team: opts.team ?? null, expiresAt: opts.expires ? `${opts.expires}T23:59:59Z` : null, password });
        console.log(`${username}: ${password}`);
        await db.close();
      }),
  );

  users.addCommand(
    data(new Command('reset').description('give an account a new password, unlock it and end its sessions'))
      .argument('<username>')
      .action(async (username: string, opts: { data: string }) => {
        const db = await openStore({ dataDir: opts.data });
        const password = generatePassword();
        const done = await resetPassword(db, username, password);
        await db.close();
        if (!done) {
          console.error(`There is no account ${username}.`);
          process.exitCode = 1;
          return;
        }
        console.log(`${username}: ${password}`);
      }),
  );
  return users;
}

function role(text: string): Role {
  if (!isRole(text)) throw new InvalidArgumentError(`expected one of ${ROLES.join(', ')}.`);
  return text;
}
