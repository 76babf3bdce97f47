import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { ConfigError, loadConfig } from './platform/config';
import { openDatabase } from './platform/db/database';
import { migrate } from './platform/db/migrations';
import { CliError, runCommand, USAGE, type CliIo } from './cli/commands';

/** `npm run cli -- <command>`: see USAGE. Uses the same settings (DATABASE_URL, DATA_DIR) as the server. */
async function readPassword(): Promise<string> {
  const fromEnv = process.env.SAMENLOOP_WACHTWOORD;
  if (fromEnv) return fromEnv;
  if (process.stdin.isTTY) process.stderr.write('Wachtwoord (minimaal 12 tekens): ');
  const rl = createInterface({ input: process.stdin, terminal: false });
  for await (const line of rl) {
    rl.close();
    return line;
  }
  throw new CliError('Geen wachtwoord: zet SAMENLOOP_WACHTWOORD of geef het op standaardinvoer.');
}

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  if (argv.length === 0 || argv[0] === 'help' || argv[0] === '--help') {
    console.log(USAGE);
    return 0;
  }
  const config = loadConfig(process.env);
  const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: join(config.dataDir, 'pg') });
  const io: CliIo = { out: (l) => console.log(l), err: (l) => console.error(l), readPassword };
  try {
    if (argv[0] !== 'migrate') await migrate(db);
    return await runCommand(db, argv, io);
  } finally {
    await db.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof CliError || error instanceof ConfigError) console.error(error.message);
    else console.error('Mislukt:', error instanceof Error ? error.message : error);
    process.exit(error instanceof CliError || error instanceof ConfigError ? 2 : 1);
  },
);
