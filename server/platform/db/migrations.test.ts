import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../testing/test-database';
import { loadMigrations, migrate, pendingMigrations } from './migrations';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase({ migrate: false });
});
afterAll(async () => db.drop());

describe('migrations', () => {
  it('applies every migration once, in order, and then reports the database current', async () => {
    const all = loadMigrations().map((m) => m.version);
    expect(await pendingMigrations(db)).toEqual(all);
    expect(await migrate(db)).toEqual(all);
    expect(await migrate(db)).toEqual([]);
    expect(await pendingMigrations(db)).toEqual([]);
  });

  it('refuses to run when an applied migration was changed afterwards', async () => {
    const changed = loadMigrations().map((m, i) => (i === 0 ? { ...m, checksum: 'anders' } : m));
    await expect(migrate(db, changed)).rejects.toThrow(/was changed after it was applied/);
  });

  it('applies a new migration and rolls a failing one back entirely', async () => {
    const base = loadMigrations();
    const good = { version: '9990_test_extra', sql: 'create table extra_tabel (id int);', checksum: 'a' };
    expect(await migrate(db, [...base, good])).toEqual(['9990_test_extra']);
    const bad = { version: '9991_test_fout', sql: 'create table half_af (id int); select * from bestaat_niet;', checksum: 'b' };
    await expect(migrate(db, [...base, good, bad])).rejects.toThrow();
    const { rows } = await db.query<{ t: string | null }>(`select to_regclass('half_af')::text as t`);
    expect(rows[0]!.t).toBeNull();
  });
});
