import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../testing/test-database';
import { enqueueJob, JobRunner, type JobHandler } from './jobs';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => db.drop());

const quiet = { info: () => undefined, warn: () => undefined };

describe('jobs table', () => {
  it('runs due jobs once, leaves future ones, and commits the handler’s writes with the job', async () => {
    await db.query('create table job_effects (note text)');
    const handlers: Record<string, JobHandler> = {
      schrijf: async (tx, payload) => {
        await tx.query('insert into job_effects values ($1)', [payload.note]);
      },
    };
    await enqueueJob(db, 'schrijf', { payload: { note: 'nu' } });
    await enqueueJob(db, 'schrijf', { payload: { note: 'later' }, runAt: new Date(Date.now() + 3_600_000) });
    const runner = new JobRunner(db, handlers, quiet);
    expect(await runner.runDue()).toBe(1);
    expect(await runner.runDue()).toBe(0);
    const { rows } = await db.query<{ note: string }>('select note from job_effects');
    expect(rows.map((r) => r.note)).toEqual(['nu']);
  });

  it('retries a failing job later, rolling back its partial writes, and gives up after five attempts', async () => {
    await db.query('create table retry_effects (n int)');
    let calls = 0;
    const runner = new JobRunner(
      db,
      {
        faalt: async (tx) => {
          calls++;
          await tx.query('insert into retry_effects values (1)');
          throw new Error('kapot');
        },
      },
      quiet,
    );
    await enqueueJob(db, 'faalt');
    for (let attempt = 1; attempt <= 5; attempt++) {
      await db.query(`update jobs set run_at = now() where soort = 'faalt'`);
      await runner.runDue();
    }
    expect(calls).toBe(5);
    const job = (await db.query<{ status: string; attempts: number; last_error: string }>(`select * from jobs where soort = 'faalt'`)).rows[0]!;
    expect(job).toMatchObject({ status: 'mislukt', attempts: 5 });
    expect(job.last_error).toContain('kapot');
    expect((await db.query('select * from retry_effects')).rows).toHaveLength(0);
  });

  it('keeps one waiting job per unique key', async () => {
    await enqueueJob(db, 'uniek', { uniqueKey: 'elk-uur', runAt: new Date(Date.now() + 3_600_000) });
    await enqueueJob(db, 'uniek', { uniqueKey: 'elk-uur' });
    const { rows } = await db.query(`select * from jobs where unique_key = 'elk-uur' and status = 'wachtend'`);
    expect(rows).toHaveLength(1);
  });

  it('records a job of an unknown kind as failed instead of stopping the runner', async () => {
    await enqueueJob(db, 'onbekend-soort');
    const runner = new JobRunner(db, {}, quiet);
    expect(await runner.runDue(1)).toBe(1);
    const job = (await db.query<{ attempts: number; last_error: string }>(`select * from jobs where soort = 'onbekend-soort'`)).rows[0]!;
    expect(job.attempts).toBe(1);
    expect(job.last_error).toContain('no handler');
    await db.query(`delete from jobs where soort = 'onbekend-soort'`);
  });

  it('never gives one job to two runners at once (FOR UPDATE SKIP LOCKED)', async () => {
    await db.query('create table claimed (job int)');
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const slow: JobHandler = async (tx, _payload, job) => {
      await tx.query('insert into claimed values ($1)', [job.id]);
      await gate;
    };
    for (let i = 0; i < 4; i++) await enqueueJob(db, 'traag');
    const a = new JobRunner(db, { traag: slow }, quiet);
    const b = new JobRunner(db, { traag: slow }, quiet);
    const running = [a.runDue(2), b.runDue(2)];
    setTimeout(release, 200);
    await Promise.all(running);
    const { rows } = await db.query<{ job: number }>('select job from claimed');
    expect(new Set(rows.map((r) => r.job)).size).toBe(rows.length);
    expect((await db.query(`select * from jobs where soort = 'traag' and status = 'klaar'`)).rows).toHaveLength(4);
  });
});
