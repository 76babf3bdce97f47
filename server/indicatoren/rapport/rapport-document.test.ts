import { describe, expect, it } from 'vitest';
import type { Block } from '../../platform/document/document';
import { renderDocumentHtml } from '../../platform/document/render-html';
import type { IndicatorDefinitie, IndicatorWaarde } from '../schemas';
import { indicatorCatalogus } from '../catalogus';
import { cijfersCsv, CSV_KOLOMMEN } from './cijfers-export';
import { periodeInBestandsnaam, periodeTekst, verschilTekst, waardeTekst } from './opmaak';
import { GEEN_GEGEVENS_MELDING, GEEN_TEKST, rapportDocument, type RapportInvoer } from './rapport-document';

const crisis: IndicatorDefinitie = {
  id: 'samen-op-in-acuut.crisiscontacten',
  naam: 'Crisiscontacten politie en Veilig Thuis',
  overzichtItem: 'Crisismeldingen',
  verbeteractie: 'samen-op-in-acuut',
  soort: 'uitvoeringsinspanning',
  bron: { soort: 'tijdlijn', aggregatie: 'aantal' },
  formule: 'Aantal acute contacten.',
  eenheid: 'aantal',
  hogerIsBeter: null,
};
const cijfer: IndicatorDefinitie = {
  id: 'actieoverleg.rapportcijfer',
  naam: 'Rapportcijfer van de partners',
  overzichtItem: 'Onderling vertrouwen tussen de samenwerkingspartners',
  verbeteractie: 'actieoverleg',
  soort: 'waarde',
  bron: { soort: 'evaluatie', vragen: ['actieoverleg.rapportcijfer'] },
  formule: 'Gemiddeld rapportcijfer.',
  eenheid: 'cijfer',
  hogerIsBeter: true,
  toelichting: 'Alleen kwalitatief te beoordelen.',
};

const waarden: IndicatorWaarde[] = [
  {
    id: crisis.id,
    totaal: { waarde: 12, n: 12, onderdrukt: false },
    perKenmerk: [],
    reeks: [
      { periode: '2025-01', waarde: 8, n: 8, onderdrukt: false },
      { periode: '2025-02', waarde: null, n: null, onderdrukt: true },
    ],
    vorigePeriode: { waarde: 9, n: 9, onderdrukt: false },
  },
  { id: cijfer.id, totaal: { waarde: null, n: null, onderdrukt: true }, perKenmerk: [], reeks: [], vorigePeriode: null },
];

const invoer = (over: Partial<RapportInvoer> = {}): RapportInvoer => ({
  regio: { naam: 'Oost-Brabant' },
  organisatie: null,
  periode: { van: '2025-01-01', tot: '2026-01-01' },
  definities: [crisis, cijfer],
  waarden,
  leeg: false,
  teksten: { 'actieoverleg.waarde': 'Het Actieoverleg werkt.\n\nTweede alinea.' },
  opgesteldOp: '2026-02-01',
  ...over,
});

const headings = (blocks: Block[], level: number) =>
  blocks.filter((b): b is Extract<Block, { kind: 'heading' }> => b.kind === 'heading' && b.level === level).map((b) => b.text);
const tables = (blocks: Block[]) => blocks.filter((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table');

describe('the regional report document', () => {
  it('has the title page, contents, introduction, five chapters of three sections, the appendix and the sources', () => {
    const doc = rapportDocument(invoer());
    expect(doc.title).toBe('Indicatoren kwaliteit & impact Oost-Brabant 2025');
    expect(headings(doc.blocks, 1)).toEqual(['Indicatoren kwaliteit & impact']);
    expect(headings(doc.blocks, 2)).toEqual([
      'Inhoudsopgave',
      'Inleiding: inspanningen en waarde van Veiligheid Voorop',
      '1. Samenhang, kennisontwikkeling en blijvend verbeteren',
      '2. Samen op in Acuut',
      '3. Actieoverleg',
      '4. Gezamenlijke aanpak huiselijk geweld door VT & ZSM',
      '5. Samenwerken bij strafbare kindermishandeling',
      'Bijlage: Overzicht indicatoren',
      'Bronnen',
    ]);
    const secties = headings(doc.blocks, 3).filter((h) => /^\d\.\d /.test(h));
    expect(secties).toHaveLength(15);
    expect(secties.slice(0, 3)).toEqual(['1.1 Ontwikkelinspanningen', '1.2 Uitvoeringsinspanningen: meer- en minderwerk', '1.3 Waarde']);
    expect(doc.blocks.some((b) => b.kind === 'notice' && b.text.startsWith(GEEN_GEGEVENS_MELDING))).toBe(false);
  });

  it("shows the network's own text, or the placeholder where there is none", () => {
    const doc = rapportDocument(invoer());
    const paragraphs = doc.blocks.filter((b) => b.kind === 'paragraph').map((b) => (b as { text: string }).text);
    expect(paragraphs).toContain('Het Actieoverleg werkt.');
    expect(paragraphs).toContain('Tweede alinea.');
    // Introduction + 15 sections, one with a text.
    expect(doc.blocks.filter((b) => b.kind === 'notice' && b.text === GEEN_TEKST)).toHaveLength(15);
  });

  it('fills the section table with figure, previous period, change, n and source; suppressed as "< 5"', () => {
    const doc = rapportDocument(invoer());
    const acuut = tables(doc.blocks).find((t) => t.caption.startsWith('Indicatoren 2.2'))!;
    expect(acuut.columns).toEqual(['Indicator', 'Cijfer', 'Vorige periode', 'Verschil', 'n', 'Bron']);
    expect(acuut.rows).toEqual([['Crisiscontacten politie en Veilig Thuis', '12', '9', '+3', '12', 'Geteld uit de tijdlijn']]);
    const ao = tables(doc.blocks).find((t) => t.caption.startsWith('Indicatoren 3.3'))!;
    expect(ao.rows[0]!.slice(1, 5)).toEqual(['< 5', '—', '—', '< 5']);
    const trend = doc.blocks.find((b) => b.kind === 'chart')!;
    expect(trend).toMatchObject({
      caption: 'Trend: Crisiscontacten politie en Veilig Thuis (aantal)',
      bars: [
        { label: 'jan 2025', value: 8, text: '8' },
        { label: 'feb 2025', value: null, text: '< 5' },
      ],
    });
  });

  it('lists every definition of the catalogue in the appendix', () => {
    const doc = rapportDocument(invoer({ definities: indicatorCatalogus, waarden: [] }));
    const bijlage = doc.blocks.slice(doc.blocks.findIndex((b) => b.kind === 'heading' && b.text.startsWith('Bijlage')));
    const rows = tables(bijlage).flatMap((t) => t.rows);
    expect(rows.map((r) => r[0]).sort()).toEqual(indicatorCatalogus.map((d) => `${d.naam}\n(${d.overzichtItem})`).sort());
    expect(tables(bijlage)).toHaveLength(15);
    const mine = rapportDocument(invoer());
    const appendixRows = tables(mine.blocks.slice(mine.blocks.findIndex((b) => b.kind === 'heading' && b.text.startsWith('Bijlage')))).flatMap((t) => t.rows);
    expect(appendixRows).toContainEqual([
      `${cijfer.naam}\n(${cijfer.overzichtItem})`,
      'Evaluaties van de partners\nrapportcijfer (1-10)',
      cijfer.formule,
      'Alleen kwalitatief te beoordelen.',
    ]);
  });

  it('says at the top when the period has no data, and draws no trends', () => {
    const leeg: IndicatorWaarde[] = [{ id: crisis.id, totaal: { waarde: 0, n: 0, onderdrukt: false }, perKenmerk: [], reeks: [], vorigePeriode: { waarde: 0, n: 0, onderdrukt: false } }];
    const doc = rapportDocument(invoer({ leeg: true, waarden: leeg }));
    expect(doc.blocks[1]).toMatchObject({ kind: 'notice' });
    expect((doc.blocks[1] as { text: string }).text).toContain(GEEN_GEGEVENS_MELDING);
    expect(doc.blocks.some((b) => b.kind === 'chart')).toBe(false);
  });

  it('renders as HTML with the chart as inline SVG, its numbers as text, no script and no style attribute', () => {
    const html = renderDocumentHtml(rapportDocument(invoer({ teksten: { inleiding: '<script>x</script>' } })));
    expect(html).toContain('<svg');
    expect(html).toContain('role="img"');
    expect(html).toContain('Cijfers: jan 2025: 8; feb 2025: &lt; 5');
    expect(html).not.toContain('<script>');
    expect(html).not.toMatch(/ style="/);
    const levels = [...html.matchAll(/<h([1-6])>/g)].map((m) => Number(m[1]));
    for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!).toBeLessThanOrEqual(1);
  });

  it('writes periods, figures and changes for Dutch readers', () => {
    expect(periodeTekst('2021-01-01', '2025-01-01')).toBe('2021-2024');
    expect(periodeTekst('2025-01-01', '2025-04-01')).toBe('1 januari 2025 t/m 31 maart 2025');
    expect(periodeInBestandsnaam('2025-01-01', '2026-01-01')).toBe('2025');
    expect(periodeInBestandsnaam('2025-01-01', '2025-04-01')).toBe('2025-01-01-2025-03-31');
    expect(waardeTekst({ waarde: 42.5, n: 20, onderdrukt: false }, 'procent')).toBe('42,5%');
    expect(verschilTekst({ waarde: 40, n: 20, onderdrukt: false }, { waarde: 42.5, n: 20, onderdrukt: false }, 'procent')).toBe('-2,5 pp');
  });

  it('CSV: BOM, header, a row per indicator, breakdown and trend period; suppressed is empty with onderdrukt=ja', () => {
    const csv = cijfersCsv({ regio: { naam: 'Oost-Brabant' }, periode: { van: '2025-01-01', tot: '2026-01-01' }, definities: [crisis, cijfer], waarden });
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe(CSV_KOLOMMEN.join(';'));
    expect(lines).toContain(`samen-op-in-acuut;uitvoeringsinspanning;${crisis.id};${crisis.naam};aantal;;2025-01-01/2026-01-01;12;12;nee;9`);
    expect(lines).toContain(`samen-op-in-acuut;uitvoeringsinspanning;${crisis.id};${crisis.naam};aantal;;2025-02;;;ja;`);
    expect(lines).toContain(`actieoverleg;waarde;${cijfer.id};${cijfer.naam};cijfer;;2025-01-01/2026-01-01;;;ja;`);
    expect(lines).toHaveLength(1 + 3 + 1);
  });
});
