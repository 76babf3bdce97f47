import type { Queryable } from '../../platform/db/database';
import type { Organisatie } from '../../organisations/schemas';
import { joinCasus } from '../../sharing/join-casus';
import { createTask } from '../../tasks/tasks.storage';
import { veiligheidsbeoordelingTaakSleutel, ZSM_BEOORDELING_TAAK_SOORT } from '../zaken/zsm-taken';

let teller = 0;

/**
 * Test support only: a ZSM case as the police intake leaves it (a casus with the police and the region's OM taking
 * part, a zsm melding, the case with its clock), written straight to the database so the tests of the assessment and
 * the decision stand on their own. With a VT organisation, that VT takes part and has its assessment task.
 */
export async function maakTestZaak(
  db: Queryable,
  input: { politie: Organisatie; om: Organisatie[]; vt?: Organisatie | null; aangehoudenOp?: Date; beslissenUiterlijk?: Date; huiselijkGeweld?: boolean },
): Promise<{ zaakId: string; casusId: string }> {
  const aangehoudenOp = input.aangehoudenOp ?? new Date(Date.now() - 2 * 3_600_000);
  const beslissenUiterlijk = input.beslissenUiterlijk ?? new Date(aangehoudenOp.getTime() + 9 * 3_600_000);
  const regioId = input.politie.regio.id;
  const { rows: p } = await db.query<{ id: string }>(
    `insert into personen (achternaam, zoeknaam, aangemaakt_door_organisatie_id) values ('Verdachte', 'verdachte', $1) returning id`,
    [input.politie.id],
  );
  const { rows: c } = await db.query<{ id: string }>(
    `insert into casussen (nummer, regio_id, aangemaakt_door_organisatie_id) values ($1, $2, $3) returning id`,
    [`T-ZSM-${process.pid}-${++teller}`, regioId, input.politie.id],
  );
  const casusId = c[0]!.id;
  const { rows: m } = await db.query<{ id: string }>(
    `insert into meldingen (organisatie_id, regio_id, bron, ontvangen_op, incident_op, verdachte_aangehouden, casus_id)
     values ($1, $2, 'zsm', now(), $3, true, $4) returning id`,
    [input.politie.id, regioId, aangehoudenOp, casusId],
  );
  const { rows: z } = await db.query<{ id: string }>(
    `insert into zsm_zaken (regio_id, casus_id, melding_id, politie_organisatie_id, verdachte_persoon_id, aangehouden_op, feit,
                            voorlopige_hechtenis_mogelijk, huiselijk_geweld, beslissen_uiterlijk, vt_organisatie_id)
     values ($1, $2, $3, $4, $5, $6, 'mishandeling', true, $7, $8, $9) returning id`,
    [regioId, casusId, m[0]!.id, input.politie.id, p[0]!.id, aangehoudenOp, input.huiselijkGeweld ?? true, beslissenUiterlijk, input.vt?.id ?? null],
  );
  const zaakId = z[0]!.id;
  const actor = { gebruikerId: null, organisatieId: input.politie.id };
  const grondslag = { grondslagCode: 'ZSM', doel: 'Afstemming op ZSM over de aangehouden verdachte' };
  await joinCasus(db, actor, casusId, [input.politie.id, ...input.om.map((o) => o.id)], grondslag);
  if (input.vt) {
    await joinCasus(db, actor, casusId, [input.vt.id], grondslag);
    await createTask(db, actor, {
      soort: ZSM_BEOORDELING_TAAK_SOORT,
      sleutel: veiligheidsbeoordelingTaakSleutel(zaakId),
      titel: 'Veiligheidsbeoordeling voor ZSM',
      casusId,
      organisatieId: input.vt.id,
      deadline: new Date(beslissenUiterlijk.getTime() - 3_600_000),
    });
  }
  return { zaakId, casusId };
}
