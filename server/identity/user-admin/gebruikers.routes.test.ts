import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, loginAs, makeOrganisationWithStaff, makeUser, TestClient, type TestEnv } from '../../testing/fixtures';
import type { Organisatie } from '../../organisations/schemas';
import type { TestUser } from '../../testing/fixtures';

let env: TestEnv;
let organisatie: Organisatie;
let beheerder: TestUser;
let admin: TestClient;

beforeAll(async () => {
  env = await createTestEnv();
  const own = await makeOrganisationWithStaff(env);
  organisatie = own.organisatie;
  beheerder = own.staff['functioneel-beheerder'];
  admin = await loginAs(env, beheerder);
});
afterAll(async () => env.close());

const nieuw = (overrides: Record<string, unknown> = {}) => ({
  gebruikersnaam: `nieuw.${Math.random().toString(36).slice(2, 8)}`,
  naam: 'Nieuwe Collega',
  eMail: 'collega@veiligthuis.example',
  wachtwoord: 'Tijdelijk-Wachtwoord-Lang-9',
  rollen: ['medewerker'],
  ...overrides,
});

describe('user administration by the functional administrator', () => {
  it('creates a user in the own organisation, who replaces the temporary password and then enrols a second factor', async () => {
    const input = nieuw();
    const created = await admin.post('/api/v1/gebruikers', input);
    expect(created.statusCode).toBe(201);
    const gebruiker = created.json();
    expect(gebruiker).toMatchObject({ gebruikersnaam: input.gebruikersnaam, rollen: ['medewerker'], actief: true, tweedeFactorIngericht: false, demo: false });
    expect(created.headers.location).toBe(`/api/v1/gebruikers/${gebruiker.id}`);

    const list = await admin.get('/api/v1/gebruikers');
    expect(list.json().gebruikers.map((g: { id: string }) => g.id)).toContain(gebruiker.id);

    const newcomer = new TestClient(env.app);
    const first = await newcomer.post('/api/v1/sessies', { gebruikersnaam: input.gebruikersnaam, wachtwoord: input.wachtwoord });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ status: 'wachtwoord-wijzigen', demo: false });

    // Nothing else is possible until the temporary password is replaced, not even enrolment.
    expect((await newcomer.post('/api/v1/sessies/huidig/tweede-factor', {})).statusCode).toBe(403);
    const blocked = await newcomer.get('/api/v1/organisaties');
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().code).toBe('wachtwoord-wijzigen');

    const same = await newcomer.put('/api/v1/sessies/huidig/wachtwoord', { huidigWachtwoord: input.wachtwoord, nieuwWachtwoord: input.wachtwoord });
    expect(same.statusCode).toBe(400);
    expect(same.json().invalidParams[0]).toMatchObject({ name: 'nieuwWachtwoord', code: 'ongewijzigd' });

    const temporaryCookie = newcomer.cookie;
    const changed = await newcomer.put('/api/v1/sessies/huidig/wachtwoord', {
      huidigWachtwoord: input.wachtwoord,
      nieuwWachtwoord: 'Mijn-Eigen-Nieuwe-Wachtwoord-3',
    });
    expect(changed.statusCode).toBe(204);
    expect(newcomer.cookie).not.toBe(temporaryCookie);
    expect((await newcomer.get('/api/v1/sessies/huidig')).json().status).toBe('tweede-factor-inrichten');

    const old = new TestClient(env.app);
    old.cookie = temporaryCookie;
    expect((await old.get('/api/v1/sessies/huidig')).statusCode).toBe(401);
    const again = await new TestClient(env.app).post('/api/v1/sessies', { gebruikersnaam: input.gebruikersnaam, wachtwoord: 'Mijn-Eigen-Nieuwe-Wachtwoord-3' });
    expect(again.json().status).toBe('tweede-factor-inrichten');
  });

  it('refuses a weak password, an invalid e-mail address and a duplicate user name, naming the field', async () => {
    const weak = await admin.post('/api/v1/gebruikers', nieuw({ wachtwoord: 'welkom123' }));
    expect(weak.statusCode).toBe(400);
    expect(weak.json().invalidParams).toEqual([expect.objectContaining({ name: 'wachtwoord', code: 'te-kort' })]);

    const common = await admin.post('/api/v1/gebruikers', nieuw({ wachtwoord: 'Welkom123456!' }));
    expect(common.json().invalidParams[0]).toMatchObject({ name: 'wachtwoord', code: 'veelgebruikt' });

    const badMail = await admin.post('/api/v1/gebruikers', nieuw({ eMail: 'geen-adres', rollen: [] }));
    expect(badMail.statusCode).toBe(400);
    expect(badMail.json().invalidParams.map((p: { name: string }) => p.name).sort()).toEqual(['eMail', 'rollen']);

    const input = nieuw();
    expect((await admin.post('/api/v1/gebruikers', input)).statusCode).toBe(201);
    const duplicate = await admin.post('/api/v1/gebruikers', { ...input, gebruikersnaam: input.gebruikersnaam.toUpperCase() });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().code).toBe('gebruikersnaam-bestaat');
  });

  it('changes roles with If-Match and refuses a stale or missing version', async () => {
    const created = (await admin.post('/api/v1/gebruikers', nieuw())).json();
    const read = await admin.get(`/api/v1/gebruikers/${created.id}`);
    expect(read.headers.etag).toBe(`"${created.versie}"`);

    const missing = await admin.patch(`/api/v1/gebruikers/${created.id}`, { rollen: ['analist'] });
    expect(missing.statusCode).toBe(428);

    const changed = await admin.patch(`/api/v1/gebruikers/${created.id}`, { rollen: ['analist', 'medewerker'] }, { 'if-match': read.headers.etag as string });
    expect(changed.statusCode).toBe(200);
    expect(changed.json().rollen).toEqual(['analist', 'medewerker']);
    expect(changed.json().versie).toBe(created.versie + 1);

    // A second administrator working from the old version does not overwrite the change.
    const stale = await admin.patch(`/api/v1/gebruikers/${created.id}`, { naam: 'Oude Versie' }, { 'if-match': read.headers.etag as string });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().huidigeVersie).toBeGreaterThan(1);
    expect(stale.json().code).toBe('versie-verouderd');
    expect((await admin.get(`/api/v1/gebruikers/${created.id}`)).json()).toMatchObject({ naam: 'Nieuwe Collega', rollen: ['analist', 'medewerker'] });
  });

  it('deactivates a user: their sessions end and they can no longer log in', async () => {
    const input = nieuw();
    const created = (await admin.post('/api/v1/gebruikers', input)).json();
    const session = new TestClient(env.app);
    await session.post('/api/v1/sessies', { gebruikersnaam: input.gebruikersnaam, wachtwoord: input.wachtwoord });
    expect((await session.get('/api/v1/sessies/huidig')).statusCode).toBe(200);

    const deactivated = await admin.patch(`/api/v1/gebruikers/${created.id}`, { actief: false }, { 'if-match': `"${created.versie}"` });
    expect(deactivated.statusCode).toBe(200);
    expect(deactivated.json().actief).toBe(false);
    expect((await session.get('/api/v1/sessies/huidig')).statusCode).toBe(401);
    const again = await new TestClient(env.app).post('/api/v1/sessies', { gebruikersnaam: input.gebruikersnaam, wachtwoord: input.wachtwoord });
    expect(again.statusCode).toBe(401);
    expect(again.json().code).toBe('geen-organisatie');
  });

  it('does not let administrators lock themselves out', async () => {
    const self = (await admin.get(`/api/v1/gebruikers/${beheerder.id}`)).json();
    const deactivate = await admin.patch(`/api/v1/gebruikers/${beheerder.id}`, { actief: false }, { 'if-match': `"${self.versie}"` });
    expect(deactivate.statusCode).toBe(400);
    expect(deactivate.json().invalidParams[0].name).toBe('actief');
    const demote = await admin.patch(`/api/v1/gebruikers/${beheerder.id}`, { rollen: ['medewerker'] }, { 'if-match': `"${self.versie}"` });
    expect(demote.statusCode).toBe(400);
  });

  it('resets a second factor: secret and recovery codes gone, sessions ended, enrolment again at login', async () => {
    const organisatieUser = await makeUser(env, { lidmaatschappen: [{ organisatie, rollen: ['medewerker'] }] });
    const session = await loginAs(env, organisatieUser);
    await env.db.query(`insert into recovery_codes (gebruiker_id, code_hash) values ($1, 'x')`, [organisatieUser.id]);
    const reset = await admin.post(`/api/v1/gebruikers/${organisatieUser.id}/tweede-factor-reset`, {});
    expect(reset.statusCode).toBe(200);
    expect(reset.json().tweedeFactorIngericht).toBe(false);
    expect((await session.get('/api/v1/sessies/huidig')).statusCode).toBe(401);
    const { rows } = await env.db.query('select * from recovery_codes where gebruiker_id = $1', [organisatieUser.id]);
    expect(rows).toHaveLength(0);
    const login = await new TestClient(env.app).post('/api/v1/sessies', { gebruikersnaam: organisatieUser.gebruikersnaam, wachtwoord: organisatieUser.wachtwoord });
    expect(login.json().status).toBe('tweede-factor-inrichten');
  });

  it('audits every read, search, create and change of user data with the purpose', async () => {
    const created = (await admin.post('/api/v1/gebruikers', nieuw())).json();
    await admin.get(`/api/v1/gebruikers/${created.id}`);
    await admin.get('/api/v1/gebruikers?zoek=Collega');
    const { rows } = await env.db.query<{ actie: string; object_id: string | null; doel: string; organisatie_id: string; rollen: string[] }>(
      `select actie, object_id, doel, organisatie_id, rollen from audit_log where gebruiker_id = $1 order by seq desc limit 3`,
      [beheerder.id],
    );
    expect(rows.map((r) => r.actie)).toEqual(['zoeken', 'lezen', 'aanmaken']);
    for (const row of rows) {
      expect(row).toMatchObject({ doel: 'gebruikersbeheer', organisatie_id: organisatie.id, rollen: ['functioneel-beheerder'] });
    }
    expect(rows[1]!.object_id).toBe(created.id);
  });
});

describe('scope', () => {
  it('hides users of another organisation (404) and refuses other roles (403)', async () => {
    const other = await makeOrganisationWithStaff(env, 'politie');
    const otherAdmin = await loginAs(env, other.staff['functioneel-beheerder']);
    const ownUser = (await admin.post('/api/v1/gebruikers', nieuw())).json();

    const read = await otherAdmin.get(`/api/v1/gebruikers/${ownUser.id}`);
    expect(read.statusCode).toBe(404);
    const patch = await otherAdmin.patch(`/api/v1/gebruikers/${ownUser.id}`, { naam: 'Overgenomen' }, { 'if-match': `"${ownUser.versie}"` });
    expect(patch.statusCode).toBe(404);
    expect((await otherAdmin.get('/api/v1/gebruikers')).json().gebruikers.map((g: { id: string }) => g.id)).not.toContain(ownUser.id);
    expect((await admin.get(`/api/v1/gebruikers/${ownUser.id}`)).json().naam).toBe('Nieuwe Collega');

    const medewerker = await loginAs(env, other.staff.medewerker);
    expect((await medewerker.get('/api/v1/gebruikers')).statusCode).toBe(403);
  });
});
