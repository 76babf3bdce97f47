/**
 * Every kind of step on a casus, as one typed union. Events are the record the indicators are counted from,
 * so each carries the ids and facts a count needs (times, kinds, outcomes), never free text about persons.
 * Later coordination moments add their own kinds here.
 */
import type { CoordinatiemomentSoort } from '../route-map/route-map';

export type TijdlijnGebeurtenis =
  | { soort: 'casus-geopend'; gegevens: { regioId: string; meldingId: string | null } }
  | {
      soort: 'melding-gekoppeld';
      gegevens: { meldingId: string; bron: string; ontvangenOp: string; incidentOp: string | null; acuteOnveiligheid: boolean };
    }
  | { soort: 'melding-samengevoegd'; gegevens: { samenvoegingId: string; primaireMeldingId: string; secundaireMeldingId: string } }
  | { soort: 'samenvoegen-ongedaan'; gegevens: { samenvoegingId: string; primaireMeldingId: string; secundaireMeldingId: string } }
  | { soort: 'herhaling-gesignaleerd'; gegevens: { meldingId: string; eerdereMeldingId: string; dagenSindsEerdere: number } }
  | { soort: 'persoon-toegevoegd'; gegevens: { persoonId: string; rol: string } }
  | { soort: 'persoon-verwijderd'; gegevens: { persoonId: string } }
  | { soort: 'deelnemer-toegevoegd'; gegevens: { deelnemerId: string; organisatieId: string; grondslagCode: string } }
  | { soort: 'deelnemer-vertrokken'; gegevens: { deelnemerId: string; organisatieId: string; takenVervallen?: number } }
  | { soort: 'informatie-gedeeld'; gegevens: { itemId: string; categorie: string; vertrouwelijkheid: string } }
  | { soort: 'bevraging-gesteld'; gegevens: { bevragingId: string; gevraagdeOrganisatieId: string } }
  | { soort: 'bevraging-beantwoord'; gegevens: { bevragingId: string; gevraagdeOrganisatieId: string; vlaggen: string[]; positief: boolean } }
  /** The reason is free text: it stays on the bevraging (for the casus side), not on the timeline. */
  | { soort: 'bevraging-ingetrokken'; gegevens: { bevragingId: string; gevraagdeOrganisatieId: string } }
  | { soort: 'routeadvies-bevestigd'; gegevens: { momenten: CoordinatiemomentSoort[]; afgewezen: CoordinatiemomentSoort[] } }
  | { soort: 'coordinatiemoment-geopend'; gegevens: { coordinatiemomentId: string; moment: CoordinatiemomentSoort; redenen: string[] } }
  | { soort: 'regie-gewijzigd'; gegevens: { organisatieId: string | null; gebruikerId: string | null } }
  | { soort: 'status-gewijzigd'; gegevens: { status: 'open' | 'gesloten' } }
  | { soort: 'taak-aangemaakt'; gegevens: { taakId: string; taakSoort: string; deadline: string; organisatieId: string } }
  | { soort: 'taak-afgerond'; gegevens: { taakId: string; taakSoort: string; opTijd: boolean } }
  | { soort: 'taak-toegewezen'; gegevens: { taakId: string; taakSoort: string; gebruikerId: string | null } }
  | {
      soort: 'aanmelding-ontvangen';
      gegevens: { aanmeldingId: string; aanmeldendeOrganisatieId: string; criteriaVoldaan: boolean; herhalingVanId: string | null; herhalingDagen: number | null };
    }
  | { soort: 'aanmelding-geagendeerd'; gegevens: { aanmeldingId: string; herhaling: boolean } }
  /** The chair's reason goes back to the referrer: it is about the referral, not a description of persons. */
  | { soort: 'aanmelding-afgewezen'; gegevens: { aanmeldingId: string; herhaling: boolean } }
  | { soort: 'aanmelding-doorverwezen'; gegevens: { aanmeldingId: string; partnerOrganisatieId: string } }
  /** The casus is on the agenda of a meeting: a tabled referral or a follow-up of incomplete agreements. */
  | { soort: 'agendapunt-gepland'; gegevens: { overlegId: string; agendapuntId: string; agendapuntSoort: 'aanmelding' | 'vervolg'; begintOp: string } }
  | { soort: 'partner-uitgenodigd'; gegevens: { overlegId: string; agendapuntId: string; organisatieId: string } }
  | { soort: 'casus-besproken'; gegevens: { overlegId: string; agendapuntId: string; aanmeldingId: string | null; afspraken: number; scenarios: number } }
  | {
      soort: 'afspraak-gemaakt';
      gegevens: { afspraakId: string; afspraakSoort: string; eigenaarOrganisatieId: string; deadline: string; overlegId: string | null };
    }
  | { soort: 'afspraak-afgesloten'; gegevens: { afspraakId: string; status: 'gedaan' | 'niet-mogelijk' | 'niet-gedaan'; opTijd: boolean } }
  | { soort: 'afspraak-verlopen'; gegevens: { afspraakId: string; eigenaarOrganisatieId: string; deadline: string } }
  | { soort: 'afspraak-beoordeeld'; gegevens: { afspraakId: string; overlegId: string; reden: 'omstandigheden-gewijzigd' | 'niet-opgepakt' | 'loopt-nog' } }
  | { soort: 'scenario-vastgelegd'; gegevens: { scenarioId: string; scenarioSoort: string; eigenaarOrganisatieId: string } }
  | { soort: 'scenario-ingetrokken'; gegevens: { scenarioId: string } }
  | {
      soort: 'scenario-geactiveerd';
      gegevens: { scenarioId: string; scenarioSoort: string; aanleiding: 'melding' | 'zsm-intake' | 'acuut-contact' | 'veiligheidsplan-schending'; meldingId: string | null; eigenaarOrganisatieId: string };
    }
  /** VT & ZSM: an arrested domestic-violence suspect reached ZSM; the clock runs until beslissenUiterlijk. */
  | {
      soort: 'zsm-ingestroomd';
      gegevens: { zaakId: string; meldingId: string; aangehoudenOp: string; beslissenUiterlijk: string; huiselijkGeweld: boolean; kinderenBetrokken: boolean };
    }
  | { soort: 'zsm-vt-contact'; gegevens: { zaakId: string; wijze: string; bereikt: boolean; minutenNaAanhouding: number } }
  | { soort: 'zsm-veiligheidsbeoordeling'; gegevens: { zaakId: string; acuutOnveilig: boolean; voorwaardenNodig: boolean; minutenNaAanhouding: number } }
  | { soort: 'zsm-advies'; gegevens: { zaakId: string; adviesSoort: '3ro-advies' | 'hg-spreekuur' | 'rvdk-betrokkenheid'; organisatieId: string } }
  | { soort: 'zsm-afdoeningsoverleg'; gegevens: { zaakId: string; vtDeelname: string; afgevinkt: number; punten: number } }
  | {
      soort: 'zsm-beslissing';
      gegevens: {
        zaakId: string;
        beslissing: string;
        voorwaarden: string[];
        vtInformatieAanwezig: boolean;
        onveiligeVrijlating: boolean;
        binnenTermijn: boolean;
      };
    }
  | { soort: 'zsm-terugkoppeling'; gegevens: { zaakId: string; organisatieIds: string[] } }
  /** Samen op in Acuut: the police's acute contact with Veilig Thuis and what followed. */
  | {
      soort: 'acuut-contact';
      gegevens: { contactId: string; vtOrganisatieId: string; wijze: string; minutenTotOpgenomen: number | null; buitenKantoortijd: boolean };
    }
  /** The time VT answered, known only afterwards: the response time the indicators count replaces the one at registration. */
  | { soort: 'acuut-contact-aangevuld'; gegevens: { contactId: string; minutenTotOpgenomen: number | null } }
  | { soort: 'acuut-beoordeling'; gegevens: { contactId: string; acuutOnveilig: boolean; maatregelen: string[]; minutenNaContact: number } }
  | { soort: 'acuut-opvolging'; gegevens: { contactId: string; meldingId: string | null; status: 'op-tijd' | 'te-laat-ontvangen' | 'verlopen' } }
  | { soort: 'thv-overwogen'; gegevens: { thvId: string; vtGeraadpleegd: boolean } }
  | { soort: 'thv-afgezien'; gegevens: { thvId: string } }
  | { soort: 'thv-opgelegd'; gegevens: { thvId: string; opgelegdOp: string; eindeOp: string; zsmZaakId: string | null } }
  | { soort: 'thv-verlengd'; gegevens: { thvId: string; eindeOp: string; dagenNaOpleggen: number } }
  | { soort: 'thv-overtreding'; gegevens: { thvId: string; overtredingId: string } }
  | { soort: 'thv-beeindigd'; gegevens: { thvId: string; dagenNaOpleggen: number } }
  /** Samenwerken bij strafbare kindermishandeling: the SSK track, its research plan and the medical requests. */
  | { soort: 'ssk-geopend'; gegevens: { trajectId: string; anoniemGestart: boolean; partners: number } }
  | { soort: 'ssk-triage'; gegevens: { trajectId: string; organisatieId: string; directActieNodig: boolean } }
  | { soort: 'ssk-omgezet'; gegevens: { trajectId: string; consultatieOp: string; organisaties: number } }
  | { soort: 'ssk-onderzoeksplan-bevestigd'; gegevens: { trajectId: string; stappen: number; overrides: number; regels: string[] } }
  | { soort: 'ssk-stap-uitgevoerd'; gegevens: { trajectId: string; stapId: string; stapSoort: string; eigenaarOrganisatieId: string } }
  | { soort: 'ssk-medisch-verzoek'; gegevens: { trajectId: string; verzoekId: string; expert: string; expertOrganisatieId: string } }
  | { soort: 'ssk-medisch-uitkomst'; gegevens: { trajectId: string; verzoekId: string; letselPastBijVerklaring: boolean | null; urenNaVerzoek: number } }
  | { soort: 'ssk-keuze'; gegevens: { trajectId: string; keuze: 'melding' | 'aangifte' | 'beide' | 'geen' } }
  | { soort: 'ssk-afgesloten'; gegevens: { trajectId: string; stappen: number; uitgevoerd: number } }
  /** The safety plan (veiligheidsplan): ids and counts only. */
  | { soort: 'veiligheidsplan-opgeslagen'; gegevens: { versie: number; interventies: number; conflicten: number } }
  | { soort: 'veiligheidsplan-bevestigd'; gegevens: { versie: number } }
  | { soort: 'veiligheidsplan-checkin'; gegevens: { checkinId: string; uitkomst: 'nageleefd' | 'geschonden' | 'onduidelijk' } }
  | { soort: 'veiligheidsplan-schending'; gegevens: { checkinId: string; scenarioId: string | null } };

export type TijdlijnSoort = TijdlijnGebeurtenis['soort'];

export const tijdlijnSoorten = [
  'casus-geopend',
  'melding-gekoppeld',
  'melding-samengevoegd',
  'samenvoegen-ongedaan',
  'herhaling-gesignaleerd',
  'persoon-toegevoegd',
  'persoon-verwijderd',
  'deelnemer-toegevoegd',
  'deelnemer-vertrokken',
  'informatie-gedeeld',
  'bevraging-gesteld',
  'bevraging-beantwoord',
  'bevraging-ingetrokken',
  'routeadvies-bevestigd',
  'coordinatiemoment-geopend',
  'regie-gewijzigd',
  'status-gewijzigd',
  'taak-aangemaakt',
  'taak-afgerond',
  'taak-toegewezen',
  'aanmelding-ontvangen',
  'aanmelding-geagendeerd',
  'aanmelding-afgewezen',
  'aanmelding-doorverwezen',
  'agendapunt-gepland',
  'partner-uitgenodigd',
  'casus-besproken',
  'afspraak-gemaakt',
  'afspraak-afgesloten',
  'afspraak-verlopen',
  'afspraak-beoordeeld',
  'scenario-vastgelegd',
  'scenario-ingetrokken',
  'scenario-geactiveerd',
  'zsm-ingestroomd',
  'zsm-vt-contact',
  'zsm-veiligheidsbeoordeling',
  'zsm-advies',
  'zsm-afdoeningsoverleg',
  'zsm-beslissing',
  'zsm-terugkoppeling',
  'acuut-contact',
  'acuut-contact-aangevuld',
  'acuut-beoordeling',
  'acuut-opvolging',
  'thv-overwogen',
  'thv-afgezien',
  'thv-opgelegd',
  'thv-verlengd',
  'thv-overtreding',
  'thv-beeindigd',
  'ssk-geopend',
  'ssk-triage',
  'ssk-omgezet',
  'ssk-onderzoeksplan-bevestigd',
  'ssk-stap-uitgevoerd',
  'ssk-medisch-verzoek',
  'ssk-medisch-uitkomst',
  'ssk-keuze',
  'ssk-afgesloten',
  'veiligheidsplan-opgeslagen',
  'veiligheidsplan-bevestigd',
  'veiligheidsplan-checkin',
  'veiligheidsplan-schending',
] as const satisfies readonly TijdlijnSoort[];
