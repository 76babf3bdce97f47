import { randomUUID } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestEnv,
  loginAs,
  makeOrganisation,
  makeOrganisationWithStaff,
  makeUser,
  TestClient,
  TEST_PASSWORD,
  type TestEnv,
  type TestUser,
} from '../testing/fixtures';
import type { Organisatie } from '../organisations/schemas';
import { rollen, type Rol } from '../identity/schemas';
import { expectProblem, fillPath, operationsOf, type Operation } from './openapi-operations';
import { leesCasusTijdlijn } from '../indicatoren/metingen/metingen.storage';
import { leercasusProfiel } from '../netwerk/leercasus-profiel';

/**
 * The authorisation matrix: every operation in the OpenAPI document against every kind of caller. The table
 * below classifies each operation; an operation that is not in it fails the test, so a new endpoint is only
 * accepted once someone has decided who may call it.
 */
type Access = 'publiek' | 'sessie' | 'actief' | 'koppeling';

interface Ids {
  /** A user of the caller's own organisation who is not the caller. */
  gebruikerId: string;
  organisatieId: string;
  /** Case objects of the organisation: a casus it takes part in, with everything in it. */
  casusId: string;
  persoonId: string;
  /** A second person of the organisation, the partner of the first, and their address and relation. */
  tweedePersoonId: string;
  adresId: string;
  relatieId: string;
  meldingId: string;
  deelnemerId: string;
  bevragingId: string;
  taakId: string;
  samenvoegingId: string;
  grondslagId: string;
  koppelingId: string;
  /** A draft referral to the Actieoverleg from the organisation's casus. */
  aanmeldingId: string;
  /** A police organisation that may be asked in a bevraging (not a participant). */
  gevraagdeOrganisatieId: string;
  /** The region's Actieoverleg (organisation A a fixed member): series, member, running meeting, item, agreement, scenario. */
  reeksId: string;
  lidId: string;
  overlegId: string;
  agendapuntId: string;
  afspraakId: string;
  scenarioId: string;
  /** An on-call partner invited to the item. */
  uitgenodigdeOrganisatieId: string;
  /** A running ZSM case of the region, domestic violence, assigned to organisation A (Veilig Thuis). */
  zsmZaakId: string;
  /** The police's acute contact with organisation A, a shift on A's roster, and a THV considered on A's casus. */
  acuutContactId: string;
  dienstId: string;
  thvId: string;
  checkinId: string;
  sskTrajectId: string;
  stapId: string;
  medischVerzoekId: string;
  contactpersoonId: string;
  /** The caller's region, its network's member (A's rnzs-lid), theme, meeting, learning and doubt case, and A's registered effort. */
  regioId: string;
  rnzsLidId: string;
  themaId: string;
  bijeenkomstId: string;
  leercasusId: string;
  twijfelcasusId: string;
  inspanningId: string;
}

interface Expectation {
  access: Access;
  /** Roles that may call it; 'alle' = every role of an established session. */
  roles: 'alle' | readonly Rol[];
  /** Objects of another organisation must be invisible: 404, never 403. */
  object?: boolean;
  /**
   * How a role it is not for is refused: 403 by default; 404 where the issue asks that a refused request does not
   * even reveal what it would have shown (the indicator drill-down to casussen).
   */
  weigering?: 403 | 404;
  /** Path parameter values (ids of the caller's own organisation). */
  params?: (ids: Ids) => Record<string, string>;
  /** A valid request, so that a refusal cannot be explained by validation. */
  valid?: (ids: Ids) => { body?: unknown; query?: string; headers?: Record<string, string> };
}

const BEHEERDER = ['functioneel-beheerder'] as const;
/** The Actieoverleg chair's pre-consult and overview. */
const VOORZITTER = ['voorzitter-actieoverleg'] as const;
/** Case work: never the analyst (aggregates only) nor the functional administrator. */
const CASUSWERK = ['medewerker', 'voorzitter-actieoverleg', 'officier-van-justitie'] as const;
const gebruikerParam = (ids: Ids) => ({ id: ids.gebruikerId });
const casusParam = (ids: Ids) => ({ id: ids.casusId });
const casusObject = { access: 'actief', roles: CASUSWERK, object: true, params: casusParam } as const;
const ifMatch = { 'if-match': '"1"' };
const reeksParam = (ids: Ids) => ({ id: ids.reeksId });
const overlegParam = (ids: Ids) => ({ id: ids.overlegId });
const agendapuntParam = (ids: Ids) => ({ id: ids.agendapuntId });
const afspraakParam = (ids: Ids) => ({ id: ids.afspraakId });
const zsmParam = (ids: Ids) => ({ id: ids.zsmZaakId });
const contactParam = (ids: Ids) => ({ id: ids.acuutContactId });
const thvParam = (ids: Ids) => ({ id: ids.thvId });
const checkinParam = (ids: Ids) => ({ id: ids.checkinId });
const sskParam = (ids: Ids) => ({ id: ids.sskTrajectId });
const sskObject = { access: 'actief', roles: CASUSWERK, object: true, params: sskParam } as const;
const verzoekParam = (ids: Ids) => ({ id: ids.medischVerzoekId });
const contactpersoonParam = (ids: Ids) => ({ id: ids.contactpersoonId });

/** Aggregated indicators, never a person (seed 003). */
const INDICATOREN = ['analist', 'rnzs-lid', 'voorzitter-actieoverleg'] as const;
const EVALUEREN = ['medewerker', 'voorzitter-actieoverleg', 'officier-van-justitie', 'rnzs-lid'] as const;
const INSPANNING = ['rnzs-lid', 'functioneel-beheerder'] as const;
const NETWERK = ['rnzs-lid'] as const;
const dit_jaar = () => new Date().getFullYear();
const periode = (ids: Ids) => `regioId=${ids.regioId}&van=2025-01-01&tot=2026-01-01`;
const netwerkObject = (id: (ids: Ids) => string) => ({ access: 'actief', roles: NETWERK, object: true, params: (ids: Ids) => ({ id: id(ids) }) }) as const;

const EXPECTATIONS: Record<string, Expectation> = {
  'GET /health/live': { access: 'publiek', roles: 'alle' },
  'GET /health/ready': { access: 'publiek', roles: 'alle' },
  'POST /api/v1/sessies': { access: 'publiek', roles: 'alle', valid: () => ({ body: { gebruikersnaam: 'iemand', wachtwoord: 'iets' } }) },
  'DELETE /api/v1/sessies': { access: 'sessie', roles: 'alle' },
  'GET /api/v1/sessies/huidig': { access: 'sessie', roles: 'alle' },
  'DELETE /api/v1/sessies/huidig': { access: 'sessie', roles: 'alle' },
  'PUT /api/v1/sessies/huidig/organisatie': { access: 'sessie', roles: 'alle', valid: (ids) => ({ body: { organisatieId: ids.organisatieId } }) },
  'POST /api/v1/sessies/huidig/tweede-factor': { access: 'sessie', roles: 'alle', valid: () => ({ body: {} }) },
  'POST /api/v1/sessies/huidig/tweede-factor/bevestiging': { access: 'sessie', roles: 'alle', valid: () => ({ body: { code: '123456' } }) },
  'PUT /api/v1/sessies/huidig/wachtwoord': {
    access: 'actief',
    roles: 'alle',
    valid: () => ({ body: { huidigWachtwoord: 'niet-het-goede', nieuwWachtwoord: 'Een-Heel-Nieuw-Wachtwoord-7' } }),
  },
  'GET /api/v1/gebruikers': { access: 'actief', roles: BEHEERDER },
  'POST /api/v1/gebruikers': {
    access: 'actief',
    roles: BEHEERDER,
    valid: () => ({ body: { gebruikersnaam: 'matrix-nieuw', naam: 'Nieuw', wachtwoord: 'Een-Heel-Nieuw-Wachtwoord-7', rollen: ['medewerker'] } }),
  },
  'GET /api/v1/gebruikers/{id}': { access: 'actief', roles: BEHEERDER, object: true, params: gebruikerParam },
  'PATCH /api/v1/gebruikers/{id}': {
    access: 'actief',
    roles: BEHEERDER,
    object: true,
    params: gebruikerParam,
    valid: () => ({ body: { naam: 'Overgenomen', actief: false }, headers: { 'if-match': '"1"' } }),
  },
  'POST /api/v1/gebruikers/{id}/tweede-factor-reset': { access: 'actief', roles: BEHEERDER, object: true, params: gebruikerParam, valid: () => ({ body: {} }) },
  'GET /api/v1/organisaties': { access: 'actief', roles: 'alle' },
  'GET /api/v1/organisaties/{id}': { access: 'actief', roles: 'alle', params: (ids) => ({ id: ids.organisatieId }) },
  'GET /api/v1/regios': { access: 'actief', roles: 'alle' },
  'GET /api/v1/audit-log': { access: 'actief', roles: BEHEERDER },

  // Persons: search before create, detail, addresses, relations, household
  'POST /api/v1/personen/zoekopdrachten': { access: 'actief', roles: CASUSWERK, valid: () => ({ body: { naam: 'Matrix Persoon' } }) },
  'POST /api/v1/personen': { access: 'actief', roles: CASUSWERK, valid: () => ({ body: { achternaam: 'Nieuwpersoon', geboortedatum: '1980-01-01' } }) },
  'GET /api/v1/personen/{id}': { access: 'actief', roles: CASUSWERK, object: true, params: (ids) => ({ id: ids.persoonId }) },
  'PATCH /api/v1/personen/{id}': { access: 'actief', roles: CASUSWERK, object: true, params: (ids) => ({ id: ids.persoonId }), valid: () => ({ body: { telefoon: '0612345678' }, headers: ifMatch }) },
  'POST /api/v1/personen/{id}/adressen': {
    access: 'actief',
    roles: CASUSWERK,
    object: true,
    params: (ids) => ({ id: ids.persoonId }),
    valid: () => ({ body: { straat: 'Kerkstraat', huisnummer: '1', postcode: '5211AB', woonplaats: "'s-Hertogenbosch" } }),
  },
  'PATCH /api/v1/personen/{id}/adressen/{adresId}': {
    access: 'actief',
    roles: CASUSWERK,
    object: true,
    params: (ids) => ({ id: ids.persoonId, adresId: ids.adresId }),
    valid: () => ({ body: { geldigTot: '2024-12-31' } }),
  },
  'POST /api/v1/personen/{id}/relaties': {
    access: 'actief',
    roles: CASUSWERK,
    object: true,
    params: (ids) => ({ id: ids.persoonId }),
    valid: (ids) => ({ body: { persoonId: ids.tweedePersoonId, soort: 'partner' } }),
  },
  'PATCH /api/v1/personen/{id}/relaties/{relatieId}': {
    access: 'actief',
    roles: CASUSWERK,
    object: true,
    params: (ids) => ({ id: ids.persoonId, relatieId: ids.relatieId }),
    valid: () => ({ body: { geldigTot: '2024-12-31' } }),
  },
  'GET /api/v1/personen/{id}/huishouden': { access: 'actief', roles: CASUSWERK, object: true, params: (ids) => ({ id: ids.persoonId }) },

  // Meldingen, intake by partner systems, merge proposals, machine credentials
  'POST /api/v1/meldingen': {
    access: 'actief',
    roles: CASUSWERK,
    valid: (ids) => ({ body: { bron: 'vt-melding-professional', geweldsvormen: ['partnergeweld'], personen: [{ persoonId: ids.persoonId, rol: 'slachtoffer' }] } }),
  },
  'GET /api/v1/meldingen': { access: 'actief', roles: CASUSWERK },
  'GET /api/v1/meldingen/{id}': { access: 'actief', roles: CASUSWERK, object: true, params: (ids) => ({ id: ids.meldingId }) },
  'GET /api/v1/meldingen/{id}/samenvoegvoorstellen': { access: 'actief', roles: CASUSWERK, object: true, params: (ids) => ({ id: ids.meldingId }) },
  'POST /api/v1/melding-samenvoegingen/{id}/samenvoeging': { access: 'actief', roles: CASUSWERK, object: true, params: (ids) => ({ id: ids.samenvoegingId }), valid: () => ({ body: {} }) },
  'POST /api/v1/melding-samenvoegingen/{id}/afwijzing': { access: 'actief', roles: CASUSWERK, object: true, params: (ids) => ({ id: ids.samenvoegingId }), valid: () => ({ body: {} }) },
  'POST /api/v1/melding-samenvoegingen/{id}/ongedaanmaking': { access: 'actief', roles: CASUSWERK, object: true, params: (ids) => ({ id: ids.samenvoegingId }), valid: () => ({ body: {} }) },
  'POST /api/v1/intake/meldingen': {
    access: 'koppeling',
    roles: 'alle',
    valid: () => ({ body: { bron: 'zorgmelding-politie', externBerichtId: 'matrix-1', geweldsvormen: ['partnergeweld'], personen: [{ rol: 'slachtoffer', achternaam: 'Matrix' }] } }),
  },
  'GET /api/v1/koppelingen': { access: 'actief', roles: BEHEERDER },
  'POST /api/v1/koppelingen': { access: 'actief', roles: BEHEERDER, valid: () => ({ body: { naam: 'Matrix-koppeling' } }) },
  'POST /api/v1/koppelingen/{id}/intrekking': { access: 'actief', roles: BEHEERDER, object: true, params: (ids) => ({ id: ids.koppelingId }), valid: () => ({ body: {} }) },

  // The casus, its participants with purpose, information, timeline and route map
  'POST /api/v1/casussen': {
    access: 'actief',
    roles: CASUSWERK,
    valid: (ids) => ({ body: { personen: [{ persoonId: ids.persoonId, rol: 'slachtoffer' }], doel: 'Veiligheid van het gezin beoordelen', grondslagId: ids.grondslagId } }),
  },
  'GET /api/v1/casussen': { access: 'actief', roles: CASUSWERK },
  'GET /api/v1/casussen/{id}': casusObject,
  'PATCH /api/v1/casussen/{id}': { ...casusObject, valid: () => ({ body: { status: 'gesloten' }, headers: ifMatch }) },
  'POST /api/v1/casussen/{id}/meldingen': { ...casusObject, valid: (ids) => ({ body: { meldingId: ids.meldingId } }) },
  'POST /api/v1/casussen/{id}/personen': { ...casusObject, valid: (ids) => ({ body: { persoonId: ids.persoonId, rol: 'getuige' } }) },
  'DELETE /api/v1/casussen/{id}/personen/{persoonId}': { ...casusObject, params: (ids) => ({ id: ids.casusId, persoonId: ids.persoonId }) },
  'GET /api/v1/casussen/{id}/tijdlijn': casusObject,
  'GET /api/v1/casussen/{id}/routeadvies': casusObject,
  'POST /api/v1/casussen/{id}/coordinatiemomenten': { ...casusObject, valid: () => ({ body: { momenten: ['actieoverleg'] } }) },
  'GET /api/v1/casussen/{id}/deelnemers': casusObject,
  'POST /api/v1/casussen/{id}/deelnemers': {
    ...casusObject,
    valid: (ids) => ({ body: { organisatieId: ids.gevraagdeOrganisatieId, doel: 'Politie-informatie inbrengen', grondslagId: ids.grondslagId } }),
  },
  'POST /api/v1/casussen/{id}/deelnemers/{deelnemerId}/vertrek': {
    ...casusObject,
    params: (ids) => ({ id: ids.casusId, deelnemerId: ids.deelnemerId }),
    valid: () => ({ body: { reden: 'Onze rol is klaar' } }),
  },
  'GET /api/v1/casussen/{id}/informatie': casusObject,
  'POST /api/v1/casussen/{id}/informatie': { ...casusObject, valid: () => ({ body: { categorie: 'eerdere-meldingen', titel: 'Eerdere melding', inhoud: 'Matrix' } }) },
  'GET /api/v1/grondslagen': { access: 'actief', roles: [...CASUSWERK, 'functioneel-beheerder'] },
  'POST /api/v1/grondslagen': { access: 'actief', roles: BEHEERDER, valid: () => ({ body: { code: 'MATRIX-1', naam: 'Matrixgrondslag', wettelijkeBasis: 'Testwet art. 1' } }) },
  // The register is national: every administrator maintains the same list, so it is no object of one organisation.
  'PATCH /api/v1/grondslagen/{id}': { access: 'actief', roles: BEHEERDER, params: (ids) => ({ id: ids.grondslagId }), valid: () => ({ body: { actief: false }, headers: ifMatch }) },

  // Bevraging and tasks
  'POST /api/v1/casussen/{id}/bevragingen': {
    ...casusObject,
    valid: (ids) => ({ body: { gevraagdeOrganisatieId: ids.gevraagdeOrganisatieId, doel: 'Is het gezin bekend bij de politie?', persoonIds: [ids.persoonId] } }),
  },
  'GET /api/v1/casussen/{id}/bevragingen': casusObject,
  'GET /api/v1/bevragingen': { access: 'actief', roles: CASUSWERK },
  'GET /api/v1/bevragingen/{id}': { access: 'actief', roles: CASUSWERK, object: true, params: (ids) => ({ id: ids.bevragingId }) },
  'POST /api/v1/bevragingen/{id}/antwoord': {
    access: 'actief',
    roles: CASUSWERK,
    object: true,
    params: (ids) => ({ id: ids.bevragingId }),
    valid: () => ({ body: { vlaggen: [], antwoord: 'Niet bekend' }, headers: ifMatch }),
  },
  'POST /api/v1/bevragingen/{id}/intrekking': {
    access: 'actief',
    roles: CASUSWERK,
    object: true,
    params: (ids) => ({ id: ids.bevragingId }),
    valid: () => ({ body: { reden: 'Verkeerde organisatie gevraagd' }, headers: ifMatch }),
  },
  'GET /api/v1/taken': { access: 'actief', roles: CASUSWERK },
  'GET /api/v1/casussen/{id}/taken': casusObject,
  'POST /api/v1/taken/{id}/afronding': { access: 'actief', roles: CASUSWERK, object: true, params: (ids) => ({ id: ids.taakId }), valid: () => ({ body: {}, headers: ifMatch }) },
  'PATCH /api/v1/taken/{id}': { access: 'actief', roles: CASUSWERK, object: true, params: (ids) => ({ id: ids.taakId }), valid: () => ({ body: { gebruikerId: null }, headers: ifMatch }) },

  // Actieoverleg: referrals, the chair's decision and overview
  'POST /api/v1/aanmeldingen': { access: 'actief', roles: CASUSWERK, valid: (ids) => ({ body: { casusId: ids.casusId, vraag: 'Welke afspraken maken we over de veiligheid?' } }) },
  'GET /api/v1/aanmeldingen': { access: 'actief', roles: CASUSWERK },
  'GET /api/v1/aanmeldingen/{id}': { access: 'actief', roles: CASUSWERK, object: true, params: (ids) => ({ id: ids.aanmeldingId }) },
  'PATCH /api/v1/aanmeldingen/{id}': {
    access: 'actief',
    roles: CASUSWERK,
    object: true,
    params: (ids) => ({ id: ids.aanmeldingId }),
    valid: () => ({ body: { krachten: 'Grootouders bieden opvang' }, headers: ifMatch }),
  },
  'POST /api/v1/aanmeldingen/{id}/indiening': { access: 'actief', roles: CASUSWERK, object: true, params: (ids) => ({ id: ids.aanmeldingId }), valid: () => ({ body: {} }) },
  // A chair of another region is the intruder here: chairs of the referral's own region may decide on it.
  'POST /api/v1/aanmeldingen/{id}/besluit': {
    access: 'actief',
    roles: VOORZITTER,
    object: true,
    params: (ids) => ({ id: ids.aanmeldingId }),
    valid: () => ({ body: { besluit: 'agenderen', reden: 'Samenloop straf en zorg, relevant voor alle drie' } }),
  },
  'GET /api/v1/actieoverleg/overzicht': { access: 'actief', roles: VOORZITTER },
  // The meetings: the series and planning are the chair's; what a meeting holds is for its members (404 for others).
  'GET /api/v1/actieoverleg-reeksen': { access: 'actief', roles: CASUSWERK },
  'POST /api/v1/actieoverleg-reeksen': { access: 'actief', roles: VOORZITTER, valid: () => ({ body: {} }) },
  'GET /api/v1/actieoverleg-reeksen/{id}': { access: 'actief', roles: CASUSWERK, object: true, params: reeksParam },
  'PATCH /api/v1/actieoverleg-reeksen/{id}': { access: 'actief', roles: VOORZITTER, object: true, params: reeksParam, valid: () => ({ body: { locatie: 'Elders' }, headers: ifMatch }) },
  'GET /api/v1/actieoverleg-reeksen/{id}/agenda.ics': { access: 'actief', roles: CASUSWERK, object: true, params: reeksParam },
  'GET /api/v1/actieoverleg-reeksen/{id}/medewerkers': { access: 'actief', roles: VOORZITTER, object: true, params: reeksParam, valid: (ids) => ({ query: `organisatieId=${ids.organisatieId}&vanaf=2099-01-01T00:00:00Z&tot=2099-01-08T00:00:00Z` }) },
  'POST /api/v1/actieoverleg-reeksen/{id}/leden': {
    access: 'actief',
    roles: VOORZITTER,
    object: true,
    params: reeksParam,
    valid: (ids) => ({ body: { organisatieId: ids.gevraagdeOrganisatieId, soort: 'vast', mandaat: 'Mandaat' } }),
  },
  'DELETE /api/v1/actieoverleg-reeksen/{id}/leden/{lidId}': { access: 'actief', roles: VOORZITTER, object: true, params: (ids) => ({ id: ids.reeksId, lidId: ids.lidId }) },
  'POST /api/v1/actieoverleggen': { access: 'actief', roles: VOORZITTER, valid: (ids) => ({ body: { reeksId: ids.reeksId } }) },
  'GET /api/v1/actieoverleggen': { access: 'actief', roles: CASUSWERK },
  'GET /api/v1/actieoverleggen/{id}': { access: 'actief', roles: CASUSWERK, object: true, params: overlegParam },
  'PATCH /api/v1/actieoverleggen/{id}': { access: 'actief', roles: VOORZITTER, object: true, params: overlegParam, valid: () => ({ body: { locatie: 'Elders' }, headers: ifMatch }) },
  'POST /api/v1/actieoverleggen/{id}/annuleren': { access: 'actief', roles: VOORZITTER, object: true, params: overlegParam, valid: () => ({ body: { reden: 'anders' } }) },
  'POST /api/v1/actieoverleggen/{id}/starten': { access: 'actief', roles: VOORZITTER, object: true, params: overlegParam, valid: () => ({ body: {} }) },
  'GET /api/v1/actieoverleggen/{id}/agenda.ics': { access: 'actief', roles: CASUSWERK, object: true, params: overlegParam },
  'GET /api/v1/actieoverleggen/{id}/medewerkers': { access: 'actief', roles: CASUSWERK, object: true, params: overlegParam },
  'PUT /api/v1/actieoverleggen/{id}/aanwezigheid': {
    access: 'actief',
    roles: VOORZITTER,
    object: true,
    params: overlegParam,
    valid: (ids) => ({ body: { deelnemers: [{ gebruikerId: ids.gebruikerId, status: 'aanwezig', metMandaat: true }] }, headers: ifMatch }),
  },
  'POST /api/v1/actieoverleggen/{id}/agenda/opstellen': { access: 'actief', roles: VOORZITTER, object: true, params: overlegParam, valid: () => ({ body: {} }) },
  'POST /api/v1/actieoverleggen/{id}/agendapunten': { access: 'actief', roles: VOORZITTER, object: true, params: overlegParam, valid: (ids) => ({ body: { casusId: ids.casusId } }) },
  'PUT /api/v1/actieoverleggen/{id}/agenda/volgorde': {
    access: 'actief',
    roles: VOORZITTER,
    object: true,
    params: overlegParam,
    valid: (ids) => ({ body: { agendapuntIds: [ids.agendapuntId] }, headers: ifMatch }),
  },
  'POST /api/v1/actieoverleggen/{id}/afronden': { access: 'actief', roles: VOORZITTER, object: true, params: overlegParam, valid: () => ({ body: {} }) },
  'GET /api/v1/actieoverleggen/{id}/notulen': { access: 'actief', roles: CASUSWERK, object: true, params: overlegParam },
  'GET /api/v1/actieoverleggen/{id}/notulen.pdf': { access: 'actief', roles: CASUSWERK, object: true, params: overlegParam },
  'GET /api/v1/notulen': { access: 'actief', roles: CASUSWERK },
  'POST /api/v1/agendapunten/{id}/doorschuiven': { access: 'actief', roles: VOORZITTER, object: true, params: agendapuntParam, valid: (ids) => ({ body: { overlegId: ids.overlegId } }) },
  'POST /api/v1/agendapunten/{id}/uitnodigingen': {
    access: 'actief',
    roles: VOORZITTER,
    object: true,
    params: agendapuntParam,
    valid: (ids) => ({ body: { organisatieId: ids.uitgenodigdeOrganisatieId } }),
  },
  'DELETE /api/v1/agendapunten/{id}/uitnodigingen/{organisatieId}': {
    access: 'actief',
    roles: VOORZITTER,
    object: true,
    params: (ids) => ({ id: ids.agendapuntId, organisatieId: ids.uitgenodigdeOrganisatieId }),
  },
  'PUT /api/v1/agendapunten/{id}/bijdragen/eigen': { access: 'actief', roles: CASUSWERK, object: true, params: agendapuntParam, valid: () => ({ body: { inhoud: 'Bijdrage', zichtbaarVoor: null } }) },
  // Recording the meeting: chair and fixed members (others at the meeting 403, outsiders 404).
  'GET /api/v1/agendapunten/{id}/bespreking': { access: 'actief', roles: CASUSWERK, object: true, params: agendapuntParam },
  'PATCH /api/v1/agendapunten/{id}/bespreking': { access: 'actief', roles: CASUSWERK, object: true, params: agendapuntParam, valid: () => ({ body: { grootsteZorg: 'Zorg' }, headers: ifMatch }) },
  'POST /api/v1/agendapunten/{id}/besproken': { access: 'actief', roles: CASUSWERK, object: true, params: agendapuntParam, valid: () => ({ body: {} }) },
  'POST /api/v1/agendapunten/{id}/afspraken': {
    access: 'actief',
    roles: CASUSWERK,
    object: true,
    params: agendapuntParam,
    valid: (ids) => ({ body: { wat: 'Contact opnemen', eigenaarOrganisatieId: ids.organisatieId, deadline: '2099-01-01' } }),
  },
  'POST /api/v1/agendapunten/{id}/scenarios': {
    access: 'actief',
    roles: CASUSWERK,
    object: true,
    params: agendapuntParam,
    valid: (ids) => ({ body: { soort: 'zsm', wat: 'Bij een volgend incident naar ZSM', eigenaarOrganisatieId: ids.organisatieId } }),
  },
  'GET /api/v1/casussen/{id}/afspraken': casusObject,
  'GET /api/v1/casussen/{id}/scenarios': casusObject,
  'GET /api/v1/afspraken': { access: 'actief', roles: CASUSWERK },
  'GET /api/v1/afspraken/{id}': { access: 'actief', roles: CASUSWERK, object: true, params: afspraakParam },
  'PATCH /api/v1/afspraken/{id}': { access: 'actief', roles: CASUSWERK, object: true, params: afspraakParam, valid: () => ({ body: { status: 'gedaan' }, headers: ifMatch }) },
  'POST /api/v1/afspraken/{id}/beoordelingen': {
    access: 'actief',
    roles: CASUSWERK,
    object: true,
    params: afspraakParam,
    valid: (ids) => ({ body: { overlegId: ids.overlegId, reden: 'loopt-nog', toelichting: 'Loopt' } }),
  },
  'POST /api/v1/scenarios/{id}/intrekken': { access: 'actief', roles: CASUSWERK, object: true, params: (ids) => ({ id: ids.scenarioId }), valid: () => ({ body: {} }) },
  'GET /api/v1/meldingen/{id}/scenarios': { access: 'actief', roles: CASUSWERK, object: true, params: (ids) => ({ id: ids.meldingId }) },

  // VT & ZSM: the board and a case for the ZSM partners and the case's Veilig Thuis (others 404); what each may do
  // within a case also depends on the kind of organisation (the use cases answer 403 for the wrong kind).
  'POST /api/v1/intake/zsm-zaken': {
    access: 'koppeling',
    roles: 'alle',
    valid: () => ({
      body: {
        externBerichtId: 'matrix-zsm-1',
        aangehoudenOp: new Date(Date.now() - 3_600_000).toISOString(),
        feit: 'Mishandeling',
        voorlopigeHechtenisMogelijk: true,
        verdachte: { achternaam: 'Matrix' },
        slachtoffers: [{ achternaam: 'Matrix' }],
      },
    }),
  },
  'POST /api/v1/zsm-zaken': {
    access: 'actief',
    roles: CASUSWERK,
    valid: (ids) => ({
      body: {
        aangehoudenOp: new Date(Date.now() - 3_600_000).toISOString(),
        feit: 'Mishandeling',
        voorlopigeHechtenisMogelijk: true,
        verdachte: { persoonId: ids.tweedePersoonId },
        slachtoffers: [{ persoonId: ids.persoonId }],
      },
    }),
  },
  'GET /api/v1/zsm-zaken': { access: 'actief', roles: CASUSWERK },
  'GET /api/v1/zsm-zaken/{id}': { access: 'actief', roles: CASUSWERK, object: true, params: zsmParam },
  'PATCH /api/v1/zsm-zaken/{id}': { access: 'actief', roles: CASUSWERK, object: true, params: zsmParam, valid: () => ({ body: { afdoeningsoverlegOp: null }, headers: ifMatch }) },
  'POST /api/v1/zsm-zaken/{id}/vt-contacten': { access: 'actief', roles: CASUSWERK, object: true, params: zsmParam, valid: () => ({ body: { wijze: 'telefonisch', bereikt: false } }) },
  'GET /api/v1/zsm-zaken/{id}/veiligheidsbeoordeling': { access: 'actief', roles: CASUSWERK, object: true, params: zsmParam },
  'PUT /api/v1/zsm-zaken/{id}/veiligheidsbeoordeling': {
    access: 'actief',
    roles: CASUSWERK,
    object: true,
    params: zsmParam,
    valid: () => ({ body: { acuutOnveilig: false, veiligheidsvoorwaardenNodig: false } }),
  },
  'GET /api/v1/zsm-zaken/{id}/adviezen': { access: 'actief', roles: CASUSWERK, object: true, params: zsmParam },
  'POST /api/v1/zsm-zaken/{id}/adviezen': { access: 'actief', roles: CASUSWERK, object: true, params: zsmParam, valid: () => ({ body: { soort: '3ro-advies', inhoud: 'Advies' } }) },
  'GET /api/v1/zsm-zaken/{id}/afdoeningsoverleg': { access: 'actief', roles: CASUSWERK, object: true, params: zsmParam },
  'PUT /api/v1/zsm-zaken/{id}/afdoeningsoverleg': { access: 'actief', roles: CASUSWERK, object: true, params: zsmParam, valid: () => ({ body: { vtDeelname: 'niet', gehouden: false } }) },
  'GET /api/v1/zsm-zaken/{id}/beslissing': { access: 'actief', roles: CASUSWERK, object: true, params: zsmParam },
  'POST /api/v1/zsm-zaken/{id}/beslissing': {
    access: 'actief',
    roles: ['officier-van-justitie'],
    object: true,
    params: zsmParam,
    valid: () => ({ body: { soort: 'dagvaarden', zonderVtInformatieReden: 'De beslissing kan niet wachten' } }),
  },
  'GET /api/v1/zsm-checklist': { access: 'actief', roles: 'alle' },
  // The shared catalogue of interventions (seed 002): no personal data.
  'GET /api/v1/interventies': { access: 'actief', roles: 'alle' },
  'GET /api/v1/interventies/{code}': { access: 'actief', roles: 'alle', params: () => ({ code: 'meldplicht' }) },
  'POST /api/v1/interventies': {
    access: 'actief',
    roles: BEHEERDER,
    valid: () => ({ body: { code: 'matrix-interventie', naam: 'Matrixinterventie', fase: ['acuut'], rechtsdomein: 'overig' } }),
  },
  // The same name again: a harmless change to a seeded entry.
  'PATCH /api/v1/interventies/{code}': {
    access: 'actief',
    roles: BEHEERDER,
    params: () => ({ code: 'noodalarm' }),
    valid: () => ({ body: { naam: 'Noodalarm (AWARE)' }, headers: ifMatch }),
  },

  // Samen op in Acuut: the roster is read by everyone at work in the region and kept by the organisation's own
  // administrator; a contact is seen by its police and its Veilig Thuis (and the casus participants); the THV through its casus.
  'GET /api/v1/acuut/bereikbaar-nu': { access: 'actief', roles: [...CASUSWERK, ...BEHEERDER] },
  'GET /api/v1/acuut/diensten': { access: 'actief', roles: [...CASUSWERK, ...BEHEERDER], valid: (ids) => ({ query: `organisatieId=${ids.organisatieId}&vanaf=2099-01-01T00:00:00Z&tot=2099-01-08T00:00:00Z` }) },
  'POST /api/v1/acuut/diensten': {
    access: 'actief',
    roles: BEHEERDER,
    valid: (ids) => ({
      body: { organisatieId: ids.organisatieId, dienst: 'bereikbaarheidsdienst', naam: 'Matrix', telefoon: '0800-2000', van: '2099-01-01T08:00:00Z', tot: '2099-01-01T17:00:00Z' },
    }),
  },
  'DELETE /api/v1/acuut/diensten/{id}': { access: 'actief', roles: BEHEERDER, object: true, params: (ids) => ({ id: ids.dienstId }) },
  'POST /api/v1/acuut/contacten': {
    access: 'actief',
    roles: CASUSWERK,
    valid: (ids) => ({ body: { clientId: 'matrix-contact', vtOrganisatieId: ids.organisatieId, gebeldOp: new Date(Date.now() - 60_000).toISOString(), wijze: 'telefonisch' } }),
  },
  'GET /api/v1/acuut/contacten': { access: 'actief', roles: CASUSWERK },
  'GET /api/v1/acuut/contacten/{id}': { access: 'actief', roles: CASUSWERK, object: true, params: contactParam },
  'PATCH /api/v1/acuut/contacten/{id}': { access: 'actief', roles: CASUSWERK, object: true, params: contactParam, valid: () => ({ body: { vtContactpersoon: 'A' }, headers: ifMatch }) },
  'PUT /api/v1/acuut/contacten/{id}/beoordeling': {
    access: 'actief',
    roles: CASUSWERK,
    object: true,
    params: contactParam,
    valid: () => ({ body: { acuutOnveilig: false, beoordeeldOp: new Date().toISOString() } }),
  },
  'POST /api/v1/acuut/contacten/{id}/opvolgmelding': { access: 'actief', roles: CASUSWERK, object: true, params: contactParam, valid: (ids) => ({ body: { meldingId: ids.meldingId } }) },
  'POST /api/v1/casussen/{id}/thv': { ...casusObject, valid: (ids) => ({ body: { uithuisgeplaatstePersoonId: ids.persoonId, vtGeraadpleegd: true } }) },
  'GET /api/v1/casussen/{id}/thv': casusObject,
  'GET /api/v1/thv/{id}': { access: 'actief', roles: CASUSWERK, object: true, params: thvParam },
  'POST /api/v1/thv/{id}/opleggen': {
    access: 'actief',
    roles: CASUSWERK,
    object: true,
    params: thvParam,
    valid: () => ({ body: { opgelegdOp: new Date().toISOString(), opgelegdDoor: 'J. de Vries' }, headers: ifMatch }),
  },
  'GET /api/v1/kindermishandeling/contactpersonen': { access: 'actief', roles: [...CASUSWERK, ...BEHEERDER] },
  'POST /api/v1/kindermishandeling/contactpersonen': {
    access: 'actief',
    roles: BEHEERDER,
    valid: () => ({ body: { niveau: 'bureaudienst', naam: 'Bureaudienst', telefoon: '0800-2000' } }),
  },
  'PATCH /api/v1/kindermishandeling/contactpersonen/{id}': {
    access: 'actief',
    roles: BEHEERDER,
    object: true,
    params: contactpersoonParam,
    valid: () => ({ body: { telefoon: '06-1' }, headers: ifMatch }),
  },
  'DELETE /api/v1/kindermishandeling/contactpersonen/{id}': { access: 'actief', roles: BEHEERDER, object: true, params: contactpersoonParam },
  'POST /api/v1/casussen/{id}/ssk': { ...casusObject, valid: () => ({ body: {} }) },
  'GET /api/v1/casussen/{id}/ssk': casusObject,
  'POST /api/v1/ssk': { access: 'actief', roles: CASUSWERK, valid: (ids) => ({ body: { consultatie: 'Feiten', partnerOrganisatieIds: [ids.gevraagdeOrganisatieId] } }) },
  'GET /api/v1/ssk': { access: 'actief', roles: CASUSWERK },
  'GET /api/v1/ssk/{id}': sskObject,
  'PUT /api/v1/ssk/{id}/triage': { ...sskObject, valid: () => ({ body: { directActieNodig: true, toelichting: 'x' }, headers: ifMatch }) },
  'POST /api/v1/ssk/{id}/omzetten': { ...sskObject, valid: (ids) => ({ body: { casusId: ids.casusId }, headers: ifMatch }) },
  'PUT /api/v1/ssk/{id}/keuze': { ...sskObject, valid: () => ({ body: { keuze: 'melding', reden: 'x' }, headers: ifMatch }) },
  'POST /api/v1/ssk/{id}/afsluiten': { ...sskObject, valid: () => ({ body: {}, headers: ifMatch }) },
  'GET /api/v1/ssk/{id}/onderzoeksplan': sskObject,
  'POST /api/v1/ssk/{id}/stappen': {
    ...sskObject,
    valid: (ids) => ({ body: { soort: 'overig', eigenaarOrganisatieId: ids.organisatieId, geplandOp: new Date(Date.now() + 3_600_000).toISOString() } }),
  },
  'PATCH /api/v1/ssk/{id}/stappen/{stapId}': {
    ...sskObject,
    params: (ids) => ({ id: ids.sskTrajectId, stapId: ids.stapId }),
    valid: () => ({ body: { omschrijving: 'x' }, headers: ifMatch }),
  },
  'POST /api/v1/ssk/{id}/onderzoeksplan/bevestigen': { ...sskObject, valid: () => ({ body: {} }) },
  'POST /api/v1/ssk/{id}/medische-verzoeken': {
    ...sskObject,
    valid: (ids) => ({ body: { expert: 'vertrouwensarts', expertOrganisatieId: ids.organisatieId, vraag: 'x' } }),
  },
  'GET /api/v1/ssk/{id}/medische-verzoeken': sskObject,
  'GET /api/v1/medische-verzoeken': { access: 'actief', roles: CASUSWERK },
  'GET /api/v1/medische-verzoeken/{id}': { access: 'actief', roles: CASUSWERK, object: true, params: verzoekParam },
  'PUT /api/v1/medische-verzoeken/{id}/uitkomst': {
    access: 'actief',
    roles: CASUSWERK,
    object: true,
    params: verzoekParam,
    valid: () => ({ body: { onderzochtOp: new Date().toISOString(), uitkomst: 'x', letselPastBijVerklaring: null }, headers: ifMatch }),
  },
  'GET /api/v1/casussen/{id}/veiligheidsplan': casusObject,
  'PUT /api/v1/casussen/{id}/veiligheidsplan': {
    ...casusObject,
    valid: (ids) => ({ body: { regieOrganisatieId: ids.organisatieId, inhoud: { directeVeiligheid: {}, stabieleVeiligheid: {}, duurzameVeiligheid: {} } }, headers: ifMatch }),
  },
  'POST /api/v1/casussen/{id}/veiligheidsplan/bevestigen': { ...casusObject, valid: () => ({ body: {}, headers: ifMatch }) },
  'GET /api/v1/casussen/{id}/veiligheidsplan/versies': casusObject,
  'GET /api/v1/casussen/{id}/veiligheidsplan/versies/{versie}': { ...casusObject, params: (ids) => ({ id: ids.casusId, versie: '1' }) },
  'GET /api/v1/casussen/{id}/veiligheidsplan/checkins': casusObject,
  'PUT /api/v1/veiligheidsplan-checkins/{id}': {
    access: 'actief',
    roles: CASUSWERK,
    object: true,
    params: checkinParam,
    valid: () => ({ body: { uitgevoerdOp: new Date().toISOString(), uitkomst: 'nageleefd' }, headers: ifMatch }),
  },
  'POST /api/v1/thv/{id}/afzien': { access: 'actief', roles: CASUSWERK, object: true, params: thvParam, valid: () => ({ body: { reden: 'Niet nodig' }, headers: ifMatch }) },
  'POST /api/v1/thv/{id}/adres': { access: 'actief', roles: CASUSWERK, object: true, params: thvParam, valid: () => ({ body: { verblijfadres: 'Matrixlaan 2' }, headers: ifMatch }) },
  'POST /api/v1/thv/{id}/verlengen': {
    access: 'actief',
    roles: CASUSWERK,
    object: true,
    params: thvParam,
    valid: () => ({ body: { nieuweEindeOp: new Date(Date.now() + 20 * 86_400_000).toISOString(), besluitOp: new Date().toISOString() }, headers: ifMatch }),
  },
  'POST /api/v1/thv/{id}/overtredingen': { access: 'actief', roles: CASUSWERK, object: true, params: thvParam, valid: () => ({ body: { op: new Date().toISOString() }, headers: ifMatch }) },
  'POST /api/v1/thv/{id}/beeindigen': { access: 'actief', roles: CASUSWERK, object: true, params: thvParam, valid: () => ({ body: {}, headers: ifMatch }) },
  'PUT /api/v1/zsm-checklist': { access: 'actief', roles: BEHEERDER, valid: () => ({ body: { punten: [{ tekst: 'Is Veilig Thuis gehoord?' }] } }) },
  'GET /api/v1/zsm-bereikbaarheid': { access: 'actief', roles: [...CASUSWERK, ...BEHEERDER] },
  'PUT /api/v1/zsm-bereikbaarheid/{vtOrganisatieId}': {
    access: 'actief',
    roles: BEHEERDER,
    object: true,
    params: (ids) => ({ vtOrganisatieId: ids.organisatieId }),
    valid: () => ({ body: { blokken: [] }, headers: ifMatch }),
  },

  // Indicators: aggregates for the analyst, the network and the chairs (any region, small numbers suppressed);
  // the drill-down only for who also works cases, in the own region, on casussen the organisation takes part in.
  'GET /api/v1/indicatoren': { access: 'actief', roles: INDICATOREN },
  'GET /api/v1/indicatoren/waarden': { access: 'actief', roles: INDICATOREN, valid: (ids) => ({ query: periode(ids) }) },
  'GET /api/v1/indicatoren/{id}/casussen': {
    access: 'actief',
    roles: ['voorzitter-actieoverleg'],
    weigering: 404,
    object: true,
    params: () => ({ id: 'samen-op-in-acuut.crisiscontacten' }),
    valid: (ids) => ({ query: periode(ids) }),
  },
  'GET /api/v1/indicatoren/rapport': { access: 'actief', roles: INDICATOREN, valid: (ids) => ({ query: `${periode(ids)}&formaat=csv` }) },
  'GET /api/v1/indicatoren/rapport-teksten': { access: 'actief', roles: INDICATOREN, valid: (ids) => ({ query: periode(ids) }) },
  'PUT /api/v1/indicatoren/rapport-teksten/{sectie}': {
    access: 'actief',
    roles: NETWERK,
    params: () => ({ sectie: 'inleiding' }),
    valid: (ids) => ({ query: periode(ids), body: { tekst: 'Matrixtekst' }, headers: { 'if-match': '"0"' } }),
  },
  // Evaluations: one's own answers only; the response counts as aggregates. Effort: per organisation, in the region.
  'GET /api/v1/evaluatie-vragen': { access: 'actief', roles: 'alle' },
  'GET /api/v1/evaluaties/mijn': { access: 'actief', roles: EVALUEREN, valid: () => ({ query: `jaar=${dit_jaar()}` }) },
  'GET /api/v1/evaluaties/mijn/{verbeteractie}': {
    access: 'actief',
    roles: EVALUEREN,
    params: () => ({ verbeteractie: 'actieoverleg' }),
    valid: () => ({ query: `jaar=${dit_jaar()}` }),
  },
  'PUT /api/v1/evaluaties/mijn/{verbeteractie}': {
    access: 'actief',
    roles: EVALUEREN,
    params: () => ({ verbeteractie: 'actieoverleg' }),
    valid: () => ({ query: `jaar=${dit_jaar()}`, body: { antwoorden: [{ vraag: 'actieoverleg.rapportcijfer', waarde: 8 }] }, headers: ifMatch }),
  },
  'GET /api/v1/evaluaties/voortgang': { access: 'actief', roles: INDICATOREN, valid: () => ({ query: `jaar=${dit_jaar()}` }) },
  'GET /api/v1/inspanningen': { access: 'actief', roles: INSPANNING, valid: () => ({ query: `jaar=${dit_jaar()}` }) },
  'POST /api/v1/inspanningen': { access: 'actief', roles: INSPANNING, valid: () => ({ body: { verbeteractie: 'actieoverleg', soort: 'training', datum: '2025-06-01' } }) },
  'PATCH /api/v1/inspanningen/{id}': {
    access: 'actief',
    roles: INSPANNING,
    object: true,
    params: (ids) => ({ id: ids.inspanningId }),
    valid: () => ({ body: { uren: 4 }, headers: ifMatch }),
  },
  'DELETE /api/v1/inspanningen/{id}': { access: 'actief', roles: INSPANNING, object: true, params: (ids) => ({ id: ids.inspanningId }), valid: () => ({ headers: ifMatch }) },
  // The regional network: its members' work, region by region; each organisation's administrator keeps its own members.
  'GET /api/v1/netwerk/leden': { access: 'actief', roles: [...NETWERK, ...BEHEERDER] },
  'GET /api/v1/netwerk/kandidaten': { access: 'actief', roles: BEHEERDER },
  'POST /api/v1/netwerk/leden': { access: 'actief', roles: BEHEERDER, valid: (ids) => ({ body: { gebruikerId: ids.gebruikerId, organisatieId: ids.organisatieId } }) },
  'PATCH /api/v1/netwerk/leden/{id}': {
    access: 'actief',
    roles: BEHEERDER,
    object: true,
    params: (ids) => ({ id: ids.rnzsLidId }),
    valid: () => ({ body: { voorzitter: true }, headers: ifMatch }),
  },
  'GET /api/v1/netwerk/themas': { access: 'actief', roles: NETWERK },
  'POST /api/v1/netwerk/themas': { access: 'actief', roles: NETWERK, valid: () => ({ body: { naam: 'Matrix-ouderenmishandeling' } }) },
  'GET /api/v1/netwerk/themas/{id}': netwerkObject((ids) => ids.themaId),
  'PATCH /api/v1/netwerk/themas/{id}': { ...netwerkObject((ids) => ids.themaId), valid: () => ({ body: { actief: false }, headers: ifMatch }) },
  'GET /api/v1/netwerk/werkplannen/{jaar}': { access: 'actief', roles: NETWERK, params: () => ({ jaar: String(dit_jaar()) }) },
  'PUT /api/v1/netwerk/werkplannen/{jaar}': {
    access: 'actief',
    roles: NETWERK,
    params: () => ({ jaar: String(dit_jaar()) }),
    valid: () => ({ body: { themas: [] }, headers: { 'if-match': '"0"' } }),
  },
  'POST /api/v1/netwerk/werkplannen/{jaar}/vaststellen': {
    access: 'actief',
    roles: NETWERK,
    params: () => ({ jaar: String(dit_jaar()) }),
    valid: () => ({ body: {}, headers: ifMatch }),
  },
  'GET /api/v1/netwerk/bijeenkomsten': { access: 'actief', roles: NETWERK, valid: () => ({ query: `jaar=${dit_jaar()}` }) },
  'POST /api/v1/netwerk/bijeenkomsten': { access: 'actief', roles: NETWERK, valid: () => ({ body: { begintOp: `${dit_jaar()}-03-12T14:00:00+01:00` } }) },
  'GET /api/v1/netwerk/bijeenkomsten/{id}': netwerkObject((ids) => ids.bijeenkomstId),
  'PATCH /api/v1/netwerk/bijeenkomsten/{id}': { ...netwerkObject((ids) => ids.bijeenkomstId), valid: () => ({ body: { notulen: 'Matrix' }, headers: ifMatch }) },
  'GET /api/v1/netwerk/leercasussen': { access: 'actief', roles: NETWERK },
  'POST /api/v1/netwerk/leercasussen': { access: 'actief', roles: NETWERK, valid: () => ({ body: { casusnummer: 'C-2026-000001', titel: 'Matrix' } }) },
  'GET /api/v1/netwerk/leercasussen/{id}': netwerkObject((ids) => ids.leercasusId),
  'PATCH /api/v1/netwerk/leercasussen/{id}': { ...netwerkObject((ids) => ids.leercasusId), valid: () => ({ body: { lessen: 'Matrix' }, headers: ifMatch }) },
  'GET /api/v1/netwerk/twijfelcasussen': { access: 'actief', roles: NETWERK },
  'POST /api/v1/netwerk/twijfelcasussen': { access: 'actief', roles: NETWERK, valid: () => ({ body: { vraag: 'Wanneer is het Actieoverleg nodig?' } }) },
  'GET /api/v1/netwerk/twijfelcasussen/{id}': netwerkObject((ids) => ids.twijfelcasusId),
  'PATCH /api/v1/netwerk/twijfelcasussen/{id}': {
    ...netwerkObject((ids) => ids.twijfelcasusId),
    valid: () => ({ body: { status: 'norm-gevonden', norm: 'Matrix' }, headers: ifMatch }),
  },
  'GET /api/v1/netwerk/zelfevaluatie': { access: 'actief', roles: NETWERK, valid: () => ({ query: `jaar=${dit_jaar()}` }) },
};

let env: TestEnv;
let operations: Operation[];
let orgA: { organisatie: Organisatie; staff: Record<Rol, TestUser> };
let orgB: { organisatie: Organisatie; staff: Record<Rol, TestUser> };
/** Objects of organisation A that other callers try to reach. */
let victimA: TestUser;
let victimB: TestUser;
let idsA: Ids;
let matrixHouse = 0;
let idsB: Ids;

beforeAll(async () => {
  env = await createTestEnv();
  operations = operationsOf(env.app);
  orgA = await makeOrganisationWithStaff(env, 'veilig-thuis');
  // Two Veilig Thuis organisations of one region, like Brabant-Noordoost and Zuidoost-Brabant: they do not see each other's cases.
  orgB = await makeOrganisationWithStaff(env, 'veilig-thuis');
  // The victim has a confirmed second factor, so a reset would be visible (tweedeFactorIngericht → false).
  victimA = await makeUser(env, { lidmaatschappen: [{ organisatie: orgA.organisatie, rollen: ['medewerker'] }], totp: true });
  victimB = await makeUser(env, { lidmaatschappen: [{ organisatie: orgB.organisatie, rollen: ['medewerker'] }], demo: true, totp: false });
  const gevraagd = await makeOrganisation(env, { soort: 'politie' });
  const casusA = await caseObjectsOf(orgA);
  const casusB = await caseObjectsOf(orgB);
  // One series per region: organisation A is its fixed member, B (same region) is not; the ids are A's.
  const meeting = await meetingObjectsOf(orgA, casusA.casusId);
  const zsmZaakId = await zsmCaseFor(orgA.organisatie.id);
  const acuut = await acuteObjectsOf(orgA, casusA);
  const checkinId = await safetyPlanCheckinOf(orgA, casusA.casusId);
  const ssk = await childAbuseObjectsOf(orgA, casusA.casusId);
  const netwerk = await networkObjectsOf(orgA, casusA.casusId);
  idsA = { gebruikerId: victimA.id, organisatieId: orgA.organisatie.id, gevraagdeOrganisatieId: gevraagd.id, ...casusA, ...meeting, zsmZaakId, ...acuut, checkinId, ...ssk, ...netwerk };
  idsB = { gebruikerId: victimB.id, organisatieId: orgB.organisatie.id, gevraagdeOrganisatieId: gevraagd.id, ...casusB, ...meeting, zsmZaakId, ...acuut, checkinId, ...ssk, ...netwerk };

  /**
   * The region's network with A's rnzs-lid as member (added by A's administrator), a theme, a meeting, a doubt case,
   * a learning case from A's casus, A's registered effort, and an evaluation by each of A's staff who evaluate.
   */
  async function networkObjectsOf(org: { organisatie: Organisatie; staff: Record<Rol, TestUser> }, casusId: string) {
    const ok = <T>(response: LightMyRequestResponse, status: number): T => {
      expect(response.statusCode, response.body.slice(0, 300)).toBe(status);
      return response.json() as T;
    };
    const admin = await loginAs(env, org.staff['functioneel-beheerder']);
    const lid = await loginAs(env, org.staff['rnzs-lid']);
    const rnzsLid = ok<{ id: string }>(await admin.post('/api/v1/netwerk/leden', { gebruikerId: org.staff['rnzs-lid'].id, organisatieId: org.organisatie.id }), 201);
    const thema = ok<{ id: string }>(await lid.post('/api/v1/netwerk/themas', { naam: 'Matrix-thema' }), 201);
    const bijeenkomst = ok<{ id: string }>(await lid.post('/api/v1/netwerk/bijeenkomsten', { begintOp: `${dit_jaar()}-02-12T14:00:00+01:00` }), 201);
    const twijfelcasus = ok<{ id: string }>(await lid.post('/api/v1/netwerk/twijfelcasussen', { vraag: 'Matrix-twijfel?' }), 201);
    const inspanning = ok<{ id: string }>(await lid.post('/api/v1/inspanningen', { verbeteractie: 'actieoverleg', soort: 'training', datum: '2025-06-01' }), 201);
    const tijdlijn = await leesCasusTijdlijn(env.db, casusId);
    const leercasus = await env.db.query<{ id: string }>(
      `insert into rnzs_leercasussen (regio_id, bron_casus_id, titel, profiel, aangedragen_door) values ($1, $2, 'Matrix-leercasus', $3, $4) returning id`,
      [org.organisatie.regio.id, casusId, JSON.stringify(leercasusProfiel(tijdlijn!, () => 'veilig-thuis')), org.staff['rnzs-lid'].id],
    );
    for (const rol of ['medewerker', 'voorzitter-actieoverleg', 'officier-van-justitie', 'rnzs-lid'] as const) {
      const evaluator = await loginAs(env, org.staff[rol]);
      ok(await evaluator.put(`/api/v1/evaluaties/mijn/actieoverleg?jaar=${dit_jaar()}`, { antwoorden: [{ vraag: 'actieoverleg.rapportcijfer', waarde: 7 }] }), 201);
    }
    return {
      regioId: org.organisatie.regio.id,
      rnzsLidId: rnzsLid.id,
      themaId: thema.id,
      bijeenkomstId: bijeenkomst.id,
      leercasusId: leercasus.rows[0]!.id,
      twijfelcasusId: twijfelcasus.id,
      inspanningId: inspanning.id,
    };
  }

  /** A opens an SSK track on its casus with one research step and a request to its own vertrouwensarts; A's administrator lists a contact person. */
  async function childAbuseObjectsOf(org: { organisatie: Organisatie; staff: Record<Rol, TestUser> }, casusId: string) {
    const ok = <T>(response: LightMyRequestResponse, status: number): T => {
      expect(response.statusCode, response.body.slice(0, 300)).toBe(status);
      return response.json() as T;
    };
    const worker = await loginAs(env, org.staff.medewerker);
    const admin = await loginAs(env, org.staff['functioneel-beheerder']);
    const contactpersoon = ok<{ id: string }>(await admin.post('/api/v1/kindermishandeling/contactpersonen', { niveau: 'bureaudienst', naam: 'Matrix-bureaudienst', telefoon: '0800-2000' }), 201);
    const traject = ok<{ id: string }>(await worker.post(`/api/v1/casussen/${casusId}/ssk`, {}), 201);
    const stap = ok<{ id: string }>(
      await worker.post(`/api/v1/ssk/${traject.id}/stappen`, { soort: 'overig', eigenaarOrganisatieId: org.organisatie.id, geplandOp: new Date(Date.now() + 7_200_000).toISOString() }),
      201,
    );
    const verzoek = ok<{ id: string }>(
      await worker.post(`/api/v1/ssk/${traject.id}/medische-verzoeken`, { expert: 'vertrouwensarts', expertOrganisatieId: org.organisatie.id, vraag: 'Past het letsel bij de verklaring?' }),
      201,
    );
    return { sskTrajectId: traject.id, stapId: stap.id, medischVerzoekId: verzoek.id, contactpersoonId: contactpersoon.id };
  }

  /** A's casus gets a safety plan (A holds the regie) with one safety condition, so it has a planned check-in. */
  async function safetyPlanCheckinOf(org: { organisatie: Organisatie; staff: Record<Rol, TestUser> }, casusId: string): Promise<string> {
    const worker = await loginAs(env, org.staff.medewerker);
    const voorwaarde = { id: randomUUID(), omschrijving: 'Geen contact met de moeder', monitoringOp: '2030-01-01' };
    const plan = await worker.put(`/api/v1/casussen/${casusId}/veiligheidsplan`, {
      regieOrganisatieId: org.organisatie.id,
      inhoud: {
        directeVeiligheid: { onveiligeSituaties: [{ id: randomUUID(), omschrijving: 'Matrixsituatie', voorwaarden: [voorwaarde] }] },
        stabieleVeiligheid: {},
        duurzameVeiligheid: {},
      },
    });
    expect(plan.statusCode, plan.body.slice(0, 300)).toBe(201);
    const checkins = await worker.get(`/api/v1/casussen/${casusId}/veiligheidsplan/checkins`);
    expect(checkins.statusCode, checkins.body.slice(0, 300)).toBe(200);
    return (checkins.json().checkins as { id: string }[])[0]!.id;
  }

  /** The police call organisation A (Veilig Thuis) about A's casus, A's roster has a shift, and the police consider a THV there. */
  async function acuteObjectsOf(org: { organisatie: Organisatie; staff: Record<Rol, TestUser> }, casus: { casusId: string; persoonId: string; grondslagId: string }) {
    const ok = <T>(response: LightMyRequestResponse, status: number): T => {
      expect(response.statusCode, response.body.slice(0, 300)).toBe(status);
      return response.json() as T;
    };
    const agent = await loginAs(env, await makeUser(env, { lidmaatschappen: [{ organisatie: gevraagd, rollen: ['medewerker'] }], demo: true, totp: false }));
    const worker = await loginAs(env, org.staff.medewerker);
    const admin = await loginAs(env, org.staff['functioneel-beheerder']);
    ok(await worker.post(`/api/v1/casussen/${casus.casusId}/deelnemers`, { organisatieId: gevraagd.id, doel: 'Samen op in Acuut: gezamenlijke veiligheidsbeoordeling', grondslagId: casus.grondslagId }), 201);
    const contact = ok<{ id: string }>(
      await agent.post('/api/v1/acuut/contacten', {
        clientId: 'matrix-acuut-1',
        vtOrganisatieId: org.organisatie.id,
        gebeldOp: new Date(Date.now() - 600_000).toISOString(),
        wijze: 'telefonisch',
        casusId: casus.casusId,
      }),
      201,
    );
    const dienst = ok<{ id: string }>(
      await admin.post('/api/v1/acuut/diensten', {
        organisatieId: org.organisatie.id,
        dienst: 'bereikbaarheidsdienst',
        naam: 'Matrix-dienst',
        telefoon: '0800-2000',
        van: new Date(Date.now() - 3_600_000).toISOString(),
        tot: new Date(Date.now() + 3_600_000).toISOString(),
      }),
      201,
    );
    const thv = ok<{ id: string }>(await agent.post(`/api/v1/casussen/${casus.casusId}/thv`, { uithuisgeplaatstePersoonId: casus.persoonId, vtGeraadpleegd: true }), 201);
    return { acuutContactId: contact.id, dienstId: dienst.id, thvId: thv.id };
  }

  /** A running domestic-violence ZSM case entered by the region's police, assigned to this Veilig Thuis. */
  async function zsmCaseFor(vtOrganisatieId: string): Promise<string> {
    const agent = await loginAs(env, await makeUser(env, { lidmaatschappen: [{ organisatie: gevraagd, rollen: ['medewerker'] }], demo: true, totp: false }));
    const persoon = async (voornamen: string) => {
      const response = await agent.post('/api/v1/personen', { voornamen, achternaam: 'Zsmmatrix', geboortedatum: '1980-02-02', geslacht: 'onbekend' });
      expect(response.statusCode, response.body.slice(0, 300)).toBe(201);
      return response.json().id as string;
    };
    const zaak = await agent.post('/api/v1/zsm-zaken', {
      aangehoudenOp: new Date(Date.now() - 3_600_000).toISOString(),
      feit: 'Mishandeling van de partner',
      voorlopigeHechtenisMogelijk: true,
      vtOrganisatieId,
      verdachte: { persoonId: await persoon('Karel') },
      slachtoffers: [{ persoonId: await persoon('Klara') }],
    });
    expect(zaak.statusCode, zaak.body.slice(0, 300)).toBe(201);
    return zaak.json().id as string;
  }

  /** The region's Actieoverleg with A as fixed member, a running meeting with A's casus on it, an agreement and a scenario. */
  async function meetingObjectsOf(org: { organisatie: Organisatie; staff: Record<Rol, TestUser> }, casusId: string) {
    const chair = await loginAs(env, org.staff['voorzitter-actieoverleg']);
    const ok = <T>(response: LightMyRequestResponse, status: number): T => {
      expect(response.statusCode, response.body.slice(0, 300)).toBe(status);
      return response.json() as T;
    };
    const raad = await makeOrganisation(env, { soort: 'raad-voor-de-kinderbescherming' });
    const reeks = ok<{ id: string }>(await chair.post('/api/v1/actieoverleg-reeksen', {}), 201);
    const lid = ok<{ leden: { id: string; organisatie: { id: string } }[] }>(
      await chair.post(`/api/v1/actieoverleg-reeksen/${reeks.id}/leden`, { organisatieId: org.organisatie.id, soort: 'vast', mandaat: 'Besluit over inzet VT' }),
      201,
    );
    expect((await chair.post(`/api/v1/actieoverleg-reeksen/${reeks.id}/leden`, { organisatieId: raad.id, soort: 'op-afroep' })).statusCode).toBe(201);
    const overleg = ok<{ id: string }>(await chair.post('/api/v1/actieoverleggen', { reeksId: reeks.id }), 201);
    const agenda = ok<{ agendapunten: { id: string; casus: { id: string } }[] }>(
      await chair.post(`/api/v1/actieoverleggen/${overleg.id}/agendapunten`, { casusId }),
      201,
    );
    const punt = agenda.agendapunten.find((p) => p.casus.id === casusId)!;
    expect((await chair.post(`/api/v1/agendapunten/${punt.id}/uitnodigingen`, { organisatieId: raad.id })).statusCode).toBe(201);
    expect((await chair.post(`/api/v1/actieoverleggen/${overleg.id}/starten`, {})).statusCode).toBe(200);
    const afspraak = ok<{ id: string }>(
      await chair.post(`/api/v1/agendapunten/${punt.id}/afspraken`, { wat: 'Huisbezoek', eigenaarOrganisatieId: org.organisatie.id, deadline: '2099-01-01' }),
      201,
    );
    const scenario = ok<{ id: string }>(
      await chair.post(`/api/v1/agendapunten/${punt.id}/scenarios`, { soort: 'zsm', wat: 'Bij een volgend incident naar ZSM', eigenaarOrganisatieId: org.organisatie.id }),
      201,
    );
    return {
      reeksId: reeks.id,
      lidId: lid.leden.find((l) => l.organisatie.id === org.organisatie.id)!.id,
      overlegId: overleg.id,
      agendapuntId: punt.id,
      afspraakId: afspraak.id,
      scenarioId: scenario.id,
      uitgenodigdeOrganisatieId: raad.id,
    };
  }

  /** A casus with a person, two meldingen proposed for merging, a bevraging, a task, and a koppeling, through the API. */
  async function caseObjectsOf(org: { organisatie: Organisatie; staff: Record<Rol, TestUser> }) {
    const worker = await loginAs(env, org.staff.medewerker);
    const admin = await loginAs(env, org.staff['functioneel-beheerder']);
    const ok = <T>(response: LightMyRequestResponse, status: number): T => {
      expect(response.statusCode, response.body.slice(0, 300)).toBe(status);
      return response.json() as T;
    };
    const huisnummer = String(++matrixHouse);
    const persoon = (voornamen: string, geboortedatum: string) => ({
      voornamen,
      achternaam: `${voornamen}sdochter`,
      geboortedatum,
      geslacht: 'onbekend',
      adressen: [{ straat: 'Matrixlaan', huisnummer, postcode: '5211AB', woonplaats: 'Den Bosch' }],
    });
    const persoonId = ok<{ id: string }>(await worker.post('/api/v1/personen', persoon(['Anna', 'Willemijn'][matrixHouse - 1]!, '1985-05-05')), 201).id;
    const partner = await worker.post('/api/v1/personen', { ...persoon(['Bartholomeus', 'Casimir'][matrixHouse - 1]!, '1979-11-23'), relaties: [{ persoonId, soort: 'partner' }] });
    const tweedePersoon = ok<{ id: string; adressen: { id: string }[]; relaties: { id: string }[] }>(partner, 201);
    const grondslagId = ok<{ grondslagen: { id: string }[] }>(await worker.get('/api/v1/grondslagen'), 200).grondslagen[0]!.id;
    const incidentOp = new Date(Date.now() - 3_600_000).toISOString();
    const melding = (bron: string) => ({ bron, incidentOp, geweldsvormen: ['partnergeweld'], personen: [{ persoonId, rol: 'slachtoffer' }] });
    const eerste = ok<{ id: string }>(await worker.post('/api/v1/meldingen', melding('zsm')), 201);
    const tweede = ok<{ id: string }>(await worker.post('/api/v1/meldingen', melding('vt-melding-professional')), 201);
    const casus = ok<{ id: string; deelnemers: { id: string }[] }>(
      await worker.post('/api/v1/casussen', { meldingIds: [eerste.id], doel: 'Veiligheid van het gezin beoordelen', grondslagId }),
      201,
    );
    const bevraging = ok<{ id: string }>(
      await worker.post(`/api/v1/casussen/${casus.id}/bevragingen`, { gevraagdeOrganisatieId: gevraagd.id, doel: 'Is het gezin bekend bij de politie?', persoonIds: [persoonId] }),
      201,
    );
    const taak = await env.db.query<{ id: string }>('select id from taken where organisatie_id = $1 order by created_at limit 1', [org.organisatie.id]);
    const samenvoeging = await env.db.query<{ id: string }>(
      'select id from melding_samenvoegingen where primaire_melding_id = $1 or secundaire_melding_id = $1',
      [tweede.id],
    );
    const koppeling = ok<{ id: string }>(await admin.post('/api/v1/koppelingen', { naam: 'Matrix-koppeling' }), 201);
    const aanmelding = ok<{ id: string }>(await worker.post('/api/v1/aanmeldingen', { casusId: casus.id, omschrijving: 'Matrix' }), 201);
    expect(taak.rows[0], 'a task in the inbox').toBeDefined();
    expect(samenvoeging.rows[0], 'a merge proposal').toBeDefined();
    return {
      casusId: casus.id,
      persoonId,
      tweedePersoonId: tweedePersoon.id,
      adresId: ok<{ adressen: { id: string }[] }>(await worker.get(`/api/v1/personen/${persoonId}`), 200).adressen[0]!.id,
      relatieId: tweedePersoon.relaties[0]!.id,
      meldingId: tweede.id,
      deelnemerId: casus.deelnemers[0]!.id,
      bevragingId: bevraging.id,
      taakId: taak.rows[0]!.id,
      samenvoegingId: samenvoeging.rows[0]!.id,
      grondslagId,
      koppelingId: koppeling.id,
      aanmeldingId: aanmelding.id,
    };
  }
});
afterAll(async () => env?.close());

function expectationOf(op: Operation): Expectation {
  const expectation = EXPECTATIONS[op.key];
  if (!expectation) throw new Error(`${op.key} is not classified in the authorisation matrix`);
  return expectation;
}

function urlOf(op: Operation, ids: Ids, query?: string): string {
  const expectation = expectationOf(op);
  const path = fillPath(op.path, expectation.params?.(ids) ?? {});
  return query ? `${path}?${query}` : path;
}

/** Sends the operation's valid request (or an empty one) as this client. */
function send(client: TestClient, op: Operation, ids: Ids, extra: { body?: unknown; headers?: Record<string, string> } = {}) {
  const valid = expectationOf(op).valid?.(ids) ?? {};
  const body = 'body' in extra ? extra.body : valid.body;
  return client.request({
    method: op.method,
    url: urlOf(op, ids, valid.query),
    headers: { ...valid.headers, ...extra.headers },
    ...(body !== undefined ? { json: body } : {}),
  });
}

const label = (op: Operation, who: string) => `${op.key} as ${who}`;

describe('the expectation table', () => {
  it('classifies every operation of the OpenAPI document, and nothing that is not in it', () => {
    const keys = operations.map((op) => op.key).sort();
    expect(keys.length).toBeGreaterThan(10);
    const unclassified = keys.filter((key) => !(key in EXPECTATIONS));
    expect(unclassified, 'operations without a decision about who may call them').toEqual([]);
    const stale = Object.keys(EXPECTATIONS).filter((key) => !keys.includes(key));
    expect(stale, 'table entries for operations the API no longer has').toEqual([]);
  });

  it('agrees with the OpenAPI document about which operations have path parameters', () => {
    for (const op of operations) {
      expect(() => urlOf(op, idsA), op.key).not.toThrow();
    }
  });
});

describe('without a session', () => {
  it('answers 401 problem+json on every operation except the public ones', async () => {
    for (const op of operations) {
      const expectation = expectationOf(op);
      if (expectation.access === 'publiek') continue;
      const anonymous = new TestClient(env.app);
      expectProblem(await send(anonymous, op, idsA), 401, label(op, 'anonymous'));
    }
  });

  it('answers 401 before validating anything: invalid bodies, parameters, queries and JSON', async () => {
    for (const op of operations) {
      if (expectationOf(op).access === 'publiek') continue;
      const path = fillPath(op.path, Object.fromEntries(op.pathParams.map((p) => [p, 'geen-geldige-id'])));
      const attempts: { payload?: string; contentType?: string; url: string }[] = [
        { url: `${path}?limiet=-1&zoek=&regioId=x`, payload: JSON.stringify({ onbekend: 1, gebruikersnaam: 42, rollen: 'alles' }), contentType: 'application/json' },
        { url: path, payload: '{"niet": json', contentType: 'application/json' },
        { url: path, payload: '[1,2,3]', contentType: 'application/json' },
        { url: path, payload: 'a=b', contentType: 'application/x-www-form-urlencoded' },
        { url: path, payload: 'x'.repeat(2 * 1024 * 1024), contentType: 'application/json' },
      ];
      for (const attempt of attempts) {
        const response = await env.app.inject({
          method: op.method,
          url: attempt.url,
          ...(attempt.payload !== undefined && !['GET', 'DELETE'].includes(op.method)
            ? { payload: attempt.payload, headers: { 'content-type': attempt.contentType! } }
            : {}),
        });
        expectProblem(response, 401, `${label(op, 'anonymous')} with ${attempt.url} ${attempt.contentType ?? ''} ${attempt.payload?.slice(0, 30) ?? ''}`);
      }
    }
  });

  it('answers 401 to a forged or ended session cookie', async () => {
    const user = orgA.staff.medewerker;
    const client = await loginAs(env, user);
    const ended = client.cookie!;
    expect((await client.delete('/api/v1/sessies/huidig')).statusCode).toBe(204);
    for (const cookie of ['verzonnen-token', ended, '', 'a'.repeat(4000)]) {
      for (const op of operations) {
        if (expectationOf(op).access === 'publiek') continue;
        const forged = new TestClient(env.app);
        forged.cookie = cookie;
        forged.csrfToken = 'willekeurig';
        expectProblem(await send(forged, op, idsA), 401, `${label(op, 'forged cookie')} ${cookie.slice(0, 20)}`);
      }
    }
  });

  it('serves the public operations without a session', async () => {
    expect((await env.app.inject({ method: 'GET', url: '/health/live' })).statusCode).toBe(200);
    expect((await env.app.inject({ method: 'GET', url: '/health/ready' })).statusCode).toBe(200);
    // Login is reachable: a wrong password is a 401 about the credentials, not about a missing session.
    const login = await env.app.inject({ method: 'POST', url: '/api/v1/sessies', payload: { gebruikersnaam: 'bestaat-niet', wachtwoord: 'fout' } });
    expect(expectProblem(login, 401, 'login').code).toBe('inloggegevens-onjuist');
    const invalid = await env.app.inject({ method: 'POST', url: '/api/v1/sessies', payload: { gebruikersnaam: 5 } });
    expectProblem(invalid, 400, 'login with invalid body');
  });

  it('applies the same access check when the path is percent-encoded', async () => {
    // The router decodes %61 to "a", so /%61pi/v1/organisaties is the route /api/v1/organisaties.
    const failures: string[] = [];
    for (const op of operations) {
      if (expectationOf(op).access === 'publiek' || !op.path.startsWith('/api/')) continue;
      const url = urlOf(op, idsA).replace(/^\/api\//, '/%61pi/');
      const valid = expectationOf(op).valid?.(idsA) ?? {};
      const response = await env.app.inject({ method: op.method, url, ...(valid.body !== undefined ? { payload: valid.body as object } : {}) });
      if (response.statusCode !== 401) failures.push(`${op.method} ${url} → ${response.statusCode} ${response.body.slice(0, 80)}`);
    }
    expect(failures.join('\n'), 'operations reachable without a session through an encoded path').toBe('');
  });

  it('refuses a cross-site login also when the path is percent-encoded', async () => {
    const user = orgA.staff.medewerker;
    for (const url of ['/api/v1/sessies', '/%61pi/v1/sessies', '/api/v1/%73essies']) {
      const response = await env.app.inject({
        method: 'POST',
        url,
        headers: { 'sec-fetch-site': 'cross-site', origin: 'https://kwaadwillend.example' },
        payload: { gebruikersnaam: user.gebruikersnaam, wachtwoord: user.wachtwoord },
      });
      expectProblem(response, 403, `cross-site login via ${url}`);
      expect(response.headers['set-cookie'], url).toBeUndefined();
    }
  });
});

describe('sessions that are not yet established', () => {
  it("refuse the 'actief' operations until an organisation is chosen, and allow the 'sessie' ones", async () => {
    const user = await makeUser(env, {
      lidmaatschappen: [
        { organisatie: orgA.organisatie, rollen: ['functioneel-beheerder'] },
        { organisatie: orgB.organisatie, rollen: ['functioneel-beheerder'] },
      ],
      demo: true,
      totp: false,
    });
    const client = await loginAs(env, user);
    expect((await client.get('/api/v1/sessies/huidig')).json().status).toBe('organisatie-kiezen');
    for (const op of operations) {
      const expectation = expectationOf(op);
      if (expectation.access !== 'actief') continue;
      const body = expectProblem(await send(client, op, idsA), 403, label(op, 'session choosing an organisation'));
      expect(body.code, op.key).toBe('organisatie-kiezen');
    }
    expect((await client.get('/api/v1/sessies/huidig')).statusCode).toBe(200);
    expect((await client.put('/api/v1/sessies/huidig/organisatie', { organisatieId: orgA.organisatie.id })).statusCode).toBe(200);
  });
});

describe('objects of another organisation', () => {
  /** Organisation A's users and case record, as rows: nothing a refused request does may change them. */
  async function snapshot(): Promise<unknown> {
    const tables = ['casussen', 'casus_deelnemers', 'casus_personen', 'meldingen', 'melding_samenvoegingen', 'bevragingen', 'taken', 'informatie_items', 'coordinatiemomenten', 'machine_clients', 'personen', 'aanmeldingen', 'actieoverleg_reeksen', 'actieoverleg_leden', 'actieoverleggen', 'agendapunten', 'agendapunt_uitnodigingen', 'agendapunt_bijdragen', 'afspraken', 'scenarios', 'zsm_zaken', 'zsm_vt_contacten', 'zsm_veiligheidsbeoordelingen', 'zsm_adviezen', 'zsm_afdoeningsoverleggen', 'zsm_beslissingen', 'zsm_vt_bereikbaarheid', 'acuut_diensten', 'acuut_contacten', 'acuut_beoordelingen', 'thv', 'thv_overtredingen', 'km_contactpersonen', 'ssk_trajecten', 'ssk_traject_organisaties', 'ssk_onderzoeksstappen', 'ssk_bevestigingen', 'ssk_medische_verzoeken', 'veiligheidsplannen', 'veiligheidsplan_versies', 'veiligheidsplan_checkins', 'interventies', 'evaluaties', 'evaluatie_antwoorden', 'inspanningen', 'rapport_teksten', 'rnzs_leden', 'rnzs_themas', 'rnzs_werkplannen', 'rnzs_bijeenkomsten', 'rnzs_leercasussen', 'rnzs_twijfelcasussen'];
    const rows: Record<string, unknown> = {};
    for (const table of tables) rows[table] = (await env.db.query(`select * from ${table} order by 1, 2`)).rows;
    rows.tijdlijn = (await env.db.query('select count(*)::int as n from tijdlijn')).rows;
    rows.gebruiker = (await env.db.query('select * from gebruikers where id = $1', [victimA.id])).rows;
    rows.lidmaatschappen = (await env.db.query('select * from lidmaatschappen where gebruiker_id = $1 order by organisatie_id', [victimA.id])).rows;
    return rows;
  }

  const NOWHERE = '00000000-0000-4000-8000-000000000000';
  const unknownIds = (ids: Ids): Ids => Object.fromEntries(Object.entries(ids).map(([k, v]) => [k, k === 'organisatieId' || k === 'gevraagdeOrganisatieId' ? v : NOWHERE])) as unknown as Ids;

  it('are not found (404, not 403) by an entitled user of another organisation, and stay unchanged', async () => {
    const ownAdmin = await loginAs(env, orgA.staff['functioneel-beheerder']);
    const own = await ownAdmin.get(`/api/v1/gebruikers/${victimA.id}`);
    expect(own.statusCode).toBe(200);
    const etag = String(own.headers.etag);
    const before = await snapshot();
    expect(own.json().tweedeFactorIngericht).toBe(true);

    // A chair of the same region sees the region's submitted referrals by design; the intruding chair is from another region.
    const andereRegio = await makeOrganisation(env, { soort: 'veilig-thuis', regio: 'matrix-andere-regio' });
    const intruders = {
      beheerder: await loginAs(env, orgB.staff['functioneel-beheerder']),
      medewerker: await loginAs(env, orgB.staff.medewerker),
      // Deciding at ZSM is the prosecution's: the intruding prosecutor is from another region's OM.
      officier: await loginAs(
        env,
        await makeUser(env, {
          lidmaatschappen: [{ organisatie: await makeOrganisation(env, { soort: 'openbaar-ministerie', regio: 'matrix-andere-regio' }), rollen: ['officier-van-justitie'] }],
          demo: true,
          totp: false,
        }),
      ),
      voorzitter: await loginAs(env, await makeUser(env, { lidmaatschappen: [{ organisatie: andereRegio, rollen: ['voorzitter-actieoverleg'] }], demo: true, totp: false })),
      // The regional network is per region: the intruding member is from another region.
      netwerklid: await loginAs(env, await makeUser(env, { lidmaatschappen: [{ organisatie: andereRegio, rollen: ['rnzs-lid'] }], demo: true, totp: false })),
    };
    const objectOps = operations.filter((op) => expectationOf(op).object);
    expect(objectOps.map((op) => op.key)).toEqual(
      expect.arrayContaining(['GET /api/v1/gebruikers/{id}', 'PATCH /api/v1/gebruikers/{id}', 'GET /api/v1/casussen/{id}', 'GET /api/v1/casussen/{id}/tijdlijn', 'GET /api/v1/bevragingen/{id}']),
    );
    for (const op of objectOps) {
      const roles = expectationOf(op).roles;
      const intruder =
        roles !== 'alle' && roles.includes('functioneel-beheerder')
          ? intruders.beheerder
          : roles !== 'alle' && roles.includes('officier-van-justitie') && !roles.includes('medewerker')
            ? intruders.officier
            : roles !== 'alle' && roles.includes('rnzs-lid') && !roles.includes('medewerker')
              ? intruders.netwerklid
              : roles !== 'alle' && !roles.includes('medewerker')
                ? intruders.voorzitter
                : intruders.medewerker;
      // The intruder aims at organisation A's object, with A's current version in If-Match.
      const response = await send(intruder, op, idsA, { headers: { 'if-match': etag } });
      const body = expectProblem(response, 404, label(op, 'an entitled user of another organisation'));
      expect(body.code).toBe('niet-gevonden');
      // The same answer as for an id that does not exist at all: existence does not leak.
      const unknown = await send(intruder, op, unknownIds(idsA), { headers: { 'if-match': etag } });
      expectProblem(unknown, 404, label(op, 'unknown id'));
      expect(JSON.parse(unknown.body).detail).toBe(body.detail);
    }
    expect(await snapshot()).toEqual(before);
    const after = await ownAdmin.get(`/api/v1/gebruikers/${victimA.id}`);
    expect(after.json()).toEqual(own.json());
    expect(after.headers.etag).toBe(etag);

    // Sanity: on their own organisation's objects the intruders' requests do work, so the 404s above are about scope.
    expect((await intruders.beheerder.get(`/api/v1/gebruikers/${victimB.id}`)).statusCode).toBe(200);
    expect((await intruders.medewerker.get(`/api/v1/casussen/${idsB.casusId}`)).statusCode).toBe(200);
    expect((await intruders.medewerker.get(`/api/v1/casussen/${idsB.casusId}/tijdlijn`)).statusCode).toBe(200);
  });

  it('are not reachable for the other organisation through a user who belongs to both', async () => {
    const both = await makeUser(env, {
      lidmaatschappen: [
        { organisatie: orgA.organisatie, rollen: ['medewerker'] },
        { organisatie: orgB.organisatie, rollen: ['analist'] },
      ],
      demo: true,
      totp: false,
    });
    const adminB = await loginAs(env, orgB.staff['functioneel-beheerder']);
    const seen = await adminB.get(`/api/v1/gebruikers/${both.id}`);
    expect(seen.statusCode).toBe(200);
    // B's administrator sees and changes only B's membership.
    expect(seen.json().rollen).toEqual(['analist']);
    const changed = await adminB.request({ method: 'PATCH', url: `/api/v1/gebruikers/${both.id}`, json: { rollen: ['medewerker'], actief: false }, headers: { 'if-match': String(seen.headers.etag) } });
    expect(changed.statusCode).toBe(200);
    const adminA = await loginAs(env, orgA.staff['functioneel-beheerder']);
    const inA = await adminA.get(`/api/v1/gebruikers/${both.id}`);
    expect(inA.json()).toMatchObject({ rollen: ['medewerker'] });
    const { rows } = await env.db.query<{ actief: boolean }>('select actief from lidmaatschappen where gebruiker_id = $1 and organisatie_id = $2', [both.id, orgA.organisatie.id]);
    expect(rows[0]?.actief).toBe(true);
  });
});

describe('role-restricted operations', () => {
  const allows = (op: Operation, rol: Rol) => {
    const roles = expectationOf(op).roles;
    return roles === 'alle' || roles.includes(rol);
  };

  it('answer 403 to every role they are not for, and change nothing', async () => {
    const restricted = operations.filter((op) => expectationOf(op).access === 'actief' && expectationOf(op).roles !== 'alle');
    expect(restricted.map((op) => op.key)).toEqual(expect.arrayContaining(['GET /api/v1/audit-log', 'POST /api/v1/gebruikers', 'GET /api/v1/casussen/{id}']));
    for (const op of operations.filter((o) => o.path.startsWith('/api/v1/gebruikers'))) {
      expect(expectationOf(op).roles, `${op.key} must be for administrators only`).toEqual(BEHEERDER);
    }
    // The analyst sees aggregates only: no person, melding or casus operation is open to that role.
    for (const op of operations.filter((o) => /^\/api\/v1\/(personen|meldingen|casussen|bevragingen|taken|aanmeldingen|actieoverleg|agendapunten|afspraken|scenarios|notulen|zsm-zaken|acuut|thv|netwerk\/leercasussen)/.test(o.path) || /^\/api\/v1\/indicatoren\/\{id\}\/casussen/.test(o.path))) {
      expect(allows(op, 'analist'), `${op.key} must be closed to the analyst`).toBe(false);
    }
    const tables = ['gebruikers', 'casussen', 'casus_deelnemers', 'meldingen', 'melding_samenvoegingen', 'bevragingen', 'taken', 'informatie_items', 'machine_clients', 'grondslagen', 'personen', 'aanmeldingen', 'actieoverleg_reeksen', 'actieoverleg_leden', 'actieoverleggen', 'agendapunten', 'agendapunt_uitnodigingen', 'agendapunt_bijdragen', 'afspraken', 'scenarios', 'zsm_zaken', 'zsm_vt_contacten', 'zsm_veiligheidsbeoordelingen', 'zsm_adviezen', 'zsm_afdoeningsoverleggen', 'zsm_beslissingen', 'zsm_vt_bereikbaarheid', 'acuut_diensten', 'acuut_contacten', 'acuut_beoordelingen', 'thv', 'thv_overtredingen', 'km_contactpersonen', 'ssk_trajecten', 'ssk_traject_organisaties', 'ssk_onderzoeksstappen', 'ssk_bevestigingen', 'ssk_medische_verzoeken', 'veiligheidsplannen', 'veiligheidsplan_versies', 'veiligheidsplan_checkins', 'interventies', 'evaluaties', 'evaluatie_antwoorden', 'inspanningen', 'rapport_teksten', 'rnzs_leden', 'rnzs_themas', 'rnzs_werkplannen', 'rnzs_bijeenkomsten', 'rnzs_leercasussen', 'rnzs_twijfelcasussen'];
    const state = async () => Promise.all(tables.map(async (t) => (await env.db.query(`select * from ${t} order by 1, 2`)).rows));
    const before = await state();
    for (const rol of rollen) {
      const client = await loginAs(env, orgA.staff[rol]);
      for (const op of restricted.filter((o) => !allows(o, rol))) {
        const weigering = expectationOf(op).weigering ?? 403;
        const body = expectProblem(await send(client, op, idsA), weigering, label(op, rol));
        expect(body.code, label(op, rol)).toBe(weigering === 403 ? 'geen-toegang' : 'niet-gevonden');
      }
      // Still logged in: the refusals did not cost the session.
      expect((await client.get('/api/v1/sessies/huidig')).statusCode).toBe(200);
    }
    expect(await state()).toEqual(before);
  });

  it('are allowed for their roles: every read answers 200 to the roles it is for, 403 to the others', async () => {
    const reads = operations.filter((op) => op.method === 'GET' && expectationOf(op).access === 'actief');
    for (const rol of rollen) {
      const client = await loginAs(env, orgA.staff[rol]);
      for (const op of reads) {
        const response: LightMyRequestResponse = await send(client, op, idsA);
        expect(response.statusCode, `${label(op, rol)}: ${response.body.slice(0, 200)}`).toBe(allows(op, rol) ? 200 : (expectationOf(op).weigering ?? 403));
      }
    }
  });

  it('the intake API of partner systems is closed to every user session: machine credentials only', async () => {
    const intake = operations.filter((op) => expectationOf(op).access === 'koppeling');
    expect(intake.map((op) => op.key).sort()).toEqual(['POST /api/v1/intake/meldingen', 'POST /api/v1/intake/zsm-zaken']);
    for (const rol of rollen) {
      const client = await loginAs(env, orgA.staff[rol]);
      for (const op of intake) expectProblem(await send(client, op, idsA), 401, label(op, `${rol} session`));
    }
    const { rows } = await env.db.query<{ n: number }>("select count(*)::int as n from meldingen where extern_bericht_id in ('matrix-1', 'zsm:matrix-zsm-1')");
    expect(rows[0]!.n).toBe(0);
    const zsm = await env.db.query<{ n: number }>("select count(*)::int as n from zsm_zaken where extern_bericht_id = 'matrix-zsm-1'");
    expect(zsm.rows[0]!.n).toBe(0);
  });
});

describe("the functional administrator's view", () => {
  it('lists only users of the own organisation, with or without a search term', async () => {
    const adminA = await loginAs(env, orgA.staff['functioneel-beheerder']);
    const { rows } = await env.db.query<{ gebruiker_id: string; organisatie_id: string }>('select gebruiker_id, organisatie_id from lidmaatschappen');
    const membersA = new Set(rows.filter((r) => r.organisatie_id === orgA.organisatie.id).map((r) => r.gebruiker_id));
    const onlyB = Object.values(orgB.staff).map((u) => u.id).concat(victimB.id);
    for (const zoek of [undefined, 'gebruiker', 'Test', 'e', '%', '_', orgB.staff.medewerker.gebruikersnaam]) {
      const response = await adminA.get(`/api/v1/gebruikers${zoek ? `?zoek=${encodeURIComponent(zoek)}` : ''}`);
      expect(response.statusCode).toBe(200);
      const ids: string[] = response.json().gebruikers.map((g: { id: string }) => g.id);
      for (const id of ids) expect(membersA.has(id), `user ${id} listed for ${String(zoek)} is not a member of A`).toBe(true);
      for (const id of onlyB) expect(ids).not.toContain(id);
      if (zoek === undefined) {
        expect(ids).toEqual(expect.arrayContaining([...Object.values(orgA.staff).map((u) => u.id), victimA.id]));
      }
    }
  });

  it("reads an audit log with entries of the own organisation only", async () => {
    const adminB = await loginAs(env, orgB.staff['functioneel-beheerder']);
    await adminB.get('/api/v1/gebruikers');
    const adminA = await loginAs(env, orgA.staff['functioneel-beheerder']);
    await adminA.get('/api/v1/gebruikers');
    const response = await adminA.get('/api/v1/audit-log?limiet=200');
    expect(response.statusCode).toBe(200);
    const items: { organisatieId: string | null }[] = response.json().items;
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(item.organisatieId).toBe(orgA.organisatie.id);
  });

  it('creates users only in the own organisation, whatever the body says', async () => {
    const adminA = await loginAs(env, orgA.staff['functioneel-beheerder']);
    const extra = await makeOrganisation(env);
    const created = await adminA.post('/api/v1/gebruikers', {
      gebruikersnaam: `matrix-${Date.now()}`,
      naam: 'Nieuw',
      wachtwoord: TEST_PASSWORD,
      rollen: ['medewerker'],
      organisatieId: extra.id,
    });
    if (created.statusCode === 201) {
      const { rows } = await env.db.query<{ organisatie_id: string }>('select organisatie_id from lidmaatschappen where gebruiker_id = $1', [created.json().id]);
      expect(rows.map((r) => r.organisatie_id)).toEqual([orgA.organisatie.id]);
    } else {
      expectProblem(created, created.statusCode, 'create user with an extra field');
      expect(created.statusCode).toBeLessThan(500);
    }
  });
});
