import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, TestClient, type TestEnv } from '../testing/fixtures';
import { CliError, runCommand, type CliIo } from './commands';

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
});
afterAll(async () => env.close());

function terminal(password = 'Beheerder-Wachtwoord-Lang-1') {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (l) => out.push(l), err: (l) => err.push(l), readPassword: async () => password };
  return { io, out, err };
}

describe('the administrator CLI', () => {
  it('creates an organisation and its first administrator, who then logs in and must enrol 2FA', async () => {
    const t = terminal();
    expect(await runCommand(env.db, ['create-organisation', '--naam', 'Veilig Thuis Testregio', '--soort', 'veilig-thuis', '--regio', 'testregio'], t.io)).toBe(0);
    expect(await runCommand(env.db, ['create-admin', '--gebruikersnaam', 'eerste.beheerder', '--naam', 'Eerste Beheerder', '--organisatie', 'Veilig Thuis Testregio'], t.io)).toBe(0);
    expect(t.out.join('\n')).toMatch(/eerste.beheerder aangemaakt voor Veilig Thuis Testregio \(functioneel-beheerder\)/);

    const login = await new TestClient(env.app).post('/api/v1/sessies', { gebruikersnaam: 'eerste.beheerder', wachtwoord: 'Beheerder-Wachtwoord-Lang-1' });
    expect(login.statusCode).toBe(201);
    expect(login.json()).toMatchObject({ status: 'tweede-factor-inrichten', demo: false });
  });

  it('creates users with roles, adds an existing user to a second organisation, and resets 2FA', async () => {
    const t = terminal();
    await runCommand(env.db, ['create-organisation', '--naam', 'Politie Testregio', '--soort', 'politie', '--regio', 'testregio'], t.io);
    await runCommand(env.db, ['create-organisation', '--naam', 'CIT Testregio', '--soort', 'crisis-interventie-team', '--regio', 'testregio'], t.io);
    expect(await runCommand(env.db, ['create-user', '--gebruikersnaam', 'agent.k', '--naam', 'Agent K', '--organisatie', 'Politie Testregio', '--rol', 'medewerker'], t.io)).toBe(0);
    expect(await runCommand(env.db, ['create-user', '--gebruikersnaam', 'agent.k', '--naam', 'Agent K', '--organisatie', 'CIT Testregio', '--rol', 'medewerker', '--rol', 'analist'], t.io)).toBe(0);
    const { rows } = await env.db.query<{ n: number }>(
      `select count(*)::int as n from lidmaatschappen l join gebruikers g on g.id = l.gebruiker_id where g.gebruikersnaam = 'agent.k'`,
    );
    expect(rows[0]!.n).toBe(2);
    expect(await runCommand(env.db, ['reset-2fa', '--gebruikersnaam', 'agent.k'], t.io)).toBe(0);
    await expect(runCommand(env.db, ['reset-2fa', '--gebruikersnaam', 'niemand'], t.io)).rejects.toThrow(CliError);
  });

  it('refuses bad input with a message that says what to do', async () => {
    const t = terminal('kort');
    await expect(runCommand(env.db, ['create-organisation', '--naam', 'X', '--soort', 'bakkerij', '--regio', 'r'], t.io)).rejects.toThrow(/--soort "bakkerij" is onbekend/);
    await expect(runCommand(env.db, ['create-user', '--gebruikersnaam', 'a.b', '--naam', 'A', '--organisatie', 'Bestaat Niet', '--rol', 'medewerker'], t.io)).rejects.toThrow(
      /Geen organisatie "Bestaat Niet"/,
    );
    await expect(runCommand(env.db, ['create-user', '--gebruikersnaam', 'a.b', '--naam', 'A', '--organisatie', 'Politie Testregio', '--rol', 'medewerker'], t.io)).rejects.toThrow(
      /Wachtwoord: minimaal 12 tekens/,
    );
    await expect(runCommand(env.db, ['vlieg'], t.io)).rejects.toThrow(/Onbekende opdracht/);
  });

  it('verifies the audit log and reports tampering with exit code 1', async () => {
    const ok = terminal();
    expect(await runCommand(env.db, ['verify-audit'], ok.io)).toBe(0);
    expect(ok.out[0]).toMatch(/Audit-log intact/);
    await env.db.transaction(async (tx) => {
      await tx.query('alter table audit_log disable trigger audit_log_no_update');
      await tx.query(`update audit_log set doel = 'iets-anders' where seq = 2`);
      await tx.query('alter table audit_log enable trigger audit_log_no_update');
    });
    const bad = terminal();
    expect(await runCommand(env.db, ['verify-audit'], bad.io)).toBe(1);
    expect(bad.err.join('\n')).toMatch(/entry 2 was changed/);
  });
});

describe('the CLI as a process', () => {
  const dir = mkdtempSync(join(tmpdir(), 'samenloop-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('migrates an embedded database and verifies its (empty) audit log', async () => {
    const run = (args: string[]) =>
      promisify(execFile)(process.execPath, ['--import', 'tsx', 'server/cli.ts', ...args], {
        env: { ...process.env, DATA_DIR: dir, DATABASE_URL: '' },
        cwd: process.cwd(),
      });
    expect((await run(['migrate'])).stdout).toMatch(/Uitgevoerd: 0001_foundation/);
    expect((await run(['verify-audit'])).stdout).toMatch(/Audit-log intact: 0 vermeldingen/);
  }, 60_000);
});
