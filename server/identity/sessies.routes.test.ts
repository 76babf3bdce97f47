import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, loginAs, makeOrganisation, makeUser, TestClient, type TestEnv } from '../testing/fixtures';
import { totpCode } from './totp';
import { LOCKOUT_AFTER } from './login-throttle';
import { sessionsChanged } from './session-changes';
import { updateMembership } from './users.storage';

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
});
afterAll(async () => env.close());

const login = (client: TestClient, body: Record<string, unknown>) => client.post('/api/v1/sessies', body);

async function auditActions(gebruikerId: string | null): Promise<string[]> {
  const { rows } = await env.db.query<{ actie: string; uitkomst: string }>(
    'select actie, uitkomst from audit_log where gebruiker_id is not distinct from $1 order by seq',
    [gebruikerId],
  );
  return rows.map((r) => `${r.actie}:${r.uitkomst}`);
}

describe('logging in', () => {
  it('logs a demo user in without a second factor and shows the acting organisation and roles', async () => {
    const organisatie = await makeOrganisation(env, { soort: 'politie' });
    const user = await makeUser(env, { lidmaatschappen: [{ organisatie, rollen: ['medewerker'] }], demo: true });
    const client = await loginAs(env, user);
    expect(client.cookie).toBeTruthy();
    const huidig = await client.get('/api/v1/sessies/huidig');
    expect(huidig.statusCode).toBe(200);
    expect(huidig.json()).toMatchObject({
      status: 'actief',
      gebruiker: { gebruikersnaam: user.gebruikersnaam },
      organisatie: { id: organisatie.id, soort: 'politie' },
      rollen: ['medewerker'],
      demo: true,
      inactiefMinuten: 30,
    });
    expect(await auditActions(user.id)).toEqual(['inloggen:gelukt']);
  });

  it('sets the session cookie httpOnly and SameSite=Strict, and Secure behind TLS', async () => {
    const organisatie = await makeOrganisation(env);
    const user = await makeUser(env, { lidmaatschappen: [{ organisatie, rollen: ['medewerker'] }], demo: true });
    const plain = await env.app.inject({ method: 'POST', url: '/api/v1/sessies', payload: { gebruikersnaam: user.gebruikersnaam, wachtwoord: user.wachtwoord } });
    const cookie = String(plain.headers['set-cookie']);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).not.toMatch(/Secure/);
    const tlsEnv = await createTestEnv({ TRUST_PROXY: 'true' });
    try {
      const o = await makeOrganisation(tlsEnv);
      const u = await makeUser(tlsEnv, { lidmaatschappen: [{ organisatie: o, rollen: ['medewerker'] }], demo: true });
      const tls = await tlsEnv.app.inject({
        method: 'POST',
        url: '/api/v1/sessies',
        headers: { 'x-forwarded-proto': 'https' },
        payload: { gebruikersnaam: u.gebruikersnaam, wachtwoord: u.wachtwoord },
      });
      expect(String(tls.headers['set-cookie'])).toMatch(/Secure/);
    } finally {
      await tlsEnv.close();
    }
  });

  it('refuses a wrong password with one message that does not say whether the user exists', async () => {
    const organisatie = await makeOrganisation(env);
    const user = await makeUser(env, { lidmaatschappen: [{ organisatie, rollen: ['medewerker'] }], demo: true });
    const wrong = await login(new TestClient(env.app), { gebruikersnaam: user.gebruikersnaam, wachtwoord: 'niet-het-wachtwoord' });
    const unknown = await login(new TestClient(env.app), { gebruikersnaam: 'bestaat-niet-xyz', wachtwoord: 'niet-het-wachtwoord' });
    for (const response of [wrong, unknown]) {
      expect(response.statusCode).toBe(401);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json()).toMatchObject({ status: 401, code: 'inloggegevens-onjuist' });
    }
    expect(wrong.json().detail).toBe(unknown.json().detail);
    expect(await auditActions(user.id)).toEqual(['inloggen:mislukt']);
  });

  it('asks for the TOTP code, accepts a valid one, and never accepts the same code twice', async () => {
    const organisatie = await makeOrganisation(env);
    const user = await makeUser(env, { lidmaatschappen: [{ organisatie, rollen: ['medewerker'] }] });
    const client = new TestClient(env.app);
    const withoutCode = await login(client, { gebruikersnaam: user.gebruikersnaam, wachtwoord: user.wachtwoord });
    expect(withoutCode.statusCode).toBe(401);
    expect(withoutCode.json().code).toBe('tweede-factor-vereist');

    const wrongCode = await login(client, { gebruikersnaam: user.gebruikersnaam, wachtwoord: user.wachtwoord, code: '000000' });
    expect(wrongCode.statusCode).toBe(401);
    expect(wrongCode.json().code).toBe('tweede-factor-onjuist');

    const code = totpCode(user.totpSecret!, new Date());
    expect((await login(client, { gebruikersnaam: user.gebruikersnaam, wachtwoord: user.wachtwoord, code })).statusCode).toBe(201);
    const replay = await login(new TestClient(env.app), { gebruikersnaam: user.gebruikersnaam, wachtwoord: user.wachtwoord, code });
    expect(replay.statusCode).toBe(401);
    expect(replay.json().code).toBe('tweede-factor-onjuist');
  });

  it('requires the second factor of a demo account once demo mode is off', async () => {
    const off = await createTestEnv({ DEMO_MODE: 'false' });
    try {
      const organisatie = await makeOrganisation(off);
      const user = await makeUser(off, { lidmaatschappen: [{ organisatie, rollen: ['medewerker'] }], demo: true, totp: false });
      const client = new TestClient(off.app);
      const response = await login(client, { gebruikersnaam: user.gebruikersnaam, wachtwoord: user.wachtwoord });
      expect(response.statusCode).toBe(201);
      expect(response.json().status).toBe('tweede-factor-inrichten');
      // Until enrolled, the session may do nothing but enrol.
      const blocked = await client.get('/api/v1/organisaties');
      expect(blocked.statusCode).toBe(403);
      expect(blocked.json().code).toBe('tweede-factor-inrichten');
    } finally {
      await off.close();
    }
  });

  it('enrols the second factor: QR code, a confirming code, recovery codes, a new session token', async () => {
    const organisatie = await makeOrganisation(env);
    const user = await makeUser(env, { lidmaatschappen: [{ organisatie, rollen: ['medewerker'] }], totp: false });
    const client = new TestClient(env.app);
    const first = await login(client, { gebruikersnaam: user.gebruikersnaam, wachtwoord: user.wachtwoord });
    expect(first.json().status).toBe('tweede-factor-inrichten');
    const firstCookie = client.cookie;

    const start = await client.post('/api/v1/sessies/huidig/tweede-factor', {});
    expect(start.statusCode).toBe(201);
    const { geheim, otpauthUri, qrCode } = start.json();
    expect(otpauthUri).toContain('otpauth://totp/');
    expect(qrCode).toMatch(/^data:image\/svg\+xml;base64,/);

    const wrong = await client.post('/api/v1/sessies/huidig/tweede-factor/bevestiging', { code: '123456' === totpCode(geheim, new Date()) ? '654321' : '123456' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().invalidParams[0].name).toBe('code');

    const confirm = await client.post('/api/v1/sessies/huidig/tweede-factor/bevestiging', { code: totpCode(geheim, new Date()) });
    expect(confirm.statusCode).toBe(200);
    const body = confirm.json();
    expect(body.herstelcodes).toHaveLength(10);
    expect(body.sessie.status).toBe('actief');
    expect(client.cookie).not.toBe(firstCookie);
    expect((await client.get('/api/v1/organisaties')).statusCode).toBe(200);

    // The old token no longer works.
    const old = new TestClient(env.app);
    old.cookie = firstCookie;
    expect((await old.get('/api/v1/sessies/huidig')).statusCode).toBe(401);

    // A recovery code works once instead of the TOTP code.
    const herstelcode = body.herstelcodes[0].toLowerCase().replace(/-/g, ' ');
    const viaRecovery = await login(new TestClient(env.app), { gebruikersnaam: user.gebruikersnaam, wachtwoord: user.wachtwoord, herstelcode });
    expect(viaRecovery.statusCode).toBe(201);
    const again = await login(new TestClient(env.app), { gebruikersnaam: user.gebruikersnaam, wachtwoord: user.wachtwoord, herstelcode });
    expect(again.statusCode).toBe(401);
    expect(await auditActions(user.id)).toEqual(
      expect.arrayContaining(['tweede-factor-starten:gelukt', 'tweede-factor-bevestigen:mislukt', 'tweede-factor-bevestigen:gelukt', 'herstelcode-gebruiken:gelukt']),
    );
  });
});

describe('choosing and switching the organisation', () => {
  it('lets a user of several organisations choose one at login and switch later; actions follow the choice', async () => {
    const a = await makeOrganisation(env, { soort: 'crisis-interventie-team' });
    const b = await makeOrganisation(env, { soort: 'veilig-thuis' });
    const user = await makeUser(env, {
      lidmaatschappen: [
        { organisatie: a, rollen: ['medewerker'] },
        { organisatie: b, rollen: ['functioneel-beheerder'] },
      ],
      demo: true,
    });
    const client = new TestClient(env.app);
    const response = await login(client, { gebruikersnaam: user.gebruikersnaam, wachtwoord: user.wachtwoord });
    expect(response.json()).toMatchObject({ status: 'organisatie-kiezen', organisatie: null });
    expect(response.json().organisaties.map((o: { id: string }) => o.id).sort()).toEqual([a.id, b.id].sort());
    expect((await client.get('/api/v1/gebruikers')).statusCode).toBe(403);

    const chooseA = await client.put('/api/v1/sessies/huidig/organisatie', { organisatieId: a.id });
    expect(chooseA.statusCode).toBe(200);
    expect(chooseA.json()).toMatchObject({ status: 'actief', organisatie: { id: a.id }, rollen: ['medewerker'] });
    expect((await client.get('/api/v1/gebruikers')).statusCode).toBe(403);

    const switchB = await client.put('/api/v1/sessies/huidig/organisatie', { organisatieId: b.id });
    expect(switchB.json()).toMatchObject({ organisatie: { id: b.id }, rollen: ['functioneel-beheerder'] });
    const list = await client.get('/api/v1/gebruikers');
    expect(list.statusCode).toBe(200);
    expect(list.json().gebruikers.map((g: { id: string }) => g.id)).toContain(user.id);

    const { rows } = await env.db.query<{ organisatie_id: string }>(
      `select organisatie_id from audit_log where gebruiker_id = $1 and actie = 'zoeken' order by seq desc limit 1`,
      [user.id],
    );
    expect(rows[0]?.organisatie_id).toBe(b.id);
  });

  it('answers 404 for an organisation the user does not work for', async () => {
    const own = await makeOrganisation(env);
    const other = await makeOrganisation(env);
    const user = await makeUser(env, { lidmaatschappen: [{ organisatie: own, rollen: ['medewerker'] }], demo: true });
    const client = await loginAs(env, user);
    const response = await client.put('/api/v1/sessies/huidig/organisatie', { organisatieId: other.id });
    expect(response.statusCode).toBe(404);
    expect((await client.get('/api/v1/sessies/huidig')).json().organisatie.id).toBe(own.id);
  });
});

describe('ending sessions', () => {
  it('logs out this session only, and everywhere on request', async () => {
    const organisatie = await makeOrganisation(env);
    const user = await makeUser(env, { lidmaatschappen: [{ organisatie, rollen: ['medewerker'] }], demo: true });
    const laptop = await loginAs(env, user);
    const tablet = await loginAs(env, user);
    const phone = await loginAs(env, user);
    expect((await laptop.delete('/api/v1/sessies/huidig')).statusCode).toBe(204);
    expect((await laptop.get('/api/v1/sessies/huidig')).statusCode).toBe(401);
    expect((await tablet.get('/api/v1/sessies/huidig')).statusCode).toBe(200);

    expect((await tablet.delete('/api/v1/sessies')).statusCode).toBe(204);
    expect((await tablet.get('/api/v1/sessies/huidig')).statusCode).toBe(401);
    expect((await phone.get('/api/v1/sessies/huidig')).statusCode).toBe(401);
    expect(await auditActions(user.id)).toEqual(expect.arrayContaining(['uitloggen:gelukt', 'uitloggen-overal:gelukt']));
  });

  it('expires a session after the idle timeout and after the absolute timeout', async () => {
    const organisatie = await makeOrganisation(env);
    const user = await makeUser(env, { lidmaatschappen: [{ organisatie, rollen: ['medewerker'] }], demo: true });
    const idle = await loginAs(env, user);
    const absolute = await loginAs(env, user);
    await env.db.query(`update sessions set last_seen_at = now() - interval '31 minutes' where gebruiker_id = $1`, [user.id]);
    await env.db.query(
      `update sessions set expires_at = now() - interval '1 second', last_seen_at = now()
        where id = (select id from sessions where gebruiker_id = $1 order by created_at desc limit 1)`,
      [user.id],
    );
    // Changed behind the application's back, so announce it the way every storage function does.
    await sessionsChanged(env.db, user.id);
    for (const client of [idle, absolute]) {
      const response = await client.get('/api/v1/sessies/huidig');
      expect(response.statusCode).toBe(401);
      expect(response.json().code).toBe('sessie-verlopen');
    }
    const { rows } = await env.db.query<{ end_reason: string }>('select end_reason from sessions where gebruiker_id = $1 order by end_reason', [user.id]);
    expect(rows.map((r) => r.end_reason)).toEqual(['absoluut-verlopen', 'inactief-verlopen']);
  });

  it('ends the sessions of a user whose membership is deactivated', async () => {
    const organisatie = await makeOrganisation(env);
    const user = await makeUser(env, { lidmaatschappen: [{ organisatie, rollen: ['medewerker'] }], demo: true });
    const client = await loginAs(env, user);
    expect((await client.get('/api/v1/sessies/huidig')).statusCode).toBe(200);
    await updateMembership(env.db, organisatie.id, user.id, { actief: false });
    expect((await client.get('/api/v1/sessies/huidig')).statusCode).toBe(401);
  });
});

describe('CSRF protection', () => {
  it('refuses a state-changing request without the CSRF token, or with a wrong one', async () => {
    const organisatie = await makeOrganisation(env);
    const user = await makeUser(env, { lidmaatschappen: [{ organisatie, rollen: ['medewerker'] }], demo: true });
    const client = await loginAs(env, user);
    for (const token of ['', 'verkeerd-token']) {
      const response = await client.request({ method: 'DELETE', url: '/api/v1/sessies/huidig', headers: { 'x-csrf-token': token } });
      expect(response.statusCode).toBe(403);
      expect(response.json().code).toBe('csrf-ongeldig');
    }
    const noHeader = await env.app.inject({ method: 'DELETE', url: '/api/v1/sessies/huidig', headers: { cookie: `samenloop_sessie=${client.cookie}` } });
    expect(noHeader.statusCode).toBe(403);
    expect((await client.get('/api/v1/sessies/huidig')).statusCode).toBe(200);
  });

  it('refuses state-changing requests from another site, also the login itself', async () => {
    const organisatie = await makeOrganisation(env);
    const user = await makeUser(env, { lidmaatschappen: [{ organisatie, rollen: ['medewerker'] }], demo: true });
    const crossOrigin = await env.app.inject({
      method: 'POST',
      url: '/api/v1/sessies',
      headers: { origin: 'https://kwaadwillend.example', host: 'samenloop.test' },
      payload: { gebruikersnaam: user.gebruikersnaam, wachtwoord: user.wachtwoord },
    });
    expect(crossOrigin.statusCode).toBe(403);
    const fetchSite = await env.app.inject({
      method: 'POST',
      url: '/api/v1/sessies',
      headers: { 'sec-fetch-site': 'cross-site' },
      payload: { gebruikersnaam: user.gebruikersnaam, wachtwoord: user.wachtwoord },
    });
    expect(fetchSite.statusCode).toBe(403);
    const sameOrigin = await env.app.inject({
      method: 'POST',
      url: '/api/v1/sessies',
      headers: { origin: 'http://samenloop.test', host: 'samenloop.test', 'sec-fetch-site': 'same-origin' },
      payload: { gebruikersnaam: user.gebruikersnaam, wachtwoord: user.wachtwoord },
    });
    expect(sameOrigin.statusCode).toBe(201);
  });
});

describe('throttling and lockout', () => {
  it('makes a guesser wait longer after each failure and locks the name after repeated failures', async () => {
    const organisatie = await makeOrganisation(env);
    const user = await makeUser(env, { lidmaatschappen: [{ organisatie, rollen: ['medewerker'] }], demo: true });
    const attempt = () => login(new TestClient(env.app), { gebruikersnaam: user.gebruikersnaam, wachtwoord: 'fout-fout-fout-fout' });
    // The first failures cost nothing extra.
    for (let i = 0; i < 3; i++) expect((await attempt()).statusCode).toBe(401);
    const throttled = await attempt();
    expect(throttled.statusCode).toBe(429);
    expect(throttled.json().code).toBe('te-veel-pogingen');
    expect(Number(throttled.headers['retry-after'])).toBeGreaterThanOrEqual(1);

    // Let the delays pass (by moving the last failure back) until the lockout.
    for (let failures = 4; failures <= LOCKOUT_AFTER; failures++) {
      await env.db.query(`update login_attempts set last_failure_at = now() - interval '10 minutes' where gebruikersnaam = $1`, [user.gebruikersnaam]);
      expect((await attempt()).statusCode).toBe(401);
    }
    await env.db.query(`update login_attempts set last_failure_at = now() - interval '10 minutes' where gebruikersnaam = $1`, [user.gebruikersnaam]);
    const locked = await login(new TestClient(env.app), { gebruikersnaam: user.gebruikersnaam, wachtwoord: user.wachtwoord });
    expect(locked.statusCode).toBe(429);
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(60);
    expect(locked.json().detail).toMatch(/geblokkeerd/);

    // After the lockout period the right password works again and resets the count.
    await env.db.query(`update login_attempts set locked_until = now() - interval '1 second' where gebruikersnaam = $1`, [user.gebruikersnaam]);
    expect((await login(new TestClient(env.app), { gebruikersnaam: user.gebruikersnaam, wachtwoord: user.wachtwoord })).statusCode).toBe(201);
    const { rows } = await env.db.query('select * from login_attempts where gebruikersnaam = $1', [user.gebruikersnaam]);
    expect(rows).toHaveLength(0);
  });
});

describe('changing one’s own password', () => {
  it('checks the current password and the rules, then ends the other sessions', async () => {
    const organisatie = await makeOrganisation(env);
    const user = await makeUser(env, { lidmaatschappen: [{ organisatie, rollen: ['medewerker'] }], demo: true });
    const client = await loginAs(env, user);
    const other = await loginAs(env, user);
    const wrongCurrent = await client.put('/api/v1/sessies/huidig/wachtwoord', { huidigWachtwoord: 'niet-goed-niet-goed', nieuwWachtwoord: 'Een-Heel-Nieuw-Wachtwoord-7' });
    expect(wrongCurrent.statusCode).toBe(400);
    expect(wrongCurrent.json().invalidParams[0].name).toBe('huidigWachtwoord');
    const common = await client.put('/api/v1/sessies/huidig/wachtwoord', { huidigWachtwoord: user.wachtwoord, nieuwWachtwoord: 'password1234' });
    expect(common.statusCode).toBe(400);
    expect(common.json().invalidParams[0]).toMatchObject({ name: 'nieuwWachtwoord', code: 'veelgebruikt' });
    const ok = await client.put('/api/v1/sessies/huidig/wachtwoord', { huidigWachtwoord: user.wachtwoord, nieuwWachtwoord: 'Een-Heel-Nieuw-Wachtwoord-7' });
    expect(ok.statusCode).toBe(204);
    expect((await client.get('/api/v1/sessies/huidig')).statusCode).toBe(200);
    expect((await other.get('/api/v1/sessies/huidig')).statusCode).toBe(401);
    const relogin = await login(new TestClient(env.app), { gebruikersnaam: user.gebruikersnaam, wachtwoord: 'Een-Heel-Nieuw-Wachtwoord-7' });
    expect(relogin.statusCode).toBe(201);
  });
});
