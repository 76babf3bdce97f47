import type { Database } from '../platform/db/database';
import { SESSION_CHANNEL, onLocalSessionChange } from './session-changes';
import type { ResolvedSession } from './sessions.storage';
import type { Membership } from './users.storage';

/**
 * Resolved sessions and memberships kept in memory for a few seconds, so that a request does not cost a database
 * round trip just to learn who is asking. Entries are evicted as soon as anything about the user's sessions
 * changes (see session-changes.ts); the short lifetime bounds staleness if a notification is ever missed.
 */
interface Entry<T> {
  value: T;
  storedAt: number;
}

export class SessionCache {
  private readonly sessions = new Map<string, Entry<ResolvedSession>>();
  private readonly memberships = new Map<string, Entry<Membership[]>>();
  /** Moves on at every eviction; a load that started before one is not stored (it may have read old state). */
  private generation = 0;
  private stopListening: (() => Promise<void>) | undefined;
  private stopLocal: (() => void) | undefined;

  constructor(
    private readonly ttlMs = 5_000,
    private readonly maxEntries = 20_000,
  ) {}

  async attach(db: Database): Promise<void> {
    this.stopLocal = onLocalSessionChange((id) => this.evictUser(id));
    this.stopListening = await db.listen(SESSION_CHANNEL, (id) => this.evictUser(id), () => this.clear());
  }

  async detach(): Promise<void> {
    this.stopLocal?.();
    await this.stopListening?.();
    this.clear();
  }

  /** The cached live session for this token, if any, without touching the database. */
  peek(tokenHash: string): ResolvedSession | undefined {
    return this.fresh(this.sessions, tokenHash);
  }

  async session(tokenHash: string, load: () => Promise<ResolvedSession | null>): Promise<ResolvedSession | null> {
    const hit = this.fresh(this.sessions, tokenHash);
    if (hit) return hit;
    const generation = this.generation;
    const value = await load();
    // Only live sessions are worth keeping; an unknown token must go to the database every time.
    if (value && !value.endedAt && generation === this.generation) this.store(this.sessions, tokenHash, value);
    return value;
  }

  async membershipsOf(gebruikerId: string, load: () => Promise<Membership[]>): Promise<Membership[]> {
    const hit = this.fresh(this.memberships, gebruikerId);
    if (hit) return hit;
    const generation = this.generation;
    const value = await load();
    if (generation === this.generation) this.store(this.memberships, gebruikerId, value);
    return value;
  }

  /** Keeps a cached session's activity time in step after this instance recorded it. */
  touched(tokenHash: string, at: Date): void {
    const entry = this.sessions.get(tokenHash);
    if (entry) entry.value = { ...entry.value, lastSeenAt: at };
  }

  evictUser(gebruikerId: string): void {
    this.generation++;
    this.memberships.delete(gebruikerId);
    for (const [key, entry] of this.sessions) if (entry.value.gebruiker.id === gebruikerId) this.sessions.delete(key);
  }

  clear(): void {
    this.generation++;
    this.sessions.clear();
    this.memberships.clear();
  }

  private fresh<T>(map: Map<string, Entry<T>>, key: string): T | undefined {
    const entry = map.get(key);
    if (!entry) return undefined;
    if (Date.now() - entry.storedAt > this.ttlMs) {
      map.delete(key);
      return undefined;
    }
    return entry.value;
  }

  private store<T>(map: Map<string, Entry<T>>, key: string, value: T): void {
    if (map.size >= this.maxEntries) map.delete(map.keys().next().value as string);
    map.set(key, { value, storedAt: Date.now() });
  }
}
