import type { Block, ChartBlock, DocumentOutline } from '../../platform/document/document';
import { indicatorSoorten, KLEIN_AANTAL_GRENS, verbeteracties, type IndicatorDefinitie, type IndicatorWaarde } from '../schemas';
import { vorigePeriode } from '../waarden/periode';
import { hoofdstukTitels, soortTitels, type RapportSectie } from './schemas';
import { bronTekst, datumTekst, eenheidNamen, nTekst, periodeTekst, reeksLabel, verschilTekst, waardeTekst } from './opmaak';

/**
 * The regional report "Indicatoren kwaliteit & impact" as a document outline, shaped like seed 003: title page,
 * contents, introduction, one chapter per improvement action with development effort, execution effort and value
 * (the network's own text, the figures, the trends), the appendix "Overzicht indicatoren" and the sources.
 * A pure function of the figures (already suppressed by berekenIndicatoren) and the network's texts: it holds no
 * person, no casus and no free text about a case.
 */
export interface RapportInvoer {
  regio: { naam: string };
  /** When the figures are about one organisation only. */
  organisatie: { naam: string } | null;
  periode: { van: string; tot: string };
  definities: readonly IndicatorDefinitie[];
  waarden: readonly IndicatorWaarde[];
  /** No measurement, evaluation or effort at all in the period. */
  leeg: boolean;
  teksten: Partial<Record<RapportSectie, string>>;
  /** The day the report was made (YYYY-MM-DD). */
  opgesteldOp: string;
}

export const RAPPORT_TITEL = 'Indicatoren kwaliteit & impact';
export const GEEN_GEGEVENS_MELDING = 'Geen gegevens in deze periode';
export const GEEN_TEKST = 'Nog geen tekst van het netwerk.';

const VRAGEN: Record<(typeof indicatorSoorten)[number], string> = {
  ontwikkelinspanning: 'Wat is nodig om de verbeteractie door te voeren?',
  uitvoeringsinspanning: 'Wat is nodig om de verbeteractie uit te voeren? Levert dat in het werkproces meer- of minderwerk op?',
  waarde: 'Hoe laat de praktijk zien of de verbeteractie goed werkt?',
};

const INLEIDING_TITEL = 'Inleiding: inspanningen en waarde van Veiligheid Voorop';
const BIJLAGE_TITEL = 'Bijlage: Overzicht indicatoren';
const BRONNEN_TITEL = 'Bronnen';

export function rapportDocument(invoer: RapportInvoer): DocumentOutline {
  const periode = periodeTekst(invoer.periode.van, invoer.periode.tot);
  const vorige = vorigePeriode(invoer.periode);
  const over = invoer.organisatie ? ` — alleen ${invoer.organisatie.naam}` : '';
  const title = `${RAPPORT_TITEL} ${invoer.regio.naam} ${periode}${over}`;
  const waardeVan = new Map(invoer.waarden.map((w) => [w.id, w]));
  const blocks: Block[] = [];

  // Title page.
  blocks.push({ kind: 'heading', level: 1, text: RAPPORT_TITEL });
  if (invoer.leeg) {
    blocks.push({
      kind: 'notice',
      text: `${GEEN_GEGEVENS_MELDING}: er zijn in ${periode} in ${invoer.regio.naam} geen metingen, evaluaties of inspanningen vastgelegd. De tabellen hieronder zijn daarom leeg.`,
    });
  }
  blocks.push({
    kind: 'fields',
    items: [
      { label: 'Regio', value: invoer.regio.naam },
      { label: 'Periode', value: periode },
      ...(invoer.organisatie ? [{ label: 'Alleen de metingen over', value: invoer.organisatie.naam }] : []),
      { label: 'Vergeleken met', value: periodeTekst(vorige.van, vorige.tot) },
      { label: 'Opgesteld op', value: datumTekst(invoer.opgesteldOp) },
    ],
  });
  blocks.push({
    kind: 'paragraph',
    text: 'Opgesteld met Samenloop uit het werk zelf (de tijdlijnen van de casussen), de evaluaties van de partners en de geregistreerde inspanningen, met de eigen tekst van het Regionaal Netwerk Zorg en Straf (RNZS). Deze rapportage bevat geen persoonsgegevens.',
  });

  // Contents.
  blocks.push({ kind: 'heading', level: 2, text: 'Inhoudsopgave' });
  blocks.push({
    kind: 'list',
    items: [INLEIDING_TITEL, ...verbeteracties.map((v, i) => `${i + 1}. ${hoofdstukTitels[v]}`), BIJLAGE_TITEL, BRONNEN_TITEL],
  });
  blocks.push({ kind: 'page-break' });

  // Introduction: the seed's framing, then the network's own text.
  blocks.push({ kind: 'heading', level: 2, text: INLEIDING_TITEL });
  blocks.push({
    kind: 'paragraph',
    text: 'Deze rapportage gaat over de verbeteracties van Veiligheid Voorop: de vroegtijdige samenwerking van Veilig Thuis, politie, OM, Raad voor de Kinderbescherming en 3RO in de samenloop van zorg en straf bij huiselijk geweld en kindermishandeling. De samenwerking is geen doel op zich; het doel is meer veiligheid voor (potentiële) slachtoffers. Wat hebben de partners aan inspanningen geleverd en wat hebben ze aan waarde gerealiseerd?',
  });
  blocks.push({
    kind: 'paragraph',
    text: 'Het gaat om de verbeteracties Samen op in Acuut (hoofdstuk 2), Actieoverleg (hoofdstuk 3), Gezamenlijke aanpak huiselijk geweld door VT & ZSM (hoofdstuk 4) en Samenwerken bij strafbare kindermishandeling (hoofdstuk 5). Juist de samenhang in "de loop van de zaak" versterkt de aanpak; daarom begint de rapportage daarmee (hoofdstuk 1), met de kennisopbouw in het lerend netwerk van het Regionaal Netwerk Zorg en Straf.',
  });
  blocks.push({
    kind: 'paragraph',
    text: 'Het gaat niet om een "harde p*q-berekening" van opbrengst en investering. Vanuit een andere resultaatverantwoording ("anders verantwoord") gaat het om:',
  });
  blocks.push({
    kind: 'list',
    items: [
      'Inzichtelijkheid in benodigde inzet en inspanningen',
      'Plausibiliteit en waarde van resultaten (value case in plaats van business case)',
      'Transparantie van verbetermogelijkheden en leereffecten',
    ],
  });
  blocks.push({ kind: 'paragraph', text: 'De rapportage is opgebouwd aan de hand van drie elementen per verbeteractie:' });
  blocks.push({ kind: 'fields', items: indicatorSoorten.map((s) => ({ label: soortTitels[s], value: VRAGEN[s] })) });
  blocks.push({
    kind: 'paragraph',
    text: 'Bij elk element staan de eigen tekst van het netwerk, de cijfers van de periode met de vorige periode ernaast, en de trend van elke indicator waarvoor gegevens zijn. Bijlage "Overzicht indicatoren" beschrijft elke indicator: hoe hij wordt gemeten, of waarom hij alleen kwalitatief kan worden beoordeeld.',
  });
  blocks.push(...eigenTekst(invoer.teksten.inleiding));

  // One chapter per improvement action, three sections each.
  verbeteracties.forEach((v, i) => {
    blocks.push({ kind: 'page-break' });
    blocks.push({ kind: 'heading', level: 2, text: `${i + 1}. ${hoofdstukTitels[v]}` });
    indicatorSoorten.forEach((s, j) => {
      const nummer = `${i + 1}.${j + 1}`;
      blocks.push({ kind: 'heading', level: 3, text: `${nummer} ${soortTitels[s]}` });
      blocks.push({ kind: 'paragraph', text: VRAGEN[s] });
      blocks.push(...eigenTekst(invoer.teksten[`${v}.${s}`]));
      const definities = invoer.definities.filter((d) => d.verbeteractie === v && d.soort === s);
      blocks.push(cijferTabel(`Indicatoren ${nummer} ${soortTitels[s].toLowerCase()}, ${periode}`, definities, waardeVan));
      for (const d of definities) {
        const grafiek = trend(d, waardeVan.get(d.id));
        if (grafiek) blocks.push(grafiek);
      }
    });
  });

  // Appendix: every definition.
  blocks.push({ kind: 'page-break' });
  blocks.push({ kind: 'heading', level: 2, text: BIJLAGE_TITEL });
  blocks.push({
    kind: 'paragraph',
    text: 'Elke indicator per verbeteractie en soort, met het onderdeel van het overzicht dat hij meet, de bron en de berekening.',
  });
  verbeteracties.forEach((v, i) => {
    blocks.push({ kind: 'heading', level: 3, text: `${i + 1}. ${hoofdstukTitels[v]}` });
    for (const s of indicatorSoorten) {
      const definities = invoer.definities.filter((d) => d.verbeteractie === v && d.soort === s);
      blocks.push({
        kind: 'table',
        caption: `${hoofdstukTitels[v]}: ${soortTitels[s].toLowerCase()}`,
        columns: ['Indicator (onderdeel van het overzicht)', 'Bron en eenheid', 'Formule', 'Toelichting'],
        rows: definities.map((d) => [
          `${d.naam}\n(${d.overzichtItem})`,
          `${bronTekst(d.bron)}\n${eenheidNamen[d.eenheid]}`,
          d.formule,
          d.toelichting ?? '',
        ]),
        empty: 'Nog geen indicatoren voor dit onderdeel.',
        widths: [24, 16, 34, 26],
      });
    }
  });

  // Sources.
  blocks.push({ kind: 'heading', level: 2, text: BRONNEN_TITEL });
  blocks.push({
    kind: 'list',
    items: [
      'Geteld uit de tijdlijn: elke stap in een casus is een gebeurtenis op de tijdlijn. Vaste regels leiden daaruit per casus metingen af (bijvoorbeeld een crisiscontact, of de tijd tot de gezamenlijke beoordeling); ze worden bij elke nieuwe gebeurtenis opnieuw berekend. Het cijfer is een aantal, een som, een aandeel (procent ja), een gemiddelde of een mediaan van die metingen.',
      'Evaluaties van de partners: het gemiddelde antwoord op de vragen van de periodieke evaluatie (rapportcijfer 1-10, stellingen 1-5), over de jaren die de periode raakt.',
      'Geregistreerde inspanningen: het aantal registraties of hun uren, of het saldo van meer- en minderwerk (procent meer min procent minder).',
      `Periode: kalenderdagen in Nederlandse tijd, van de eerste dag tot en met de laatste. De vorige periode is even lang en ligt er direct voor; een verschil in procenten staat in procentpunten (pp). De trend is per maand voor een periode tot twee jaar, anders per jaar.`,
      `Kleine aantallen: een cijfer dat op 1 tot ${KLEIN_AANTAL_GRENS - 1} metingen of respondenten berust, wordt niet getoond (in de tabellen "< ${KLEIN_AANTAL_GRENS}"), zodat niemand herkenbaar is. Een aantal van 0 wordt wel getoond. Geregistreerde inspanningen gaan over organisaties, niet over personen, en worden niet onderdrukt.`,
      'De eigen teksten zijn geschreven door het Regionaal Netwerk Zorg en Straf van de regio; zij bevatten geen namen of andere persoonsgegevens.',
      'Achtergrond: Ontwikkelagenda Veiligheid Voorop, https://vng.nl/artikelen/veiligheid-voorop-programma-ghnt.',
    ],
  });

  return { title, header: `${RAPPORT_TITEL} — ${invoer.regio.naam} — ${periode}`, blocks };
}

/** The network's own text as paragraphs (split at blank lines), or the visible placeholder. */
function eigenTekst(tekst: string | undefined): Block[] {
  const alineas = (tekst ?? '')
    .split(/\n\s*\n/)
    .map((a) => a.trim())
    .filter((a) => a !== '');
  if (alineas.length === 0) return [{ kind: 'notice', text: GEEN_TEKST }];
  return alineas.map((text) => ({ kind: 'paragraph', text }));
}

function cijferTabel(caption: string, definities: readonly IndicatorDefinitie[], waardeVan: ReadonlyMap<string, IndicatorWaarde>): Block {
  const rows: string[][] = [];
  for (const d of definities) {
    const w = waardeVan.get(d.id);
    if (!w) {
      rows.push([d.naam, '—', '—', '—', '—', bronTekst(d.bron)]);
      continue;
    }
    rows.push([d.naam, waardeTekst(w.totaal, d.eenheid), waardeTekst(w.vorigePeriode, d.eenheid), verschilTekst(w.totaal, w.vorigePeriode, d.eenheid), nTekst(w.totaal), bronTekst(d.bron)]);
    for (const k of w.perKenmerk) rows.push([`${d.naam}: ${k.kenmerk.replace(/-/g, ' ')}`, waardeTekst(k, d.eenheid), '—', '—', nTekst(k), bronTekst(d.bron)]);
  }
  return {
    kind: 'table',
    caption,
    columns: ['Indicator', 'Cijfer', 'Vorige periode', 'Verschil', 'n', 'Bron'],
    rows,
    empty: 'Voor dit onderdeel zijn nog geen indicatoren vastgelegd.',
  };
}

/** The trend of one indicator, when there is at least one figure in it. */
function trend(d: IndicatorDefinitie, w: IndicatorWaarde | undefined): ChartBlock | null {
  if (!w || !w.reeks.some((r) => r.onderdrukt || (r.waarde !== null && (r.n ?? 0) > 0))) return null;
  return {
    kind: 'chart',
    caption: `Trend: ${d.naam} (${eenheidNamen[d.eenheid]})`,
    bars: w.reeks.map((r) => ({ label: reeksLabel(r.periode), value: r.onderdrukt ? null : r.waarde, text: waardeTekst(r, d.eenheid) })),
    empty: 'Geen gegevens.',
  };
}
