import type { Database } from '../platform/db/database';
import type { AccessContext } from '../identity/access-context';
import type { Rol } from '../identity/schemas';
import type { OrganisatieSoort } from '../organisations/schemas';
import { createPerson } from '../persons/create-person';
import { createMelding } from '../meldingen/create-melding';
import { openCasus } from '../cases/open-casus';
import { addParticipant } from '../sharing/add-participant';
import { shareInformation } from '../sharing/share-information';
import { askBevraging } from '../bevraging/ask-bevraging';
import { answerBevraging } from '../bevraging/answer-bevraging';
import type { PersoonInvoer } from '../persons/schemas';
import { createAanmelding } from '../actieoverleg/create-aanmelding';
import { submitAanmelding } from '../actieoverleg/submit-aanmelding';

/**
 * Two demo families in Oost-Brabant, entered through the same use cases as real work, so their timelines, tasks
 * and audit entries are what a user would have produced: one family known to the police and Veilig Thuis
 * Brabant-Noordoost, asked about and answered; one at Veilig Thuis Zuidoost-Brabant, which the first cannot see.
 * All persons are invented.
 */
export async function demoContext(db: Database, gebruikersnaam: string): Promise<AccessContext> {
  const { rows } = await db.query<{
    id: string;
    naam: string;
    organisatie_id: string;
    organisatie_naam: string;
    soort: OrganisatieSoort;
    regio_id: string;
    rollen: Rol[];
  }>(
    `select g.id, g.naam, o.id as organisatie_id, o.naam as organisatie_naam, o.soort, o.regio_id, l.rollen
       from gebruikers g join lidmaatschappen l on l.gebruiker_id = g.id join organisaties o on o.id = l.organisatie_id
      where g.gebruikersnaam = $1 order by o.naam limit 1`,
    [gebruikersnaam],
  );
  const r = rows[0];
  if (!r) throw new Error(`demo account ${gebruikersnaam} missing`);
  return {
    requestId: 'demo-laden',
    sessieId: 'demo-laden',
    gebruiker: { id: r.id, gebruikersnaam, naam: r.naam },
    organisatie: { id: r.organisatie_id, naam: r.organisatie_naam, soort: r.soort, regioId: r.regio_id },
    rollen: r.rollen,
  };
}

async function organisationId(db: Database, naam: string): Promise<string> {
  const { rows } = await db.query<{ id: string }>('select id from organisaties where naam = $1', [naam]);
  return rows[0]!.id;
}

async function grondslagId(db: Database, code: string): Promise<string> {
  const { rows } = await db.query<{ id: string }>('select id from grondslagen where code = $1', [code]);
  if (!rows[0]) throw new Error(`grondslag ${code} missing from the register`);
  return rows[0].id;
}

const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000).toISOString();

export async function loadDemoCasussen(db: Database, secretKey: Buffer): Promise<void> {
  const politie = await demoContext(db, 'politie.medewerker');
  const vt = await demoContext(db, 'vt.medewerker');
  const vtzob = await demoContext(db, 'vtzob.medewerker');
  const person = (ctx: AccessContext, input: PersoonInvoer) => createPerson(db, ctx, secretKey, input);

  // Family 1, Oss: the police are called at night; the police report reaches Veilig Thuis the next morning.
  const adres = { straat: 'Molenstraat', huisnummer: '14', postcode: '5341 GE', woonplaats: 'Oss' };
  const mirjam = await person(politie, { voornamen: 'Mirjam', achternaam: 'Verbeek', geboortedatum: '1989-03-14', geslacht: 'vrouw', adressen: [adres] });
  const ronald = await person(politie, {
    voornamen: 'Ronald',
    tussenvoegsel: 'van',
    achternaam: 'Dongen',
    geboortedatum: '1986-11-02',
    geslacht: 'man',
    adressen: [adres],
    relaties: [{ persoonId: mirjam.id, soort: 'partner' }],
  });
  const sem = await person(politie, {
    voornamen: 'Sem',
    achternaam: 'van Dongen',
    geboortedatum: '2018-06-21',
    geslacht: 'man',
    adressen: [adres],
    relaties: [
      { persoonId: mirjam.id, soort: 'ouder' },
      { persoonId: ronald.id, soort: 'ouder' },
    ],
  });
  // The same incident, seen twice: the police's 112 report at night, and its zorgmelding at Veilig Thuis next morning.
  const incident = {
    incidentOp: hoursAgo(14),
    geweldsvormen: ['partnergeweld' as const],
    acuteOnveiligheid: false,
    wapens: false,
    kinderenAanwezig: true,
    verdachteAangehouden: false,
    vermoedenStrafbareKindermishandeling: false,
    personen: [
      { persoonId: mirjam.id, rol: 'slachtoffer' as const },
      { persoonId: ronald.id, rol: 'verdachte' as const },
      { persoonId: sem.id, rol: 'kind' as const },
    ],
  };
  await createMelding(db, politie, {
    ...incident,
    bron: '112-meldkamer',
    ontvangenOp: hoursAgo(13.8),
    omschrijving: 'Melding buren: ruzie en geschreeuw, vrouw met letsel aan de arm. Kind aanwezig in huis. Man was vertrokken bij aankomst.',
  });
  const zorgmelding = await createMelding(db, vt, {
    ...incident,
    bron: 'zorgmelding-politie',
    ontvangenOp: hoursAgo(3),
    omschrijving: 'Zorgmelding politie (CORV) na huiselijk geweld; zoon (8) was thuis.',
  });
  const casus = await openCasus(db, vt, {
    meldingIds: [zorgmelding.melding.id],
    personen: [],
    doel: 'Veiligheid van moeder en kind beoordelen en de aanpak met politie afstemmen.',
    grondslagId: await grondslagId(db, 'WMO-4.1.1'),
  });
  await addParticipant(db, vt, casus.id, {
    organisatieId: await organisationId(db, 'Politie Oost-Brabant'),
    doel: 'Politie-informatie inbrengen voor de veiligheidstaxatie en afstemmen over de aanpak.',
    grondslagId: await grondslagId(db, 'WPG-19'),
  });
  const bevraging = await askBevraging(db, vt, casus.id, {
    gevraagdeOrganisatieId: await organisationId(db, 'Politie Oost-Brabant'),
    doel: 'Is het gezin of het adres eerder bekend bij de politie, in verband met de veiligheidstaxatie?',
    vraag: 'Eerdere meldingen huiselijk geweld, wapens of andere zorgen op dit adres?',
    persoonIds: [mirjam.id, ronald.id],
  });
  await answerBevraging(db, politie, bevraging.id, bevraging.versie, {
    vlaggen: ['eerder-huiselijk-geweld'],
    antwoord: 'Twee eerdere meldingen van ruzie op dit adres in de afgelopen acht maanden; geen wapens bekend.',
  });
  await shareInformation(db, politie, casus.id, {
    categorie: 'registraties',
    vertrouwelijkheid: 'vertrouwelijk',
    zichtbaarVoor: null,
    titel: 'Eerdere registraties op het adres',
    inhoud: 'Twee registraties van huiselijke twist (maart en juli), beide zonder aangifte. Geen aanhoudingen.',
  });
  // Veilig Thuis refers the family to the Actieoverleg, so the chair (ao.voorzitter) has a referral waiting.
  const aanmelding = await createAanmelding(db, vt, {
    casusId: casus.id,
    omschrijving: 'Derde incident in acht maanden: moeder met letsel aan de arm na ruzie, zoon (8) was thuis. Vader was vertrokken bij aankomst van de politie.',
    krachten: 'Moeder zoekt hulp; de grootouders in Oss bieden opvang.',
    politieJustitie: 'Politie kwam ter plaatse na een melding van de buren; twee eerdere registraties zonder aangifte.',
    eerderBekend: 'Twee eerdere registraties van huiselijke twist op het adres (politie).',
    watMaaktHetMoeilijk: 'Vader ontkent het geweld en is niet in beeld; moeder twijfelt over aangifte.',
    betrokkenHulpverlening: 'Geen lopende hulpverlening.',
    vraag: 'Welke afspraken maken we over de directe veiligheid van moeder en Sem, en wie pakt vader aan nu hij het geweld ontkent?',
    vraagRelevantVoor: ['veilig-thuis', 'politie', 'openbaar-ministerie'],
    vraagGerichtOp: 'acties',
    inhoudelijkeFactoren: ['toename-geweld', 'ontkenning-geweld'],
    betrokkenenGeinformeerd: { geinformeerd: false, wanneer: 'Morgen, bij het huisbezoek voor de veiligheidstaxatie' },
  });
  await submitAanmelding(db, vt, aanmelding.id);

  // Family 2, Eindhoven: only Veilig Thuis Zuidoost-Brabant takes part.
  const eindhoven = { straat: 'Kruisstraat', huisnummer: '88', huisnummerToevoeging: 'B', postcode: '5612 CJ', woonplaats: 'Eindhoven' };
  const anouk = await person(vtzob, { voornamen: 'Anouk', achternaam: 'Hermans', geboortedatum: '1994-08-30', geslacht: 'vrouw', adressen: [eindhoven] });
  const dennis = await person(vtzob, { voornamen: 'Dennis', achternaam: 'Kuipers', geboortedatum: '1991-01-17', geslacht: 'man', relaties: [{ persoonId: anouk.id, soort: 'ex-partner' }] });
  const melding = await createMelding(db, vtzob, {
    bron: 'vt-melding-professional',
    ontvangenOp: hoursAgo(30),
    incidentOp: hoursAgo(50),
    geweldsvormen: ['ex-partnerstalking'],
    acuteOnveiligheid: false,
    wapens: false,
    kinderenAanwezig: false,
    verdachteAangehouden: false,
    vermoedenStrafbareKindermishandeling: false,
    omschrijving: 'Huisarts meldt: ex-partner staat herhaaldelijk bij de woning en stuurt dreigende berichten.',
    personen: [
      { persoonId: anouk.id, rol: 'slachtoffer' },
      { persoonId: dennis.id, rol: 'pleger' },
    ],
  });
  await openCasus(db, vtzob, {
    meldingIds: [melding.melding.id],
    personen: [],
    doel: 'Onderzoek naar de veiligheid van mevrouw na stalking door de ex-partner.',
    grondslagId: await grondslagId(db, 'WMO-4.1.1'),
  });
}
