import type { Database } from '../../platform/db/database';
import { appendAudit } from '../../audit/audit-log';
import { auditActor, type AccessContext } from '../../identity/access-context';
import { requirePermission } from '../../identity/access-policy';
import { ApiProblem, problems } from '../../platform/http/problem';
import { requireCasusAccess } from '../../cases/casus-access';
import { joinCasus } from '../../sharing/join-casus';
import { recordEvent } from '../../timeline/timeline.storage';
import { isVtOfRegion } from '../../zsm/zaken/zsm-zaken.storage';
import type { AcuutContact, AcuutContactInvoer } from '../schemas';
import { minutenTotOpgenomen, opvolgingDeadline } from '../opvolging-rules';
import { enqueueJob } from '../../platform/jobs/jobs';
import { OPVOLGING_CONTACT_JOB } from './opvolging-job';
import { bestaandePersonen, enigeOpenCasusMetPersonen, findContactByClientId, findContactRij, insertContact, toContact } from './contacten.storage';
import { activateScenariosForPersons } from '../../actieoverleg/scenarios/activate-scenarios';
import { buitenKantoortijd } from './diensten-rules';

export const ACUUT_GRONDSLAG = { grondslagCode: 'WPG-19', doel: 'Samen op in Acuut: gezamenlijke veiligheidsbeoordeling' };

/**
 * The police register their acute contact with Veilig Thuis (police organisations only). A resend with the same
 * clientId returns the recorded contact unchanged (`created` false). With persons and no casus, the contact is linked
 * to the one open casus of the region holding them that the police take part in, if there is exactly one; a casus is
 * never opened here. On a casus, Veilig Thuis joins it and the contact goes on the timeline. Active Actieoverleg
 * scenarios on the persons alert their owners.
 */
export async function createContact(
  db: Database,
  ctx: AccessContext,
  input: AcuutContactInvoer,
  now: Date = new Date(),
): Promise<{ contact: AcuutContact; created: boolean }> {
  requirePermission(ctx, 'casussen.werken');
  if (ctx.organisatie.soort !== 'politie') throw problems.forbidden('Alleen de politie legt een acuut contact met Veilig Thuis vast.');
  const gebeldOp = new Date(input.gebeldOp);
  const reactie = input.opgenomenOp ? minutenTotOpgenomen(gebeldOp, new Date(input.opgenomenOp)) : null;
  return db.transaction(async (tx) => {
    const bestaand = await findContactByClientId(tx, ctx.organisatie.id, input.clientId);
    if (bestaand) return { contact: await toContact(tx, bestaand, now), created: false };
    if (reactie && 'veld' in reactie) throw problems.invalidField(reactie.veld, reactie.reden);
    if (!(await isVtOfRegion(tx, input.vtOrganisatieId, ctx.organisatie.regioId))) {
      throw problems.invalidField('vtOrganisatieId', 'geen Veilig Thuis-organisatie van uw regio');
    }
    const personen = await bestaandePersonen(tx, input.persoonIds);
    const onbekend = input.persoonIds.findIndex((id) => !personen.has(id));
    if (onbekend >= 0) throw problems.invalidField(`persoonIds[${onbekend}]`, 'deze persoon bestaat niet');
    let casusId = input.casusId ?? null;
    if (casusId) {
      try {
        await requireCasusAccess(tx, ctx, casusId);
      } catch (e) {
        if (e instanceof ApiProblem && e.status === 404) throw problems.invalidField('casusId', 'geen casus waaraan uw organisatie deelneemt');
        throw e;
      }
    } else {
      casusId = await enigeOpenCasusMetPersonen(tx, ctx.organisatie.regioId, input.persoonIds, ctx.organisatie.id);
    }
    const id = await insertContact(tx, {
      ...input,
      regioId: ctx.organisatie.regioId,
      politieOrganisatieId: ctx.organisatie.id,
      politieGebruikerId: ctx.gebruiker.id,
      casusId,
    });
    if (!id) {
      const race = await findContactByClientId(tx, ctx.organisatie.id, input.clientId);
      return { contact: await toContact(tx, race!, now), created: false };
    }
    const actor = { gebruikerId: ctx.gebruiker.id, organisatieId: ctx.organisatie.id };
    if (casusId) {
      await joinCasus(tx, actor, casusId, [input.vtOrganisatieId], ACUUT_GRONDSLAG);
      await recordEvent(tx, casusId, actor, {
        soort: 'acuut-contact',
        gegevens: {
          contactId: id,
          vtOrganisatieId: input.vtOrganisatieId,
          wijze: input.wijze,
          minutenTotOpgenomen: reactie && 'minuten' in reactie ? reactie.minuten : null,
          buitenKantoortijd: buitenKantoortijd(gebeldOp),
        },
      });
    }
    // The recurring sweep runs every quarter hour; this one checks the contact right at its deadline (at once when the
    // contact is registered after the 24 hours have passed).
    await enqueueJob(tx, OPVOLGING_CONTACT_JOB, { runAt: new Date(opvolgingDeadline(gebeldOp).getTime() + 1000), uniqueKey: `${OPVOLGING_CONTACT_JOB}:${id}` });
    const scenarios = await activateScenariosForPersons(tx, input.persoonIds, casusId, actor, 'acuut-contact', now);
    const contact = await toContact(tx, (await findContactRij(tx, id))!, now);
    await appendAudit(tx, auditActor(ctx), {
      actie: 'aanmaken',
      objectType: 'acuut-contact',
      objectId: id,
      uitkomst: 'gelukt',
      doel: 'casusbehandeling',
      details: { casusId, vtOrganisatieId: input.vtOrganisatieId, personen: input.persoonIds.length, scenarios },
    });
    return { contact, created: true };
  });
}
