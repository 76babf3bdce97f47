import ExcelJS from 'exceljs';
import type { IndicatorDefinitie, IndicatorWaarde, Waarde } from '../schemas';
import { hoofdstukTitels, soortTitels } from './schemas';
import { bronTekst, eenheidNamen, ONDERDRUKT, periodeTekst } from './opmaak';

/**
 * The report's figures as data: CSV (UTF-8 with BOM, ';' between fields, a decimal POINT, one row per indicator and
 * period part) and XLSX (sheets Indicatoren, Trend, Overzicht). A suppressed figure (fewer than 5) has an empty
 * value in the CSV with onderdrukt=ja, and "< 5" in the workbook. Nothing here holds a person.
 */
export interface CijfersInvoer {
  regio: { naam: string };
  periode: { van: string; tot: string };
  definities: readonly IndicatorDefinitie[];
  waarden: readonly IndicatorWaarde[];
}

export const CSV_KOLOMMEN = [
  'verbeteractie',
  'soort',
  'indicator_id',
  'indicator',
  'eenheid',
  'kenmerk',
  'periode',
  'waarde',
  'n',
  'onderdrukt',
  'vorige_periode_waarde',
] as const;

const ja = (w: Waarde) => (w.onderdrukt ? 'ja' : 'nee');
const getal = (v: number | null) => (v === null ? '' : String(v));

function csvVeld(value: string): string {
  return /[";\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Rows: the whole period ('periode' is van/tot), each breakdown, then the trend (YYYY-MM or YYYY). */
export function cijfersCsv(invoer: CijfersInvoer): string {
  const waardeVan = new Map(invoer.waarden.map((w) => [w.id, w]));
  const totaal = `${invoer.periode.van}/${invoer.periode.tot}`;
  const rows: string[][] = [[...CSV_KOLOMMEN]];
  for (const d of invoer.definities) {
    const w = waardeVan.get(d.id);
    if (!w) continue;
    const basis = [d.verbeteractie, d.soort, d.id, d.naam, d.eenheid];
    rows.push([...basis, '', totaal, getal(w.totaal.waarde), getal(w.totaal.n), ja(w.totaal), getal(w.vorigePeriode?.waarde ?? null)]);
    for (const k of w.perKenmerk) rows.push([...basis, k.kenmerk, totaal, getal(k.waarde), getal(k.n), ja(k), '']);
    for (const r of w.reeks) rows.push([...basis, '', r.periode, getal(r.waarde), getal(r.n), ja(r), '']);
  }
  return `\uFEFF${rows.map((r) => r.map(csvVeld).join(';')).join('\r\n')}\r\n`;
}

const toonbaar = (w: Waarde | null): number | string => (w === null || w.waarde === null ? '' : w.onderdrukt ? ONDERDRUKT : w.waarde);

function blad(workbook: ExcelJS.Workbook, naam: string, kolommen: { header: string; key: string; width: number }[]): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(naam, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = kolommen;
  sheet.getRow(1).font = { bold: true };
  return sheet;
}

export async function cijfersXlsx(invoer: CijfersInvoer): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Samenloop';
  workbook.title = `Indicatoren kwaliteit & impact ${invoer.regio.naam} ${periodeTekst(invoer.periode.van, invoer.periode.tot)}`;
  const waardeVan = new Map(invoer.waarden.map((w) => [w.id, w]));

  const indicatoren = blad(workbook, 'Indicatoren', [
    { header: 'Verbeteractie', key: 'verbeteractie', width: 34 },
    { header: 'Soort', key: 'soort', width: 22 },
    { header: 'Id', key: 'id', width: 36 },
    { header: 'Indicator', key: 'naam', width: 44 },
    { header: 'Kenmerk', key: 'kenmerk', width: 16 },
    { header: 'Eenheid', key: 'eenheid', width: 12 },
    { header: 'Waarde', key: 'waarde', width: 10 },
    { header: 'n', key: 'n', width: 8 },
    { header: 'Onderdrukt (< 5)', key: 'onderdrukt', width: 14 },
    { header: 'Vorige periode', key: 'vorige', width: 14 },
    { header: 'Bron', key: 'bron', width: 28 },
  ]);
  const trend = blad(workbook, 'Trend', [
    { header: 'Id', key: 'id', width: 36 },
    { header: 'Indicator', key: 'naam', width: 44 },
    { header: 'Periode', key: 'periode', width: 10 },
    { header: 'Waarde', key: 'waarde', width: 10 },
    { header: 'n', key: 'n', width: 8 },
    { header: 'Onderdrukt (< 5)', key: 'onderdrukt', width: 14 },
  ]);
  for (const d of invoer.definities) {
    const w = waardeVan.get(d.id);
    if (!w) continue;
    const basis = { verbeteractie: hoofdstukTitels[d.verbeteractie], soort: soortTitels[d.soort], id: d.id, naam: d.naam, eenheid: d.eenheid, bron: bronTekst(d.bron) };
    indicatoren.addRow({ ...basis, kenmerk: '', waarde: toonbaar(w.totaal), n: w.totaal.n ?? '', onderdrukt: ja(w.totaal), vorige: toonbaar(w.vorigePeriode) });
    for (const k of w.perKenmerk) indicatoren.addRow({ ...basis, kenmerk: k.kenmerk, waarde: toonbaar(k), n: k.n ?? '', onderdrukt: ja(k), vorige: '' });
    for (const r of w.reeks) trend.addRow({ id: d.id, naam: d.naam, periode: r.periode, waarde: toonbaar(r), n: r.n ?? '', onderdrukt: ja(r) });
  }

  const overzicht = blad(workbook, 'Overzicht', [
    { header: 'Verbeteractie', key: 'verbeteractie', width: 34 },
    { header: 'Soort', key: 'soort', width: 22 },
    { header: 'Id', key: 'id', width: 36 },
    { header: 'Indicator', key: 'naam', width: 44 },
    { header: 'Onderdeel overzicht', key: 'item', width: 40 },
    { header: 'Bron', key: 'bron', width: 28 },
    { header: 'Formule', key: 'formule', width: 60 },
    { header: 'Eenheid', key: 'eenheid', width: 16 },
    { header: 'Toelichting', key: 'toelichting', width: 60 },
  ]);
  for (const d of invoer.definities) {
    overzicht.addRow({
      verbeteractie: hoofdstukTitels[d.verbeteractie],
      soort: soortTitels[d.soort],
      id: d.id,
      naam: d.naam,
      item: d.overzichtItem,
      bron: bronTekst(d.bron),
      formule: d.formule,
      eenheid: eenheidNamen[d.eenheid],
      toelichting: d.toelichting ?? '',
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
