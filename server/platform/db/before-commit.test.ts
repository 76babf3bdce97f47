import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../testing/test-database';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase({ migrate: false });
  await db.exec('create table teller (id int primary key, keren int not null, gezien int not null default 0)');
});
afterAll(async () => {
  await db.drop();
});

describe('beforeCommit', () => {
  it('runs once per key, inside the transaction, after all of its work', async () => {
    await db.query('insert into teller (id, keren) values (1, 0)');
    await db.transaction(async (tx) => {
      for (let i = 0; i < 3; i++) {
        await tx.query('update teller set keren = keren + 1 where id = 1');
        await tx.beforeCommit('tel', async (t) => {
          await t.query('update teller set gezien = keren where id = 1');
        });
      }
    });
    const { rows } = await db.query<{ keren: number; gezien: number }>('select keren, gezien from teller where id = 1');
    expect(rows[0]).toEqual({ keren: 3, gezien: 3 });
  });

  it('runs hooks that hooks register, and never after a rollback', async () => {
    await db.query('insert into teller (id, keren) values (2, 0), (3, 0)');
    await db.transaction(async (tx) => {
      await tx.beforeCommit('a', async (t) => {
        await t.query('update teller set keren = keren + 1 where id = 2');
        await t.beforeCommit('b', async (u) => {
          await u.query('update teller set gezien = keren where id = 2');
        });
      });
    });
    await expect(
      db.transaction(async (tx) => {
        await tx.beforeCommit('c', async (t) => {
          await t.query('update teller set keren = 99 where id = 3');
        });
        throw new Error('terug');
      }),
    ).rejects.toThrow('terug');
    const { rows } = await db.query<{ id: number; keren: number; gezien: number }>('select id, keren, gezien from teller where id in (2, 3) order by id');
    expect(rows).toEqual([
      { id: 2, keren: 1, gezien: 1 },
      { id: 3, keren: 0, gezien: 0 },
    ]);
  });

  it('runs at once outside a transaction', async () => {
    await db.query('insert into teller (id, keren) values (4, 0)');
    await db.beforeCommit('los', async (t) => {
      await t.query('update teller set keren = 7 where id = 4');
    });
    const { rows } = await db.query<{ keren: number }>('select keren from teller where id = 4');
    expect(rows[0]!.keren).toBe(7);
  });
});
