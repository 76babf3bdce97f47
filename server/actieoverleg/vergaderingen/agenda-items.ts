import type { Queryable } from '../../platform/db/database';
import type { AccessContext } from '../../identity/access-context';
import { actorOf } from '../../cases/melding-link';
import { recordEvent } from '../../timeline/timeline.storage';
import { createTask } from '../../tasks/tasks.storage';
import { ensureParticipants } from './meeting-participants';
import { fixedMemberOrganisationIds } from './vergadering-access';
import { insertAgendapunt, insertUitnodiging } from './vergaderingen.storage';

/** The steps shared by every way an item gets on an agenda or a partner gets invited to one. */

export interface OverlegRef {
  overlegId: string;
  reeksId: string;
  begintOp: Date;
}

/**
 * Puts a casus on a meeting's agenda (last): 'agendapunt-gepland' on its timeline, and the series' fixed members
 * take part in the casus from now on. Null when the casus (or the referral) is already on the agenda.
 */
export async function planAgendapunt(
  tx: Queryable,
  ctx: AccessContext,
  overleg: OverlegRef,
  punt: { casusId: string; aanmeldingId: string | null; soort: 'aanmelding' | 'vervolg' },
): Promise<{ agendapuntId: string; deelnemersToegevoegd: number } | null> {
  const agendapuntId = await insertAgendapunt(tx, { overlegId: overleg.overlegId, ...punt });
  if (!agendapuntId) return null;
  await recordEvent(tx, punt.casusId, actorOf(ctx), {
    soort: 'agendapunt-gepland',
    gegevens: { overlegId: overleg.overlegId, agendapuntId, agendapuntSoort: punt.soort, begintOp: overleg.begintOp.toISOString() },
  });
  const deelnemersToegevoegd = await ensureParticipants(tx, ctx, punt.casusId, await fixedMemberOrganisationIds(tx, overleg.reeksId));
  return { agendapuntId, deelnemersToegevoegd };
}

export const bijdrageTaakSleutel = (agendapuntId: string, organisatieId: string) => `bijdrage-actieoverleg:${agendapuntId}:${organisatieId}`;

/**
 * Invites an organisation to one item: it takes part in the casus, the timeline says so, and its inbox gets the
 * task to bring its contribution before the meeting starts. False when it was already invited.
 */
export async function inviteToAgendapunt(
  tx: Queryable,
  ctx: AccessContext,
  overleg: OverlegRef,
  punt: { agendapuntId: string; casusId: string },
  organisatieId: string,
): Promise<boolean> {
  if (!(await insertUitnodiging(tx, punt.agendapuntId, organisatieId, ctx.gebruiker.id))) return false;
  await ensureParticipants(tx, ctx, punt.casusId, [organisatieId]);
  await recordEvent(tx, punt.casusId, actorOf(ctx), {
    soort: 'partner-uitgenodigd',
    gegevens: { overlegId: overleg.overlegId, agendapuntId: punt.agendapuntId, organisatieId },
  });
  await createTask(tx, actorOf(ctx), {
    soort: 'bijdrage-actieoverleg',
    sleutel: bijdrageTaakSleutel(punt.agendapuntId, organisatieId),
    titel: 'Uitgenodigd voor het Actieoverleg: breng vooraf uw informatie in',
    casusId: punt.casusId,
    organisatieId,
    deadline: overleg.begintOp,
  });
  return true;
}
