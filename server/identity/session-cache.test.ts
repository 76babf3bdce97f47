import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../platform/db/database';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';
import { SessionCache } from './session-cache';
import { SESSION_CHANNEL, sessionsChanged } from './session-changes';
import type { ResolvedSession } from './sessions.storage';

let db: TestDatabase;
/** A second connection, as another app instance would have (on PGlite: the same instance). */
let other: Database;
beforeAll(async () => {
  db = await createTestDatabase();
  other = db.url ? await openDatabase({ databaseUrl: db.url, poolSize: 2 }) : db;
});
afterAll(async () => {
  if (other !== db) await other.close();
  await db.drop();
});

const session = (gebruikerId: string): ResolvedSession => ({
  id: 's1',
  status: 'actief',
  csrfToken: 'c',
  createdAt: new Date(),
  lastSeenAt: new Date(),
  expiresAt: new Date(Date.now() + 3_600_000),
  endedAt: null,
  gebruiker: { id: gebruikerId, gebruikersnaam: 'g', naam: 'G', actief: true, demo: false },
  organisatie: null,
});

describe('session change notifications', () => {
  it('reach other instances when the change commits, and not when it rolls back', async () => {
    const received: string[] = [];
    const stop = await other.listen(SESSION_CHANNEL, (payload) => received.push(payload), () => undefined);
    await expect(
      db.transaction(async (tx) => {
        await sessionsChanged(tx, 'teruggedraaid');
        throw new Error('rollback');
      }),
    ).rejects.toThrow('rollback');
    await db.transaction((tx) => sessionsChanged(tx, 'vastgelegd'));
    await expect.poll(() => received, { timeout: 5000 }).toContain('vastgelegd');
    expect(received).not.toContain('teruggedraaid');
    await stop();
  });
});

describe('the session cache', () => {
  it('serves a session from memory until the user’s sessions change', async () => {
    const cache = new SessionCache(60_000);
    await cache.attach(other);
    let loads = 0;
    const load = async () => {
      loads++;
      return session('u1');
    };
    await cache.session('h1', load);
    await cache.session('h1', load);
    expect(loads).toBe(1);
    await db.transaction((tx) => sessionsChanged(tx, 'u1'));
    await expect.poll(async () => (await cache.session('h1', load), loads), { timeout: 5000 }).toBe(2);
    await cache.detach();
  });

  it('does not keep a value loaded while a change happened (it may be the old state)', async () => {
    const cache = new SessionCache(60_000);
    let loads = 0;
    const slowLoad = async () => {
      loads++;
      cache.evictUser('u2'); // a change lands while the database read is under way
      return session('u2');
    };
    await cache.session('h2', slowLoad);
    await cache.session('h2', async () => {
      loads++;
      return session('u2');
    });
    expect(loads).toBe(2);
  });

  it('expires entries after their lifetime, and never caches an ended or unknown session', async () => {
    const cache = new SessionCache(0);
    let loads = 0;
    await cache.session('h3', async () => (loads++, session('u3')));
    await new Promise((r) => setTimeout(r, 5));
    await cache.session('h3', async () => (loads++, session('u3')));
    expect(loads).toBe(2);
    const longLived = new SessionCache(60_000);
    let unknown = 0;
    await longLived.session('h4', async () => (unknown++, null));
    await longLived.session('h4', async () => (unknown++, null));
    expect(unknown).toBe(2);
  });
});
