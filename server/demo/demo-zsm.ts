import type { Database } from '../platform/db/database';
import { createPerson } from '../persons/create-person';
import { createZsmZaak } from '../zsm/zaken/create-zsm-zaak';
import { vervangWeek } from '../zsm/bereikbaarheid/bereikbaarheid.storage';
import type { BereikbaarheidBlok } from '../zsm/bereikbaarheid/schemas';
import { demoContext } from './demo-casussen';

/**
 * ZSM in the demo region (seed 003 §4): how the two Veilig Thuis organisations are reachable at ZSM, and one running
 * case — a new family in Uden, the father arrested two hours before the demo loads, VT Brabant-Noordoost assigned but
 * its safety assessment not in yet. Entered through the same use case as the police at the screen. Persons invented.
 */
const DIENST = '0800-2000';

/** Office hours per weekday as given, the on-call service (bereikbaarheidsdienst) all other hours and the weekend. */
function week(kantoor: (weekdag: number) => Pick<BereikbaarheidBlok, 'wijze' | 'telefoon'>, toelichting: string): BereikbaarheidBlok[] {
  const dienst = (weekdag: number, van: string, tot: string): BereikbaarheidBlok => ({
    weekdag,
    van,
    tot,
    wijze: 'bereikbaarheidsdienst',
    telefoon: DIENST,
    toelichting: 'Bereikbaarheidsdienst Veilig Thuis (24/7)',
  });
  return [
    ...[1, 2, 3, 4, 5].flatMap((d) => [dienst(d, '00:00', '08:00'), { weekdag: d, van: '08:00', tot: '17:00', ...kantoor(d), toelichting }, dienst(d, '17:00', '24:00')]),
    dienst(6, '00:00', '24:00'),
    dienst(7, '00:00', '24:00'),
  ];
}

export const DEMO_BEREIKBAARHEID: Record<string, BereikbaarheidBlok[]> = {
  'Veilig Thuis Brabant-Noordoost': week(() => ({ wijze: 'telefonisch', telefoon: '073-000 00 01' }), 'ZSM-lijn Veilig Thuis Brabant-Noordoost'),
  'Veilig Thuis Zuidoost-Brabant': week(
    (d) => (d >= 3 ? { wijze: 'aan-tafel', telefoon: '040-000 00 02' } : { wijze: 'telefonisch', telefoon: '040-000 00 02' }),
    'Woensdag t/m vrijdag aan tafel op ZSM, maandag en dinsdag telefonisch',
  ),
};

async function organisationId(db: Database, naam: string): Promise<string> {
  const { rows } = await db.query<{ id: string }>('select id from organisaties where naam = $1', [naam]);
  if (!rows[0]) throw new Error(`demo organisation missing: ${naam}`);
  return rows[0].id;
}

export async function loadDemoZsm(db: Database, secretKey: Buffer): Promise<void> {
  for (const [naam, blokken] of Object.entries(DEMO_BEREIKBAARHEID)) {
    const id = await organisationId(db, naam);
    await db.transaction((tx) => vervangWeek(tx, id, blokken));
  }

  const politie = await demoContext(db, 'politie.medewerker');
  const person = (input: Parameters<typeof createPerson>[3]) => createPerson(db, politie, secretKey, input);
  // Family 3, Uden: the police arrest the father after a call from the mother; two children at home.
  const adres = { straat: 'Kerkstraat', huisnummer: '23', postcode: '5401 BD', woonplaats: 'Uden' };
  const linda = await person({ voornamen: 'Linda', achternaam: 'Hermans', geboortedatum: '1991-08-21', geslacht: 'vrouw', adressen: [adres] });
  const marco = await person({
    voornamen: 'Marco',
    achternaam: 'Hermans',
    geboortedatum: '1988-05-09',
    geslacht: 'man',
    adressen: [adres],
    relaties: [{ persoonId: linda.id, soort: 'partner' }],
  });
  const kind = (voornamen: string, geboortedatum: string, geslacht: 'man' | 'vrouw') =>
    person({
      voornamen,
      achternaam: 'Hermans',
      geboortedatum,
      geslacht,
      adressen: [adres],
      relaties: [
        { persoonId: linda.id, soort: 'ouder' },
        { persoonId: marco.id, soort: 'ouder' },
      ],
    });
  const noor = await kind('Noor', '2016-02-11', 'vrouw');
  const daan = await kind('Daan', '2019-10-30', 'man');
  await createZsmZaak(db, politie, {
    aangehoudenOp: new Date(Date.now() - 2 * 3_600_000).toISOString(),
    feit: 'Mishandeling van de partner (art. 300 jo. 304 Sr)',
    voorlopigeHechtenisMogelijk: true,
    huiselijkGeweld: true,
    exPartner: false,
    vtOrganisatieId: await organisationId(db, 'Veilig Thuis Brabant-Noordoost'),
    omschrijving: 'Aanhouding na melding van de vrouw: duwen en slaan in de woning, kinderen (10 en 6) thuis.',
    verdachte: { persoonId: marco.id },
    slachtoffers: [{ persoonId: linda.id }],
    kinderen: [{ persoonId: noor.id }, { persoonId: daan.id }],
  });
}
