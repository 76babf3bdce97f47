import { parseArgs } from 'node:util';
import type { Database } from '../../platform/db/database';
import { laadSynthetischeData, laatsteJaren, zorgVoorVtRegios } from './laad-synthetische-data';
import { VT_REGIOS } from './regios';

export const SYNTHETISCHE_DATA_USAGE = `  synthetische-data [--schaal 0.1] [--jaren 10] [--seed 1] [--regio CODE ...]
                                           Vult de database met synthetische casussen voor de indicatoren
                                           (25 VT-regio's; schaal 1.0 = landelijk volume, ~1 miljoen casussen
                                           over 10 jaar); regio-jaren die er al zijn worden overgeslagen`;

/** `npm run cli -- synthetische-data`: synthetic history for demo installations and load tests. */
export async function synthetischeDataCommand(db: Database, args: string[], io: { out(line: string): void }, fout: (bericht: string) => Error): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { schaal: { type: 'string' }, jaren: { type: 'string' }, seed: { type: 'string' }, regio: { type: 'string', multiple: true } },
  });
  const schaal = Number(values.schaal ?? '0.1');
  if (!Number.isFinite(schaal) || schaal <= 0 || schaal > 2) throw fout('--schaal moet een getal groter dan 0 en hoogstens 2 zijn (1.0 = landelijk).');
  const jaren = Number(values.jaren ?? '10');
  if (!Number.isInteger(jaren) || jaren < 1 || jaren > 30) throw fout('--jaren moet een geheel getal van 1 tot en met 30 zijn.');
  const codes = values.regio ?? [];
  const onbekend = codes.filter((c) => !VT_REGIOS.some((r) => r.code === c));
  if (onbekend.length > 0) throw fout(`--regio ${onbekend.join(', ')} is onbekend; kies uit ${VT_REGIOS.map((r) => r.code).join(', ')}.`);
  const nu = new Date();
  const alle = await zorgVoorVtRegios(db);
  const regios = codes.length > 0 ? alle.filter((r) => codes.includes(r.code)) : alle;
  const started = performance.now();
  const resultaat = await laadSynthetischeData(db, {
    seed: values.seed ?? '1',
    schaal,
    tot: nu,
    jaren: laatsteJaren(nu, jaren),
    regios,
    parallel: db.kind === 'postgres' ? 2 : 1,
    onVoortgang: (regel) => io.out(regel),
  });
  io.out(
    `Klaar in ${((performance.now() - started) / 1000).toFixed(0)} s: ${resultaat.casussen} casussen, ${resultaat.gebeurtenissen} tijdlijngebeurtenissen, ` +
      `${resultaat.metingen} metingen; ${resultaat.geladen} regio-jaren geladen, ${resultaat.overgeslagen} waren er al.`,
  );
  return 0;
}
