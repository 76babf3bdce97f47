import type { Database } from '../platform/db/database';
import { findOrganisationByName } from '../organisations/organisations.storage';
import { zorgVoorSynthetischeRegio } from '../indicatoren/synthetisch/bulk';
import { laadSynthetischeData, laatsteJaren, type LaadResultaat } from '../indicatoren/synthetisch/laad-synthetische-data';
import type { SynthetischeRegio } from '../indicatoren/synthetisch/regios';
import { DEMO_REGION } from './demo-region';

/**
 * The demo's synthetic history for the indicator dashboard and report: Oost-Brabant (with the demo region's own
 * organisations as the actors) and two neighbouring synthetic regions, for the three previous calendar years and
 * this year to date, about 320 casussen a year in Oost-Brabant. The casussen have no participants, so they never
 * show in anyone's casus lists; they only feed the aggregates. Idempotent: region-years already there are skipped.
 */
export const DEMO_INDICATOREN_SCHAAL = 0.04;
export const DEMO_INDICATOREN_SEED = 'demo';

const BUREN = [
  { code: 'midden-en-west-brabant', naam: 'Midden- en West-Brabant', inwoners: 11.3 },
  { code: 'limburg-noord', naam: 'Limburg-Noord', inwoners: 5.2 },
];

async function demoRegio(db: Database): Promise<SynthetischeRegio | null> {
  const id = async (naam: string) => {
    const org = await findOrganisationByName(db, naam);
    if (!org) throw new Error(`demo organisation ${naam} is missing`);
    return org.id;
  };
  const { rows } = await db.query<{ id: string }>('select id from regios where code = $1', [DEMO_REGION.code]);
  if (!rows[0]) return null;
  return {
    id: rows[0].id,
    code: DEMO_REGION.code,
    naam: DEMO_REGION.naam,
    // Brabant-Noordoost and Brabant-Zuidoost together.
    inwoners: 14.3,
    organisaties: {
      veiligThuis: [await id('Veilig Thuis Brabant-Noordoost'), await id('Veilig Thuis Zuidoost-Brabant')],
      politie: await id('Politie Oost-Brabant'),
      om: await id('OM Oost-Brabant'),
      rvdk: await id('Raad voor de Kinderbescherming'),
      reclassering: [await id('Reclassering Nederland'), await id('Leger des Heils Jeugdbescherming & Reclassering'), await id('SVG')],
      gemeente: null,
      medischExpert: null,
    },
  };
}

export async function loadDemoIndicatoren(db: Database, nu = new Date()): Promise<LaadResultaat | null> {
  const oostBrabant = await demoRegio(db);
  if (!oostBrabant) return null;
  const buren: SynthetischeRegio[] = [];
  for (const def of BUREN) buren.push(await db.transaction((tx) => zorgVoorSynthetischeRegio(tx, def)));
  return laadSynthetischeData(db, {
    seed: DEMO_INDICATOREN_SEED,
    schaal: DEMO_INDICATOREN_SCHAAL,
    tot: nu,
    jaren: laatsteJaren(nu, 4),
    regios: [oostBrabant, ...buren],
    batch: 1000,
  });
}
