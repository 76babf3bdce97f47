import type { Database } from '../platform/db/database';
import { createReeks } from '../actieoverleg/vergaderingen/create-reeks';
import { addLid } from '../actieoverleg/vergaderingen/add-lid';
import { planOverleg } from '../actieoverleg/vergaderingen/plan-overleg';
import type { LidSoort } from '../actieoverleg/vergaderingen/schemas';
import { demoContext } from './demo-casussen';

/**
 * The demo region's Actieoverleg, set up through the same use cases as real work: the weekly series (Thursday 13:30)
 * with fixed faces and mandate for Veilig Thuis Brabant-Noordoost, the police and the OM, the Raad voor de
 * Kinderbescherming and Reclassering Nederland on call, and the next meeting planned. The Oss referral stays waiting
 * for the chair's decision (the e2e tests decide on it), so the agenda starts empty.
 */
const LEDEN: { organisatie: string; soort: LidSoort; vertegenwoordiger: string; mandaat: string }[] = [
  {
    organisatie: 'Veilig Thuis Brabant-Noordoost',
    soort: 'vast',
    vertegenwoordiger: 'vt.medewerker',
    mandaat: 'Besluit namens Veilig Thuis over onderzoek, veiligheidsplan en de inzet van hulpverlening.',
  },
  {
    organisatie: 'Politie Oost-Brabant',
    soort: 'vast',
    vertegenwoordiger: 'politie.medewerker',
    mandaat: 'Besluit namens de politie over de inzet van de wijkagent, extra surveillance en de prioriteit van het onderzoek.',
  },
  {
    organisatie: 'OM Oost-Brabant',
    soort: 'vast',
    vertegenwoordiger: 'om.officier',
    mandaat: 'Officier van justitie huiselijk geweld: besluit over strafrechtelijke interventies en voorwaarden.',
  },
  { organisatie: 'Raad voor de Kinderbescherming', soort: 'op-afroep', vertegenwoordiger: 'rvdk.medewerker', mandaat: 'Raadsonderzoeker op afroep.' },
  { organisatie: 'Reclassering Nederland', soort: 'op-afroep', vertegenwoordiger: 'reclassering.medewerker', mandaat: 'Reclasseringswerker op afroep.' },
];

async function idOf(db: Database, sql: string, value: string): Promise<string> {
  const { rows } = await db.query<{ id: string }>(sql, [value]);
  if (!rows[0]) throw new Error(`demo data missing: ${value}`);
  return rows[0].id;
}

export async function loadDemoActieoverleg(db: Database): Promise<void> {
  const voorzitter = await demoContext(db, 'ao.voorzitter');
  const reeks = await createReeks(db, voorzitter, { weekdag: 4, begintijd: '13:30', duurMinuten: 180, locatie: 'Politiebureau Oss, vergaderzaal 2' });
  for (const lid of LEDEN) {
    await addLid(db, voorzitter, reeks.id, {
      organisatieId: await idOf(db, 'select id from organisaties where naam = $1', lid.organisatie),
      soort: lid.soort,
      vertegenwoordigerGebruikerId: await idOf(db, 'select id from gebruikers where gebruikersnaam = $1', lid.vertegenwoordiger),
      mandaat: lid.mandaat,
    });
  }
  await planOverleg(db, voorzitter, { reeksId: reeks.id });
}
