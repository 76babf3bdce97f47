import type { Database } from '../platform/db/database';
import { appendAudit } from '../audit/audit-log';
import { auditActor, type AccessContext } from '../identity/access-context';
import { requirePermission } from '../identity/access-policy';
import { regionOverview } from './aanmeldingen.storage';
import { countTabledWithoutAgenda, nextMeetingOfRegion } from './overzicht.storage';
import { listOverdueAgreementsOfRegion } from './afspraken/afspraken.storage';
import type { Overzicht } from './schemas';

/** 1 January of the current year in Dutch local time. */
export function startOfYear(at: Date = new Date()): Date {
  const year = Number(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', year: 'numeric' }).format(at));
  return new Date(`${year}-01-01T00:00:00+01:00`);
}

/**
 * The chair's overview of the region: referrals waiting for a decision (oldest first, with the repeat flag and the
 * criteria result), submitted referrals per referring organisation this year and in all, the repeats, the next
 * meeting's agenda, tabled referrals not yet on an agenda, and the region's overdue agreements (without their text:
 * what was agreed stays with the casus, behind its own access check).
 */
export async function readOverzicht(db: Database, ctx: AccessContext): Promise<Overzicht> {
  requirePermission(ctx, 'actieoverleg.voorzitten');
  return db.transaction(async (tx) => {
    const now = new Date();
    const regioId = ctx.organisatie.regioId;
    const verlopen = await listOverdueAgreementsOfRegion(tx, regioId, now);
    const overzicht: Overzicht = {
      ...(await regionOverview(tx, regioId, startOfYear(now))),
      volgendOverleg: await nextMeetingOfRegion(tx, regioId, now),
      nogTeAgenderen: await countTabledWithoutAgenda(tx, regioId),
      verlopenAfspraken: verlopen.map((a) => ({
        id: a.id,
        casus: a.casus,
        eigenaarOrganisatie: a.eigenaarOrganisatie,
        deadline: a.deadline,
        overlegBegintOp: a.overleg?.begintOp ?? null,
      })),
    };
    await appendAudit(tx, auditActor(ctx), {
      actie: 'lezen',
      objectType: 'aanmelding',
      objectId: null,
      uitkomst: 'gelukt',
      doel: 'actieoverleg',
      details: { regioId, wachtend: overzicht.wachtend.length, herhalingen: overzicht.herhalingen.length, verlopenAfspraken: verlopen.length },
    });
    return overzicht;
  });
}
