import type { Database, Queryable } from '../../platform/db/database';
import { problems } from '../../platform/http/problem';
import { appendAudit } from '../../audit/audit-log';
import { auditActor, type AccessContext } from '../../identity/access-context';
import { requirePermission } from '../../identity/access-policy';
import type { OrganisatieSoort } from '../../organisations/schemas';
import { requireCasusAccess } from '../../cases/casus-access';
import { findTraject, isTrajectOrganisatie, readTraject, type TrajectRow } from './trajecten.storage';
import type { Traject } from '../schemas';

/** The partners who work an SSK track: Veilig Thuis, police, OM and the Raad voor de Kinderbescherming. */
import { sskPartnerSoorten } from '../schemas';

export function requireSskPartner(ctx: AccessContext): void {
  if (!sskPartnerSoorten.includes(ctx.organisatie.soort)) {
    throw problems.forbidden('Een traject strafbare kindermishandeling wordt gewerkt door Veilig Thuis, politie, OM of de Raad voor de Kinderbescherming.');
  }
}

/**
 * The track, if the caller may see it: on a casus through the casus check, an anonymous consultation through being
 * one of the consulted organisations. Anything else (another organisation, the medical expert) is 404.
 */
export async function requireTraject(tx: Queryable, ctx: AccessContext, id: string, options: { forUpdate?: boolean } = {}): Promise<TrajectRow> {
  requirePermission(ctx, 'casussen.werken');
  const traject = await findTraject(tx, id, options);
  if (!traject) throw problems.notFound();
  if (traject.casus_id) await requireCasusAccess(tx, ctx, traject.casus_id);
  else if (!(await isTrajectOrganisatie(tx, id, ctx.organisatie.id))) throw problems.notFound();
  return traject;
}

export function requireNietAfgesloten(traject: TrajectRow): void {
  if (traject.status === 'afgesloten') throw problems.conflict('Dit traject is afgesloten.', 'traject-afgesloten');
}

/**
 * One change to a track, the same steps every time: lock it, the access check (404), the version (409), not closed
 * (409), the change itself, the audit entry as the last step, the track as it is now.
 */
export async function wijzigTraject(
  db: Database,
  ctx: AccessContext,
  id: string,
  versie: number | null,
  handeling: string,
  werk: (tx: Queryable, traject: TrajectRow, now: Date) => Promise<Record<string, string | number | boolean | null>>,
): Promise<Traject> {
  return db.transaction(async (tx) => {
    const now = new Date();
    const traject = await requireTraject(tx, ctx, id, { forUpdate: true });
    if (versie !== null && traject.versie !== versie) throw problems.versionConflict(traject.versie);
    requireNietAfgesloten(traject);
    const details = await werk(tx, traject, now);
    const resultaat = await readTraject(tx, id);
    await appendAudit(tx, auditActor(ctx), {
      actie: 'wijzigen',
      objectType: 'ssk-traject',
      objectId: id,
      uitkomst: 'gelukt',
      doel: 'casusbehandeling',
      details: { casusId: resultaat.casus?.id ?? null, handeling, status: resultaat.status, ...details },
    });
    return resultaat;
  });
}

export const sskTaakSleutel = {
  triage: (trajectId: string, organisatieId: string) => `ssk-triage:${trajectId}:${organisatieId}`,
  stap: (stapId: string, versie: number) => `ssk-stap:${stapId}:${versie}`,
  medisch: (verzoekId: string) => `ssk-medisch:${verzoekId}`,
};
