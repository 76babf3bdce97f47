import type { Database, Queryable } from '../db/database';
import { isDatabaseUnavailable } from '../db/database';

/**
 * Background work and deadlines through PostgreSQL itself: a jobs table polled with FOR UPDATE SKIP LOCKED,
 * so several app instances share the work without a broker, on PGlite and on a server alike.
 * A handler runs inside the transaction that claimed the job: its writes and the job's completion commit together.
 */
export type JobHandler = (tx: Queryable, payload: Record<string, unknown>, job: { id: number; attempts: number }) => Promise<void>;

export interface JobLogger {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
}

export async function enqueueJob(
  db: Queryable,
  soort: string,
  options: { payload?: Record<string, unknown>; runAt?: Date; uniqueKey?: string } = {},
): Promise<void> {
  await db.query(
    `insert into jobs (soort, payload, run_at, unique_key) values ($1, $2, $3, $4)
     on conflict (unique_key) where status = 'wachtend' and unique_key is not null do nothing`,
    [soort, JSON.stringify(options.payload ?? {}), options.runAt ?? new Date(), options.uniqueKey ?? null],
  );
}

const MAX_ATTEMPTS = 5;

export class JobRunner {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = false;

  constructor(
    private readonly db: Database,
    private readonly handlers: Record<string, JobHandler>,
    private readonly log: JobLogger,
    private readonly pollMs = 1000,
  ) {}

  start(): void {
    this.stopped = false;
    const tick = () => {
      if (this.stopped) return;
      this.running = this.runDue()
        .then(() => undefined)
        .catch((error) => {
          if (!isDatabaseUnavailable(error)) this.log.warn({ err: { type: (error as Error).name } }, 'job poll failed');
        })
        .finally(() => {
          if (!this.stopped) this.timer = setTimeout(tick, this.pollMs);
        });
    };
    this.timer = setTimeout(tick, this.pollMs);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  /** Runs every job that is due now; returns how many ran. */
  async runDue(limit = 50): Promise<number> {
    let count = 0;
    while (count < limit && (await this.runOne())) count++;
    return count;
  }

  private async runOne(): Promise<boolean> {
    const claimed = await this.db.transaction(async (tx) => {
      const { rows } = await tx.query<{ id: number; soort: string; payload: Record<string, unknown>; attempts: number }>(
        `select id, soort, payload, attempts from jobs
          where status = 'wachtend' and run_at <= now()
          order by run_at, id
          limit 1
          for update skip locked`,
      );
      const job = rows[0];
      if (!job) return null;
      const handler = this.handlers[job.soort];
      await tx.query('savepoint job');
      try {
        if (!handler) throw new Error(`no handler for job kind ${job.soort}`);
        await handler(tx, job.payload, { id: job.id, attempts: job.attempts });
        await tx.query(`update jobs set status = 'klaar', finished_at = now(), attempts = attempts + 1 where id = $1`, [job.id]);
      } catch (error) {
        await tx.query('rollback to savepoint job');
        const attempts = job.attempts + 1;
        const failed = attempts >= MAX_ATTEMPTS;
        await tx.query(
          `update jobs set attempts = $2, last_error = $3,
              status = case when $4 then 'mislukt' else 'wachtend' end,
              run_at = now() + make_interval(secs => $5)
            where id = $1`,
          [job.id, attempts, (error as Error).name + ': ' + String((error as Error).message).slice(0, 200), failed, 2 ** attempts * 5],
        );
        this.log.warn({ job: job.id, soort: job.soort, attempts }, 'job failed');
      }
      return job;
    });
    return claimed !== null;
  }
}
