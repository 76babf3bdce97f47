import type { Database } from '../../platform/db/database';
import type { TijdlijnGebeurtenis } from '../../timeline/events';
import type { CasusGebeurtenis, CasusTijdlijn } from '../metingen/meting';
import { schrijfMetingenBulk } from './bulk';

/**
 * Recomputes every casus's measurements from its stored timeline, in batches: for a large data set whose
 * measurement rules changed (a new or corrected indicator) without regenerating the casussen. Reads the timeline
 * in the live projection's order (op, volgnummer) and derives with the same meetCasus.
 */
export async function herberekenAlleMetingen(db: Database, opties: { batch?: number; onVoortgang?: (casussen: number) => void } = {}): Promise<number> {
  const batch = opties.batch ?? 2000;
  await db.exec('truncate indicator_metingen');
  let na = '00000000-0000-0000-0000-000000000000';
  let casussen = 0;
  let metingen = 0;
  for (;;) {
    const { rows } = await db.query<{ id: string; regio_id: string }>('select id, regio_id from casussen where id > $1 order by id limit $2', [na, batch]);
    if (rows.length === 0) break;
    na = rows[rows.length - 1]!.id;
    const { rows: events } = await db.query<{ casus_id: string; soort: TijdlijnGebeurtenis['soort']; op: Date; organisatie_id: string | null; gegevens: never }>(
      'select casus_id, soort, op, organisatie_id, gegevens from tijdlijn where casus_id = any ($1::uuid[]) order by casus_id, op, volgnummer',
      [rows.map((r) => r.id)],
    );
    const perCasus = new Map<string, CasusGebeurtenis[]>();
    for (const e of events) {
      let lijst = perCasus.get(e.casus_id);
      if (!lijst) perCasus.set(e.casus_id, (lijst = []));
      lijst.push({ soort: e.soort, gegevens: e.gegevens, op: e.op, organisatieId: e.organisatie_id } as CasusGebeurtenis);
    }
    const tijdlijnen: CasusTijdlijn[] = rows.map((r) => ({ casusId: r.id, regioId: r.regio_id, gebeurtenissen: perCasus.get(r.id) ?? [] }));
    metingen += await db.transaction((tx) => schrijfMetingenBulk(tx, tijdlijnen));
    casussen += rows.length;
    opties.onVoortgang?.(casussen);
  }
  return metingen;
}
