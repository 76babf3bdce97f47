import type { Database } from './platform/db/database';
import { enqueueJob, JobRunner, type JobHandler, type JobLogger } from './platform/jobs/jobs';
import { purgeOldSessions } from './identity/sessions.storage';
import type { Mailer } from './platform/mail/mail';
import { NOTULEN_MAILEN, notulenMailHandler } from './actieoverleg/notulen/mail-notulen';
import { reportOverdueAgreements } from './actieoverleg/afspraken/overdue-job';
import { OPVOLGING_CONTACT_JOB, reportOverdueFollowUps } from './acuut/contacten/opvolging-job';
import { reportOverdueCheckins } from './veiligheidsplan/monitoring/overdue-job';

/**
 * Housekeeping that runs in every instance through the shared jobs table; later domains add their deadline jobs here.
 * Recurring jobs re-enqueue themselves under a unique key, so many instances still schedule each one once.
 */
const HOUR = 3_600_000;

export function createJobRunner(
  db: Database,
  log: JobLogger,
  pollMs: number,
  options: { mailer?: Mailer | null; publicUrl?: string } = {},
): JobRunner {
  const handlers: Record<string, JobHandler> = {
    'sessies-opruimen': async (tx) => {
      const removed = await purgeOldSessions(tx, new Date());
      log.info({ removed }, 'old sessions purged');
      await enqueueJob(tx, 'sessies-opruimen', { runAt: new Date(Date.now() + HOUR), uniqueKey: 'sessies-opruimen' });
    },
    // The chain head in the operational log (shipped off the machine) anchors the audit log externally:
    // someone who rewrites the database cannot also rewrite the heads already logged.
    'audit-anker': async (tx) => {
      const { rows } = await tx.query<{ seq: number; hash: string }>('select seq, hash from audit_head');
      log.info({ auditHead: rows[0] }, 'audit chain head');
      await enqueueJob(tx, 'audit-anker', { runAt: new Date(Date.now() + HOUR), uniqueKey: 'audit-anker' });
    },
    // "Minutes ready" notices of a closed Actieoverleg (no case content), when SMTP is configured.
    [NOTULEN_MAILEN]: notulenMailHandler(options.mailer ?? null, options.publicUrl, log),
    // Actieoverleg agreements past their deadline (Dutch local date) are reported on the timeline once.
    'afspraken-verlopen': async (tx) => {
      const verlopen = await reportOverdueAgreements(tx, new Date());
      if (verlopen > 0) log.info({ verlopen }, 'overdue agreements reported');
      await enqueueJob(tx, 'afspraken-verlopen', { runAt: new Date(Date.now() + HOUR), uniqueKey: 'afspraken-verlopen' });
    },
    // Safety-plan check-ins past their date without an outcome: a task for the regie holder, once per check-in.
    'veiligheidsplan-controles-verlopen': async (tx) => {
      const verlopen = await reportOverdueCheckins(tx, new Date());
      if (verlopen > 0) log.info({ verlopen }, 'overdue safety-plan check-ins reported');
      await enqueueJob(tx, 'veiligheidsplan-controles-verlopen', { runAt: new Date(Date.now() + HOUR), uniqueKey: 'veiligheidsplan-controles-verlopen' });
    },
    // Acute contacts without the VT-melding afterwards 24 hours on: a task for the police and for Veilig Thuis, once.
    'acuut-opvolging': async (tx) => {
      const verlopen = await reportOverdueFollowUps(tx, new Date());
      if (verlopen > 0) log.info({ verlopen }, 'overdue acute follow-ups reported');
      await enqueueJob(tx, 'acuut-opvolging', { runAt: new Date(Date.now() + HOUR / 4), uniqueKey: 'acuut-opvolging' });
    },
    // The same check, once, at one contact's deadline (enqueued when the contact is registered).
    [OPVOLGING_CONTACT_JOB]: async (tx) => {
      const verlopen = await reportOverdueFollowUps(tx, new Date());
      if (verlopen > 0) log.info({ verlopen }, 'overdue acute follow-ups reported');
    },
  };
  return new JobRunner(db, handlers, log, pollMs);
}

export async function scheduleRecurringJobs(db: Database): Promise<void> {
  await enqueueJob(db, 'sessies-opruimen', { uniqueKey: 'sessies-opruimen' });
  await enqueueJob(db, 'audit-anker', { uniqueKey: 'audit-anker' });
  await enqueueJob(db, 'afspraken-verlopen', { uniqueKey: 'afspraken-verlopen' });
  await enqueueJob(db, 'acuut-opvolging', { uniqueKey: 'acuut-opvolging' });
  await enqueueJob(db, 'veiligheidsplan-controles-verlopen', { uniqueKey: 'veiligheidsplan-controles-verlopen' });
}
