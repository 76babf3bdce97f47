import type { Database } from '../../platform/db/database';
import { problems } from '../../platform/http/problem';
import { appendAudit } from '../../audit/audit-log';
import { auditActor, type AccessContext } from '../../identity/access-context';
import { requirePermission } from '../../identity/access-policy';
import { amsterdamDate } from '../../actieoverleg/afspraken/afspraak-rules';
import type { Inspanning, InspanningAanmaken } from './schemas';
import { controleerDatum } from './inspanning-rules';
import { leesEigenInspanning, voegInspanningToe } from './inspanningen.storage';

/** Refuses a date in the future or before the first reporting year (400 naming `datum`). */
export function vereisGeldigeDatum(datum: string): void {
  const fouten = controleerDatum(datum, amsterdamDate(new Date()));
  if (fouten.length > 0) throw problems.badRequest(`datum: ${fouten[0]!.reason}`, fouten);
}

/** Registers effort of the caller's organisation on an improvement action. */
export async function registreerInspanning(db: Database, ctx: AccessContext, invoer: InspanningAanmaken): Promise<Inspanning> {
  requirePermission(ctx, 'inspanningen.registreren');
  vereisGeldigeDatum(invoer.datum);
  return db.transaction(async (tx) => {
    const id = await voegInspanningToe(
      tx,
      { regioId: ctx.organisatie.regioId, organisatieId: ctx.organisatie.id, gebruikerId: ctx.gebruiker.id },
      {
        verbeteractie: invoer.verbeteractie,
        soort: invoer.soort,
        datum: invoer.datum,
        uren: invoer.uren ?? null,
        deelnemers: invoer.deelnemers ?? null,
        werklast: invoer.werklast ?? null,
        omschrijving: invoer.omschrijving ?? '',
      },
    );
    await appendAudit(tx, auditActor(ctx), {
      actie: 'aanmaken',
      objectType: 'inspanning',
      objectId: id,
      uitkomst: 'gelukt',
      doel: 'kwaliteitsmonitoring',
      details: { verbeteractie: invoer.verbeteractie, soort: invoer.soort },
    });
    return (await leesEigenInspanning(tx, id, ctx.organisatie.id))!;
  });
}
