import type { Database } from '../../platform/db/database';
import { laadSynthetischeCasussen, synthetischeCasusBestaat, zorgVoorSynthetischeRegio, type BulkTelling } from './bulk';
import { genereerRegioJaar, type GeneratorOpties } from './generator';
import { VT_REGIOS, type SynthetischeRegio } from './regios';

export interface LaadOpties extends GeneratorOpties {
  /** The calendar years to fill. */
  jaren: readonly number[];
  /** The regions (default: the 25 VT regions, created with their partner organisations when missing). */
  regios?: readonly SynthetischeRegio[];
  batch?: number;
  parallel?: number;
  onVoortgang?: (regel: string) => void;
}

export interface LaadResultaat extends BulkTelling {
  /** Region-years written now; those already present are skipped. */
  geladen: number;
  overgeslagen: number;
}

/** The last `aantal` calendar years up to and including the year of `tot`. */
export function laatsteJaren(tot: Date, aantal: number): number[] {
  const laatste = tot.getUTCFullYear();
  return Array.from({ length: aantal }, (_, i) => laatste - aantal + 1 + i);
}

/** Creates the 25 VT regions with their partner organisations (or finds them). */
export async function zorgVoorVtRegios(db: Database): Promise<SynthetischeRegio[]> {
  const regios: SynthetischeRegio[] = [];
  for (const def of VT_REGIOS) regios.push(await db.transaction((tx) => zorgVoorSynthetischeRegio(tx, def)));
  return regios;
}

/**
 * Fills the database with synthetic history: per region and year the casussen, their timelines and their
 * measurements. Idempotent per region-year (a region-year already there is skipped), so a rerun is quick.
 */
export async function laadSynthetischeData(db: Database, opties: LaadOpties): Promise<LaadResultaat> {
  const regios = opties.regios ?? (await zorgVoorVtRegios(db));
  const resultaat: LaadResultaat = { casussen: 0, gebeurtenissen: 0, metingen: 0, geladen: 0, overgeslagen: 0 };
  for (const jaar of opties.jaren) {
    for (const regio of regios) {
      const eerste = genereerRegioJaar({ regio, jaar, opties }).next();
      if (eerste.done || (await synthetischeCasusBestaat(db, eerste.value.nummer))) {
        resultaat.overgeslagen++;
        continue;
      }
      const started = performance.now();
      const t = await laadSynthetischeCasussen(db, genereerRegioJaar({ regio, jaar, opties }), { batch: opties.batch, parallel: opties.parallel });
      resultaat.casussen += t.casussen;
      resultaat.gebeurtenissen += t.gebeurtenissen;
      resultaat.metingen += t.metingen;
      resultaat.geladen++;
      opties.onVoortgang?.(
        `${regio.naam} ${jaar}: ${t.casussen} casussen, ${t.gebeurtenissen} gebeurtenissen, ${t.metingen} metingen in ${((performance.now() - started) / 1000).toFixed(1)} s`,
      );
    }
  }
  return resultaat;
}
