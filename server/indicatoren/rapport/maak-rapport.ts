import type { Database } from '../../platform/db/database';
import type { AccessContext } from '../../identity/access-context';
import { requirePermission } from '../../identity/access-policy';
import { renderDocumentHtml } from '../../platform/document/render-html';
import { renderDocumentPdf } from '../../platform/document/render-pdf';
import { indicatorCatalogus } from '../catalogus';
import { leesRegioSelectie } from '../dashboard/dashboard.storage';
import { berekenIndicatoren } from '../waarden/bereken-indicatoren';
import { cijfersCsv, cijfersXlsx } from './cijfers-export';
import { periodeInBestandsnaam } from './opmaak';
import { rapportDocument } from './rapport-document';
import { leesRapportTeksten } from './rapport-teksten.storage';
import type { RapportFormaat, RapportQuery, RapportSectie } from './schemas';

export interface RapportBestand {
  inhoud: string | Buffer;
  contentType: string;
  bestandsnaam: string;
}

const CONTENT_TYPES: Record<RapportFormaat, string> = {
  html: 'text/html; charset=utf-8',
  pdf: 'application/pdf',
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/**
 * The regional report "Indicatoren kwaliteit & impact" for a region (any: aggregates only, small numbers
 * suppressed) and period, optionally about one of its organisations, as HTML, PDF, CSV or XLSX. The figures come
 * from berekenIndicatoren; the network's texts are the region's for exactly this period. Not audited: no personal
 * data is read. A period without data gives the report with its notice, not an error.
 */
export async function maakRapport(db: Database, ctx: AccessContext, query: RapportQuery, vandaag: string): Promise<RapportBestand> {
  requirePermission(ctx, 'indicatoren.inzien');
  const { regio, organisatie } = await leesRegioSelectie(db, query.regioId, query.organisatieId);
  const periode = { van: query.van, tot: query.tot };
  const { indicatoren, leeg } = await berekenIndicatoren(db, { regioIds: [regio.id], organisatieId: organisatie?.id ?? null, ...periode }, indicatorCatalogus);
  const bestandsnaam = `indicatoren-${regio.code}-${periodeInBestandsnaam(periode.van, periode.tot)}.${query.formaat}`;
  const contentType = CONTENT_TYPES[query.formaat];
  const cijfers = { regio, periode, definities: indicatorCatalogus, waarden: indicatoren };
  if (query.formaat === 'csv') return { inhoud: cijfersCsv(cijfers), contentType, bestandsnaam };
  if (query.formaat === 'xlsx') return { inhoud: await cijfersXlsx(cijfers), contentType, bestandsnaam };

  const teksten: Partial<Record<RapportSectie, string>> = {};
  for (const rij of await leesRapportTeksten(db, { regioId: regio.id, ...periode })) teksten[rij.sectie as RapportSectie] = rij.tekst;
  const document = rapportDocument({ ...cijfers, organisatie, leeg, teksten, opgesteldOp: vandaag });
  const inhoud = query.formaat === 'html' ? renderDocumentHtml(document) : await renderDocumentPdf(document);
  return { inhoud, contentType, bestandsnaam };
}

/** Today's date in the Netherlands (YYYY-MM-DD). */
export function vandaagInNederland(now = new Date()): string {
  return now.toLocaleDateString('sv-SE', { timeZone: 'Europe/Amsterdam' });
}
