import type { Database } from '../../platform/db/database';
import { problems } from '../../platform/http/problem';
import { appendAudit } from '../../audit/audit-log';
import { auditActor, type AccessContext } from '../../identity/access-context';
import { requirePermission } from '../../identity/access-policy';
import type { Inspanning, InspanningWijzigen } from './schemas';
import { leesEigenInspanning, wijzigInspanning } from './inspanningen.storage';
import { vereisGeldigeDatum } from './registreer-inspanning';

/** Changes a registration of the caller's own organisation (others' → 404); If-Match version required. */
export async function wijzigEigenInspanning(
  db: Database,
  ctx: AccessContext,
  id: string,
  verwachteVersie: number,
  wijziging: InspanningWijzigen,
): Promise<Inspanning> {
  requirePermission(ctx, 'inspanningen.registreren');
  if (wijziging.datum !== undefined) vereisGeldigeDatum(wijziging.datum);
  return db.transaction(async (tx) => {
    const huidig = await leesEigenInspanning(tx, id, ctx.organisatie.id, { forUpdate: true });
    if (!huidig) throw problems.notFound();
    if (huidig.versie !== verwachteVersie) throw problems.versionConflict(huidig.versie);
    await wijzigInspanning(tx, id, {
      verbeteractie: wijziging.verbeteractie ?? huidig.verbeteractie,
      soort: wijziging.soort ?? huidig.soort,
      datum: wijziging.datum ?? huidig.datum,
      uren: wijziging.uren !== undefined ? wijziging.uren : huidig.uren,
      deelnemers: wijziging.deelnemers !== undefined ? wijziging.deelnemers : huidig.deelnemers,
      werklast: wijziging.werklast !== undefined ? wijziging.werklast : huidig.werklast,
      omschrijving: wijziging.omschrijving ?? huidig.omschrijving,
    });
    await appendAudit(tx, auditActor(ctx), {
      actie: 'wijzigen',
      objectType: 'inspanning',
      objectId: id,
      uitkomst: 'gelukt',
      doel: 'kwaliteitsmonitoring',
      details: { velden: Object.keys(wijziging).filter((k) => wijziging[k as keyof InspanningWijzigen] !== undefined) },
    });
    return (await leesEigenInspanning(tx, id, ctx.organisatie.id))!;
  });
}
