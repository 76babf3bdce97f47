import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, loginAs, makeOrganisation, makeUser, type TestClient, type TestEnv } from '../../testing/fixtures';
import type { Organisatie } from '../../organisations/schemas';
import type { IndicatorDefinitie } from '../schemas';
import { berekenIndicatoren } from '../waarden/bereken-indicatoren';
import { huidigJaar } from './evaluatie-jaar';
import { evaluatieVragen } from './vragen';

let env: TestEnv;
let vt: Organisatie;
let politie: Organisatie;
let medewerker: TestClient;
let analist: TestClient;
let beheerder: TestClient;
let rnzs: TestClient;
const jaar = huidigJaar();

beforeAll(async () => {
  env = await createTestEnv();
  vt = await makeOrganisation(env, { soort: 'veilig-thuis', regio: 'evaluatie-regio' });
  politie = await makeOrganisation(env, { soort: 'politie', regio: 'evaluatie-regio' });
  const user = (organisatie: Organisatie, rol: 'medewerker' | 'analist' | 'functioneel-beheerder' | 'rnzs-lid') =>
    makeUser(env, { lidmaatschappen: [{ organisatie, rollen: [rol] }], demo: true, totp: false });
  medewerker = await loginAs(env, await user(vt, 'medewerker'));
  analist = await loginAs(env, await user(vt, 'analist'));
  beheerder = await loginAs(env, await user(vt, 'functioneel-beheerder'));
  rnzs = await loginAs(env, await user(politie, 'rnzs-lid'));
});
afterAll(async () => env.close());

const url = (verbeteractie = 'actieoverleg', j: number | string = jaar) => `/api/v1/evaluaties/mijn/${verbeteractie}?jaar=${j}`;
const antwoorden = (cijfer: number | null, stelling: number | null = 4) => ({
  antwoorden: [
    { vraag: 'actieoverleg.rapportcijfer', waarde: cijfer },
    { vraag: 'actieoverleg.vertrouwen', waarde: stelling },
  ],
});

describe('evaluation questions', () => {
  it('lists every question of the catalogue with its scale', async () => {
    const res = await medewerker.get('/api/v1/evaluatie-vragen');
    expect(res.statusCode).toBe(200);
    expect(res.json().vragen).toHaveLength(evaluatieVragen.length);
    expect(res.json().vragen.find((v: { id: string }) => v.id === 'actieoverleg.rapportcijfer').schaal).toEqual({ soort: 'cijfer', min: 1, max: 10 });
  });
});

describe('filling in the own evaluation', () => {
  it('creates without If-Match, then replaces only with the current version', async () => {
    const created = await medewerker.put(url(), antwoorden(8));
    expect(created.statusCode).toBe(201);
    expect(created.headers.etag).toBe('"1"');
    expect(created.json()).toMatchObject({ verbeteractie: 'actieoverleg', jaar, versie: 1 });
    expect(created.json().antwoorden).toEqual(
      expect.arrayContaining([{ vraag: 'actieoverleg.rapportcijfer', waarde: 8 }, { vraag: 'actieoverleg.vertrouwen', waarde: 4 }]),
    );

    const without = await medewerker.put(url(), antwoorden(7));
    expect(without.statusCode).toBe(428);
    const stale = await medewerker.put(url(), antwoorden(7), { 'if-match': '"5"' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().huidigeVersie).toBe(1);

    const replaced = await medewerker.put(url(), antwoorden(7, null), { 'if-match': '"1"' });
    expect(replaced.statusCode).toBe(200);
    expect(replaced.json().versie).toBe(2);
    expect(replaced.json().antwoorden).toContainEqual({ vraag: 'actieoverleg.vertrouwen', waarde: null });

    const mijn = await medewerker.get(`/api/v1/evaluaties/mijn?jaar=${jaar}`);
    expect(mijn.statusCode).toBe(200);
    expect(mijn.json().evaluaties).toHaveLength(1);
    expect(mijn.json().evaluaties[0]).toMatchObject({ verbeteractie: 'actieoverleg', versie: 2 });
    const een = await medewerker.get(url());
    expect(een.headers.etag).toBe('"2"');
    expect((await medewerker.get(url('vt-zsm'))).statusCode).toBe(404);

    // Nobody else sees this person's answers: another person's own list is empty.
    const anders = await rnzs.get(`/api/v1/evaluaties/mijn?jaar=${jaar}`);
    expect(anders.json().evaluaties).toEqual([]);

    const audit = await env.db.query<{ actie: string; details: Record<string, unknown> }>(
      `select actie, details from audit_log where object_type = 'evaluatie' and actie in ('aanmaken', 'wijzigen') order by seq`,
    );
    expect(audit.rows.map((r) => r.actie)).toEqual(['aanmaken', 'wijzigen']);
    expect(audit.rows[0]!.details).toMatchObject({ verbeteractie: 'actieoverleg', jaar, antwoorden: 2 });
  });

  it('refuses an answer off its scale naming antwoorden[i].waarde', async () => {
    const res = await medewerker.put(url('actieoverleg', jaar - 1), {
      antwoorden: [
        { vraag: 'actieoverleg.rapportcijfer', waarde: 8 },
        { vraag: 'actieoverleg.vertrouwen', waarde: 6 },
      ],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().invalidParams).toEqual([expect.objectContaining({ name: 'antwoorden[1].waarde' })]);
    const halve = await medewerker.put(url('actieoverleg', jaar - 1), { antwoorden: [{ vraag: 'actieoverleg.rapportcijfer', waarde: 7.5 }] });
    expect(halve.json().invalidParams[0].name).toBe('antwoorden[0].waarde');
    const nul = await medewerker.put(url('actieoverleg', jaar - 1), { antwoorden: [{ vraag: 'actieoverleg.rapportcijfer', waarde: 0 }] });
    expect(nul.json().invalidParams[0].name).toBe('antwoorden[0].waarde');
    const tekst = await medewerker.put(url('actieoverleg', jaar - 1), { antwoorden: [{ vraag: 'actieoverleg.rapportcijfer', waarde: 'acht' }] });
    expect(tekst.statusCode).toBe(400);
    expect(tekst.json().invalidParams[0].name).toBe('antwoorden[0].waarde');
  });

  it('refuses a question of another improvement action, a duplicate, an unknown improvement action and a bad year', async () => {
    const ander = await medewerker.put(url('samen-op-in-acuut', jaar - 1), antwoorden(8));
    expect(ander.statusCode).toBe(400);
    expect(ander.json().invalidParams.map((p: { name: string }) => p.name)).toEqual(['antwoorden[0].vraag', 'antwoorden[1].vraag']);
    const dubbel = await medewerker.put(url('actieoverleg', jaar - 1), {
      antwoorden: [{ vraag: 'actieoverleg.rapportcijfer', waarde: 8 }, { vraag: 'actieoverleg.rapportcijfer', waarde: 9 }],
    });
    expect(dubbel.json().invalidParams).toEqual([expect.objectContaining({ name: 'antwoorden[1].vraag', code: 'dubbel' })]);
    const onbekend = await medewerker.put(url('bestaat-niet'), antwoorden(8));
    expect(onbekend.statusCode).toBe(400);
    expect(onbekend.json().invalidParams[0].name).toContain('verbeteractie');
    for (const j of [jaar + 1, 2017]) {
      const res = await medewerker.put(url('actieoverleg', j), antwoorden(8));
      expect(res.statusCode).toBe(400);
      expect(res.json().invalidParams[0].name).toBe('jaar');
    }
    expect((await medewerker.get(`/api/v1/evaluaties/mijn?jaar=${jaar + 1}`)).json().invalidParams[0].name).toBe('jaar');
  });

  it('is not for roles without evaluations (analist, functioneel beheerder)', async () => {
    expect((await analist.put(url(), antwoorden(8))).statusCode).toBe(403);
    expect((await beheerder.get(`/api/v1/evaluaties/mijn?jaar=${jaar}`)).statusCode).toBe(403);
    expect((await medewerker.get(`/api/v1/evaluaties/voortgang?jaar=${jaar}`)).statusCode).toBe(403);
  });
});

describe('aggregates: response counts and the indicator figures', () => {
  const rapportcijfer: IndicatorDefinitie = {
    id: 'test.rapportcijfer',
    naam: 'Rapportcijfer',
    overzichtItem: 'test',
    verbeteractie: 'actieoverleg',
    soort: 'waarde',
    bron: { soort: 'evaluatie', vragen: ['actieoverleg.rapportcijfer'] },
    formule: 'gemiddeld cijfer',
    eenheid: 'cijfer',
    hogerIsBeter: true,
  };

  it('suppresses the mean and the response count with four respondents and shows them with five', async () => {
    const regio = await makeOrganisation(env, { soort: 'politie', regio: 'vijf-regio' });
    const lid = await loginAs(env, await makeUser(env, { lidmaatschappen: [{ organisatie: regio, rollen: ['rnzs-lid'] }], demo: true, totp: false }));
    const selectie = { regioIds: [regio.regio.id], van: `${jaar}-01-01`, tot: `${jaar + 1}-01-01` };
    const cijfers = [6, 7, 8, 9, 10];
    for (const [i, cijfer] of cijfers.entries()) {
      const persoon = await makeUser(env, { lidmaatschappen: [{ organisatie: regio, rollen: ['medewerker'] }], demo: true, totp: false });
      const client = await loginAs(env, persoon);
      expect((await client.put(url(), antwoorden(cijfer))).statusCode).toBe(201);
      if (i === 3) {
        const vier = await berekenIndicatoren(env.db, selectie, [rapportcijfer]);
        expect(vier.indicatoren[0]!.totaal).toEqual({ waarde: null, n: null, onderdrukt: true });
        const voortgang = (await lid.get(`/api/v1/evaluaties/voortgang?jaar=${jaar}`)).json();
        expect(voortgang.verbeteracties.find((v: { verbeteractie: string }) => v.verbeteractie === 'actieoverleg')).toMatchObject({
          respondenten: null,
          onderdrukt: true,
        });
      }
    }
    const vijf = await berekenIndicatoren(env.db, selectie, [rapportcijfer]);
    expect(vijf.indicatoren[0]!.totaal).toEqual({ waarde: 8, n: 5, onderdrukt: false });
    expect(vijf.indicatoren[0]!.reeks).toEqual([{ periode: String(jaar), waarde: 8, n: 5, onderdrukt: false }]);
    const voortgang = await lid.get(`/api/v1/evaluaties/voortgang?jaar=${jaar}`);
    expect(voortgang.statusCode).toBe(200);
    const perActie = Object.fromEntries(voortgang.json().verbeteracties.map((v: { verbeteractie: string; respondenten: number | null }) => [v.verbeteractie, v.respondenten]));
    expect(perActie).toMatchObject({ actieoverleg: 5, 'vt-zsm': 0 });
    // The analyst sees the same counts (aggregates only).
    expect((await analist.get(`/api/v1/evaluaties/voortgang?jaar=${jaar}`)).statusCode).toBe(200);
  });
});
