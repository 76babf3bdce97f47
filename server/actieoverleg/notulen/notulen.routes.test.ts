import type { AddressInfo } from 'node:net';
import type { LightMyRequestResponse } from 'fastify';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, loginAs, makeOrganisation, makeUser, type TestClient, type TestEnv, type TestUser } from '../../testing/fixtures';
import { makeCasusRows } from '../../testing/casus-fixture';
import type { Organisatie } from '../../organisations/schemas';
import { createJobRunner } from '../../jobs';
import { createMailer } from '../../platform/mail/mail';
import { makeMeetingRows } from './meeting.testing';
import { pdfText } from '../../platform/document/pdf-text.testing';
import type { Notulen, NotulenVerzendingLijst } from './schemas';

/**
 * The minutes end to end: a meeting built with plain rows (S1's planning), its items discussed through the
 * bespreking/afspraken/scenarios API, closed by the chair; each organisation reads only its own minutes, and a REAL
 * SMTP server receives one content-free notice per organisation with an address.
 */
interface Received {
  from: string;
  to: string[];
  raw: string;
}
const received: Received[] = [];
let smtp: SMTPServer;
let env: TestEnv;

let vt: Organisatie, politie: Organisatie, om: Organisatie, raad: Organisatie, gemeente: Organisatie;
let chair: TestClient, vtMw: TestClient, politieMw: TestClient, omMw: TestClient, raadMw: TestClient, gemeenteMw: TestClient, analist: TestClient;
const users: Record<string, TestUser> = {};
let casus1: { casusId: string; nummer: string }, casus2: { casusId: string; nummer: string };
let overlegId: string;
let punt1: string, punt2: string;

const GEHEIM_PUNT_2 = 'Wapenbezit bij de buurman (alleen vaste leden)';
const CLIENT_NAMES = ['Fatima', 'Amrani', 'Yusuf', 'Bakker'];

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const port = (smtp.server.address() as AddressInfo).port;
  env = await createTestEnv({ SMTP_URL: `smtp://127.0.0.1:${port}`, SMTP_FROM: 'Samenloop <samenloop@test.example>', PUBLIC_URL: 'https://samenloop.test.example' });

  const regio = 'notulen-regio';
  vt = await makeOrganisation(env, { soort: 'veilig-thuis', regio, naam: 'Veilig Thuis Notulenregio' });
  politie = await makeOrganisation(env, { soort: 'politie', regio, naam: 'Politie Notulenregio' });
  om = await makeOrganisation(env, { soort: 'openbaar-ministerie', regio, naam: 'OM Notulenregio' });
  raad = await makeOrganisation(env, { soort: 'raad-voor-de-kinderbescherming', regio, naam: 'Raad voor de Kinderbescherming Notulenregio' });
  gemeente = await makeOrganisation(env, { soort: 'gemeente', regio, naam: 'Gemeente Notulendorp' });
  const user = async (key: string, organisatie: Organisatie, rol: 'medewerker' | 'voorzitter-actieoverleg' | 'officier-van-justitie' | 'analist', eMail: string | null) => {
    users[key] = await makeUser(env, { lidmaatschappen: [{ organisatie, rollen: [rol] }], demo: true, totp: false });
    if (eMail) await env.db.query('update gebruikers set e_mail = $2 where id = $1', [users[key]!.id, eMail]);
    return loginAs(env, users[key]!);
  };
  chair = await user('chair', vt, 'voorzitter-actieoverleg', 'voorzitter@vt.example');
  vtMw = await user('vtMw', vt, 'medewerker', 'medewerker@vt.example');
  politieMw = await user('politieMw', politie, 'medewerker', 'wijkagent@politie.example');
  omMw = await user('omMw', om, 'officier-van-justitie', null);
  raadMw = await user('raadMw', raad, 'medewerker', 'raadsonderzoeker@raad.example');
  gemeenteMw = await user('gemeenteMw', gemeente, 'medewerker', 'wijkteam@gemeente.example');
  analist = await user('analist', vt, 'analist', 'analist@vt.example');

  casus1 = await makeCasusRows(env.db, { regie: vt, deelnemers: [politie, om, raad], personen: [{ voornamen: 'Fatima', achternaam: 'Amrani', geboortedatum: '1990-04-01' }] });
  casus2 = await makeCasusRows(env.db, { regie: vt, deelnemers: [politie, om], personen: [{ voornamen: 'Yusuf', achternaam: 'Bakker', geboortedatum: '1985-02-03' }] });
  const meeting = await makeMeetingRows(env.db, {
    regioId: vt.regio.id,
    vast: [{ organisatie: vt, vertegenwoordigerId: users.chair!.id }, { organisatie: politie, vertegenwoordigerId: users.politieMw!.id }, { organisatie: om }],
    opAfroep: [raad],
    begintOp: new Date('2026-11-26T12:30:00Z'),
    status: 'gestart',
    items: [
      {
        casusId: casus1.casusId,
        vraag: 'Welke gerichte acties zetten we in voor Fatima?',
        aanmeldendeOrganisatie: vt,
        uitgenodigd: [raad],
        bijdragen: [
          { organisatie: vt, inhoud: 'VT: twee eerdere meldingen', zichtbaarVoor: null },
          { organisatie: politie, inhoud: 'Politie: lopend onderzoek, alleen voor het OM', zichtbaarVoor: [om] },
          { organisatie: raad, inhoud: 'Raad: onderzoek naar gezag loopt', zichtbaarVoor: null },
        ],
      },
      { casusId: casus2.casusId, vraag: 'Vraag over punt twee', aanmeldendeOrganisatie: politie },
    ],
    aanwezigheid: [
      { gebruikerId: users.chair!.id, organisatie: vt, status: 'aanwezig', metMandaat: true },
      { gebruikerId: users.vtMw!.id, organisatie: vt, status: 'aanwezig' },
      { gebruikerId: users.politieMw!.id, organisatie: politie, status: 'aanwezig', metMandaat: true },
      { gebruikerId: users.raadMw!.id, organisatie: raad, status: 'aanwezig' },
      { gebruikerId: users.omMw!.id, organisatie: om, status: 'afgemeld' },
    ],
  });
  overlegId = meeting.overlegId;
  [punt1, punt2] = meeting.agendapuntIds as [string, string];

  // The discussion of item 1, through the bespreking, afspraken and scenarios API.
  await recordStep(punt1, {
    grootsteZorg: '<script>alert("zorg")</script> Escalatie na vertrek van de partner',
    directeVeiligheid: 'Moeder verblijft bij haar zus',
    regieOrganisatieId: vt.id,
    monitoring: 'Wekelijks contact door VT',
  });
  await expectStatus(chair.post(`/api/v1/agendapunten/${punt1}/afspraken`, { soort: 'interventie', wat: 'Aangifte opnemen', eigenaarOrganisatieId: politie.id, deadline: '2099-12-01' }), 201);
  await expectStatus(chair.post(`/api/v1/agendapunten/${punt1}/afspraken`, { soort: 'monitoring', wat: 'Huisbezoek na twee weken', eigenaarOrganisatieId: vt.id, deadline: '2099-12-15' }), 201);
  await expectStatus(chair.post(`/api/v1/agendapunten/${punt1}/scenarios`, { soort: 'zsm', wat: 'Bij een nieuw incident direct naar ZSM', eigenaarOrganisatieId: om.id }), 201);
  await expectStatus(chair.post(`/api/v1/agendapunten/${punt1}/besproken`, {}), 200);
  // Item 2 is recorded but not yet marked discussed.
  await recordStep(punt2, { grootsteZorg: GEHEIM_PUNT_2, regieOrganisatieId: politie.id });
}, 60_000);

afterAll(async () => {
  await env?.close();
  await new Promise<void>((resolve) => (smtp ? smtp.close(() => resolve()) : resolve()));
});

async function expectStatus(response: Promise<LightMyRequestResponse>, status: number): Promise<LightMyRequestResponse> {
  const r = await response;
  expect(r.statusCode, r.body).toBe(status);
  return r;
}

async function recordStep(puntId: string, fields: Record<string, unknown>) {
  const current = await expectStatus(chair.get(`/api/v1/agendapunten/${puntId}/bespreking`), 200);
  const versie = JSON.parse(current.body).versie as number;
  await expectStatus(chair.patch(`/api/v1/agendapunten/${puntId}/bespreking`, fields, { 'if-match': `"${versie}"` }), 200);
}

const notulenUrl = () => `/api/v1/actieoverleggen/${overlegId}/notulen`;
const json = async (client: TestClient): Promise<Notulen> => JSON.parse((await expectStatus(client.get(`${notulenUrl()}?formaat=json`), 200)).body);

describe('before the meeting is closed', () => {
  it('the chair and the fixed members preview a CONCEPT; the partner on call waits (409)', async () => {
    const html = await expectStatus(chair.get(notulenUrl()), 200);
    expect(html.body).toContain('CONCEPT');
    const concept = await json(politieMw);
    expect(concept.concept).toBe(true);
    expect(concept.agendapunten.map((p) => p.status)).toEqual(['besproken', 'gepland']);
    const raadResponse = await raadMw.get(notulenUrl());
    expect(raadResponse.statusCode).toBe(409);
    expect(JSON.parse(raadResponse.body).code).toBe('notulen-nog-niet-beschikbaar');
  });

  it('an organisation not at the meeting finds nothing (404); the analyst has no case work (403)', async () => {
    for (const url of [notulenUrl(), `${notulenUrl()}.pdf`, `${notulenUrl()}?formaat=json`]) {
      expect((await gemeenteMw.get(url)).statusCode, url).toBe(404);
      expect((await analist.get(url)).statusCode, url).toBe(403);
    }
    expect((await gemeenteMw.post(`/api/v1/actieoverleggen/${overlegId}/afronden`, {})).statusCode).toBe(404);
    expect((await analist.post(`/api/v1/actieoverleggen/${overlegId}/afronden`, {})).statusCode).toBe(403);
    expect((await analist.get('/api/v1/notulen')).statusCode).toBe(403);
  });

  it('a bad id or format is 400 naming the field', async () => {
    const badId = await chair.get('/api/v1/actieoverleggen/geen-id/notulen');
    expect(badId.statusCode).toBe(400);
    expect(JSON.parse(badId.body).invalidParams.map((p: { name: string }) => p.name)).toEqual(['params.id']);
    const badFormat = await chair.get(`${notulenUrl()}?formaat=docx`);
    expect(badFormat.statusCode).toBe(400);
    expect(JSON.parse(badFormat.body).invalidParams.map((p: { name: string }) => p.name)).toEqual(['querystring.formaat']);
  });
});

describe('closing the meeting', () => {
  it('is for the chair only: a fixed member gets 403', async () => {
    const response = await politieMw.post(`/api/v1/actieoverleggen/${overlegId}/afronden`, {});
    expect(response.statusCode).toBe(403);
  });

  it('is refused while an item is neither discussed nor moved on: 409 naming it', async () => {
    const response = await chair.post(`/api/v1/actieoverleggen/${overlegId}/afronden`, {});
    expect(response.statusCode).toBe(409);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    const body = JSON.parse(response.body);
    expect(body.code).toBe('agendapunten-open');
    expect(body.objecten).toEqual([punt2]);
  });

  it('closes a started meeting and delivers minutes to the fixed members and the invited partner', async () => {
    await expectStatus(chair.post(`/api/v1/agendapunten/${punt2}/besproken`, {}), 200);
    const response = await expectStatus(chair.post(`/api/v1/actieoverleggen/${overlegId}/afronden`, {}), 200);
    const body = JSON.parse(response.body);
    expect(body.status).toBe('afgerond');
    expect(body.mailIngepland).toBe(true);
    expect(body.ontvangers.map((o: { id: string }) => o.id).sort()).toEqual([vt.id, politie.id, om.id, raad.id].sort());
    const { rows } = await env.db.query<{ organisatie_id: string }>('select organisatie_id from notulen_verzendingen where overleg_id = $1', [overlegId]);
    expect(rows.map((r) => r.organisatie_id).sort()).toEqual([vt.id, politie.id, om.id, raad.id].sort());
    const taken = await env.db.query<{ organisatie_id: string; status: string }>(`select organisatie_id, status from taken where soort = 'notulen-lezen' and sleutel like $1`, [
      `notulen-lezen:${overlegId}:%`,
    ]);
    expect(taken.rows.map((t) => t.organisatie_id).sort()).toEqual([vt.id, politie.id, om.id, raad.id].sort());
    expect(taken.rows.every((t) => t.status === 'open')).toBe(true);
    const again = await chair.post(`/api/v1/actieoverleggen/${overlegId}/afronden`, {});
    expect(again.statusCode).toBe(409);
    expect(JSON.parse(again.body).code).toBe('overleg-al-afgerond');
  });
});

describe('the minutes after closing', () => {
  it('an on-call RvdK invited to one of two items gets minutes with only that item (JSON, HTML and PDF)', async () => {
    const n = await json(raadMw);
    expect(n.concept).toBe(false);
    expect(n.ontvanger.id).toBe(raad.id);
    expect(n.agendapunten.map((p) => p.casus.nummer)).toEqual([casus1.nummer]);
    const html = (await expectStatus(raadMw.get(notulenUrl()), 200)).body;
    expect(html).toContain(casus1.nummer);
    expect(html).not.toContain(casus2.nummer);
    expect(html).not.toContain('Wapenbezit');
    const pdf = await expectStatus(raadMw.get(`${notulenUrl()}.pdf`), 200);
    const bytes = pdf.rawPayload;
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdfText(bytes);
    expect(text).toContain('Vertrouwelijk — notulen Actieoverleg, alleen voor Raad voor de Kinderbescherming Notulenregio');
    expect(text).toContain(casus1.nummer);
    expect(text).toContain('Aangifte opnemen');
    expect(text).not.toContain(casus2.nummer);
    expect(text).not.toContain('Wapenbezit');
  });

  it('a fixed member gets every item; contributions follow need-to-know', async () => {
    const politieN = await json(politieMw);
    expect(politieN.agendapunten.map((p) => p.casus.nummer)).toEqual([casus1.nummer, casus2.nummer]);
    const punt = politieN.agendapunten[0]!;
    expect(punt.vraag).toBe('Welke gerichte acties zetten we in voor Fatima?');
    expect(punt.stap2.interventies.map((a) => a.wat)).toEqual(['Aangifte opnemen']);
    expect(punt.stap3.afspraken.map((a) => a.wat)).toEqual(['Huisbezoek na twee weken']);
    expect(punt.stap2.scenarios.map((s) => s.soort)).toEqual(['zsm']);
    expect(punt.stap3.regie.organisatie?.id).toBe(vt.id);
    // Which contributions each organisation gets (need-to-know), whatever their order.
    const inbreng = (n: Notulen) => n.agendapunten[0]!.bijdragen.map((b) => b.organisatie.id).sort();
    expect(inbreng(politieN)).toEqual([vt.id, politie.id, raad.id].sort());
    expect(inbreng(await json(omMw))).toEqual([vt.id, politie.id, raad.id].sort());
    expect(inbreng(await json(vtMw))).toEqual([vt.id, raad.id].sort());
    expect(inbreng(await json(raadMw))).toEqual([vt.id, raad.id].sort());
    expect(politieN.aanwezigheid.afgemeld.map((a) => a.gebruiker.id)).toEqual([users.omMw!.id]);
  });

  it('HTML: a complete document, every value escaped, only our own style allowed by hash', async () => {
    const response = await expectStatus(vtMw.get(notulenUrl()), 200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.headers['content-disposition']).toBe('inline; filename="notulen-actieoverleg-2026-11-26.html"');
    expect(response.headers['cache-control']).toBe('no-store');
    expect(String(response.headers['content-security-policy'])).toMatch(/style-src 'self' 'sha256-[A-Za-z0-9+/=]+';/);
    expect(String(response.headers['content-security-policy'])).toContain("script-src 'self'");
    expect(response.body).toMatch(/^<!doctype html>\n<html lang="nl">/);
    expect(response.body).not.toContain('<script>');
    expect(response.body).toContain('&lt;script&gt;alert(&quot;zorg&quot;)&lt;/script&gt;');
    expect(response.body).not.toContain('CONCEPT');
  });

  it('PDF: an attachment whose filename carries the date only', async () => {
    const response = await expectStatus(politieMw.get(`${notulenUrl()}.pdf`), 200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toBe('attachment; filename="notulen-actieoverleg-2026-11-26.pdf"');
  });

  it('the next meeting’s minutes show the review of an agreement still open from this one', async () => {
    const aangifte = (await json(politieMw)).agendapunten[0]!.stap2.interventies[0]!;
    const next = await makeMeetingRows(env.db, {
      regioId: vt.regio.id,
      vast: [],
      begintOp: new Date('2026-12-03T12:30:00Z'),
      status: 'gestart',
      items: [{ casusId: casus1.casusId, vraag: null, aanmeldendeOrganisatie: vt }],
    });
    await expectStatus(chair.post(`/api/v1/afspraken/${aangifte.id}/beoordelingen`, { overlegId: next.overlegId, reden: 'loopt-nog', toelichting: 'Wacht op de verklaring' }), 201);
    const response = await expectStatus(chair.get(`/api/v1/actieoverleggen/${next.overlegId}/notulen?formaat=json`), 200);
    const punt = (JSON.parse(response.body) as Notulen).agendapunten[0]!;
    expect(punt).toMatchObject({ soort: 'vervolg', vraag: null, casus: { nummer: casus1.nummer } });
    expect(punt.beoordelingen).toEqual([{ afspraak: aangifte, reden: 'loopt-nog', toelichting: 'Wacht op de verklaring' }]);
    const html = (await expectStatus(chair.get(`/api/v1/actieoverleggen/${next.overlegId}/notulen`), 200)).body;
    expect(html).toContain('<h4>Beoordeling van eerdere afspraken</h4>');
    expect(html).toContain('Wacht op de verklaring');
  });

  it('an organisation not at the meeting still finds nothing', async () => {
    expect((await gemeenteMw.get(notulenUrl())).statusCode).toBe(404);
  });

  it('the reads are audited without content: meeting, organisation and number of items', async () => {
    const { rows } = await env.db.query<{ organisatie_id: string; details: Record<string, unknown> }>(
      `select organisatie_id, details from audit_log where actie = 'lezen' and object_type = 'notulen' and object_id = $1 order by seq`,
      [overlegId],
    );
    const raadRead = rows.find((r) => r.organisatie_id === raad.id && r.details.concept === false)!;
    expect(raadRead.details).toMatchObject({ overlegId, organisatieId: raad.id, agendapunten: 1 });
    const all = JSON.stringify(rows);
    for (const forbidden of [casus1.nummer, 'Fatima', 'Aangifte', 'script']) expect(all).not.toContain(forbidden);
  });

  it('GET /api/v1/notulen lists the delivery; the first read marked the task done', async () => {
    const list: NotulenVerzendingLijst = JSON.parse((await expectStatus(raadMw.get('/api/v1/notulen'), 200)).body);
    const mine = list.notulen.find((n) => n.overlegId === overlegId)!;
    expect(mine).toMatchObject({ datum: '2026-11-26', regio: { id: vt.regio.id }, gelezen: true });
    expect(mine.links.pdf).toBe(`${notulenUrl()}.pdf`);
    const none: NotulenVerzendingLijst = JSON.parse((await expectStatus(gemeenteMw.get('/api/v1/notulen'), 200)).body);
    expect(none.notulen).toEqual([]);
    const raadTask = await env.db.query<{ status: string; afgerond_door_gebruiker_id: string }>(
      'select status, afgerond_door_gebruiker_id from taken where sleutel = $1',
      [`notulen-lezen:${overlegId}:${raad.id}`],
    );
    expect(raadTask.rows[0]).toEqual({ status: 'afgerond', afgerond_door_gebruiker_id: users.raadMw!.id });
  });
});

describe('the notice by e-mail', () => {
  it('goes to a real SMTP server: one message per organisation with an address, to its representative and attendees, without case content', async () => {
    const log = { info: () => undefined, warn: () => undefined };
    const runner = createJobRunner(env.db, log, 1000, { mailer: createMailer(env.config), publicUrl: env.config.publicUrl });
    await runner.runDue();
    const byRecipients = received.map((m) => m.to.slice().sort());
    expect(byRecipients.sort()).toEqual([['medewerker@vt.example', 'voorzitter@vt.example'], ['raadsonderzoeker@raad.example'], ['wijkagent@politie.example']].sort());
    for (const message of received) {
      expect(message.from).toBe('samenloop@test.example');
      const text = decodeQuotedPrintable(message.raw);
      expect(text).toMatch(/\r\nSubject: Notulen Actieoverleg notulen-regio 26 november 2026\r\n/);
      expect(text).toContain(`https://samenloop.test.example/actieoverleg/overleggen/${overlegId}`);
      for (const forbidden of [casus1.nummer, casus2.nummer, ...CLIENT_NAMES, 'Aangifte', 'Wapenbezit', 'gerichte acties', 'Test gebruiker']) {
        expect(text, forbidden).not.toContain(forbidden);
      }
    }
    const { rows } = await env.db.query<{ organisatie_id: string; gemaild_op: Date | null; mail_ontvangers: number }>(
      'select organisatie_id, gemaild_op, mail_ontvangers from notulen_verzendingen where overleg_id = $1',
      [overlegId],
    );
    const byOrg = Object.fromEntries(rows.map((r) => [r.organisatie_id, r]));
    expect(byOrg[vt.id]!.mail_ontvangers).toBe(2);
    expect(byOrg[politie.id]!.mail_ontvangers).toBe(1);
    expect(byOrg[raad.id]!.gemaild_op).not.toBeNull();
    // OM has no address on record: no mail, and the delivery says so.
    expect(byOrg[om.id]!.gemaild_op).toBeNull();
    // Running the jobs again sends nothing twice.
    await runner.runDue();
    expect(received).toHaveLength(3);
  });
});

function decodeQuotedPrintable(raw: string): string {
  return raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
