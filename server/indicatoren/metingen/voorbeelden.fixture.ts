import type { TijdlijnGebeurtenis, TijdlijnSoort } from '../../timeline/events';
import type { CasusGebeurtenis, CasusTijdlijn } from './meting';

/**
 * Small hand-made casus timelines, one set per counted indicator, with the figure worked out by hand (the
 * reasoning is in `waarom`). meetregels.test.ts runs meetCasus over them and checks the figure; catalogus.test.ts
 * checks that the breakdowns the rules emit here are exactly those the catalogue lists. Test data only.
 */

export const ORG = { vt: 'org-vt', vt2: 'org-vt-2', politie: 'org-politie', om: 'org-om', rvdk: 'org-rvdk', reclassering: 'org-3ro', fmek: 'org-fmek' } as const;

type Gegevens<S extends TijdlijnSoort> = Extract<TijdlijnGebeurtenis, { soort: S }>['gegevens'];

/** One event at an ISO instant (UTC), recorded by an organisation (VT unless told). */
export function e<S extends TijdlijnSoort>(op: string, soort: S, gegevens: Gegevens<S>, organisatieId: string | null = ORG.vt): CasusGebeurtenis {
  return { soort, gegevens, op: new Date(op), organisatieId } as CasusGebeurtenis;
}

let volgnummer = 0;
/** A casus timeline: the events sorted oldest first, as the storage reads them. */
export function casus(...gebeurtenissen: CasusGebeurtenis[]): CasusTijdlijn {
  volgnummer += 1;
  return { casusId: `casus-${volgnummer}`, regioId: 'regio-1', gebeurtenissen: [...gebeurtenissen].sort((a, b) => a.op.getTime() - b.op.getTime()) };
}

// Shorthands for the events most cases need.
const acuut = (op: string, contactId: string, o: { minuten?: number | null; buiten?: boolean; vt?: string } = {}) =>
  e(op, 'acuut-contact', { contactId, vtOrganisatieId: o.vt ?? ORG.vt, wijze: 'telefonisch', minutenTotOpgenomen: o.minuten ?? null, buitenKantoortijd: o.buiten ?? false }, ORG.politie);
const opvolging = (op: string, contactId: string, status: 'op-tijd' | 'te-laat-ontvangen' | 'verlopen', meldingId: string | null = null) =>
  e(op, 'acuut-opvolging', { contactId, meldingId, status });
const beoordeling = (op: string, contactId: string, minutenNaContact: number, acuutOnveilig = false) =>
  e(op, 'acuut-beoordeling', { contactId, acuutOnveilig, maatregelen: [], minutenNaContact });
const melding = (op: string, meldingId: string, o: { incidentOp?: string | null; ontvangenOp?: string } = {}) =>
  e(op, 'melding-gekoppeld', { meldingId, bron: 'politie', ontvangenOp: o.ontvangenOp ?? op, incidentOp: o.incidentOp ?? null, acuteOnveiligheid: false });
const herhaling = (op: string, meldingId: string) => e(op, 'herhaling-gesignaleerd', { meldingId, eerdereMeldingId: 'm-eerder', dagenSindsEerdere: 100 });
const zsm = (op: string, zaakId: string, o: { aangehoudenOp?: string; kinderen?: boolean; meldingId?: string } = {}) =>
  e(op, 'zsm-ingestroomd', { zaakId, meldingId: o.meldingId ?? `m-${zaakId}`, aangehoudenOp: o.aangehoudenOp ?? op, beslissenUiterlijk: op, huiselijkGeweld: true, kinderenBetrokken: o.kinderen ?? false }, ORG.om);
const beslissing = (op: string, zaakId: string, o: { vtInfo?: boolean; onveilig?: boolean; binnen?: boolean } = {}) =>
  e(op, 'zsm-beslissing', { zaakId, beslissing: 'dagvaarden', voorwaarden: [], vtInformatieAanwezig: o.vtInfo ?? true, onveiligeVrijlating: o.onveilig ?? false, binnenTermijn: o.binnen ?? true }, ORG.om);
const vtContact = (op: string, zaakId: string, bereikt: boolean, minutenNaAanhouding: number) =>
  e(op, 'zsm-vt-contact', { zaakId, wijze: 'telefonisch', bereikt, minutenNaAanhouding }, ORG.om);
const zsmBeoordeling = (op: string, zaakId: string, minutenNaAanhouding: number) =>
  e(op, 'zsm-veiligheidsbeoordeling', { zaakId, acuutOnveilig: false, voorwaardenNodig: false, minutenNaAanhouding });
const aanmelding = (op: string, aanmeldingId: string, org: string, herhalingVanId: string | null = null) =>
  e(op, 'aanmelding-ontvangen', { aanmeldingId, aanmeldendeOrganisatieId: org, criteriaVoldaan: true, herhalingVanId, herhalingDagen: herhalingVanId ? 60 : null }, org);
const besproken = (op: string, aanmeldingId: string | null, afspraken = 0, scenarios = 0) =>
  e(op, 'casus-besproken', { overlegId: 'overleg-1', agendapuntId: `ap-${op}`, aanmeldingId, afspraken, scenarios });
const ssk = (op: string, trajectId: string, anoniemGestart = false) => e(op, 'ssk-geopend', { trajectId, anoniemGestart, partners: 2 });
const sskAfgesloten = (op: string, trajectId: string, stappen = 3, uitgevoerd = 3) => e(op, 'ssk-afgesloten', { trajectId, stappen, uitgevoerd });
const thv = (op: string, thvId: string) => e(op, 'thv-opgelegd', { thvId, opgelegdOp: op, eindeOp: op, zsmZaakId: null }, ORG.politie);

/** Acute contacts with their follow-up: on time; expired then late (the last counts); expired; on time; none yet. */
const opvolgingen = () => [
  casus(
    acuut('2026-03-02T10:00:00Z', 'c1'),
    opvolging('2026-03-02T20:00:00Z', 'c1', 'op-tijd', 'm1'),
    acuut('2026-03-02T11:00:00Z', 'c2'),
    opvolging('2026-03-03T11:00:00Z', 'c2', 'verlopen'),
    opvolging('2026-03-03T15:00:00Z', 'c2', 'te-laat-ontvangen', 'm2'),
    acuut('2026-03-02T12:00:00Z', 'c5'),
  ),
  casus(acuut('2026-03-04T10:00:00Z', 'c3'), opvolging('2026-03-05T10:00:00Z', 'c3', 'verlopen')),
  casus(acuut('2026-03-04T10:00:00Z', 'c4'), opvolging('2026-03-04T12:00:00Z', 'c4', 'op-tijd', 'm4')),
];

/** The expected figure: `totaal` as figuur(aggregatie, vatSamen(values)); per breakdown likewise; per organisation the number of measurements. */
export interface Verwacht {
  totaal: number | null;
  n: number;
  perKenmerk?: Readonly<Record<string, number | null>>;
  perOrganisatie?: Readonly<Record<string, number>>;
}

export interface MeetGeval {
  indicator: string;
  waarom: string;
  tijdlijnen: () => CasusTijdlijn[];
  verwacht: Verwacht;
}

export const meetGevallen: readonly MeetGeval[] = [
  // ------------------------------------------------------------------------------------------- samenhang
  {
    indicator: 'samenhang.meerdere-momenten',
    waarom: 'acuut + ZSM: 1; alleen een aanmelding: 0; geen moment: geen meting → 1 van 2 = 50%',
    tijdlijnen: () => [
      casus(acuut('2026-03-02T08:00:00Z', 'c1'), zsm('2026-03-03T08:00:00Z', 'z1')),
      casus(aanmelding('2026-03-02T08:00:00Z', 'a1', ORG.vt)),
      casus(e('2026-03-02T08:00:00Z', 'informatie-gedeeld', { itemId: 'i1', categorie: 'x', vertrouwelijkheid: 'normaal' })),
    ],
    verwacht: { totaal: 50, n: 2 },
  },
  {
    indicator: 'samenhang.bevragingen-beantwoord',
    waarom: 'twee beantwoord (één treffer), één ingetrokken telt niet → 2; bekend 1, niet-bekend 1; bij de gevraagde organisatie',
    tijdlijnen: () => [
      casus(
        e('2026-03-02T08:00:00Z', 'bevraging-gesteld', { bevragingId: 'b1', gevraagdeOrganisatieId: ORG.politie }),
        e('2026-03-02T08:00:00Z', 'bevraging-gesteld', { bevragingId: 'b2', gevraagdeOrganisatieId: ORG.om }),
        e('2026-03-02T08:00:00Z', 'bevraging-gesteld', { bevragingId: 'b3', gevraagdeOrganisatieId: ORG.om }),
        e('2026-03-02T09:00:00Z', 'bevraging-beantwoord', { bevragingId: 'b1', gevraagdeOrganisatieId: ORG.politie, vlaggen: ['wapens'], positief: true }, ORG.politie),
        e('2026-03-02T10:00:00Z', 'bevraging-beantwoord', { bevragingId: 'b2', gevraagdeOrganisatieId: ORG.om, vlaggen: [], positief: false }, ORG.om),
        e('2026-03-02T11:00:00Z', 'bevraging-ingetrokken', { bevragingId: 'b3', gevraagdeOrganisatieId: ORG.om }),
      ),
    ],
    verwacht: { totaal: 2, n: 2, perKenmerk: { bekend: 1, 'niet-bekend': 1 }, perOrganisatie: { [ORG.politie]: 1, [ORG.om]: 1 } },
  },
  {
    indicator: 'samenhang.uren-tot-antwoord',
    waarom: '2 uur, 30 uur en een half uur → mediaan 2',
    tijdlijnen: () => [
      casus(
        e('2026-03-02T10:00:00Z', 'bevraging-gesteld', { bevragingId: 'b1', gevraagdeOrganisatieId: ORG.politie }),
        e('2026-03-02T12:00:00Z', 'bevraging-beantwoord', { bevragingId: 'b1', gevraagdeOrganisatieId: ORG.politie, vlaggen: [], positief: false }),
        e('2026-03-02T10:00:00Z', 'bevraging-gesteld', { bevragingId: 'b2', gevraagdeOrganisatieId: ORG.om }),
        e('2026-03-03T16:00:00Z', 'bevraging-beantwoord', { bevragingId: 'b2', gevraagdeOrganisatieId: ORG.om, vlaggen: [], positief: false }),
      ),
      casus(
        e('2026-03-02T09:00:00Z', 'bevraging-gesteld', { bevragingId: 'b3', gevraagdeOrganisatieId: ORG.rvdk }),
        e('2026-03-02T09:30:00Z', 'bevraging-beantwoord', { bevragingId: 'b3', gevraagdeOrganisatieId: ORG.rvdk, vlaggen: [], positief: true }),
      ),
    ],
    verwacht: { totaal: 2, n: 3 },
  },
  {
    indicator: 'samenhang.informatie-gedeeld',
    waarom: 'drie gedeelde items → 3',
    tijdlijnen: () => [
      casus(
        e('2026-03-02T08:00:00Z', 'informatie-gedeeld', { itemId: 'i1', categorie: 'veiligheid', vertrouwelijkheid: 'normaal' }),
        e('2026-03-02T09:00:00Z', 'informatie-gedeeld', { itemId: 'i2', categorie: 'veiligheid', vertrouwelijkheid: 'normaal' }, ORG.politie),
      ),
      casus(e('2026-03-04T08:00:00Z', 'informatie-gedeeld', { itemId: 'i3', categorie: 'zorg', vertrouwelijkheid: 'hoog' })),
    ],
    verwacht: { totaal: 3, n: 3, perOrganisatie: { [ORG.vt]: 2, [ORG.politie]: 1 } },
  },
  {
    indicator: 'samenhang.uren-tot-eerste-afstemming',
    waarom: 'acuut vóór de melding: 0; opening → aanmelding: 48; vroegste melding → ZSM: 30; melding → geopend SSK-moment: 12 → mediaan (12 + 30) / 2 = 21',
    tijdlijnen: () => [
      casus(acuut('2026-03-02T06:00:00Z', 'c1'), melding('2026-03-02T08:00:00Z', 'm1')),
      casus(e('2026-03-02T08:00:00Z', 'casus-geopend', { regioId: 'regio-1', meldingId: null }), aanmelding('2026-03-04T08:00:00Z', 'a1', ORG.vt)),
      casus(
        melding('2026-03-02T10:00:00Z', 'm2', { ontvangenOp: '2026-03-01T10:00:00Z' }),
        melding('2026-03-05T10:00:00Z', 'm3'),
        zsm('2026-03-02T16:00:00Z', 'z1'),
      ),
      casus(
        melding('2026-03-02T08:00:00Z', 'm4'),
        e('2026-03-02T20:00:00Z', 'coordinatiemoment-geopend', { coordinatiemomentId: 'cm1', moment: 'strafbare-kindermishandeling', redenen: [] }),
        ssk('2026-03-03T08:00:00Z', 't1'),
      ),
    ],
    verwacht: { totaal: 21, n: 4, perKenmerk: { 'samen-op-in-acuut': 0, actieoverleg: 48, 'vt-zsm': 30, 'strafbare-kindermishandeling': 12 } },
  },
  {
    indicator: 'samenhang.herhaling-binnen-12-maanden',
    waarom:
      'acuut (eigen opvolgmelding telt niet, nieuwe melding na 5 maanden): 1; Actieoverleg na die melding, niets meer: 0; ZSM (eigen ZSM-melding telt niet, herhaling na 13 maanden): 0; SSK (dubbele melding telt niet, herhaling na 6 maanden): 1 → 2 van 4 = 50%',
    tijdlijnen: () => [
      casus(
        acuut('2025-01-10T08:00:00Z', 'c1'),
        opvolging('2025-01-10T20:00:00Z', 'c1', 'op-tijd', 'm-op'),
        melding('2025-01-10T20:00:00Z', 'm-op'),
        melding('2025-06-01T08:00:00Z', 'm2', { incidentOp: '2025-06-01T07:00:00Z' }),
        aanmelding('2025-07-01T08:00:00Z', 'a1', ORG.vt),
      ),
      casus(
        zsm('2025-02-01T08:00:00Z', 'z1', { meldingId: 'm-zsm' }),
        melding('2025-02-01T12:00:00Z', 'm-zsm'),
        herhaling('2026-03-01T08:00:00Z', 'm3'),
      ),
      casus(
        ssk('2025-03-01T08:00:00Z', 't1'),
        melding('2025-05-01T08:00:00Z', 'm5'),
        e('2025-05-02T08:00:00Z', 'melding-samengevoegd', { samenvoegingId: 's1', primaireMeldingId: 'm-eerder', secundaireMeldingId: 'm5' }),
        herhaling('2025-09-01T08:00:00Z', 'm6'),
      ),
    ],
    verwacht: { totaal: 50, n: 4, perKenmerk: { 'samen-op-in-acuut': 100, actieoverleg: 0, 'vt-zsm': 0, 'strafbare-kindermishandeling': 100 } },
  },
  {
    indicator: 'samenhang.hoog-risico-in-beeld',
    waarom: 'THV + scenario: 1; acuut onveilig, scenario ingetrokken: 0; herhaling + bespreking: 1; niet hoog-risico: geen meting → 2 van 3',
    tijdlijnen: () => [
      casus(thv('2026-03-02T08:00:00Z', 'thv1'), e('2026-03-03T08:00:00Z', 'scenario-vastgelegd', { scenarioId: 's1', scenarioSoort: 'nieuw-incident', eigenaarOrganisatieId: ORG.politie })),
      casus(
        beoordeling('2026-03-02T08:00:00Z', 'c1', 30, true),
        e('2026-03-03T08:00:00Z', 'scenario-vastgelegd', { scenarioId: 's2', scenarioSoort: 'nieuw-incident', eigenaarOrganisatieId: ORG.politie }),
        e('2026-03-04T08:00:00Z', 'scenario-ingetrokken', { scenarioId: 's2' }),
      ),
      casus(herhaling('2026-03-02T08:00:00Z', 'm1'), besproken('2026-03-05T14:00:00Z', null)),
      casus(beoordeling('2026-03-02T08:00:00Z', 'c2', 30, false)),
    ],
    verwacht: { totaal: 200 / 3, n: 3 },
  },
  {
    indicator: 'samenhang.taken-op-tijd',
    waarom: 'drie afgerond, twee op tijd, één open → 2 van 3; bij de organisatie van de taak',
    tijdlijnen: () => [
      casus(
        e('2026-03-02T08:00:00Z', 'taak-aangemaakt', { taakId: 't1', taakSoort: 'x', deadline: '2026-03-05', organisatieId: ORG.politie }),
        e('2026-03-02T08:00:00Z', 'taak-aangemaakt', { taakId: 't2', taakSoort: 'x', deadline: '2026-03-05', organisatieId: ORG.vt }),
        e('2026-03-02T08:00:00Z', 'taak-aangemaakt', { taakId: 't4', taakSoort: 'x', deadline: '2026-03-05', organisatieId: ORG.vt }),
        e('2026-03-03T08:00:00Z', 'taak-afgerond', { taakId: 't1', taakSoort: 'x', opTijd: true }),
        e('2026-03-07T08:00:00Z', 'taak-afgerond', { taakId: 't2', taakSoort: 'x', opTijd: false }),
      ),
      casus(e('2026-03-03T08:00:00Z', 'taak-afgerond', { taakId: 't3', taakSoort: 'x', opTijd: true }, ORG.om)),
    ],
    verwacht: { totaal: 200 / 3, n: 3, perOrganisatie: { [ORG.politie]: 1, [ORG.vt]: 1, [ORG.om]: 1 } },
  },

  // ------------------------------------------------------------------------------------------- samen op in acuut
  {
    indicator: 'samen-op-in-acuut.crisiscontacten',
    waarom: 'één binnen, twee buiten kantoortijd → 3',
    tijdlijnen: () => [
      casus(acuut('2026-03-02T10:00:00Z', 'c1'), acuut('2026-03-02T22:00:00Z', 'c2', { buiten: true })),
      casus(acuut('2026-03-07T10:00:00Z', 'c3', { buiten: true, vt: ORG.vt2 })),
    ],
    verwacht: { totaal: 3, n: 3, perKenmerk: { kantoortijd: 1, 'buiten-kantoortijd': 2 }, perOrganisatie: { [ORG.vt]: 2, [ORG.vt2]: 1 } },
  },
  {
    indicator: 'samen-op-in-acuut.minuten-tot-opgenomen',
    waarom:
      '4, 10 (buiten) en 2 minuten, één onbekend telt niet → mediaan 4; kantoortijd (4 + 2) / 2 = 3; buiten 10. ' +
      'Een later aangevulde tijd telt in plaats van die bij registratie: c5 eerst 30, later 8 en dan 6 → 6; c6 eerst onbekend, later 5 → ' +
      'samen 4, 10, 2, 6, 5 → mediaan 5; kantoortijd 4, 2, 6, 5 → (4 + 5) / 2 = 4,5',
    tijdlijnen: () => [
      casus(
        acuut('2026-03-02T10:00:00Z', 'c1', { minuten: 4 }),
        acuut('2026-03-02T11:00:00Z', 'c2', { minuten: null }),
        acuut('2026-03-02T22:00:00Z', 'c3', { minuten: 10, buiten: true }),
        acuut('2026-03-03T10:00:00Z', 'c4', { minuten: 2 }),
      ),
      casus(
        acuut('2026-03-04T10:00:00Z', 'c5', { minuten: 30 }),
        acuut('2026-03-04T11:00:00Z', 'c6', { minuten: null }),
        e('2026-03-04T12:00:00Z', 'acuut-contact-aangevuld', { contactId: 'c5', minutenTotOpgenomen: 8 }),
        e('2026-03-04T12:30:00Z', 'acuut-contact-aangevuld', { contactId: 'c6', minutenTotOpgenomen: 5 }),
        e('2026-03-04T13:00:00Z', 'acuut-contact-aangevuld', { contactId: 'c5', minutenTotOpgenomen: 6 }),
      ),
    ],
    verwacht: { totaal: 5, n: 5, perKenmerk: { kantoortijd: 4.5, 'buiten-kantoortijd': 10 } },
  },
  {
    indicator: 'samen-op-in-acuut.opvolging-binnen-24-uur',
    waarom: 'op tijd; eerst verlopen dan te laat (laatste telt: te laat); verlopen; op tijd; zonder uitkomst telt niet → 2 van 4 = 50%',
    tijdlijnen: () => opvolgingen(),
    verwacht: { totaal: 50, n: 4 },
  },
  {
    indicator: 'samen-op-in-acuut.late-meldingen',
    waarom: 'dezelfde contacten: één te laat ontvangen (na eerder verlopen), één verlopen; op tijd en zonder uitkomst tellen niet → 2',
    tijdlijnen: () => opvolgingen(),
    verwacht: { totaal: 2, n: 2, perKenmerk: { 'te-laat-ontvangen': 1, verlopen: 1 } },
  },
  {
    indicator: 'samen-op-in-acuut.gezamenlijke-beoordeling',
    waarom: 'vier contacten, drie met een beoordeling → 75%',
    tijdlijnen: () => [
      casus(acuut('2026-03-02T10:00:00Z', 'c1'), beoordeling('2026-03-02T10:30:00Z', 'c1', 30), acuut('2026-03-02T11:00:00Z', 'c2')),
      casus(acuut('2026-03-03T10:00:00Z', 'c3'), beoordeling('2026-03-03T11:00:00Z', 'c3', 60), acuut('2026-03-03T12:00:00Z', 'c4'), beoordeling('2026-03-03T13:00:00Z', 'c4', 60)),
    ],
    verwacht: { totaal: 75, n: 4 },
  },
  {
    indicator: 'samen-op-in-acuut.minuten-tot-beoordeling',
    waarom: '30, 90 en 45 minuten (een tweede beoordeling van hetzelfde contact telt niet) → mediaan 45',
    tijdlijnen: () => [
      casus(
        acuut('2026-03-02T10:00:00Z', 'c1'),
        beoordeling('2026-03-02T10:30:00Z', 'c1', 30),
        beoordeling('2026-03-02T13:20:00Z', 'c1', 200),
        acuut('2026-03-02T11:00:00Z', 'c2'),
        beoordeling('2026-03-02T12:30:00Z', 'c2', 90),
      ),
      casus(acuut('2026-03-03T10:00:00Z', 'c3'), beoordeling('2026-03-03T10:45:00Z', 'c3', 45)),
    ],
    verwacht: { totaal: 45, n: 3 },
  },
  {
    indicator: 'samen-op-in-acuut.thv-opgelegd',
    waarom: 'twee opgelegd, één afgezien → 2',
    tijdlijnen: () => [
      casus(thv('2026-03-02T10:00:00Z', 'thv1'), e('2026-03-02T09:00:00Z', 'thv-afgezien', { thvId: 'thv0' }, ORG.politie)),
      casus(thv('2026-03-05T10:00:00Z', 'thv2')),
    ],
    verwacht: { totaal: 2, n: 2, perOrganisatie: { [ORG.politie]: 2 } },
  },
  {
    indicator: 'samen-op-in-acuut.thv-verlengd',
    waarom: 'één huisverbod twee keer verlengd → 2',
    tijdlijnen: () => [
      casus(
        thv('2026-03-02T10:00:00Z', 'thv1'),
        e('2026-03-11T10:00:00Z', 'thv-verlengd', { thvId: 'thv1', eindeOp: '2026-03-20', dagenNaOpleggen: 9 }, ORG.politie),
        e('2026-03-19T10:00:00Z', 'thv-verlengd', { thvId: 'thv1', eindeOp: '2026-03-30', dagenNaOpleggen: 17 }, ORG.politie),
      ),
    ],
    verwacht: { totaal: 2, n: 2 },
  },
  {
    indicator: 'samen-op-in-acuut.thv-vt-geraadpleegd',
    waarom: 'vier overwogen, drie met VT geraadpleegd → 75%',
    tijdlijnen: () => [
      casus(
        e('2026-03-02T10:00:00Z', 'thv-overwogen', { thvId: 'a', vtGeraadpleegd: true }, ORG.politie),
        e('2026-03-02T11:00:00Z', 'thv-overwogen', { thvId: 'b', vtGeraadpleegd: false }, ORG.politie),
      ),
      casus(
        e('2026-03-03T10:00:00Z', 'thv-overwogen', { thvId: 'c', vtGeraadpleegd: true }, ORG.politie),
        e('2026-03-04T10:00:00Z', 'thv-overwogen', { thvId: 'd', vtGeraadpleegd: true }, ORG.politie),
      ),
    ],
    verwacht: { totaal: 75, n: 4 },
  },
  {
    indicator: 'samen-op-in-acuut.herhaling-na-thv',
    waarom: 'overtreden: 1; melding na 10 maanden: 1; melding na 13 maanden: 0; niets: 0 → 50%',
    tijdlijnen: () => [
      casus(thv('2025-01-10T10:00:00Z', 'thv1'), e('2025-01-15T10:00:00Z', 'thv-overtreding', { thvId: 'thv1', overtredingId: 'o1' }, ORG.politie)),
      casus(thv('2025-02-01T10:00:00Z', 'thv2'), melding('2025-12-01T10:00:00Z', 'm2', { incidentOp: '2025-12-01T08:00:00Z' })),
      casus(thv('2025-03-01T10:00:00Z', 'thv3'), melding('2026-04-01T10:00:00Z', 'm3', { incidentOp: '2026-04-01T08:00:00Z' })),
      casus(thv('2025-04-01T10:00:00Z', 'thv4')),
    ],
    verwacht: { totaal: 50, n: 4 },
  },
  {
    indicator: 'samen-op-in-acuut.herhaling-12-maanden',
    waarom: 'alleen de eigen opvolgmelding: 0; nieuwe melding na 19 dagen: 1; herhaling vóór het contact: 0; geopend moment zonder contact, herhaling na 6 maanden: 1 → 50%',
    tijdlijnen: () => [
      casus(acuut('2025-01-10T08:00:00Z', 'c1'), opvolging('2025-01-10T20:00:00Z', 'c1', 'op-tijd', 'm-op'), melding('2025-01-10T20:00:00Z', 'm-op')),
      casus(acuut('2025-02-01T08:00:00Z', 'c2'), melding('2025-02-21T08:00:00Z', 'm2', { incidentOp: '2025-02-20T08:00:00Z' })),
      casus(herhaling('2025-02-15T08:00:00Z', 'm3'), acuut('2025-03-01T08:00:00Z', 'c3')),
      casus(
        e('2025-04-01T08:00:00Z', 'coordinatiemoment-geopend', { coordinatiemomentId: 'cm1', moment: 'samen-op-in-acuut', redenen: [] }),
        herhaling('2025-10-01T08:00:00Z', 'm4'),
      ),
    ],
    verwacht: { totaal: 50, n: 4 },
  },
  {
    indicator: 'samen-op-in-acuut.later-zsm-of-actieoverleg',
    waarom: 'ZSM na 2 maanden: 1; aanmelding na 13 maanden: 0; aanmelding vóór het contact: 0 → 1 van 3',
    tijdlijnen: () => [
      casus(acuut('2025-01-10T08:00:00Z', 'c1'), zsm('2025-03-01T08:00:00Z', 'z1')),
      casus(acuut('2025-01-10T08:00:00Z', 'c2'), aanmelding('2026-02-15T08:00:00Z', 'a1', ORG.vt)),
      casus(aanmelding('2025-01-05T08:00:00Z', 'a2', ORG.vt), acuut('2025-01-10T08:00:00Z', 'c3')),
    ],
    verwacht: { totaal: 100 / 3, n: 3 },
  },

  // ------------------------------------------------------------------------------------------- actieoverleg
  {
    indicator: 'actieoverleg.aanmeldingen',
    waarom: 'twee van VT (één herhaald), één van de politie → 3; per aanmeldende organisatie VT 2, politie 1',
    tijdlijnen: () => [
      casus(aanmelding('2026-03-02T08:00:00Z', 'a1', ORG.vt), aanmelding('2026-05-02T08:00:00Z', 'a2', ORG.vt, 'a1')),
      casus(aanmelding('2026-03-03T08:00:00Z', 'a3', ORG.politie)),
    ],
    verwacht: { totaal: 3, n: 3, perKenmerk: { 'eerste-aanmelding': 2, 'herhaalde-aanmelding': 1 }, perOrganisatie: { [ORG.vt]: 2, [ORG.politie]: 1 } },
  },
  {
    indicator: 'actieoverleg.geagendeerd',
    waarom: 'geagendeerd 1, afgewezen (herhaald) 0, doorverwezen 0, geagendeerd zonder ontvangst op deze tijdlijn 1 → 50%; eerste 2 van 3; herhaald 0 van 1',
    tijdlijnen: () => [
      casus(
        aanmelding('2026-03-02T08:00:00Z', 'a1', ORG.vt),
        e('2026-03-03T08:00:00Z', 'aanmelding-geagendeerd', { aanmeldingId: 'a1', herhaling: false }),
        aanmelding('2026-05-02T08:00:00Z', 'a2', ORG.politie, 'a1'),
        e('2026-05-03T08:00:00Z', 'aanmelding-afgewezen', { aanmeldingId: 'a2', herhaling: true }),
      ),
      casus(
        aanmelding('2026-03-02T08:00:00Z', 'a3', ORG.politie),
        e('2026-03-03T08:00:00Z', 'aanmelding-doorverwezen', { aanmeldingId: 'a3', partnerOrganisatieId: ORG.om }),
        e('2026-03-04T08:00:00Z', 'aanmelding-geagendeerd', { aanmeldingId: 'a4', herhaling: false }),
      ),
    ],
    verwacht: { totaal: 50, n: 4, perKenmerk: { 'eerste-aanmelding': 200 / 3, 'herhaalde-aanmelding': 0 }, perOrganisatie: { [ORG.vt]: 2, [ORG.politie]: 2 } },
  },
  {
    indicator: 'actieoverleg.herhaalde-aanmeldingen',
    waarom: 'één eerste en twee herhaalde aanmeldingen → 2',
    tijdlijnen: () => [
      casus(
        aanmelding('2026-01-02T08:00:00Z', 'a1', ORG.vt),
        aanmelding('2026-03-02T08:00:00Z', 'a2', ORG.vt, 'a1'),
        aanmelding('2026-06-02T08:00:00Z', 'a3', ORG.politie, 'a2'),
      ),
    ],
    verwacht: { totaal: 2, n: 2, perOrganisatie: { [ORG.vt]: 1, [ORG.politie]: 1 } },
  },
  {
    indicator: 'actieoverleg.afspraken-op-tijd',
    waarom: 'gedaan op tijd 1; gedaan te laat 0; niet gedaan 0; verlopen 0; verlopen en later gedaan 0 (één meting); open: geen; gedaan op tijd 1 → 2 van 6',
    tijdlijnen: () => {
      const gemaakt = (id: string, eigenaar: string) =>
        e('2026-03-02T08:00:00Z', 'afspraak-gemaakt', { afspraakId: id, afspraakSoort: 'actie', eigenaarOrganisatieId: eigenaar, deadline: '2026-03-09', overlegId: 'overleg-1' });
      const af = (op: string, id: string, status: 'gedaan' | 'niet-mogelijk' | 'niet-gedaan', opTijd: boolean) => e(op, 'afspraak-afgesloten', { afspraakId: id, status, opTijd });
      const verlopen = (id: string) => e('2026-03-10T00:00:00Z', 'afspraak-verlopen', { afspraakId: id, eigenaarOrganisatieId: ORG.politie, deadline: '2026-03-09' });
      return [
        casus(
          gemaakt('af1', ORG.politie), af('2026-03-05T08:00:00Z', 'af1', 'gedaan', true),
          gemaakt('af2', ORG.vt), af('2026-03-12T08:00:00Z', 'af2', 'gedaan', false),
          gemaakt('af3', ORG.om), af('2026-03-05T08:00:00Z', 'af3', 'niet-gedaan', true),
        ),
        casus(
          gemaakt('af4', ORG.politie), verlopen('af4'),
          gemaakt('af5', ORG.politie), verlopen('af5'), af('2026-03-12T08:00:00Z', 'af5', 'gedaan', false),
          gemaakt('af6', ORG.politie),
          gemaakt('af7', ORG.vt), af('2026-03-06T08:00:00Z', 'af7', 'gedaan', true),
        ),
      ];
    },
    verwacht: { totaal: 100 / 3, n: 6, perOrganisatie: { [ORG.politie]: 3, [ORG.vt]: 2, [ORG.om]: 1 } },
  },
  {
    indicator: 'actieoverleg.besprekingen',
    waarom: 'twee besprekingen van een aanmelding, één vervolg → 3',
    tijdlijnen: () => [
      casus(besproken('2026-03-05T14:00:00Z', 'a1', 2), besproken('2026-03-19T14:00:00Z', null)),
      casus(besproken('2026-03-12T14:00:00Z', 'a2', 1)),
    ],
    verwacht: { totaal: 3, n: 3, perKenmerk: { aanmelding: 2, vervolg: 1 } },
  },
  {
    indicator: 'actieoverleg.besprekingen-met-afspraken',
    waarom: 'afspraken 2, 0, 1, 3 → 3 van 4 = 75%',
    tijdlijnen: () => [
      casus(besproken('2026-03-05T14:00:00Z', 'a1', 2), besproken('2026-03-19T14:00:00Z', null, 0)),
      casus(besproken('2026-03-12T14:00:00Z', 'a2', 1), besproken('2026-03-26T14:00:00Z', null, 3)),
    ],
    verwacht: { totaal: 75, n: 4 },
  },
  {
    indicator: 'actieoverleg.besprekingen-met-scenario',
    waarom: 'aanmelding met scenario 1, aanmelding zonder 0, vervolg telt niet → 50%',
    tijdlijnen: () => [
      casus(besproken('2026-03-05T14:00:00Z', 'a1', 2, 1), besproken('2026-03-19T14:00:00Z', null, 1, 2)),
      casus(besproken('2026-03-12T14:00:00Z', 'a2', 1, 0)),
    ],
    verwacht: { totaal: 50, n: 2 },
  },
  {
    indicator: 'actieoverleg.partners-uitgenodigd',
    waarom: 'RvdK twee keer, reclassering één keer → 3',
    tijdlijnen: () => [
      casus(
        e('2026-03-02T08:00:00Z', 'partner-uitgenodigd', { overlegId: 'o1', agendapuntId: 'ap1', organisatieId: ORG.rvdk }),
        e('2026-03-02T08:00:00Z', 'partner-uitgenodigd', { overlegId: 'o1', agendapuntId: 'ap1', organisatieId: ORG.reclassering }),
      ),
      casus(e('2026-03-09T08:00:00Z', 'partner-uitgenodigd', { overlegId: 'o2', agendapuntId: 'ap2', organisatieId: ORG.rvdk })),
    ],
    verwacht: { totaal: 3, n: 3, perOrganisatie: { [ORG.rvdk]: 2, [ORG.reclassering]: 1 } },
  },
  {
    indicator: 'actieoverleg.dagen-tot-bespreking',
    waarom: 'ma 2 → do 5 maart: 3; 2 maart 23:30 Amsterdam → 12 maart: 10; 4 maart 00:30 Amsterdam (3 maart UTC) → 5 maart: 1; tweede bespreking telt niet → mediaan 3',
    tijdlijnen: () => [
      casus(aanmelding('2026-03-02T09:00:00Z', 'a1', ORG.vt), besproken('2026-03-05T14:00:00Z', 'a1'), besproken('2026-03-19T14:00:00Z', 'a1')),
      casus(aanmelding('2026-03-02T22:30:00Z', 'a2', ORG.politie), besproken('2026-03-12T13:00:00Z', 'a2')),
      casus(aanmelding('2026-03-03T23:30:00Z', 'a3', ORG.vt), besproken('2026-03-05T12:00:00Z', 'a3')),
    ],
    verwacht: { totaal: 3, n: 3, perOrganisatie: { [ORG.vt]: 2, [ORG.politie]: 1 } },
  },
  {
    indicator: 'actieoverleg.informatie-voor-bespreking',
    waarom: 'informatie gedeeld tussen aanmelding en bespreking 1; bevraging beantwoord ervoor 1; alleen informatie ná de bespreking 0; bespreking zonder ontvangst op de tijdlijn telt niet → 2 van 3',
    tijdlijnen: () => [
      casus(
        aanmelding('2026-03-02T09:00:00Z', 'a1', ORG.vt),
        e('2026-03-03T09:00:00Z', 'informatie-gedeeld', { itemId: 'i1', categorie: 'veiligheid', vertrouwelijkheid: 'normaal' }, ORG.politie),
        besproken('2026-03-05T14:00:00Z', 'a1'),
      ),
      casus(
        aanmelding('2026-03-02T09:00:00Z', 'a2', ORG.politie),
        e('2026-03-04T09:00:00Z', 'bevraging-beantwoord', { bevragingId: 'b1', gevraagdeOrganisatieId: ORG.om, vlaggen: [], positief: false }, ORG.om),
        besproken('2026-03-05T14:00:00Z', 'a2'),
      ),
      casus(
        aanmelding('2026-03-02T09:00:00Z', 'a3', ORG.vt),
        besproken('2026-03-05T14:00:00Z', 'a3'),
        e('2026-03-06T09:00:00Z', 'informatie-gedeeld', { itemId: 'i2', categorie: 'veiligheid', vertrouwelijkheid: 'normaal' }),
        besproken('2026-03-12T14:00:00Z', 'a9'),
      ),
    ],
    verwacht: { totaal: 200 / 3, n: 3, perOrganisatie: { [ORG.vt]: 2, [ORG.politie]: 1 } },
  },
  {
    indicator: 'actieoverleg.herhaling-12-maanden',
    waarom: 'melding 3 maanden na de aanmelding: 1; alleen een bespreking, niets daarna: 0; incident vóór de aanmelding (later gekoppeld): 0 → 1 van 3',
    tijdlijnen: () => [
      casus(aanmelding('2025-05-01T08:00:00Z', 'a1', ORG.vt), melding('2025-08-01T08:00:00Z', 'm1', { incidentOp: '2025-08-01T06:00:00Z' })),
      casus(besproken('2025-05-01T14:00:00Z', null)),
      casus(aanmelding('2025-05-01T08:00:00Z', 'a2', ORG.vt), melding('2025-05-10T08:00:00Z', 'm2', { incidentOp: '2025-04-20T06:00:00Z' })),
    ],
    verwacht: { totaal: 100 / 3, n: 3 },
  },
  {
    indicator: 'actieoverleg.hoog-risico-besproken',
    waarom: 'herhaling en besproken: 1; THV, niet besproken: 0; besproken maar geen hoog-risico: geen meting → 50%',
    tijdlijnen: () => [
      casus(herhaling('2026-03-02T08:00:00Z', 'm1'), besproken('2026-03-12T14:00:00Z', 'a1')),
      casus(thv('2026-03-02T08:00:00Z', 'thv1')),
      casus(besproken('2026-03-12T14:00:00Z', 'a2')),
    ],
    verwacht: { totaal: 50, n: 2 },
  },
  {
    indicator: 'actieoverleg.rechtstreeks-doorverwezen',
    waarom: 'twee doorverwijzingen (OM, politie) → 2, bij de partner',
    tijdlijnen: () => [
      casus(e('2026-03-03T08:00:00Z', 'aanmelding-doorverwezen', { aanmeldingId: 'a1', partnerOrganisatieId: ORG.om })),
      casus(e('2026-03-04T08:00:00Z', 'aanmelding-doorverwezen', { aanmeldingId: 'a2', partnerOrganisatieId: ORG.politie })),
    ],
    verwacht: { totaal: 2, n: 2, perOrganisatie: { [ORG.om]: 1, [ORG.politie]: 1 } },
  },

  // ------------------------------------------------------------------------------------------- VT & ZSM
  {
    indicator: 'vt-zsm.vt-deelname-afdoeningsoverleg',
    waarom: 'zes overleggen: twee aan tafel en één van elke andere wijze → 6',
    tijdlijnen: () => [
      casus(
        ...(['aan-tafel', 'aan-tafel', 'telefonisch', 'video', 'schriftelijke-overdracht', 'niet'] as const).map((vtDeelname, i) =>
          e(`2026-03-0${i + 2}T10:00:00Z`, 'zsm-afdoeningsoverleg', { zaakId: `z${i}`, vtDeelname, afgevinkt: 3, punten: 5 }, ORG.om),
        ),
      ),
    ],
    verwacht: { totaal: 6, n: 6, perKenmerk: { 'aan-tafel': 2, telefonisch: 1, video: 1, 'schriftelijke-overdracht': 1, niet: 1 } },
  },
  {
    indicator: 'vt-zsm.zaken',
    waarom: 'woensdag: werkdag; zaterdag: weekend; vrijdag 23:30 UTC is zaterdag 00:30 in Amsterdam: weekend → 3',
    tijdlijnen: () => [
      casus(zsm('2026-03-04T12:00:00Z', 'z1', { aangehoudenOp: '2026-03-04T10:00:00Z' })),
      casus(zsm('2026-03-07T12:00:00Z', 'z2', { aangehoudenOp: '2026-03-07T10:00:00Z' }), zsm('2026-03-07T01:00:00Z', 'z3', { aangehoudenOp: '2026-03-06T23:30:00Z' })),
    ],
    verwacht: { totaal: 3, n: 3, perKenmerk: { werkdag: 1, weekend: 2 } },
  },
  {
    indicator: 'vt-zsm.vt-contact',
    waarom: 'werkdag bereikt 1; weekend niet bereikt en beslist 0; weekend (za 00:30 Amsterdam) bereikt 1; werkdag zonder contact en beslissing: geen meting; werkdag beslist zonder contact 0 → 50%; werkdag 50%, weekend 50%',
    tijdlijnen: () => [
      casus(zsm('2026-03-04T10:00:00Z', 'z1'), vtContact('2026-03-04T11:00:00Z', 'z1', true, 60)),
      casus(zsm('2026-03-07T10:00:00Z', 'z2'), vtContact('2026-03-07T11:00:00Z', 'z2', false, 60), beslissing('2026-03-07T18:00:00Z', 'z2')),
      casus(zsm('2026-03-07T00:00:00Z', 'z3', { aangehoudenOp: '2026-03-06T23:30:00Z' }), vtContact('2026-03-07T02:00:00Z', 'z3', true, 150)),
      casus(zsm('2026-03-04T10:00:00Z', 'z4')),
      casus(zsm('2026-03-02T10:00:00Z', 'z5'), beslissing('2026-03-02T18:00:00Z', 'z5')),
    ],
    verwacht: { totaal: 50, n: 4, perKenmerk: { werkdag: 50, weekend: 50 } },
  },
  {
    indicator: 'vt-zsm.vt-informatie-voor-beslissing',
    waarom: 'werkdag ja; weekend nee; weekend ja; beslissing op zondag zonder instroom op deze tijdlijn nee → 2 van 4 = 50%; werkdag 100%; weekend 1 van 3',
    tijdlijnen: () => [
      casus(zsm('2026-03-04T10:00:00Z', 'z1'), beslissing('2026-03-04T18:00:00Z', 'z1', { vtInfo: true })),
      casus(zsm('2026-03-07T10:00:00Z', 'z2'), beslissing('2026-03-07T18:00:00Z', 'z2', { vtInfo: false })),
      casus(zsm('2026-03-07T10:00:00Z', 'z3'), beslissing('2026-03-09T09:00:00Z', 'z3', { vtInfo: true })),
      casus(beslissing('2026-03-08T12:00:00Z', 'z9', { vtInfo: false })),
    ],
    verwacht: { totaal: 50, n: 4, perKenmerk: { werkdag: 100, weekend: 100 / 3 } },
  },
  {
    indicator: 'vt-zsm.vrijlating-zonder-maatregelen',
    waarom: 'één van vier beslissingen een onveilige vrijlating → 25%',
    tijdlijnen: () => [
      casus(beslissing('2026-03-04T18:00:00Z', 'z1', { onveilig: true }), beslissing('2026-03-05T18:00:00Z', 'z2')),
      casus(beslissing('2026-03-06T18:00:00Z', 'z3'), beslissing('2026-03-07T18:00:00Z', 'z4')),
    ],
    verwacht: { totaal: 25, n: 4 },
  },
  {
    indicator: 'vt-zsm.terugkoppeling',
    waarom: 'teruggekoppeld 1; niet 0; teruggekoppeld 1 → 2 van 3',
    tijdlijnen: () => [
      casus(beslissing('2026-03-04T18:00:00Z', 'z1'), e('2026-03-04T19:00:00Z', 'zsm-terugkoppeling', { zaakId: 'z1', organisatieIds: [ORG.vt] }, ORG.om)),
      casus(beslissing('2026-03-05T18:00:00Z', 'z2')),
      casus(beslissing('2026-03-06T18:00:00Z', 'z3'), e('2026-03-09T09:00:00Z', 'zsm-terugkoppeling', { zaakId: 'z3', organisatieIds: [ORG.vt, ORG.rvdk] }, ORG.om)),
    ],
    verwacht: { totaal: 200 / 3, n: 3 },
  },
  {
    indicator: 'vt-zsm.beslissing-gelezen-op-tijd',
    waarom: 'VT op tijd, RvdK te laat, reclassering op tijd; een andere taak telt niet → 2 van 3; bij de ontvangende organisatie',
    tijdlijnen: () => {
      const taak = (taakId: string, taakSoort: string, organisatieId: string, opTijd: boolean) => [
        e('2026-03-04T18:00:00Z', 'taak-aangemaakt', { taakId, taakSoort, deadline: '2026-03-05', organisatieId }, ORG.om),
        e('2026-03-05T09:00:00Z', 'taak-afgerond', { taakId, taakSoort, opTijd }, organisatieId),
      ];
      return [
        casus(
          ...taak('t1', 'zsm-beslissing-lezen', ORG.vt, true),
          ...taak('t2', 'zsm-beslissing-lezen', ORG.rvdk, false),
          ...taak('t3', 'zsm-beslissing-lezen', ORG.reclassering, true),
          ...taak('t4', 'afspraak', ORG.politie, false),
        ),
      ];
    },
    verwacht: { totaal: 200 / 3, n: 3, perOrganisatie: { [ORG.vt]: 1, [ORG.rvdk]: 1, [ORG.reclassering]: 1 } },
  },
  {
    indicator: 'vt-zsm.binnen-termijn',
    waarom: 'drie van vier binnen de termijn → 75%',
    tijdlijnen: () => [
      casus(beslissing('2026-03-04T18:00:00Z', 'z1'), beslissing('2026-03-05T18:00:00Z', 'z2', { binnen: false })),
      casus(beslissing('2026-03-06T18:00:00Z', 'z3'), beslissing('2026-03-07T18:00:00Z', 'z4')),
    ],
    verwacht: { totaal: 75, n: 4 },
  },
  {
    indicator: 'vt-zsm.minuten-tot-veiligheidsbeoordeling',
    waarom: '120 (tweede beoordeling telt niet), 60 en 240 → mediaan 120',
    tijdlijnen: () => [
      casus(zsmBeoordeling('2026-03-04T12:00:00Z', 'z1', 120), zsmBeoordeling('2026-03-04T15:00:00Z', 'z1', 300), zsmBeoordeling('2026-03-05T11:00:00Z', 'z2', 60)),
      casus(zsmBeoordeling('2026-03-06T14:00:00Z', 'z3', 240)),
    ],
    verwacht: { totaal: 120, n: 3 },
  },
  {
    indicator: 'vt-zsm.minuten-tot-vt-contact',
    waarom: 'werkdag: eerste poging niet bereikt, bereikt na 45; weekend 300 en 200 → mediaan 200; werkdag 45; weekend 250',
    tijdlijnen: () => [
      casus(zsm('2026-03-04T10:00:00Z', 'z1'), vtContact('2026-03-04T10:30:00Z', 'z1', false, 30), vtContact('2026-03-04T10:45:00Z', 'z1', true, 45)),
      casus(zsm('2026-03-07T10:00:00Z', 'z2'), vtContact('2026-03-07T15:00:00Z', 'z2', true, 300)),
      casus(vtContact('2026-03-08T13:20:00Z', 'z3', true, 200)),
    ],
    verwacht: { totaal: 200, n: 3, perKenmerk: { werkdag: 45, weekend: 250 } },
  },
  {
    indicator: 'vt-zsm.rvdk-bij-kinderen',
    waarom: 'kinderen + RvdK 1; kinderen, alleen 3RO-advies en beslist 0; geen kinderen: geen meting; kinderen, nog niets: geen meting → 50%',
    tijdlijnen: () => [
      casus(zsm('2026-03-04T10:00:00Z', 'z1', { kinderen: true }), e('2026-03-04T12:00:00Z', 'zsm-advies', { zaakId: 'z1', adviesSoort: 'rvdk-betrokkenheid', organisatieId: ORG.rvdk }, ORG.rvdk)),
      casus(
        zsm('2026-03-05T10:00:00Z', 'z2', { kinderen: true }),
        e('2026-03-05T12:00:00Z', 'zsm-advies', { zaakId: 'z2', adviesSoort: '3ro-advies', organisatieId: ORG.reclassering }, ORG.reclassering),
        beslissing('2026-03-05T18:00:00Z', 'z2'),
      ),
      casus(zsm('2026-03-06T10:00:00Z', 'z3'), e('2026-03-06T12:00:00Z', 'zsm-advies', { zaakId: 'z3', adviesSoort: 'rvdk-betrokkenheid', organisatieId: ORG.rvdk }, ORG.rvdk)),
      casus(zsm('2026-03-06T10:00:00Z', 'z4', { kinderen: true })),
    ],
    verwacht: { totaal: 50, n: 2 },
  },
  {
    indicator: 'vt-zsm.samengevoegde-meldingen',
    waarom: 'ZSM-casus: twee samenvoegingen, één ongedaan gemaakt → 1; samenvoeging zonder ZSM-zaak telt niet → 1',
    tijdlijnen: () => {
      const samengevoegd = (op: string, samenvoegingId: string) =>
        e(op, 'melding-samengevoegd', { samenvoegingId, primaireMeldingId: 'm1', secundaireMeldingId: `m-${samenvoegingId}` });
      return [
        casus(
          zsm('2026-03-04T10:00:00Z', 'z1'),
          samengevoegd('2026-03-05T10:00:00Z', 's1'),
          samengevoegd('2026-03-05T11:00:00Z', 's2'),
          e('2026-03-05T12:00:00Z', 'samenvoegen-ongedaan', { samenvoegingId: 's2', primaireMeldingId: 'm1', secundaireMeldingId: 'm-s2' }),
        ),
        casus(samengevoegd('2026-03-05T10:00:00Z', 's3')),
      ];
    },
    verwacht: { totaal: 1, n: 1, perOrganisatie: { [ORG.vt]: 1 } },
  },
  {
    indicator: 'vt-zsm.herhaling-12-maanden',
    waarom: 'alleen de eigen ZSM-melding: 0; nieuwe melding na 8 maanden: 1 → 50%',
    tijdlijnen: () => [
      casus(zsm('2025-02-01T08:00:00Z', 'z1', { meldingId: 'mz' }), melding('2025-02-01T12:00:00Z', 'mz', { incidentOp: '2025-02-01T06:00:00Z' })),
      casus(zsm('2025-02-01T08:00:00Z', 'z2'), melding('2025-10-01T08:00:00Z', 'm9', { incidentOp: '2025-10-01T06:00:00Z' })),
    ],
    verwacht: { totaal: 50, n: 2 },
  },
  {
    indicator: 'vt-zsm.hoog-risico-beoordeeld',
    waarom: 'hoog-risico vóór instroom: beoordeeld 1, beslist zonder beoordeling 0; THV pas na de instroom: geen meting; geen hoog-risico: geen meting → 50%',
    tijdlijnen: () => [
      casus(
        herhaling('2025-01-01T08:00:00Z', 'm1'),
        zsm('2025-02-01T08:00:00Z', 'z1'),
        zsmBeoordeling('2025-02-01T10:00:00Z', 'z1', 120),
        zsm('2025-03-01T08:00:00Z', 'z2'),
        beslissing('2025-03-01T16:00:00Z', 'z2'),
      ),
      casus(zsm('2025-02-01T08:00:00Z', 'z3'), thv('2025-02-02T08:00:00Z', 'thv1'), beslissing('2025-02-01T16:00:00Z', 'z3')),
      casus(zsm('2025-02-01T08:00:00Z', 'z4'), zsmBeoordeling('2025-02-01T10:00:00Z', 'z4', 120)),
    ],
    verwacht: { totaal: 50, n: 2 },
  },

  // ------------------------------------------------------------------------------------------- strafbare kindermishandeling
  {
    indicator: 'strafbare-kindermishandeling.trajecten',
    waarom: 'één anoniem, twee op naam → 3',
    tijdlijnen: () => [casus(ssk('2026-03-02T08:00:00Z', 't1', true), ssk('2026-03-03T08:00:00Z', 't2')), casus(ssk('2026-03-04T08:00:00Z', 't3'))],
    verwacht: { totaal: 3, n: 3, perKenmerk: { anoniem: 1, 'op-naam': 2 } },
  },
  {
    indicator: 'strafbare-kindermishandeling.anoniem-gestart',
    waarom: 'één van vier anoniem → 25%',
    tijdlijnen: () => [
      casus(ssk('2026-03-02T08:00:00Z', 't1', true), ssk('2026-03-03T08:00:00Z', 't2')),
      casus(ssk('2026-03-04T08:00:00Z', 't3'), ssk('2026-03-05T08:00:00Z', 't4')),
    ],
    verwacht: { totaal: 25, n: 4 },
  },
  {
    indicator: 'strafbare-kindermishandeling.anoniem-omgezet',
    waarom: 'anoniem en omgezet 1; anoniem en afgesloten 0; anoniem en open: geen meting; op naam: geen meting → 50%',
    tijdlijnen: () => [
      casus(ssk('2026-03-02T08:00:00Z', 't1', true), e('2026-03-03T08:00:00Z', 'ssk-omgezet', { trajectId: 't1', consultatieOp: '2026-03-02T08:00:00Z', organisaties: 2 })),
      casus(ssk('2026-03-02T08:00:00Z', 't2', true), sskAfgesloten('2026-03-10T08:00:00Z', 't2')),
      casus(ssk('2026-03-02T08:00:00Z', 't3', true)),
      casus(ssk('2026-03-02T08:00:00Z', 't4'), sskAfgesloten('2026-03-10T08:00:00Z', 't4')),
    ],
    verwacht: { totaal: 50, n: 2 },
  },
  {
    indicator: 'strafbare-kindermishandeling.keuze-melding-aangifte',
    waarom: 'melding 2, aangifte 1, beide 1, geen 1 → 5',
    tijdlijnen: () => [
      casus(
        ...(['melding', 'melding', 'aangifte', 'beide', 'geen'] as const).map((keuze, i) => e(`2026-03-0${i + 2}T08:00:00Z`, 'ssk-keuze', { trajectId: `t${i}`, keuze })),
      ),
    ],
    verwacht: { totaal: 5, n: 5, perKenmerk: { melding: 2, aangifte: 1, beide: 1, geen: 1 } },
  },
  {
    indicator: 'strafbare-kindermishandeling.triages',
    waarom: 'VT twee triages, politie één → 3',
    tijdlijnen: () => [
      casus(
        e('2026-03-02T10:00:00Z', 'ssk-triage', { trajectId: 't1', organisatieId: ORG.vt, directActieNodig: false }),
        e('2026-03-02T11:00:00Z', 'ssk-triage', { trajectId: 't1', organisatieId: ORG.politie, directActieNodig: false }, ORG.politie),
      ),
      casus(e('2026-03-04T10:00:00Z', 'ssk-triage', { trajectId: 't2', organisatieId: ORG.vt, directActieNodig: false })),
    ],
    verwacht: { totaal: 3, n: 3, perOrganisatie: { [ORG.vt]: 2, [ORG.politie]: 1 } },
  },
  {
    indicator: 'strafbare-kindermishandeling.uren-tot-triage',
    waarom: '4 uur (tweede triage telt niet), 24 uur, een half uur → mediaan 4',
    tijdlijnen: () => [
      casus(
        ssk('2026-03-02T10:00:00Z', 't1'),
        e('2026-03-02T14:00:00Z', 'ssk-triage', { trajectId: 't1', organisatieId: ORG.vt, directActieNodig: false }),
        e('2026-03-03T14:00:00Z', 'ssk-triage', { trajectId: 't1', organisatieId: ORG.politie, directActieNodig: false }),
      ),
      casus(ssk('2026-03-02T10:00:00Z', 't2'), e('2026-03-03T10:00:00Z', 'ssk-triage', { trajectId: 't2', organisatieId: ORG.vt, directActieNodig: false })),
      casus(ssk('2026-03-02T10:00:00Z', 't3'), e('2026-03-02T10:30:00Z', 'ssk-triage', { trajectId: 't3', organisatieId: ORG.vt, directActieNodig: false })),
    ],
    verwacht: { totaal: 4, n: 3 },
  },
  {
    indicator: 'strafbare-kindermishandeling.medisch-binnen-24-uur',
    waarom: '12, 24 (precies 24 telt mee), 30 en 6 uur → 3 van 4 = 75%; bij de organisatie van de expert',
    tijdlijnen: () => [
      casus(
        e('2026-03-02T08:00:00Z', 'ssk-medisch-verzoek', { trajectId: 't1', verzoekId: 'v1', expert: 'fmek', expertOrganisatieId: ORG.fmek }),
        e('2026-03-02T20:00:00Z', 'ssk-medisch-uitkomst', { trajectId: 't1', verzoekId: 'v1', letselPastBijVerklaring: false, urenNaVerzoek: 12 }),
        e('2026-03-03T08:00:00Z', 'ssk-medisch-uitkomst', { trajectId: 't1', verzoekId: 'v2', letselPastBijVerklaring: true, urenNaVerzoek: 24 }),
      ),
      casus(
        e('2026-03-04T08:00:00Z', 'ssk-medisch-uitkomst', { trajectId: 't2', verzoekId: 'v3', letselPastBijVerklaring: null, urenNaVerzoek: 30 }),
        e('2026-03-04T09:00:00Z', 'ssk-medisch-uitkomst', { trajectId: 't2', verzoekId: 'v4', letselPastBijVerklaring: null, urenNaVerzoek: 6 }),
      ),
    ],
    verwacht: { totaal: 75, n: 4, perOrganisatie: { [ORG.fmek]: 1, [ORG.vt]: 3 } },
  },
  {
    indicator: 'strafbare-kindermishandeling.onderzoeksplan',
    waarom: 'plan 1; afgesloten zonder plan 0; open zonder plan: geen meting; plan en afgesloten 1 → 2 van 3',
    tijdlijnen: () => {
      const plan = (op: string, trajectId: string) => e(op, 'ssk-onderzoeksplan-bevestigd', { trajectId, stappen: 3, overrides: 0, regels: [] });
      return [
        casus(ssk('2026-03-02T08:00:00Z', 't1'), plan('2026-03-03T08:00:00Z', 't1')),
        casus(ssk('2026-03-02T08:00:00Z', 't2'), sskAfgesloten('2026-03-10T08:00:00Z', 't2', 0, 0)),
        casus(ssk('2026-03-02T08:00:00Z', 't3')),
        casus(ssk('2026-03-02T08:00:00Z', 't4'), plan('2026-03-03T08:00:00Z', 't4'), sskAfgesloten('2026-03-10T08:00:00Z', 't4')),
      ];
    },
    verwacht: { totaal: 200 / 3, n: 3 },
  },
  {
    indicator: 'strafbare-kindermishandeling.stappen-uitgevoerd',
    waarom: '3 van 4 stappen = 75, 5 van 5 = 100, zonder stappen telt niet → gemiddeld 87,5',
    tijdlijnen: () => [
      casus(sskAfgesloten('2026-03-10T08:00:00Z', 't1', 4, 3), sskAfgesloten('2026-03-11T08:00:00Z', 't2', 5, 5)),
      casus(sskAfgesloten('2026-03-12T08:00:00Z', 't3', 0, 0)),
    ],
    verwacht: { totaal: 87.5, n: 2 },
  },
  {
    indicator: 'strafbare-kindermishandeling.herhaling-12-maanden',
    waarom: 'herhaling na een maand: 1; niets: 0 → 50%',
    tijdlijnen: () => [casus(ssk('2025-03-01T08:00:00Z', 't1'), herhaling('2025-04-01T08:00:00Z', 'm1')), casus(ssk('2025-03-01T08:00:00Z', 't2'))],
    verwacht: { totaal: 50, n: 2 },
  },
  {
    indicator: 'strafbare-kindermishandeling.uren-melding-tot-traject',
    waarom: 'melding → traject 12 uur; opening casus → traject 48 uur; traject vóór de melding 0 → mediaan 12',
    tijdlijnen: () => [
      casus(melding('2026-03-02T08:00:00Z', 'm1'), ssk('2026-03-02T20:00:00Z', 't1')),
      casus(e('2026-03-01T08:00:00Z', 'casus-geopend', { regioId: 'regio-1', meldingId: null }), ssk('2026-03-03T08:00:00Z', 't2')),
      casus(ssk('2026-03-04T08:00:00Z', 't3'), melding('2026-03-05T08:00:00Z', 'm3')),
    ],
    verwacht: { totaal: 12, n: 3 },
  },
];

/** Every example timeline (for checks over all rules, such as the breakdowns they emit). */
export function voorbeeldTijdlijnen(): CasusTijdlijn[] {
  return meetGevallen.flatMap((g) => g.tijdlijnen());
}
