import type { Database, Queryable } from '../platform/db/database';
import { ensureRegion, insertOrganisation } from '../organisations/organisations.storage';
import { hashPassword } from '../identity/password-hashing';
import { findUserByUsername, insertUser, upsertMembership } from '../identity/users.storage';
import { createPerson } from '../persons/create-person';
import { openCasus } from '../cases/open-casus';
import { insertContactpersoon } from '../kindermishandeling/contactpersonen/contactpersonen.storage';
import { openTraject } from '../kindermishandeling/trajecten/open-traject';
import { triageTraject } from '../kindermishandeling/trajecten/triage-traject';
import { createStap } from '../kindermishandeling/onderzoeksplan/create-stap';
import { createVerzoek } from '../kindermishandeling/medisch/create-verzoek';
import type { ContactpersoonInvoer } from '../kindermishandeling/schemas';
import { demoContext } from './demo-casussen';
import { DEMO_PASSWORD, DEMO_REGION } from './demo-region';

/**
 * Samenwerken bij strafbare kindermishandeling in the demo region (seed 003 §5): a forensic medical expert centre
 * (FMEK Zuid) with its doctor fmek.arts, the partners' contact persons (bureaudienst first), and one SSK track: the
 * school sees bruises on a four-year-old in Uden; Veilig Thuis opens the track, the OM triages, the partners plan their
 * steps (OM first, injury within 24 hours, suspect interview before the talk with the parents) and FMEK is asked to
 * examine the child. The plan waits for confirmation. Names and numbers invented.
 */
export const FMEK_NAAM = 'FMEK Zuid';
export const FMEK_ACCOUNT = { gebruikersnaam: 'fmek.arts', naam: 'dr. Hanneke Vermeulen' };

const CONTACTPERSONEN: { organisatie: string; items: Omit<ContactpersoonInvoer, 'volgorde' | 'email'>[] }[] = [
  {
    organisatie: 'Veilig Thuis Brabant-Noordoost',
    items: [
      { niveau: 'bureaudienst', naam: 'Bureaudienst Veilig Thuis', functie: '', telefoon: '0800-2000', altijdBereikbaar: true, bereikbaarheid: '24/7' },
      { niveau: 'contactpersoon', naam: 'Eva de Bruijn', functie: 'gedragswetenschapper', telefoon: '073-000 10 10', altijdBereikbaar: false, bereikbaarheid: 'ma-vr 9-17 uur' },
    ],
  },
  {
    organisatie: 'Veilig Thuis Zuidoost-Brabant',
    items: [
      { niveau: 'bureaudienst', naam: 'Bureaudienst Veilig Thuis', functie: '', telefoon: '0800-2000', altijdBereikbaar: true, bereikbaarheid: '24/7' },
      { niveau: 'contactpersoon', naam: 'Iris Claassen', functie: 'gedragswetenschapper', telefoon: '040-000 20 20', altijdBereikbaar: false, bereikbaarheid: 'ma-vr 9-17 uur' },
    ],
  },
  {
    organisatie: 'Politie Oost-Brabant',
    items: [
      { niveau: 'bureaudienst', naam: 'Bureaudienst recherche', functie: 'hulpofficier van justitie', telefoon: '088-000 30 30', altijdBereikbaar: true, bereikbaarheid: '24/7' },
      { niveau: 'contactpersoon', naam: 'Marco Schouten', functie: 'rechercheofficier zeden en kindermishandeling', telefoon: '088-000 30 31', altijdBereikbaar: false, bereikbaarheid: 'ma-vr 8-18 uur' },
    ],
  },
  {
    organisatie: 'OM Oost-Brabant',
    items: [
      { niveau: 'bureaudienst', naam: 'Piketofficier van justitie', functie: 'officier van justitie van dienst', telefoon: '088-000 40 40', altijdBereikbaar: true, bereikbaarheid: '24/7' },
      { niveau: 'contactpersoon', naam: 'mr. Pieter de Wit', functie: 'officier van justitie, portefeuille kindermishandeling', telefoon: '088-000 40 41', altijdBereikbaar: false, bereikbaarheid: 'ma-vr 9-17 uur' },
    ],
  },
  {
    organisatie: 'Raad voor de Kinderbescherming',
    items: [
      { niveau: 'bureaudienst', naam: 'Piketdienst Raad', functie: '', telefoon: '088-000 50 50', altijdBereikbaar: true, bereikbaarheid: 'buiten kantoortijd' },
      { niveau: 'contactpersoon', naam: 'Ahmed Yilmaz', functie: 'raadsonderzoeker', telefoon: '088-000 50 51', altijdBereikbaar: false, bereikbaarheid: 'ma-vr 9-17 uur' },
    ],
  },
];

async function organisationId(db: Queryable, naam: string): Promise<string> {
  const { rows } = await db.query<{ id: string }>('select id from organisaties where naam = $1', [naam]);
  if (!rows[0]) throw new Error(`demo organisation missing: ${naam}`);
  return rows[0].id;
}

const inUren = (now: Date, uren: number) => new Date(now.getTime() + uren * 3_600_000).toISOString();

export async function loadDemoKindermishandeling(db: Database, secretKey: Buffer, now: Date = new Date()): Promise<void> {
  // The medical expert centre and its doctor.
  const regio = await ensureRegion(db, DEMO_REGION.code, DEMO_REGION.naam);
  const { rows: experts } = await db.query<{ id: string }>(`select id from organisaties where regio_id = $1 and soort = 'medisch-expert' order by naam limit 1`, [regio.id]);
  const fmekId = experts[0]?.id ?? (await insertOrganisation(db, { naam: FMEK_NAAM, soort: 'medisch-expert', regioId: regio.id })).id;
  if (!(await findUserByUsername(db, FMEK_ACCOUNT.gebruikersnaam))) {
    const user = await insertUser(db, { ...FMEK_ACCOUNT, eMail: null, passwordHash: await hashPassword(DEMO_PASSWORD), demo: true });
    await upsertMembership(db, user.id, fmekId, ['medewerker']);
  }

  await db.transaction(async (tx) => {
    for (const { organisatie, items } of CONTACTPERSONEN) {
      const id = await organisationId(tx, organisatie);
      for (const [i, item] of items.entries()) await insertContactpersoon(tx, id, { ...item, volgorde: i + 1, email: null });
    }
  });

  // Family 3, Uden: the school sees bruises on Noah (4) and calls Veilig Thuis.
  const vt = await demoContext(db, 'vt.medewerker');
  const om = await demoContext(db, 'om.officier');
  const adres = { straat: 'Marktstraat', huisnummer: '7', postcode: '5401 AB', woonplaats: 'Uden' };
  const moeder = await createPerson(db, vt, secretKey, { voornamen: 'Sanne', achternaam: 'Willems', geboortedatum: '1995-02-11', geslacht: 'vrouw', adressen: [adres] });
  const vader = await createPerson(db, vt, secretKey, {
    voornamen: 'Kevin',
    achternaam: 'Willems',
    geboortedatum: '1993-09-04',
    geslacht: 'man',
    adressen: [adres],
    relaties: [{ persoonId: moeder.id, soort: 'partner' }],
  });
  const kind = await createPerson(db, vt, secretKey, {
    voornamen: 'Noah',
    achternaam: 'Willems',
    geboortedatum: new Date(Date.UTC(now.getUTCFullYear() - 4, 2, 18)).toISOString().slice(0, 10),
    geslacht: 'man',
    adressen: [adres],
    relaties: [
      { persoonId: moeder.id, soort: 'ouder' },
      { persoonId: vader.id, soort: 'ouder' },
    ],
  });
  const { rows: grondslag } = await db.query<{ id: string }>(`select id from grondslagen where code = 'SSK'`);
  const casus = await openCasus(db, vt, {
    personen: [
      { persoonId: kind.id, rol: 'kind' },
      { persoonId: moeder.id, rol: 'ouder' },
      { persoonId: vader.id, rol: 'ouder' },
    ],
    doel: 'Vermoeden van strafbare kindermishandeling: veiligheid van het kind en afstemming met politie en OM.',
    grondslagId: grondslag[0]!.id,
  });
  const traject = await openTraject(db, vt, casus.id, {
    consultatie: 'School meldt blauwe plekken op rug en bovenarmen van een vierjarige; de uitleg (gevallen van de trap) past volgens de leerkracht niet.',
  });
  const getriageerd = await triageTraject(db, om, traject.id, traject.versie, {
    directActieNodig: true,
    toelichting: 'Letsel is vers: vandaag forensisch laten onderzoeken; ouders nog niet confronteren.',
  });
  const politieId = await organisationId(db, 'Politie Oost-Brabant');
  const stappen = [
    { soort: 'om-afstemming' as const, eigenaarOrganisatieId: om.organisatie.id, geplandOp: inUren(now, 1), omschrijving: 'Wat Veilig Thuis met de ouders bespreekt, en wanneer' },
    { soort: 'medisch-letselonderzoek' as const, eigenaarOrganisatieId: fmekId, geplandOp: inUren(now, 4), omschrijving: 'Forensisch onderzoek van het letsel' },
    { soort: 'politie-verhoor-verdachte' as const, eigenaarOrganisatieId: politieId, geplandOp: inUren(now, 26), omschrijving: '' },
    { soort: 'vt-gesprek-ouders' as const, eigenaarOrganisatieId: vt.organisatie.id, geplandOp: inUren(now, 30), omschrijving: 'Na het verhoor: gesprek met moeder over veiligheid' },
  ];
  const stapIds: string[] = [];
  for (const stap of stappen) stapIds.push((await createStap(db, vt, getriageerd.id, stap)).id);
  await createVerzoek(db, vt, getriageerd.id, {
    expert: 'fmek',
    expertOrganisatieId: fmekId,
    persoonId: kind.id,
    stapId: stapIds[1]!,
    vraag: 'Past het letsel (blauwe plekken rug en bovenarmen) bij een val van de trap? Graag vandaag onderzoek.',
  });
}
