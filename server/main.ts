import { join } from 'node:path';
import { ConfigError, loadConfig } from './platform/config';
import { openDatabase } from './platform/db/database';
import { migrate } from './platform/db/migrations';
import { resolveSecretKey } from './platform/secret-key';
import { loggerOptions } from './platform/logging';
import { createApp } from './app';
import { createJobRunner, scheduleRecurringJobs } from './jobs';
import { createMailer } from './platform/mail/mail';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, loadDemoRegion } from './demo/demo-region';
import { loadDemoCasussen } from './demo/demo-casussen';
import { loadDemoActieoverleg } from './demo/demo-actieoverleg';
import { loadDemoZsmChecklist } from './demo/demo-zsm-checklist';
import { loadDemoZsm } from './demo/demo-zsm';
import { loadDemoAcuut } from './demo/demo-acuut';
import { loadDemoKindermishandeling } from './demo/demo-kindermishandeling';
import { loadDemoVeiligheidsplan } from './demo/demo-veiligheidsplan';
import { loadDemoNetwerk } from './demo/demo-netwerk';
import { loadDemoIndicatoren } from './demo/demo-indicatoren';

/** Starts Samenloop: validate settings, open and migrate the database, load the demo region, serve, and shut down cleanly. */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }

  const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: join(config.dataDir, 'pg') });
  const applied = await migrate(db);
  const secretKey = resolveSecretKey(config);
  const demoLoaded = config.demoMode ? await loadDemoRegion(db) : false;
  if (demoLoaded) {
    await loadDemoCasussen(db, secretKey);
    await loadDemoActieoverleg(db);
    await loadDemoZsmChecklist(db);
    await loadDemoZsm(db, secretKey);
    await loadDemoAcuut(db);
    await loadDemoKindermishandeling(db, secretKey);
    await loadDemoVeiligheidsplan(db);
    await loadDemoNetwerk(db);
  }

  const app = await createApp({ db, config, secretKey, logger: loggerOptions(config.logLevel) });
  const jobs = createJobRunner(db, app.log, config.jobsPollMs, { mailer: createMailer(config), publicUrl: config.publicUrl });
  await scheduleRecurringJobs(db);
  jobs.start();

  let shuttingDown = false;
  const shutdown = async (signal: string) => {
    if (shuttingDown) return;
    shuttingDown = true;
    app.log.info({ signal }, 'shutting down: draining requests');
    const force = setTimeout(() => process.exit(1), 15_000).unref();
    // Connections still busy when closing began become idle after their response; close those too,
    // or keep-alive clients would hold the shutdown open until their keep-alive timeout.
    const idleCloser = setInterval(() => app.server.closeIdleConnections(), 100);
    try {
      await app.close();
      clearInterval(idleCloser);
      await jobs.stop();
      await db.close();
      clearTimeout(force);
      process.exit(0);
    } catch (error) {
      console.error('Shutdown failed:', error instanceof Error ? `${error.name}: ${error.message}` : error);
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));

  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const lines = [
    '',
    `Samenloop draait op http://localhost:${port}`,
    `  database: ${db.kind === 'pglite' ? `ingebouwd (PGlite) in ${config.dataDir}` : 'PostgreSQL-server (DATABASE_URL)'}` +
      (applied.length ? `, ${applied.length} migratie(s) uitgevoerd` : ''),
  ];
  if (config.demoMode) {
    lines.push(`  demomodus aan${demoLoaded ? ': demoregio Oost-Brabant geladen' : ''}. Demo-accounts (wachtwoord ${DEMO_PASSWORD}, geen tweede factor):`);
    for (const account of DEMO_ACCOUNTS) {
      lines.push(`    ${account.gebruikersnaam.padEnd(24)} ${account.lidmaatschappen.map((l) => `${l.organisatie} (${l.rollen.join(', ')})`).join('; ')}`);
    }
  }
  console.log(lines.join('\n') + '\n');
  if (config.demoMode) {
    // The demo's synthetic indicator history (a few thousand casussen) loads after the start, so the demo opens at
    // once; it is idempotent per region and year, so an interrupted load is completed at the next start.
    loadDemoIndicatoren(db).then(
      () => app.log.info('demo indicator history loaded'),
      (error: unknown) => {
        if (!shuttingDown) app.log.error({ error: error instanceof Error ? error.message : String(error) }, 'demo indicator history not loaded');
      },
    );
  }
}

main().catch((error: unknown) => {
  console.error('Samenloop could not start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
