import { execFile } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PGlite } from '@electric-sql/pglite';

/**
 * The one query layer: plain SQL with positional parameters, on embedded PGlite or a PostgreSQL server.
 * Both speak the same dialect and return rows parsed the same way (int8 as number, timestamptz as Date,
 * json as objects), so storage code never knows which one it runs on.
 */
export interface Queryable {
  query<R = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<QueryResult<R>>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
  /**
   * Runs fn once the surrounding transaction has committed (at once outside a transaction; never after a rollback).
   * For in-process effects that must not see uncommitted state, such as evicting a cache.
   */
  afterCommit(fn: () => void): void;
  /**
   * Runs fn inside the surrounding transaction just before it commits, once per key however often it is asked
   * (at once outside a transaction). For projections that must match everything the transaction wrote, such
   * as a casus's indicator measurements after several timeline events.
   */
  beforeCommit(key: string, fn: (tx: Queryable) => Promise<void>): Promise<void>;
}

export interface QueryResult<R> {
  rows: R[];
  rowCount: number;
}

export interface Database extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /** Runs fn in one transaction; commits when it resolves, rolls back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Throws when the database cannot be reached. */
  ping(): Promise<void>;
  /**
   * Subscribes to NOTIFY on a channel (notifications from every instance on this database).
   * `onReset` is called when notifications may have been missed (the listening connection dropped).
   */
  listen(channel: string, onNotify: (payload: string) => void, onReset: () => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

const INT8_OID = 20;
const NUMERIC_OID = 1700;

export interface OpenOptions {
  databaseUrl?: string | undefined;
  /** Directory for embedded data; `memory://` keeps it in memory (tests). */
  dataDir?: string;
  poolSize?: number;
}

export async function openDatabase(options: OpenOptions): Promise<Database> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options.poolSize ?? 10);
  return openPglite(options.dataDir ?? './data');
}

/**
 * PGlite's own start parameters plus a smaller buffer cache: the embedded database serves one region's demo
 * or a small team, and PostgreSQL's default 128 MB would be most of the process's memory.
 */
const PGLITE_START_PARAMS = [
  '--single', '-F', '-O', '-j',
  '-c', 'search_path=public', '-c', 'exit_on_error=false', '-c', 'log_checkpoints=false',
  '-c', 'max_worker_processes=0', '-c', 'max_parallel_workers=0', '-c', 'max_parallel_workers_per_gather=0',
  '-c', 'io_method=sync', '-c', 'max_parallel_maintenance_workers=0',
  '-c', 'shared_buffers=16MB', '-c', 'work_mem=2MB', '-c', 'maintenance_work_mem=16MB',
];

/**
 * Creating a new data directory runs initdb, which briefly needs ~800 MB; done in a short-lived child process,
 * the server itself never carries that peak.
 */
async function initialisePgliteDirectory(dataDir: string): Promise<void> {
  if (existsSync(join(dataDir, 'PG_VERSION'))) return;
  const script =
    'const { PGlite } = await import(process.argv[1]); const db = await PGlite.create(process.argv[2]); await db.close();';
  await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script, import.meta.resolve('@electric-sql/pglite'), dataDir], {
    timeout: 120_000,
  });
}

async function openPglite(dataDir: string): Promise<Database> {
  const inMemory = dataDir.startsWith('memory://');
  if (!inMemory) {
    mkdirSync(dataDir, { recursive: true });
    await initialisePgliteDirectory(dataDir);
  }
  const db = await PGlite.create(inMemory ? undefined : dataDir, {
    startParams: PGLITE_START_PARAMS,
    // Bundled contrib extensions the migrations create (CREATE EXTENSION still runs in SQL, as on a server).
    extensions: { pg_trgm },
    parsers: {
      [INT8_OID]: (value: string) => Number(value),
      [NUMERIC_OID]: (value: string) => value,
    },
  });
  const wrap = (
    q: { query: PGlite['query']; exec: PGlite['exec'] },
    afterCommit: (fn: () => void) => void,
    hooks: BeforeCommitHooks | null,
  ): Queryable => {
    const queryable: Queryable = {
      async query<R>(text: string, params: readonly unknown[] = []) {
        const result = await q.query<R>(text, params as unknown[]);
        return { rows: result.rows, rowCount: result.affectedRows ?? result.rows.length };
      },
      async exec(sql: string) {
        await q.exec(sql);
      },
      afterCommit,
      beforeCommit: (key, fn) => (hooks ? registerHook(hooks, key, fn) : fn(queryable)),
    };
    return queryable;
  };
  const root = wrap(db, (fn) => fn(), null);
  return {
    kind: 'pglite',
    query: root.query,
    exec: root.exec,
    afterCommit: root.afterCommit,
    beforeCommit: root.beforeCommit,
    transaction: async (fn) => {
      const callbacks: (() => void)[] = [];
      const result = await db.transaction(async (tx) => {
        const hooks: BeforeCommitHooks = new Map();
        const wrapped = wrap(tx, (cb) => callbacks.push(cb), hooks);
        const value = await fn(wrapped);
        await runBeforeCommit(hooks, wrapped);
        return value;
      });
      runCallbacks(callbacks);
      return result;
    },
    listen: async (channel, onNotify) => {
      const unsubscribe = await db.listen(channel, onNotify);
      return async () => {
        if (!db.closed) await unsubscribe();
      };
    },
    ping: async () => {
      await db.query('select 1');
    },
    close: async () => {
      if (!db.closed) await db.close();
    },
  };
}

type BeforeCommitHooks = Map<string, (tx: Queryable) => Promise<void>>;

/** Hooks may register further hooks (a projection writing an event); run until none is left. */
async function runBeforeCommit(hooks: BeforeCommitHooks, tx: Queryable): Promise<void> {
  while (hooks.size > 0) {
    const [key, hook] = hooks.entries().next().value!;
    hooks.delete(key);
    await hook(tx);
  }
}

function registerHook(hooks: BeforeCommitHooks, key: string, fn: (tx: Queryable) => Promise<void>): Promise<void> {
  if (!hooks.has(key)) hooks.set(key, fn);
  return Promise.resolve();
}

function runCallbacks(callbacks: (() => void)[]): void {
  for (const cb of callbacks) {
    try {
      cb();
    } catch {
      // An after-commit effect must not turn a committed transaction into an error for the caller.
    }
  }
}

let pgTypesConfigured = false;

/** LISTEN on a dedicated connection that reconnects (with onReset) after it drops. */
async function listenOnServer(
  url: string,
  channel: string,
  onNotify: (payload: string) => void,
  onReset: () => void,
  listeners: Set<() => Promise<void>>,
): Promise<() => Promise<void>> {
  if (!/^[a-z_][a-z0-9_]*$/.test(channel)) throw new Error(`invalid channel name ${channel}`);
  let client: pg.Client | undefined;
  let stopped = false;
  let retry: NodeJS.Timeout | undefined;
  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
    next.on('notification', (message) => {
      if (message.channel === channel) onNotify(message.payload ?? '');
    });
    const reconnect = () => {
      if (stopped || client !== next) return;
      client = undefined;
      onReset();
      retry = setTimeout(() => void connect().catch(scheduleRetry), 1000);
    };
    next.on('error', reconnect);
    next.on('end', reconnect);
    await next.connect();
    await next.query(`listen ${channel}`);
    client = next;
    onReset();
  };
  const scheduleRetry = () => {
    if (!stopped) retry = setTimeout(() => void connect().catch(scheduleRetry), 1000);
  };
  await connect().catch(scheduleRetry);
  const stop = async () => {
    stopped = true;
    listeners.delete(stop);
    if (retry) clearTimeout(retry);
    const current = client;
    client = undefined;
    await current?.end().catch(() => undefined);
  };
  listeners.add(stop);
  return stop;
}

async function openPostgres(url: string, poolSize: number): Promise<Database> {
  if (!pgTypesConfigured) {
    pg.types.setTypeParser(INT8_OID, (value: string) => Number(value));
    pgTypesConfigured = true;
  }
  const listeners = new Set<() => Promise<void>>();
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    connectionTimeoutMillis: 3000,
    idleTimeoutMillis: 30_000,
  });
  // A dropped idle connection must not take the process down; the next query reconnects.
  pool.on('error', () => undefined);
  const toResult = <R>(r: pg.QueryResult): QueryResult<R> => ({ rows: r.rows as R[], rowCount: r.rowCount ?? 0 });
  const database: Database = {
    kind: 'postgres',
    async query<R>(text: string, params: readonly unknown[] = []) {
      return toResult<R>(await pool.query(text, params as unknown[]));
    },
    async exec(sql: string) {
      await pool.query(sql);
    },
    afterCommit: (fn) => fn(),
    beforeCommit: (_key, fn) => fn(database),
    async transaction(fn) {
      const client = await pool.connect();
      const callbacks: (() => void)[] = [];
      const hooks: BeforeCommitHooks = new Map();
      let broken = false;
      // A connection lost between two statements is reported as an event, not through a query: without a
      // listener it would end the process. The next statement on this client fails and rolls the work back.
      const onError = () => {
        broken = true;
      };
      client.on('error', onError);
      try {
        await client.query('begin');
        const tx: Queryable = {
          async query<R>(text: string, params: readonly unknown[] = []) {
            return toResult<R>(await client.query(text, params as unknown[]));
          },
          async exec(sql: string) {
            await client.query(sql);
          },
          afterCommit: (cb) => callbacks.push(cb),
          beforeCommit: (key, hook) => registerHook(hooks, key, hook),
        };
        const result = await fn(tx);
        await runBeforeCommit(hooks, tx);
        await client.query('commit');
        runCallbacks(callbacks);
        return result;
      } catch (error) {
        try {
          await client.query('rollback');
        } catch {
          broken = true;
        }
        throw error;
      } finally {
        client.off('error', onError);
        client.release(broken);
      }
    },
    ping: async () => {
      await pool.query('select 1');
    },
    listen: (channel, onNotify, onReset) => listenOnServer(url, channel, onNotify, onReset, listeners),
    close: async () => {
      for (const stop of listeners) await stop();
      await pool.end();
    },
  };
  return database;
}

/** True for errors that mean "the database is not reachable right now", as opposed to a bad query. */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') {
    if (['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH'].includes(code)) return true;
    // Class 08: connection exception; 57P01-57P03: admin shutdown, crash shutdown, cannot connect now.
    if (code.startsWith('08') || ['57P01', '57P02', '57P03'].includes(code)) return true;
  }
  return /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|PGlite is closed/i.test(
    error.message,
  );
}
