import type { Database, Queryable } from '../../platform/db/database';
import { appendAudit } from '../../audit/audit-log';
import { auditActor, type AccessContext } from '../../identity/access-context';
import { displayName } from '../../persons/person-references';
import { listScenariosOfCasus, listScenariosOfMelding } from '../../actieoverleg/scenarios/scenarios.storage';
import { listAfsprakenOfCasus } from '../../actieoverleg/afspraken/afspraken.storage';
import type { VtContact, ZsmScenario, ZsmZaakDetail } from './schemas';
import { requireZsmZaak, type ZsmToegang } from './zsm-access';
import { findZaakRij, listVtContacten, zaakPersonen, type VtContactRij } from './zsm-zaken.storage';
import { zaakViews } from './zaak-view';
import { leeftijdOp, minutenNaAanhouding } from './zaak-rules';

const iso = (d: Date | string) => new Date(d).toISOString();

export function vtContactView(r: VtContactRij, aangehoudenOp: Date): VtContact {
  return {
    id: r.id,
    op: iso(r.op),
    minutenNaAanhouding: minutenNaAanhouding(aangehoudenOp, new Date(r.op)),
    wijze: r.wijze,
    bereikt: r.bereikt,
    toelichting: r.toelichting,
    vtOrganisatie: r.vt_organisatie_id ? { id: r.vt_organisatie_id, naam: r.vt_organisatie_naam ?? '' } : null,
    doorOrganisatie: { id: r.door_organisatie_id, naam: r.door_organisatie_naam },
    doorGebruiker: r.door_gebruiker_id ? { id: r.door_gebruiker_id, naam: r.door_gebruiker_naam ?? '' } : null,
  };
}

async function deelnemer(tx: Queryable, casusId: string, organisatieId: string): Promise<boolean> {
  const { rows } = await tx.query('select 1 from casus_deelnemers where casus_id = $1 and organisatie_id = $2 and tot is null', [casusId, organisatieId]);
  return rows.length > 0;
}

/**
 * What the Actieoverleg agreed for these persons, for the top of the case: the scenarios this intake set in motion
 * (shown to everyone who handles the case, as for any melding), and — for organisations taking part in the casus —
 * the casus's other active scenarios and its open agreements.
 */
async function actieoverlegBovenaan(tx: Queryable, ctx: AccessContext, zaak: ZsmToegang, meldingId: string, now: Date) {
  const geraakt = await listScenariosOfMelding(tx, meldingId, ctx.organisatie.id);
  const scenarios: ZsmScenario[] = geraakt.map((s) => ({
    id: s.id,
    soort: s.soort,
    wat: s.wat,
    eigenaarOrganisatie: s.eigenaarOrganisatie,
    eigenaarGebruiker: s.eigenaarGebruiker,
    casus: s.casus,
    geactiveerdDoorDezeZaak: true,
  }));
  if (!(await deelnemer(tx, zaak.casusId, ctx.organisatie.id))) return { scenarios, afspraken: [] };
  const al = new Set(scenarios.map((s) => s.id));
  for (const s of await listScenariosOfCasus(tx, zaak.casusId)) {
    if (!s.actief || al.has(s.id)) continue;
    scenarios.push({ id: s.id, soort: s.soort, wat: s.wat, eigenaarOrganisatie: s.eigenaarOrganisatie, eigenaarGebruiker: s.eigenaarGebruiker, casus: s.casus, geactiveerdDoorDezeZaak: false });
  }
  const afspraken = (await listAfsprakenOfCasus(tx, zaak.casusId, now)).filter((a) => a.status === 'open');
  return { scenarios, afspraken };
}

/** One case as its board item plus victims and children (names and ages only), VT contact attempts and the Actieoverleg's agreements. */
export async function readZsmZaakIn(tx: Queryable, ctx: AccessContext, zaak: ZsmToegang, now: Date): Promise<ZsmZaakDetail> {
  const rij = (await findZaakRij(tx, zaak.zaakId))!;
  const [view] = await zaakViews(tx, [rij], now);
  const personen = await zaakPersonen(tx, rij.melding_id);
  const persoon = (p: (typeof personen)[number]) => ({
    id: p.id,
    naam: displayName(p),
    leeftijd: p.geboortedatum ? leeftijdOp(p.geboortedatum, zaak.aangehoudenOp) : null,
  });
  const bovenaan = await actieoverlegBovenaan(tx, ctx, zaak, rij.melding_id, now);
  return {
    ...view!,
    slachtoffers: personen.filter((p) => p.rol === 'slachtoffer').map(persoon),
    kinderen: personen.filter((p) => p.rol === 'kind').map(persoon),
    vtContacten: (await listVtContacten(tx, zaak.zaakId)).map((c) => vtContactView(c, zaak.aangehoudenOp)),
    scenarios: bovenaan.scenarios,
    afspraken: bovenaan.afspraken,
  };
}

export async function readZsmZaak(db: Database, ctx: AccessContext, zaakId: string, now: Date = new Date()): Promise<ZsmZaakDetail> {
  return db.transaction(async (tx) => {
    const zaak = await requireZsmZaak(tx, ctx, zaakId);
    const detail = await readZsmZaakIn(tx, ctx, zaak, now);
    await appendAudit(tx, auditActor(ctx), {
      actie: 'lezen',
      objectType: 'zsm-zaak',
      objectId: zaakId,
      uitkomst: 'gelukt',
      doel: 'casusbehandeling',
      details: { casusId: zaak.casusId, scenarios: detail.scenarios.length, afspraken: detail.afspraken.length },
    });
    return detail;
  });
}
