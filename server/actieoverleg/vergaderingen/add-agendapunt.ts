import type { Database, Queryable } from '../../platform/db/database';
import { problems } from '../../platform/http/problem';
import { appendAudit } from '../../audit/audit-log';
import { auditActor, type AccessContext } from '../../identity/access-context';
import { requireCasusAccess } from '../../cases/casus-access';
import { planAgendapunt } from './agenda-items';
import { bumpOverleg, findTabledAanmelding, tabledAanmeldingOfCasus, vervolgKandidaten } from './vergaderingen.storage';
import { requireChair, requireOverlegAccess, requireOverlegStatus, type OverlegToegang } from './vergadering-access';
import { loadOverleg } from './read-overleg';
import type { AgendapuntInvoer, Overleg } from './schemas';

const CASUS_NIET_AGENDEERBAAR = 'deze casus heeft geen geagendeerde aanmelding of openstaande afspraken van dit Actieoverleg, en uw organisatie neemt er niet aan deel';

/**
 * What an item by casus may be: the casus's tabled referral when it has one, else a follow-up when it has open
 * agreements of this series or the chair's organisation takes part in it. Anything else is 400 without saying
 * whether the casus exists.
 */
async function itemForCasus(tx: Queryable, ctx: AccessContext, toegang: OverlegToegang, casusId: string): Promise<{ aanmeldingId: string | null; soort: 'aanmelding' | 'vervolg' }> {
  const { rows } = await tx.query<{ regio_id: string }>('select regio_id from casussen where id = $1', [casusId]);
  if (!rows[0] || rows[0].regio_id !== toegang.regioId) throw problems.invalidField('casusId', CASUS_NIET_AGENDEERBAAR, 'niet-agendeerbaar');
  const aanmeldingId = await tabledAanmeldingOfCasus(tx, casusId);
  if (aanmeldingId) return { aanmeldingId, soort: 'aanmelding' };
  const vervolg = await vervolgKandidaten(tx, toegang.reeksId, toegang.begintOp);
  if (vervolg.some((v) => v.casusId === casusId)) return { aanmeldingId: null, soort: 'vervolg' };
  try {
    await requireCasusAccess(tx, ctx, casusId);
  } catch {
    throw problems.invalidField('casusId', CASUS_NIET_AGENDEERBAAR, 'niet-agendeerbaar');
  }
  return { aanmeldingId: null, soort: 'vervolg' };
}

/** The chair puts one item on the agenda by hand: a tabled referral of the region, or a casus (see itemForCasus). */
export async function addAgendapunt(db: Database, ctx: AccessContext, overlegId: string, input: AgendapuntInvoer): Promise<Overleg> {
  if ((input.aanmeldingId === undefined) === (input.casusId === undefined)) {
    throw problems.invalidField(input.aanmeldingId ? 'casusId' : 'aanmeldingId', 'geef óf een aanmeldingId óf een casusId', 'een-van-beide');
  }
  return db.transaction(async (tx) => {
    const toegang = await requireOverlegAccess(tx, ctx, overlegId, { forUpdate: true });
    requireChair(toegang);
    requireOverlegStatus(toegang.status, ['gepland', 'gestart']);
    let punt: { casusId: string; aanmeldingId: string | null; soort: 'aanmelding' | 'vervolg' };
    if (input.aanmeldingId) {
      const aanmelding = await findTabledAanmelding(tx, input.aanmeldingId, toegang.regioId);
      if (!aanmelding) throw problems.invalidField('aanmeldingId', 'kies een geagendeerde aanmelding uit de regio van dit Actieoverleg', 'niet-geagendeerd');
      punt = { casusId: aanmelding.casusId, aanmeldingId: aanmelding.id, soort: 'aanmelding' };
    } else {
      punt = { casusId: input.casusId!, ...(await itemForCasus(tx, ctx, toegang, input.casusId!)) };
    }
    const gepland = await planAgendapunt(tx, ctx, toegang, punt);
    if (!gepland) throw problems.conflict('Deze casus of aanmelding staat al op de agenda (van dit of een ander Actieoverleg).', 'al-op-agenda');
    await bumpOverleg(tx, overlegId);
    const overleg = await loadOverleg(tx, ctx, toegang);
    await appendAudit(tx, auditActor(ctx), {
      actie: 'toevoegen',
      objectType: 'agendapunt',
      objectId: gepland.agendapuntId,
      uitkomst: 'gelukt',
      doel: 'actieoverleg',
      details: { overlegId, casusId: punt.casusId, aanmeldingId: punt.aanmeldingId, soort: punt.soort, deelnemersToegevoegd: gepland.deelnemersToegevoegd },
    });
    return overleg;
  });
}
