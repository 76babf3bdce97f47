import type { Database } from '../../platform/db/database';
import { problems } from '../../platform/http/problem';
import type { AccessContext } from '../../identity/access-context';
import { actorOf } from '../../cases/melding-link';
import { recordEvent } from '../../timeline/timeline.storage';
import { createTask } from '../../tasks/tasks.storage';
import { thvEinde, thvTermijnen } from './thv-rules';
import { wijzigThv } from './thv-access';
import { thvTaakSleutel, updateThv, vtDeelnemers } from './thv.storage';
import type { Thv, ThvOpleggen } from './schemas';

/** A little clock difference between the hulpofficier's device and the server is not "in the future". */
const KLOKSPELING_MS = 60_000;

/**
 * The hulpofficier imposes the ban (ten days). The deadlines land in the inboxes: the police organisation that
 * registered it gets the address (24 hours) and the extension decision (a day before the end); each Veilig Thuis
 * organisation in the casus gets the end.
 */
export async function legThvOp(db: Database, ctx: AccessContext, id: string, versie: number, invoer: ThvOpleggen): Promise<Thv> {
  return wijzigThv(db, ctx, id, versie, 'opleggen', async (tx, thv, now) => {
    const opgelegdOp = new Date(invoer.opgelegdOp);
    if (opgelegdOp.getTime() > now.getTime() + KLOKSPELING_MS) {
      throw problems.invalidField('opgelegdOp', 'het tijdstip van opleggen kan niet in de toekomst liggen', 'in-de-toekomst');
    }
    const eindeOp = thvEinde(opgelegdOp);
    await updateThv(tx, id, { status: 'opgelegd', opgelegd_op: opgelegdOp, opgelegd_door: invoer.opgelegdDoor, einde_op: eindeOp });
    const actor = actorOf(ctx);
    const politie = thv.geregistreerd_door_organisatie_id;
    for (const termijn of thvTermijnen(opgelegdOp, eindeOp)) {
      if (termijn.soort === 'adres-binnen-24-uur') {
        await createTask(tx, actor, {
          soort: 'thv-adres', sleutel: thvTaakSleutel.adres(id), titel: 'Adres uithuisgeplaatste binnen 24 uur vastleggen',
          casusId: thv.casus_id, onderwerp: { soort: 'thv', id }, organisatieId: politie, deadline: termijn.deadline,
        });
      } else if (termijn.soort === 'verlengingsbesluit') {
        await createTask(tx, actor, {
          soort: 'thv-verlengingsbesluit', sleutel: thvTaakSleutel.verlengingsbesluit(id, eindeOp), titel: 'Besluit over verlenging tijdelijk huisverbod',
          casusId: thv.casus_id, onderwerp: { soort: 'thv', id }, organisatieId: politie, deadline: termijn.deadline,
        });
      } else {
        for (const vt of await vtDeelnemers(tx, thv.casus_id)) {
          await createTask(tx, actor, {
            soort: 'thv-einde', sleutel: thvTaakSleutel.einde(id, vt), titel: 'Tijdelijk huisverbod loopt af',
            casusId: thv.casus_id, onderwerp: { soort: 'thv', id }, organisatieId: vt, deadline: termijn.deadline,
          });
        }
      }
    }
    await recordEvent(tx, thv.casus_id, actor, {
      soort: 'thv-opgelegd',
      gegevens: { thvId: id, opgelegdOp: opgelegdOp.toISOString(), eindeOp: eindeOp.toISOString(), zsmZaakId: thv.zsm_zaak_id },
    });
    return { zsmZaakId: thv.zsm_zaak_id };
  });
}
