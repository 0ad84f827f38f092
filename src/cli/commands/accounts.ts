import type { Command } from 'commander';
import { createUser } from '../../domain/auth/create-user';
import { createApiToken } from '../../domain/auth/sessions';
import { findUserByEmail } from '../../domain/auth/create-user';
import { AppError } from '../../domain/errors';
import type { CliEnv } from '../cli-env';

export function registerAccountCommands(program: Command, env: CliEnv) {
  const user = program.command('user').description('Manage user accounts');
  user
    .command('create')
    .description('Create a user with a password')
    .requiredOption('--email <email>', 'e-mail address (the login)')
    .requiredOption('--password <password>', 'password, at least 10 characters')
    .option('--name <name>', 'display name')
    .option('--locale <locale>', 'interface language: fr, de, en or nl', 'fr')
    .option('--admin', 'make this user a platform administrator', false)
    .action(async (o: { email: string; password: string; name?: string; locale: string; admin: boolean }) => {
      if (!['fr', 'de', 'en', 'nl'].includes(o.locale)) throw new AppError('validation', `Unknown language "${o.locale}"; use fr, de, en or nl`, 'locale');
      const created = await env.withDatabase((d) =>
        createUser({ db: d.db, email: o.email, password: o.password, name: o.name, locale: o.locale as 'fr', isAdmin: o.admin }),
      );
      env.io.out(`Created user ${created.email}${created.isAdmin ? ' (platform admin)' : ''} with id ${created.id}\n`);
    });

  const token = program.command('token').description('Manage API tokens for integrations');
  token
    .command('create')
    .description('Create an API token for a user and print it (shown once)')
    .requiredOption('--email <email>', 'the user the token acts as')
    .option('--name <name>', 'what the token is for', 'cli')
    .action(async (o: { email: string; name: string }) => {
      const t = await env.withDatabase(async (d) => {
        const u = await findUserByEmail(d.db, o.email);
        if (!u) throw new AppError('not_found', `No user with the e-mail ${o.email}`, 'email');
        return createApiToken(d.db, u.id, o.name);
      });
      env.io.out(`${t.token}\n`);
    });
}
