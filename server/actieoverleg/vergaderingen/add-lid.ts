import type { Database } from '../../platform/db/database';
import { problems } from '../../platform/http/problem';
import { appendAudit } from '../../audit/audit-log';
import { auditActor, type AccessContext } from '../../identity/access-context';
import { isActiveMember } from '../../cases/casussen.storage';
import { bumpReeks, findActiveOrganisation, findReeks, insertLid } from './reeksen.storage';
import { requireChair, requireReeksAccess } from './vergadering-access';
import { lidSoortenPerOrganisatieSoort, type LidInvoer, type Reeks } from './schemas';

/**
 * The chair adds a member to the series: an active organisation of the region, fixed (Veilig Thuis, politie, OM:
 * fixed faces with mandate) or on call (Raad voor de Kinderbescherming, reclassering), with the person who attends
 * for it. Other combinations are 400 naming the field.
 */
export async function addLid(db: Database, ctx: AccessContext, reeksId: string, input: LidInvoer): Promise<Reeks> {
  return db.transaction(async (tx) => {
    const toegang = await requireReeksAccess(tx, ctx, reeksId, { forUpdate: true });
    requireChair({ rol: toegang.voorzitter ? 'voorzitter' : 'vast-lid' });
    const organisatie = await findActiveOrganisation(tx, input.organisatieId);
    if (!organisatie) throw problems.invalidField('organisatieId', 'deze organisatie bestaat niet of is niet actief', 'onbekende-organisatie');
    if (organisatie.regioId !== toegang.regioId) throw problems.invalidField('organisatieId', 'deze organisatie hoort bij een andere regio', 'andere-regio');
    if (!lidSoortenPerOrganisatieSoort[input.soort].includes(organisatie.soort)) {
      const past = lidSoortenPerOrganisatieSoort.vast.includes(organisatie.soort) || lidSoortenPerOrganisatieSoort['op-afroep'].includes(organisatie.soort);
      if (!past) {
        throw problems.invalidField('organisatieId', 'het Actieoverleg kent als leden alleen Veilig Thuis, politie en OM (vast) en de Raad voor de Kinderbescherming en reclassering (op afroep)', 'geen-lid-soort');
      }
      throw problems.invalidField(
        'soort',
        input.soort === 'vast'
          ? 'de Raad voor de Kinderbescherming en de reclassering schuiven op afroep aan, niet als vaste deelnemer'
          : 'Veilig Thuis, politie en OM zijn vaste deelnemers met mandaat, niet op afroep',
        'verkeerde-lid-soort',
      );
    }
    const vertegenwoordiger = input.vertegenwoordigerGebruikerId ?? null;
    if (vertegenwoordiger && !(await isActiveMember(tx, vertegenwoordiger, input.organisatieId))) {
      throw problems.invalidField('vertegenwoordigerGebruikerId', 'de vertegenwoordiger moet voor deze organisatie werken', 'geen-lid');
    }
    const lidId = await insertLid(tx, { reeksId, organisatieId: input.organisatieId, soort: input.soort, vertegenwoordigerGebruikerId: vertegenwoordiger, mandaat: input.mandaat });
    if (!lidId) throw problems.conflict('Deze organisatie is al lid van deze reeks. Beëindig eerst het lidmaatschap om het te wijzigen.', 'al-lid');
    await bumpReeks(tx, reeksId);
    const reeks = (await findReeks(tx, reeksId))!;
    await appendAudit(tx, auditActor(ctx), {
      actie: 'toevoegen',
      objectType: 'actieoverleg-reeks',
      objectId: reeksId,
      uitkomst: 'gelukt',
      doel: 'actieoverleg',
      details: { lidId, organisatieId: input.organisatieId, soort: input.soort, vertegenwoordigerGebruikerId: vertegenwoordiger },
    });
    return reeks;
  });
}
