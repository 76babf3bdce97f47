import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database } from '../platform/db/database';
import { migrate } from '../platform/db/migrations';

/**
 * A fresh, migrated database per test file: in-memory PGlite by default, or a new database on the
 * PostgreSQL server in TEST_DATABASE_URL when TEST_DB_BACKEND=postgres (the vitest project server-postgres).
 */
export interface TestDatabase extends Database {
  /** The connection URL when on a server (for tests that need a second connection). */
  url: string | undefined;
  drop(): Promise<void>;
}

export function testBackend(): 'pglite' | 'postgres' {
  return process.env.TEST_DB_BACKEND === 'postgres' ? 'postgres' : 'pglite';
}

export async function createTestDatabase(options: { migrate?: boolean } = {}): Promise<TestDatabase> {
  let db: Database;
  let url: string | undefined;
  let dropServerDatabase = async () => {};
  if (testBackend() === 'postgres') {
    const serverUrl = process.env.TEST_DATABASE_URL;
    if (!serverUrl) throw new Error('TEST_DB_BACKEND=postgres needs TEST_DATABASE_URL');
    const name = `samenloop_test_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const parsed = new URL(serverUrl);
    parsed.pathname = `/${name}`;
    url = parsed.toString();
    db = await openDatabase({ databaseUrl: url, poolSize: 5 });
    dropServerDatabase = async () => {
      const cleanup = new pg.Client({ connectionString: serverUrl });
      await cleanup.connect();
      try {
        // An autovacuum worker may just have started on the test database after its writes; FORCE cannot end it
        // without pg_signal_backend, but it finishes quickly: try again a few times.
        for (let attempt = 1; ; attempt++) {
          try {
            await cleanup.query(`drop database if exists ${name} with (force)`);
            break;
          } catch (error) {
            if (attempt >= 20) throw error;
            await new Promise((resolve) => setTimeout(resolve, 250));
          }
        }
      } finally {
        await cleanup.end();
      }
    };
  } else {
    db = await openDatabase({ dataDir: 'memory://' });
  }
  if (options.migrate !== false) await migrate(db);
  return Object.assign(db, {
    url,
    async drop() {
      await db.close();
      await dropServerDatabase();
    },
  });
}
