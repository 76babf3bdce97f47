import { describe, expect, it } from 'vitest';
import { minutesFor, receivingOrganisationIds, type NotulenRecord, type Ontvanger, type RecordAgendapunt } from './minutes';
import { minutesDocument } from './document';
import { escapeHtml, renderDocumentHtml } from '../../platform/document/render-html';
import { renderDocumentPdf, winAnsi } from '../../platform/document/render-pdf';
import { pdfText } from '../../platform/document/pdf-text.testing';

/** The privacy core of the minutes, over plain data: who gets which item, and which contributions within it. */
const org = (id: string, naam: string) => ({ id: `00000000-0000-4000-8000-${id.padStart(12, '0')}`, naam });
const VT = org('1', 'Veilig Thuis Testregio');
const POLITIE = org('2', 'Politie Testregio');
const OM = org('3', 'OM Testregio');
const RVDK = org('4', 'Raad voor de Kinderbescherming');
const RECLASSERING = org('5', 'Reclassering Nederland');
const GEMEENTE = org('6', 'Gemeente Testdorp');
const persoon = (id: string, naam: string) => ({ id: `00000000-0000-4000-9000-${id.padStart(12, '0')}`, naam });

function item(n: number, over: Partial<RecordAgendapunt> = {}): RecordAgendapunt {
  return {
    id: `00000000-0000-4000-a000-${String(n).padStart(12, '0')}`,
    volgorde: n,
    soort: 'aanmelding',
    status: 'besproken',
    casus: { id: `00000000-0000-4000-b000-${String(n).padStart(12, '0')}`, nummer: `C-2026-00000${n}` },
    vraag: `Vraag bij punt ${n}`,
    uitgenodigd: [],
    bijdragen: [],
    grootsteZorg: `Zorg ${n}`,
    directeVeiligheid: `Veiligheid ${n}`,
    gevaren: `Gevaren ${n}`,
    complicerendeFactoren: `Factoren ${n}`,
    samenhang: `Samenhang ${n}`,
    regieOrganisatie: VT,
    regieGebruiker: null,
    regieToelichting: '',
    monitoring: `Monitoring ${n}`,
    informatieBetrokkenen: `Informatie ${n}`,
    teInformerenPartijen: `Partijen ${n}`,
    afspraken: [],
    scenarios: [],
    beoordelingen: [],
    ...over,
  };
}

function record(agendapunten: RecordAgendapunt[], over: Partial<NotulenRecord['overleg']> = {}): NotulenRecord {
  return {
    overleg: {
      id: '00000000-0000-4000-c000-000000000001',
      regio: org('99', 'Testregio'),
      // Thursday 26 November 2026, 13:30–16:30 in Amsterdam (CET, UTC+1).
      begintOp: new Date('2026-11-26T12:30:00Z'),
      eindigtOp: new Date('2026-11-26T15:30:00Z'),
      locatie: 'Politiebureau Centrum',
      status: 'afgerond',
      afgerondOp: new Date('2026-11-26T15:40:00Z'),
      ...over,
    },
    vasteLeden: [VT.id, POLITIE.id, OM.id],
    aanwezigheid: [
      { gebruiker: persoon('1', 'Anna de Vries'), organisatie: VT, status: 'aanwezig', metMandaat: true },
      { gebruiker: persoon('2', 'Bram Jansen'), organisatie: POLITIE, status: 'aanwezig', metMandaat: false },
      { gebruiker: persoon('3', 'Carla Smit'), organisatie: OM, status: 'afgemeld', metMandaat: false },
    ],
    agendapunten,
  };
}

const afspraak = (n: number, soort: 'interventie' | 'monitoring' | 'informeren-betrokkenen' | 'overig', wat: string) => ({
  id: `00000000-0000-4000-d000-${String(n).padStart(12, '0')}`,
  soort,
  wat,
  eigenaarOrganisatie: POLITIE,
  eigenaarGebruiker: null,
  deadline: '2026-12-10',
  status: 'open' as const,
});

describe('minutesFor: which items an organisation receives', () => {
  const twee = record([item(1, { uitgenodigd: [RVDK.id] }), item(2, { uitgenodigd: [RECLASSERING.id] })]);

  it('gives a fixed member every discussed item, in order', () => {
    for (const vast of [VT, POLITIE, OM]) {
      const n = minutesFor(twee, vast)!;
      expect(n.agendapunten.map((p) => p.volgorde)).toEqual([1, 2]);
      expect(n.ontvanger).toEqual(vast);
    }
  });

  it('gives a partner on call only the items it was invited to', () => {
    expect(minutesFor(twee, RVDK)!.agendapunten.map((p) => p.casus.nummer)).toEqual(['C-2026-000001']);
    expect(minutesFor(twee, RECLASSERING)!.agendapunten.map((p) => p.casus.nummer)).toEqual(['C-2026-000002']);
  });

  it('gives an organisation that is neither a fixed member nor invited nothing at all', () => {
    expect(minutesFor(twee, GEMEENTE)).toBeNull();
    // A fixed member of another series, or an organisation invited to nothing, is the same stranger.
    expect(minutesFor(record([item(1)]), RVDK)).toBeNull();
  });

  it('lets the region’s chair see every item, like a fixed member', () => {
    expect(minutesFor(twee, { ...GEMEENTE, voorzitter: true })!.agendapunten).toHaveLength(2);
  });

  it('gives a fixed member minutes even when nothing was discussed', () => {
    const n = minutesFor(record([]), VT)!;
    expect(n.agendapunten).toEqual([]);
  });

  it('lists moved items by casus number only, and only those the organisation may see', () => {
    const r = record([item(1, { uitgenodigd: [RVDK.id] }), item(2, { status: 'doorgeschoven' }), item(3, { status: 'doorgeschoven', uitgenodigd: [RVDK.id] })]);
    expect(minutesFor(r, VT)!.doorgeschoven.map((d) => d.volgorde)).toEqual([2, 3]);
    expect(minutesFor(r, VT)!.agendapunten.map((d) => d.volgorde)).toEqual([1]);
    const raad = minutesFor(r, RVDK)!;
    expect(raad.doorgeschoven.map((d) => d.volgorde)).toEqual([3]);
    expect(JSON.stringify(raad)).not.toContain('Zorg 3');
  });

  it('shows items not yet discussed only in a concept', () => {
    const gestart = record([item(1), item(2, { status: 'gepland' })], { status: 'gestart', afgerondOp: null });
    const concept = minutesFor(gestart, VT)!;
    expect(concept.concept).toBe(true);
    expect(concept.agendapunten.map((p) => p.status)).toEqual(['besproken', 'gepland']);
    const definitief = minutesFor(record([item(1), item(2, { status: 'gepland' })]), VT)!;
    expect(definitief.concept).toBe(false);
    expect(definitief.agendapunten.map((p) => p.volgorde)).toEqual([1]);
  });

  it('the organisations receiving minutes are the fixed members and every invited partner, once each', () => {
    const r = record([item(1, { uitgenodigd: [RVDK.id] }), item(2, { uitgenodigd: [RVDK.id, RECLASSERING.id] })]);
    expect(receivingOrganisationIds(r).sort()).toEqual([VT.id, POLITIE.id, OM.id, RVDK.id, RECLASSERING.id].sort());
  });
});

describe('minutesFor: contributions follow need-to-know', () => {
  const r = record([
    item(1, {
      uitgenodigd: [RVDK.id],
      bijdragen: [
        { organisatie: VT, inhoud: 'VT: twee eerdere meldingen', zichtbaarVoor: null },
        { organisatie: POLITIE, inhoud: 'Politie: lopend onderzoek, alleen OM', zichtbaarVoor: [OM.id] },
        { organisatie: OM, inhoud: 'OM: antecedenten voor politie en Raad', zichtbaarVoor: [POLITIE.id, RVDK.id] },
        { organisatie: RVDK, inhoud: 'Raad: onderzoek loopt, alleen voor VT', zichtbaarVoor: [VT.id] },
      ],
    }),
  ]);
  const seen = (o: Ontvanger) => minutesFor(r, o)!.agendapunten[0]!.bijdragen.map((b) => b.organisatie.naam);

  it('a contribution for everyone at the item reaches every receiver of the item', () => {
    for (const o of [VT, POLITIE, OM, RVDK]) expect(seen(o)).toContain(VT.naam);
  });

  it('a contribution naming organisations reaches only those and its author', () => {
    expect(seen(VT)).toEqual([VT.naam, RVDK.naam]);
    expect(seen(POLITIE)).toEqual([VT.naam, POLITIE.naam, OM.naam]);
    expect(seen(OM)).toEqual([VT.naam, POLITIE.naam, OM.naam]);
    expect(seen(RVDK)).toEqual([VT.naam, OM.naam, RVDK.naam]);
  });

  it('the chair’s organisation is held to the same rule', () => {
    expect(seen({ ...GEMEENTE, voorzitter: true })).toEqual([VT.naam]);
  });
});

describe('minutesFor: the steps of an item', () => {
  const r = record([
    item(1, {
      afspraken: [afspraak(1, 'interventie', 'Aanhouding overwegen'), afspraak(2, 'monitoring', 'Wekelijks contact'), afspraak(3, 'informeren-betrokkenen', 'Moeder informeren'), afspraak(4, 'overig', 'Dossier bijwerken')],
      scenarios: [{ id: '00000000-0000-4000-e000-000000000001', soort: 'zsm', wat: 'Bij nieuw incident naar ZSM', eigenaarOrganisatie: OM, eigenaarGebruiker: null, actief: true }],
      beoordelingen: [{ afspraak: { ...afspraak(9, 'interventie', 'Huisbezoek'), eigenaarOrganisatie: VT }, reden: 'niet-opgepakt', toelichting: 'Geen capaciteit' }],
    }),
  ]);
  const punt = minutesFor(r, POLITIE)!.agendapunten[0]!;

  it('puts interventions in step 2 and the other agreements in step 3', () => {
    expect(punt.stap2.interventies.map((a) => a.wat)).toEqual(['Aanhouding overwegen']);
    expect(punt.stap3.afspraken.map((a) => a.soort)).toEqual(['monitoring', 'informeren-betrokkenen', 'overig']);
    expect(punt.stap2.scenarios).toHaveLength(1);
    expect(punt.beoordelingen[0]!.reden).toBe('niet-opgepakt');
    expect(punt.stap1).toEqual({ grootsteZorg: 'Zorg 1', directeVeiligheid: 'Veiligheid 1', gevaren: 'Gevaren 1', complicerendeFactoren: 'Factoren 1' });
  });

  it('gives the meeting’s date and times in Dutch local time, winter and summer', () => {
    const winter = minutesFor(r, VT)!.overleg;
    expect([winter.datum, winter.begintijd, winter.eindtijd]).toEqual(['2026-11-26', '13:30', '16:30']);
    const zomer = minutesFor(record([], { begintOp: new Date('2026-06-25T11:30:00Z'), eindigtOp: new Date('2026-06-25T14:30:00Z') }), VT)!.overleg;
    expect([zomer.datum, zomer.begintijd, zomer.eindtijd]).toEqual(['2026-06-25', '13:30', '16:30']);
  });

  it('lists who was present (with or without mandate) and who sent apologies', () => {
    const { aanwezigheid } = minutesFor(r, RVDK) ?? minutesFor(r, VT)!;
    expect(aanwezigheid.aanwezig.map((a) => [a.gebruiker.naam, a.metMandaat])).toEqual([
      ['Bram Jansen', false],
      ['Anna de Vries', true],
    ]);
    expect(aanwezigheid.afgemeld.map((a) => a.gebruiker.naam)).toEqual(['Carla Smit']);
  });
});

describe('rendering', () => {
  const r = record([
    item(1, { uitgenodigd: [RVDK.id], grootsteZorg: '<script>alert("x")</script> & meer', vraag: 'Wat doen we? "nu"' }),
    item(2, { grootsteZorg: 'Alleen voor vaste leden: wapenbezit' }),
  ]);

  it('HTML is a complete Dutch document with headings in order and captioned tables', () => {
    const html = renderDocumentHtml(minutesDocument(minutesFor(r, VT)!));
    expect(html.startsWith('<!doctype html>\n<html lang="nl">')).toBe(true);
    expect(html).toContain('<title>Notulen Actieoverleg Testregio donderdag 26 november 2026</title>');
    expect(html).toContain('Vertrouwelijk — notulen Actieoverleg, alleen voor Veilig Thuis Testregio');
    const levels = [...html.matchAll(/<h([1-6])>/g)].map((m) => Number(m[1]));
    expect(levels[0]).toBe(1);
    for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!, `heading ${i}`).toBeLessThanOrEqual(1);
    const tables = html.match(/<table>/g)!.length;
    expect(html.match(/<table><caption>/g)!.length).toBe(tables);
    expect(html).toContain('<th scope="col">Naam</th>');
  });

  it('HTML escapes every value: a script in a field stays text', () => {
    const html = renderDocumentHtml(minutesDocument(minutesFor(r, VT)!));
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; meer');
    expect(html).toContain('Wat doen we? &quot;nu&quot;');
    expect(escapeHtml(`<a href='x'>&</a>`)).toBe('&lt;a href=&#39;x&#39;&gt;&amp;&lt;/a&gt;');
  });

  it('marks a concept as CONCEPT', () => {
    const html = renderDocumentHtml(minutesDocument(minutesFor(record([item(1)], { status: 'gestart', afgerondOp: null }), VT)!));
    expect(html).toContain('(CONCEPT)</h1>');
    expect(html).toContain('CONCEPT — het overleg is nog niet afgerond');
  });

  it('PDF: a real PDF with the header, page numbers and only the items the organisation may see', async () => {
    const raad = minutesFor(r, RVDK)!;
    const pdf = await renderDocumentPdf(minutesDocument(raad), { compress: false });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdfText(pdf);
    expect(text).toContain('Vertrouwelijk — notulen Actieoverleg, alleen voor Raad voor de Kinderbescherming');
    expect(text).toContain('C-2026-000001');
    expect(text).toContain('<script>alert("x")</script>');
    expect(text).toMatch(/Pagina 1 van \d/);
    expect(text).not.toContain('C-2026-000002');
    expect(text).not.toContain('wapenbezit');
  });

  it('PDF: long content wraps and breaks over pages, each page numbered and marked confidential', async () => {
    const lang = Array.from({ length: 12 }, (_, i) =>
      item(i + 1, { grootsteZorg: 'Een lange beschrijving van de zorg. '.repeat(40), bijdragen: [{ organisatie: VT, inhoud: 'Inbreng '.repeat(400), zichtbaarVoor: null }] }),
    );
    const pdf = await renderDocumentPdf(minutesDocument(minutesFor(record(lang), VT)!), { compress: false });
    const text = pdfText(pdf);
    const pages = Number(/Pagina 1 van (\d+)/.exec(text)![1]);
    expect(pages).toBeGreaterThan(3);
    expect(text).toContain(`Pagina ${pages} van ${pages}`);
    expect(text.split('Vertrouwelijk — notulen Actieoverleg, alleen voor Veilig Thuis Testregio').length - 1).toBeGreaterThanOrEqual(pages);
    // Compressed by default, and still a PDF.
    const compressed = await renderDocumentPdf(minutesDocument(minutesFor(record(lang), VT)!));
    expect(compressed.length).toBeLessThan(pdf.length);
  });

  it('PDF: characters outside the standard fonts become a question mark', () => {
    expect(winAnsi('Zoë — “citaat” € 5 ✓ 漢')).toBe('Zoë — “citaat” € 5 ? ?');
  });
});
