import type { Command } from 'commander';
import { createNetwork, createNetworkSchema, listNetworks } from '../../domain/networks/networks';
import type { Actor } from '../../domain/policy/actor';
import type { CliEnv } from '../cli-env';

// The CLI is run by whoever operates the server: it acts with administrator rights.
const operator: Actor = { userId: null, isAdmin: true, roles: new Map(), organisationIds: new Set() };

export function registerNetworkCommands(program: Command, env: CliEnv) {
  const network = program.command('network').description('Manage networks');
  network
    .command('create')
    .description('Create a network')
    .requiredOption('--slug <slug>', 'short name used in addresses, e.g. resilian')
    .requiredOption('--name <name>', 'display name')
    .option('--agency <agency>', 'agency that runs it')
    .action(async (o: { slug: string; name: string; agency?: string }) => {
      const input = createNetworkSchema.parse(o);
      const row = await env.withDatabase((d) => createNetwork({ db: d.db, actor: operator, input }));
      env.io.out(`Created network ${row.slug} (${row.name}) with id ${row.id}\n`);
    });
  network
    .command('list')
    .description('List networks')
    .option('--json', 'print JSON', false)
    .action(async (o: { json: boolean }) => {
      const rows = await env.withDatabase((d) => listNetworks({ db: d.db }));
      if (o.json) return env.io.out(JSON.stringify(rows, null, 2) + '\n');
      if (!rows.length) return env.io.out('No network yet. Create one with: maillage network create --slug S --name N\n');
      const width = Math.max(4, ...rows.map((r) => r.slug.length));
      env.io.out(`${'SLUG'.padEnd(width)}  ORGS  NAME\n`);
      for (const r of rows) env.io.out(`${r.slug.padEnd(width)}  ${String(r.organisationCount).padStart(4)}  ${r.name}\n`);
    });
}
