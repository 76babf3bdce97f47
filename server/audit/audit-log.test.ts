import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, loginAs, makeOrganisationWithStaff, type TestEnv } from '../testing/fixtures';
import { appendAudit, verifyAuditLog } from './audit-log';

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
  // Some real traffic: logins, searches, reads.
  const { staff } = await makeOrganisationWithStaff(env);
  const admin = await loginAs(env, staff['functioneel-beheerder']);
  await admin.get('/api/v1/gebruikers');
  await admin.get('/api/v1/audit-log');
  await loginAs(env, staff.medewerker);
});
afterAll(async () => env.close());

/** Tampering needs the append-only trigger out of the way, as an attacker with database rights would do. */
async function tamper(sql: string, params: unknown[] = []) {
  await env.db.transaction(async (tx) => {
    await tx.query('alter table audit_log disable trigger audit_log_no_update');
    await tx.query(sql, params);
    await tx.query('alter table audit_log enable trigger audit_log_no_update');
  });
}

describe('the audit log in the database', () => {
  it('holds an intact chain after real traffic', async () => {
    const result = await verifyAuditLog(env.db);
    expect(result.entries).toBeGreaterThanOrEqual(4);
    expect(result.problems).toEqual([]);
  });

  it('is append-only: updates and deletes are refused by the database', async () => {
    await expect(env.db.query(`update audit_log set uitkomst = 'gelukt' where seq = 1`)).rejects.toThrow(/append-only/);
    await expect(env.db.query('delete from audit_log where seq = 1')).rejects.toThrow(/append-only/);
  });

  it('verifies across batch boundaries', async () => {
    const result = await verifyAuditLog(env.db, 2);
    expect(result.problems).toEqual([]);
  });

  it('numbers concurrent entries consecutively', async () => {
    const actor = { gebruikerId: null, organisatieId: null, rollen: [], requestId: null };
    await Promise.all(
      Array.from({ length: 10 }, () =>
        env.db.transaction((tx) => appendAudit(tx, actor, { actie: 'verifieren', objectType: 'audit-log', objectId: null, uitkomst: 'gelukt', doel: 'toezicht-auditlog' })),
      ),
    );
    expect((await verifyAuditLog(env.db)).problems).toEqual([]);
  });

  it('finds a changed, an inserted and a removed entry, and says which', async () => {
    await tamper(`update audit_log set uitkomst = 'geweigerd' where seq = 2`);
    expect((await verifyAuditLog(env.db)).problems).toContainEqual({ kind: 'changed', seq: 2 });

    await tamper('delete from audit_log where seq = 3');
    const afterDelete = (await verifyAuditLog(env.db)).problems;
    expect(afterDelete).toContainEqual({ kind: 'missing', afterSeq: 2, expectedSeq: 3, foundSeq: 4 });

    await tamper(
      `insert into audit_log (seq, at, actie, doel, uitkomst, previous_hash, hash)
       values (3, now(), 'lezen', 'gebruikersbeheer', 'gelukt', repeat('0', 64), repeat('1', 64))`,
    );
    expect((await verifyAuditLog(env.db)).problems).toContainEqual({ kind: 'changed', seq: 3 });

    const last = (await env.db.query<{ seq: number }>('select max(seq) as seq from audit_log')).rows[0]!.seq;
    await tamper('delete from audit_log where seq = $1', [last]);
    expect((await verifyAuditLog(env.db)).problems).toContainEqual({ kind: 'head-mismatch', headSeq: last, lastSeq: last - 1 });
  });
});
