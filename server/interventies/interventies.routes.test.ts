import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, loginAs, makeOrganisation, makeUser, TestClient, type TestEnv } from '../testing/fixtures';
import type { Organisatie } from '../organisations/schemas';
import type { Rol } from '../identity/schemas';
import { fasen, rechtsdomeinen, type Interventie } from './schemas';
import { requireBekendeInterventies } from './require-bekende-interventies';
import { ApiProblem } from '../platform/http/problem';

/** The intervention catalogue in the database: the seed, reads for everyone, maintenance by the functional administrator. */
let env: TestEnv;
let vt: Organisatie;
let politie: Organisatie;
let politieClient: TestClient;
let vtClient: TestClient;
let analistClient: TestClient;
let beheerder: TestClient;

async function client(organisatie: Organisatie, rollen: Rol[]): Promise<TestClient> {
  return loginAs(env, await makeUser(env, { lidmaatschappen: [{ organisatie, rollen }], demo: true, totp: false }));
}

const lijst = async (c: TestClient, query = ''): Promise<Interventie[]> => {
  const response = await c.get(`/api/v1/interventies${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return (response.json() as { interventies: Interventie[] }).interventies;
};
const namen = (response: { json: () => unknown }) => ((response.json() as { invalidParams?: { name: string }[] }).invalidParams ?? []).map((p) => p.name);

beforeAll(async () => {
  env = await createTestEnv();
  politie = await makeOrganisation(env, { soort: 'politie' });
  vt = await makeOrganisation(env, { soort: 'veilig-thuis' });
  politieClient = await client(politie, ['medewerker']);
  vtClient = await client(vt, ['medewerker']);
  analistClient = await client(vt, ['analist']);
  beheerder = await client(vt, ['functioneel-beheerder']);
});

afterAll(async () => {
  await env?.close();
});

describe('the seeded catalogue', () => {
  it('covers every phase and every legal domain', async () => {
    for (const fase of fasen) expect((await lijst(politieClient, `?fase=${fase}`)).length).toBeGreaterThan(0);
    for (const rechtsdomein of rechtsdomeinen) expect((await lijst(politieClient, `?rechtsdomein=${rechtsdomein}`)).length).toBeGreaterThan(0);
  });

  it('places the measures of the seeds in their domain, phase and kind of condition', async () => {
    const alle = new Map((await lijst(politieClient)).map((i) => [i.code, i]));
    expect(alle.get('tijdelijk-huisverbod')).toMatchObject({ rechtsdomein: 'bestuursrecht', fase: ['acuut'], voorwaardeSoort: null, actief: true, versie: 1 });
    expect(alle.get('ondertoezichtstelling')?.rechtsdomein).toBe('civiel');
    for (const code of ['contactverbod', 'locatieverbod', 'meldplicht']) {
      expect(alle.get(code)).toMatchObject({ rechtsdomein: 'strafrecht', voorwaardeSoort: 'vrijheidsbeperkend' });
    }
    expect(alle.get('gedragsveranderende-voorwaarden')).toMatchObject({ rechtsdomein: 'strafrecht', voorwaardeSoort: 'gedragsveranderend' });
    expect(alle.get('hulpverlening-wijkteam')?.rechtsdomein).toBe('sociaal-domein');
    for (const code of ['ondersteuning-buddy-ervaringsdeskundige', 'nieuwe-toekomst', 'contact-wijkagent', 'noodalarm']) {
      expect(alle.get(code)?.rechtsdomein).toBe('overig');
    }
    for (const i of alle.values()) {
      expect(i.fase.length).toBeGreaterThanOrEqual(1);
      expect(i.naam.trim()).not.toBe('');
      if (i.voorwaardeSoort) expect(i.rechtsdomein).toBe('strafrecht');
    }
  });
});

describe('GET /api/v1/interventies', () => {
  it('gives the catalogue to any signed-in user, the analyst too (no personal data), grouped by legal domain', async () => {
    const a = await lijst(politieClient);
    expect(await lijst(analistClient)).toEqual(a);
    const domeinen = a.map((i) => i.rechtsdomein);
    expect(domeinen.filter((d, i) => d !== domeinen[i - 1])).toEqual([...rechtsdomeinen]);
  });

  it('filters by phase and legal domain', async () => {
    expect((await lijst(politieClient, '?fase=acuut&rechtsdomein=bestuursrecht')).map((i) => i.code).sort()).toEqual(['crisismaatregel-wvggz', 'tijdelijk-huisverbod']);
    const straf = await lijst(politieClient, '?rechtsdomein=strafrecht');
    expect(straf.length).toBeGreaterThan(1);
    expect(straf.every((i) => i.rechtsdomein === 'strafrecht')).toBe(true);
    const herstel = await lijst(politieClient, '?fase=herstel');
    expect(herstel.every((i) => i.fase.includes('herstel'))).toBe(true);
    expect(herstel.map((i) => i.code)).not.toContain('tijdelijk-huisverbod');
  });

  it('refuses an unknown phase or legal domain with a 400 naming the field', async () => {
    const fase = await politieClient.get('/api/v1/interventies?fase=crisis');
    expect(fase.statusCode).toBe(400);
    expect(namen(fase)).toEqual(['querystring.fase']);
    const domein = await politieClient.get('/api/v1/interventies?rechtsdomein=civiel-recht');
    expect(domein.statusCode).toBe(400);
    expect(namen(domein)).toEqual(['querystring.rechtsdomein']);
  });

  it('needs a session; alle=true only for the functional administrator', async () => {
    expect((await new TestClient(env.app).get('/api/v1/interventies')).statusCode).toBe(401);
    expect((await politieClient.get('/api/v1/interventies?alle=true')).statusCode).toBe(403);
    expect((await beheerder.get('/api/v1/interventies?alle=true')).statusCode).toBe(200);
  });

  it('reads one intervention with its version as ETag; 404 for an unknown code', async () => {
    const response = await politieClient.get('/api/v1/interventies/meldplicht');
    expect(response.statusCode).toBe(200);
    expect(response.headers.etag).toBe('"1"');
    expect(response.json()).toMatchObject({ code: 'meldplicht', rechtsdomein: 'strafrecht' });
    expect((await politieClient.get('/api/v1/interventies/bestaat-niet')).statusCode).toBe(404);
    expect((await politieClient.get('/api/v1/interventies/Geen_Code')).statusCode).toBe(400);
  });
});

describe('maintenance by the functional administrator', () => {
  const nieuw = { code: 'digitale-veiligheidscheck', naam: 'Digitale veiligheidscheck', omschrijving: 'Telefoon en accounts nagelopen op volgsoftware.', fase: ['acuut', 'risicogestuurd'], rechtsdomein: 'overig' };

  it('adds an intervention (audited with field names), 409 on an existing code, 403 for a medewerker', async () => {
    expect((await politieClient.post('/api/v1/interventies', nieuw)).statusCode).toBe(403);
    const created = await beheerder.post('/api/v1/interventies', nieuw);
    expect(created.statusCode, created.body).toBe(201);
    expect(created.headers.location).toBe('/api/v1/interventies/digitale-veiligheidscheck');
    expect(created.headers.etag).toBe('"1"');
    expect(created.json()).toMatchObject({ ...nieuw, voorwaardeSoort: null, actief: true, versie: 1 });
    expect((await lijst(vtClient, '?fase=acuut&rechtsdomein=overig')).map((i) => i.code)).toContain('digitale-veiligheidscheck');

    const dubbel = await beheerder.post('/api/v1/interventies', { ...nieuw, naam: 'Nog een' });
    expect(dubbel.statusCode).toBe(409);
    expect(dubbel.json().code).toBe('code-bestaat');

    const { rows } = await env.db.query<{ actie: string; object_id: string; doel: string; details: { velden: string[] } }>(
      `select actie, object_id, doel, details from audit_log where object_type = 'interventie' order by seq`,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actie: 'aanmaken', object_id: 'digitale-veiligheidscheck', doel: 'catalogusbeheer' });
    expect(rows[0]!.details.velden).toContain('naam');
    expect(JSON.stringify(rows[0]!.details)).not.toContain('volgsoftware');
  });

  it('refuses bad input with a 400 naming the fields', async () => {
    const fout = await beheerder.post('/api/v1/interventies', { code: 'Met Spaties', naam: ' ', fase: [], rechtsdomein: 'straf' });
    expect(fout.statusCode).toBe(400);
    expect(namen(fout).sort()).toEqual(['code', 'fase', 'naam', 'rechtsdomein']);
    const voorwaarde = await beheerder.post('/api/v1/interventies', { ...nieuw, code: 'iets-anders', voorwaardeSoort: 'vrijheidsbeperkend' });
    expect(voorwaarde.statusCode).toBe(400);
    expect(namen(voorwaarde)).toEqual(['voorwaardeSoort']);
    const straf = await beheerder.post('/api/v1/interventies', { ...nieuw, code: 'alcoholverbod', naam: 'Alcoholverbod', rechtsdomein: 'strafrecht', voorwaardeSoort: 'vrijheidsbeperkend' });
    expect(straf.statusCode, straf.body).toBe(201);
    const onbekendVeld = await beheerder.post('/api/v1/interventies', { ...nieuw, code: 'weer-iets', versie: 3 });
    expect(onbekendVeld.statusCode).toBe(400);
  });

  it('changes an intervention with If-Match (409 when stale, 428 without), audits the changed field names', async () => {
    const url = '/api/v1/interventies/digitale-veiligheidscheck';
    expect((await politieClient.patch(url, { naam: 'X' }, { 'if-match': '"1"' })).statusCode).toBe(403);
    expect((await beheerder.patch(url, { naam: 'X' })).statusCode).toBe(428);
    const changed = await beheerder.patch(url, { naam: 'Digitale veiligheid', fase: ['herstel', 'acuut'] }, { 'if-match': '"1"' });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ naam: 'Digitale veiligheid', fase: ['acuut', 'herstel'], versie: 2 });
    expect(changed.headers.etag).toBe('"2"');
    const stale = await beheerder.patch(url, { naam: 'Y' }, { 'if-match': '"1"' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().huidigeVersie).toBe(2);
    expect((await beheerder.patch('/api/v1/interventies/bestaat-niet', { naam: 'Y' }, { 'if-match': '"1"' })).statusCode).toBe(404);

    const voorwaarde = await beheerder.patch(url, { voorwaardeSoort: 'gedragsveranderend' }, { 'if-match': '"2"' });
    expect(voorwaarde.statusCode).toBe(400);
    expect(namen(voorwaarde)).toEqual(['voorwaardeSoort']);
    const alcohol = await beheerder.patch('/api/v1/interventies/alcoholverbod', { rechtsdomein: 'sociaal-domein' }, { 'if-match': '"1"' });
    expect(alcohol.statusCode).toBe(400);
    expect(namen(alcohol)).toEqual(['voorwaardeSoort']);
    const leeg = await beheerder.patch(url, { fase: [] }, { 'if-match': '"2"' });
    expect(namen(leeg)).toEqual(['fase']);

    const { rows } = await env.db.query<{ actie: string; details: { velden: string[] } }>(
      `select actie, details from audit_log where object_type = 'interventie' and object_id = 'digitale-veiligheidscheck' order by seq`,
    );
    expect(rows.map((r) => r.actie)).toEqual(['aanmaken', 'wijzigen']);
    expect(rows[1]!.details.velden.sort()).toEqual(['fase', 'naam']);
  });

  it('switches an intervention off: gone from the lists, still readable, back with alle=true, refused as a measure', async () => {
    const uit = await beheerder.patch('/api/v1/interventies/noodalarm', { actief: false }, { 'if-match': '"1"' });
    expect(uit.statusCode, uit.body).toBe(200);
    expect(uit.json()).toMatchObject({ actief: false, versie: 2 });
    expect((await lijst(politieClient)).map((i) => i.code)).not.toContain('noodalarm');
    expect((await lijst(beheerder, '?alle=true')).find((i) => i.code === 'noodalarm')?.actief).toBe(false);
    expect((await politieClient.get('/api/v1/interventies/noodalarm')).json().actief).toBe(false);
    const { rows } = await env.db.query<{ actie: string }>(`select actie from audit_log where object_type = 'interventie' and object_id = 'noodalarm'`);
    expect(rows.map((r) => r.actie)).toEqual(['deactiveren']);

    // The acute assessment refuses the switched-off code, naming its position.
    const contact = await politieClient.post('/api/v1/acuut/contacten', {
      clientId: 'interventies-1',
      vtOrganisatieId: vt.id,
      gebeldOp: new Date(Date.now() - 3_600_000).toISOString(),
      opgenomenOp: new Date(Date.now() - 3_400_000).toISOString(),
      wijze: 'telefonisch',
      vtContactpersoon: 'Dienstdoende VT',
      adres: 'Dorpsstraat 1',
      besproken: { eerdereMeldingen: '', lopendeAfspraken: '', afsprakenWijkagent: '', reclassering: '', ggz: '' },
    });
    expect(contact.statusCode, contact.body).toBe(201);
    const url = `/api/v1/acuut/contacten/${contact.json().id}/beoordeling`;
    const beoordeling = { acuutOnveilig: true, maatregelen: ['tijdelijk-huisverbod', 'noodalarm'], wieDoetWat: '', geconsulteerd: [], beoordeeldOp: new Date().toISOString() };
    const geweigerd = await vtClient.put(url, beoordeling);
    expect(geweigerd.statusCode).toBe(400);
    expect(geweigerd.json().invalidParams).toEqual([{ name: 'maatregelen[1]', code: 'onbekende-interventie', reason: 'geen (actieve) interventie uit de catalogus' }]);
    const aan = await beheerder.patch('/api/v1/interventies/noodalarm', { actief: true }, { 'if-match': '"2"' });
    expect(aan.statusCode).toBe(200);
    expect((await vtClient.put(url, beoordeling)).statusCode).toBe(200);
  });
});

describe('requireBekendeInterventies', () => {
  it('names every unknown code by field and index in one 400; passes known active codes and an empty list', async () => {
    await expect(requireBekendeInterventies(env.db, [], 'maatregelen')).resolves.toBeUndefined();
    await expect(requireBekendeInterventies(env.db, ['meldplicht', 'contactverbod'], 'maatregelen')).resolves.toBeUndefined();
    const fout = await requireBekendeInterventies(env.db, ['bestaat-niet', 'meldplicht', 'ook-niet'], 'interventies').catch((e: unknown) => e);
    expect(fout).toBeInstanceOf(ApiProblem);
    expect((fout as ApiProblem).status).toBe(400);
    expect((fout as ApiProblem).options.invalidParams?.map((p) => p.name)).toEqual(['interventies[0]', 'interventies[2]']);
  });
});
