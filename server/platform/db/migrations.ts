import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import type { Database } from './database';
import { projectRoot } from '../project-root';

/**
 * Migrations are plain SQL files in /migrations, applied in file-name order, each in its own transaction.
 * The same files run on PGlite and on a PostgreSQL server; an applied file may never change (its checksum is kept).
 */
export interface Migration {
  version: string;
  sql: string;
  checksum: string;
}

export function loadMigrations(dir = join(projectRoot(), 'migrations')): Migration[] {
  return readdirSync(dir)
    .filter((name) => /^\d{4}_[a-z0-9_-]+\.sql$/.test(name))
    .sort()
    .map((name) => {
      const sql = readFileSync(join(dir, name), 'utf8');
      return { version: name.replace(/\.sql$/, ''), sql, checksum: createHash('sha256').update(sql).digest('hex') };
    });
}

// Any constant works; it keeps two instances starting at once from migrating in parallel.
const MIGRATION_LOCK = 7_415_002;

export async function migrate(db: Database, migrations = loadMigrations()): Promise<string[]> {
  await db.query(`create table if not exists schema_migrations (
    version text primary key,
    checksum text not null,
    applied_at timestamptz not null default now()
  )`);
  const applied: string[] = [];
  await db.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    const { rows } = await tx.query<{ version: string; checksum: string }>('select version, checksum from schema_migrations');
    const done = new Map(rows.map((r) => [r.version, r.checksum]));
    for (const migration of migrations) {
      const checksum = done.get(migration.version);
      if (checksum !== undefined) {
        if (checksum !== migration.checksum) {
          throw new Error(`Migration ${migration.version} was changed after it was applied; add a new migration instead`);
        }
        continue;
      }
      await tx.exec(migration.sql);
      await tx.query('insert into schema_migrations (version, checksum) values ($1, $2)', [migration.version, migration.checksum]);
      applied.push(migration.version);
    }
  });
  return applied;
}

/** Versions present as files but not yet applied; empty when the database is current. */
export async function pendingMigrations(db: Database, migrations = loadMigrations()): Promise<string[]> {
  const { rows } = await db.query<{ exists: boolean }>(`select to_regclass('schema_migrations') is not null as exists`);
  if (!rows[0]?.exists) return migrations.map((m) => m.version);
  const applied = await db.query<{ version: string }>('select version from schema_migrations');
  const done = new Set(applied.rows.map((r) => r.version));
  return migrations.filter((m) => !done.has(m.version)).map((m) => m.version);
}
