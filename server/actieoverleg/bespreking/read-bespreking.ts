import type { Database, Queryable } from '../../platform/db/database';
import { appendAudit } from '../../audit/audit-log';
import { auditActor, type AccessContext } from '../../identity/access-context';
import { requireAgendapuntAccess, type AgendapuntToegang } from '../vergaderingen/vergadering-access';
import { listAfsprakenOfAgendapunt, listOpenAgreementsOfEarlierMeetings } from '../afspraken/afspraken.storage';
import { listScenariosOfAgendapunt } from '../scenarios/scenarios.storage';
import { findBespreking } from './bespreking.storage';
import { mayRecord, ontbreektVoorAfronden } from './bespreking-rules';
import type { Bespreking } from './schemas';

/** The record of an item as the API shows it: the three steps, its agreements and scenarios, and what is still open. */
export async function besprekingView(tx: Queryable, punt: AgendapuntToegang, now: Date): Promise<Bespreking> {
  const rij = (await findBespreking(tx, punt.agendapuntId))!;
  const afspraken = await listAfsprakenOfAgendapunt(tx, punt.agendapuntId, now);
  const scenarios = await listScenariosOfAgendapunt(tx, punt.agendapuntId);
  const eerdere = await listOpenAgreementsOfEarlierMeetings(tx, rij.casusId, rij.overlegId, now);
  const openstaandeAfspraken = eerdere.map((afspraak) => ({
    afspraak,
    beoordeling: afspraak.beoordelingen.find((b) => b.overlegId === rij.overlegId) ?? null,
  }));
  return {
    agendapuntId: rij.id,
    overlegId: rij.overlegId,
    overlegStatus: punt.overlegStatus,
    casus: { id: rij.casusId, nummer: rij.casusNummer },
    aanmeldingId: rij.aanmeldingId,
    soort: rij.soort,
    status: rij.status,
    besprokenOp: rij.besprokenOp?.toISOString() ?? null,
    magVastleggen: punt.rol !== 'op-afroep' && mayRecord(punt.overlegStatus, rij.status),
    stap1: {
      grootsteZorg: rij.grootsteZorg,
      directeVeiligheid: rij.directeVeiligheid,
      gevaren: rij.gevaren,
      complicerendeFactoren: rij.complicerendeFactoren,
    },
    stap2: {
      samenhang: rij.samenhang,
      interventies: afspraken.filter((a) => a.soort === 'interventie'),
      scenarios,
    },
    stap3: {
      regie: { organisatie: rij.regieOrganisatie, gebruiker: rij.regieGebruiker, toelichting: rij.regieToelichting },
      monitoring: rij.monitoring,
      informatieBetrokkenen: rij.informatieBetrokkenen,
      teInformerenPartijen: rij.teInformerenPartijen,
      afspraken: afspraken.filter((a) => a.soort === 'monitoring' || a.soort === 'informeren-betrokkenen'),
    },
    overigeAfspraken: afspraken.filter((a) => a.soort === 'overig'),
    openstaandeAfspraken,
    ontbreektVoorAfronden: ontbreektVoorAfronden({
      grootsteZorg: rij.grootsteZorg,
      regieOrganisatieId: rij.regieOrganisatie?.id ?? null,
      openstaandeAfspraken: openstaandeAfspraken.map((o) => ({ afspraakId: o.afspraak.id, beoordeeld: o.beoordeling !== null || o.afspraak.status !== 'open' })),
    }),
    versie: rij.versie,
  };
}

/** The discussion of an item, for whoever may see the item (chair, fixed members, an on-call partner invited to it). */
export async function readBespreking(db: Database, ctx: AccessContext, agendapuntId: string): Promise<Bespreking> {
  return db.transaction(async (tx) => {
    const punt = await requireAgendapuntAccess(tx, ctx, agendapuntId);
    const bespreking = await besprekingView(tx, punt, new Date());
    await appendAudit(tx, auditActor(ctx), {
      actie: 'lezen',
      objectType: 'agendapunt',
      objectId: agendapuntId,
      uitkomst: 'gelukt',
      doel: 'actieoverleg',
      details: { casusId: punt.casusId, overlegId: punt.overlegId },
    });
    return bespreking;
  });
}
