/**
 * The one-line Dutch description of a timeline event, made from its kind and data alone (a pure function),
 * so every screen and export says the same thing. Organisation names come from the caller's lookup; unknown
 * kinds (added later by other domains) still read sensibly.
 */
import { meldingBronLabels } from '../meldingen/bron-labels';

export const coordinatiemomentLabels: Record<string, string> = {
  'samen-op-in-acuut': 'Samen op in Acuut',
  actieoverleg: 'Actieoverleg',
  'vt-zsm': 'Aanpak HG door VT & ZSM',
  'strafbare-kindermishandeling': 'Samenwerken bij strafbare kindermishandeling',
};

const rolLabels: Record<string, string> = {
  slachtoffer: 'slachtoffer',
  verdachte: 'verdachte',
  pleger: 'pleger',
  kind: 'kind',
  ouder: 'ouder',
  getuige: 'getuige',
  melder: 'melder',
  betrokkene: 'betrokkene',
};

const categorieLabels: Record<string, string> = {
  'eerdere-meldingen': 'eerdere meldingen',
  onderzoeken: 'onderzoeken',
  interventies: 'interventies',
  registraties: 'registraties',
  mutaties: 'mutaties',
  aanhoudingen: 'aanhoudingen',
  onderzoek: 'onderzoek',
  maatregelen: 'maatregelen',
  toezicht: 'toezicht',
  'lopend-onderzoek': 'lopend onderzoek',
  'justitiele-documentatie': 'justitiële documentatie',
  overig: 'overig',
};

const taakLabels: Record<string, string> = {
  veiligheidstaxatie: 'Veiligheidstaxatie',
  'zorgmelding-vt': 'Zorgmelding aan Veilig Thuis',
  'bevraging-beantwoorden': 'Bevraging beantwoorden',
  'afstemming-politie-om': 'Afstemming met politie en OM',
  'aanmelding-besluit-lezen': 'Besluit over de aanmelding voor het Actieoverleg lezen',
  afspraak: 'Afspraak uit het Actieoverleg',
  'scenario-geactiveerd': 'Scenario in werking: handel volgens de afspraak',
  'notulen-lezen': 'Notulen van het Actieoverleg lezen',
  'bijdrage-actieoverleg': 'Bijdrage voor het Actieoverleg voorbereiden',
  'zsm-veiligheidsbeoordeling': 'Veiligheidsbeoordeling voor ZSM',
  'zsm-beslissing-lezen': 'Beslissing OM op ZSM lezen',
  'zsm-advies': 'Advies voor ZSM',
  'acuut-opvolgmelding': 'VT-melding na acuut contact ontbreekt',
  'thv-adres': 'Adres uithuisgeplaatste binnen 24 uur vastleggen',
  'thv-verlengingsbesluit': 'Besluit over verlenging tijdelijk huisverbod',
  'thv-einde': 'Tijdelijk huisverbod loopt af',
  'ssk-triage': 'Triage strafbare kindermishandeling: is directe actie nodig?',
  'ssk-onderzoeksstap': 'Stap uit het gezamenlijk onderzoeksplan',
  'ssk-medisch-verzoek': 'Verzoek forensisch medisch letselonderzoek',
  'veiligheidsplan-afspraak': 'Afspraak uit het veiligheidsplan',
  'veiligheidsplan-schending': 'Veiligheidsvoorwaarde geschonden: regie nemen',
  'veiligheidsplan-controle-verlopen': 'Controle veiligheidsvoorwaarde niet uitgevoerd',
};
const checkinUitkomstLabels: Record<string, string> = { nageleefd: 'nageleefd', geschonden: 'geschonden', onduidelijk: 'onduidelijk' };
const sskKeuzeLabels: Record<string, string> = { melding: 'melding bij Veilig Thuis', aangifte: 'aangifte bij de politie', beide: 'melding en aangifte', geen: 'geen melding of aangifte' };
const sskExpertLabels: Record<string, string> = { fmek: 'FMEK', leck: 'LECK', vertrouwensarts: 'de vertrouwensarts' };

const afspraakStatusLabels: Record<string, string> = { gedaan: 'gedaan', 'niet-mogelijk': 'niet mogelijk', 'niet-gedaan': 'niet gedaan' };
const beoordelingLabels: Record<string, string> = {
  'omstandigheden-gewijzigd': 'niet gedaan, omstandigheden gewijzigd',
  'niet-opgepakt': 'niet opgepakt',
  'loopt-nog': 'loopt nog',
};
const scenarioLabels: Record<string, string> = {
  zsm: 'ZSM-scenario',
  'verzoek-onderzoek-raad': 'verzoek tot onderzoek bij de Raad',
  'tijdelijk-huisverbod': 'tijdelijk huisverbod overwegen',
  overig: 'overig',
};
const aanleidingLabels: Record<string, string> = { melding: 'een nieuwe melding', 'zsm-intake': 'een ZSM-intake', 'acuut-contact': 'een nieuw acuut contact', 'veiligheidsplan-schending': 'een geschonden veiligheidsvoorwaarde' };

const zsmWijzeLabels: Record<string, string> = {
  'aan-tafel': 'aan tafel',
  telefonisch: 'telefonisch',
  video: 'video',
  bereikbaarheidsdienst: 'bereikbaarheidsdienst',
  'schriftelijke-overdracht': 'schriftelijke overdracht',
  niet: 'niet aanwezig',
};
const zsmAdviesLabels: Record<string, string> = {
  '3ro-advies': 'Advies reclassering',
  'hg-spreekuur': 'HG-spreekuur reclassering ingepland',
  'rvdk-betrokkenheid': 'Betrokkenheid Raad voor de Kinderbescherming',
};
const zsmBeslissingLabels: Record<string, string> = {
  heenzenden: 'heenzenden',
  'voorgeleiden-rc': 'voorgeleiden aan de rechter-commissaris',
  'om-hoorzitting': 'OM-hoorzitting',
  dagvaarden: 'dagvaarden',
  strafbeschikking: 'strafbeschikking',
  sepot: 'sepot',
  'nader-onderzoek': 'nader onderzoek',
};
const zsmVoorwaardeLabels: Record<string, string> = {
  contactverbod: 'contactverbod',
  locatieverbod: 'locatieverbod',
  meldplicht: 'meldplicht',
  'hulpverlening-reclassering': 'meewerken aan hulpverlening via de reclassering',
  'elektronische-monitoring': 'elektronische monitoring',
  overig: 'overige voorwaarde',
};
const acuutWijzeLabels: Record<string, string> = { telefonisch: 'telefonisch', video: 'video', 'ter-plaatse': 'ter plaatse' };
const zsmTijd = (v: unknown) => {
  const s = str(v);
  if (!s) return 'onbekend';
  const d = new Date(s);
  return Number.isNaN(d.getTime())
    ? s
    : new Intl.DateTimeFormat('nl-NL', { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Amsterdam' }).format(d);
};

export type OrganisatieNaam = (id: string) => string | undefined;

const str = (v: unknown): string | null => (typeof v === 'string' && v.length > 0 ? v : null);
const list = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const label = (labels: Record<string, string>, v: unknown, fallback = 'onbekend') => {
  const s = str(v);
  return s ? (labels[s] ?? s) : fallback;
};
const countOf = (v: unknown, one: string, many: string) => {
  const n = typeof v === 'number' ? v : 0;
  return `${n} ${n === 1 ? one : many}`;
};
const dutchList = (items: string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} en ${items[items.length - 1]}`;

export function describeEvent(soort: string, gegevens: Record<string, unknown>, organisatieNaam: OrganisatieNaam = () => undefined): string {
  const org = (v: unknown, fallback = 'een organisatie') => {
    const id = str(v);
    return (id && organisatieNaam(id)) || fallback;
  };
  const momenten = (v: unknown) => dutchList(list(v).map((m) => coordinatiemomentLabels[m] ?? m));
  switch (soort) {
    case 'casus-geopend':
      return gegevens.meldingId ? 'Casus geopend naar aanleiding van een melding' : 'Casus geopend';
    case 'melding-gekoppeld': {
      const acuut = gegevens.acuteOnveiligheid === true ? ' (acute onveiligheid)' : '';
      return `Melding ontvangen via ${label(meldingBronLabels, gegevens.bron)}${acuut}`;
    }
    case 'melding-samengevoegd':
      return 'Twee meldingen over hetzelfde incident samengevoegd';
    case 'samenvoegen-ongedaan':
      return 'Samenvoegen van twee meldingen ongedaan gemaakt';
    case 'herhaling-gesignaleerd': {
      const dagen = typeof gegevens.dagenSindsEerdere === 'number' ? ` (${gegevens.dagenSindsEerdere} dagen na de vorige)` : '';
      return `Herhaald incident gesignaleerd${dagen}`;
    }
    case 'persoon-toegevoegd':
      return `Persoon toegevoegd als ${label(rolLabels, gegevens.rol, 'betrokkene')}`;
    case 'persoon-verwijderd':
      return 'Persoon uit de casus verwijderd';
    case 'deelnemer-toegevoegd': {
      const grondslag = str(gegevens.grondslagCode);
      return `${org(gegevens.organisatieId)} neemt deel${grondslag ? ` (grondslag ${grondslag})` : ''}`;
    }
    case 'deelnemer-vertrokken':
      return `${org(gegevens.organisatieId)} neemt niet meer deel`;
    case 'informatie-gedeeld': {
      const vertrouwelijk = gegevens.vertrouwelijkheid && gegevens.vertrouwelijkheid !== 'normaal' ? ` (${String(gegevens.vertrouwelijkheid).replace('-', ' ')})` : '';
      return `Informatie gedeeld: ${label(categorieLabels, gegevens.categorie)}${vertrouwelijk}`;
    }
    case 'bevraging-gesteld':
      return `Bevraging gesteld aan ${org(gegevens.gevraagdeOrganisatieId, 'een partner')}`;
    case 'bevraging-beantwoord':
      return `Bevraging beantwoord door ${org(gegevens.gevraagdeOrganisatieId, 'een partner')}: ${gegevens.positief === true ? 'bekend' : 'niet bekend'}`;
    case 'bevraging-ingetrokken':
      // The reason is free text: it stays with the bevraging, not on every participant's timeline.
      return `Bevraging aan ${org(gegevens.gevraagdeOrganisatieId, 'een partner')} ingetrokken (de reden staat bij de bevraging)`;
    case 'routeadvies-bevestigd': {
      const afgewezen = list(gegevens.afgewezen);
      return `Routeadvies bevestigd: ${momenten(gegevens.momenten) || 'geen moment'}${afgewezen.length > 0 ? `; niet gekozen: ${momenten(afgewezen)}` : ''}`;
    }
    case 'coordinatiemoment-geopend':
      return `${label(coordinatiemomentLabels, gegevens.moment, 'Coördinatiemoment')} geopend`;
    case 'regie-gewijzigd': {
      if (!str(gegevens.organisatieId)) return 'Regie op veiligheid vrijgegeven';
      return `Regie op veiligheid bij ${org(gegevens.organisatieId)}`;
    }
    case 'status-gewijzigd':
      return gegevens.status === 'gesloten' ? 'Casus gesloten' : 'Casus heropend';
    case 'taak-aangemaakt':
      // The task may be for another organisation than the one whose step created it (an answer creates VT's task).
      return `Taak voor ${org(gegevens.organisatieId)}: ${label(taakLabels, gegevens.taakSoort, 'taak')}`;
    case 'taak-afgerond':
      return `Taak afgerond: ${label(taakLabels, gegevens.taakSoort, 'taak')}${gegevens.opTijd === false ? ' (na de deadline)' : ''}`;
    case 'taak-toegewezen':
      return gegevens.gebruikerId ? `Taak toegewezen: ${label(taakLabels, gegevens.taakSoort, 'taak')}` : `Taak weer voor de hele organisatie: ${label(taakLabels, gegevens.taakSoort, 'taak')}`;
    case 'aanmelding-ontvangen': {
      const herhaling = typeof gegevens.herhalingDagen === 'number' ? ` (herhaling, ${gegevens.herhalingDagen} dagen na de vorige agendering)` : '';
      return `Aanmelding voor het Actieoverleg ingediend door ${org(gegevens.aanmeldendeOrganisatieId)}${herhaling}`;
    }
    case 'aanmelding-geagendeerd':
      return `Aanmelding geagendeerd voor het Actieoverleg${gegevens.herhaling === true ? ' (herhaling)' : ''}`;
    case 'aanmelding-afgewezen':
      // The chair's reason is free text: it stays with the referral (need-to-know), not on every participant's timeline.
      return 'Aanmelding voor het Actieoverleg niet geagendeerd (de reden staat bij de aanmelding)';
    case 'aanmelding-doorverwezen':
      return `Aanmelding Actieoverleg: direct contact met ${org(gegevens.partnerOrganisatieId, 'de partner')} (de reden staat bij de aanmelding)`;
    case 'agendapunt-gepland':
      return gegevens.agendapuntSoort === 'vervolg'
        ? 'Op de agenda van het Actieoverleg voor de opvolging van afspraken'
        : 'Op de agenda van het Actieoverleg';
    case 'partner-uitgenodigd':
      return `${org(gegevens.organisatieId, 'Een partner')} uitgenodigd voor de bespreking in het Actieoverleg`;
    case 'casus-besproken':
      return `Besproken in het Actieoverleg: ${countOf(gegevens.afspraken, 'afspraak', 'afspraken')}, ${countOf(gegevens.scenarios, 'scenario', "scenario's")}`;
    case 'afspraak-gemaakt':
      return `Afspraak gemaakt voor ${org(gegevens.eigenaarOrganisatieId)}, uiterlijk ${str(gegevens.deadline) ?? 'onbekend'}`;
    case 'afspraak-afgesloten':
      return `Afspraak afgesloten: ${label(afspraakStatusLabels, gegevens.status)}${gegevens.opTijd === false ? ' (na de deadline)' : ''}`;
    case 'afspraak-verlopen':
      return `Afspraak van ${org(gegevens.eigenaarOrganisatieId)} is over de deadline (${str(gegevens.deadline) ?? 'onbekend'})`;
    case 'afspraak-beoordeeld':
      return `Openstaande afspraak besproken in het Actieoverleg: ${label(beoordelingLabels, gegevens.reden)}`;
    case 'scenario-vastgelegd':
      return `Scenario vastgelegd (${label(scenarioLabels, gegevens.scenarioSoort)}), eigenaar ${org(gegevens.eigenaarOrganisatieId)}`;
    case 'scenario-ingetrokken':
      return 'Scenario ingetrokken';
    case 'scenario-geactiveerd':
      return `Scenario in werking (${label(scenarioLabels, gegevens.scenarioSoort)}) door ${label(aanleidingLabels, gegevens.aanleiding)}; ${org(gegevens.eigenaarOrganisatieId)} is gewaarschuwd`;
    case 'zsm-ingestroomd':
      return `Verdachte aangehouden en op ZSM ingestroomd${gegevens.huiselijkGeweld === true ? ' (huiselijk geweld)' : ''}; eerste beslissing uiterlijk ${zsmTijd(gegevens.beslissenUiterlijk)}`;
    case 'zsm-vt-contact':
      return gegevens.bereikt === true
        ? `Veilig Thuis bereikt voor ZSM (${label(zsmWijzeLabels, gegevens.wijze)})`
        : `Veilig Thuis niet bereikt voor ZSM (${label(zsmWijzeLabels, gegevens.wijze)})`;
    case 'zsm-veiligheidsbeoordeling':
      return `Veiligheidsbeoordeling Veilig Thuis voor ZSM: ${gegevens.acuutOnveilig === true ? 'acuut onveilig' : 'niet acuut onveilig'}${gegevens.voorwaardenNodig === true ? ', veiligheidsvoorwaarden nodig' : ''}`;
    case 'zsm-advies':
      return `${label(zsmAdviesLabels, gegevens.adviesSoort)} op ZSM van ${org(gegevens.organisatieId)}`;
    case 'zsm-afdoeningsoverleg':
      return `Afdoeningsoverleg op ZSM gehouden (Veilig Thuis: ${label(zsmWijzeLabels, gegevens.vtDeelname)})`;
    case 'zsm-beslissing': {
      const voorwaarden = list(gegevens.voorwaarden);
      const met = voorwaarden.length > 0 ? ` met voorwaarden (${dutchList(voorwaarden.map((v) => zsmVoorwaardeLabels[v] ?? v))})` : '';
      const zonderVt = gegevens.vtInformatieAanwezig === false ? '; zonder informatie van Veilig Thuis' : '';
      const onveilig = gegevens.onveiligeVrijlating === true ? '; vrijgelaten zonder veiligheidsmaatregelen bij acute onveiligheid' : '';
      return `Beslissing OM op ZSM: ${label(zsmBeslissingLabels, gegevens.beslissing)}${met}${zonderVt}${onveilig}`;
    }
    case 'zsm-terugkoppeling':
      return `Beslissing teruggekoppeld aan ${dutchList(list(gegevens.organisatieIds).map((id) => org(id)))}`;
    case 'acuut-contact':
      return `Acuut contact van de politie met ${org(gegevens.vtOrganisatieId, 'Veilig Thuis')} (${label(acuutWijzeLabels, gegevens.wijze)})${typeof gegevens.minutenTotOpgenomen === 'number' ? `, opgenomen na ${gegevens.minutenTotOpgenomen} min` : ''}${gegevens.buitenKantoortijd === true ? ', buiten kantoortijd' : ''}`;
    case 'acuut-contact-aangevuld':
      return typeof gegevens.minutenTotOpgenomen === 'number'
        ? `Acuut contact aangevuld: opgenomen na ${gegevens.minutenTotOpgenomen} min`
        : 'Acuut contact aangevuld: tijd van opnemen gewist';
    case 'acuut-beoordeling':
      return `Gezamenlijke veiligheidsbeoordeling politie en Veilig Thuis: ${gegevens.acuutOnveilig === true ? 'acuut onveilig' : 'niet acuut onveilig'}${list(gegevens.maatregelen).length > 0 ? `, ${list(gegevens.maatregelen).length === 1 ? '1 maatregel' : `${list(gegevens.maatregelen).length} maatregelen`}` : ''}`;
    case 'acuut-opvolging':
      return gegevens.status === 'verlopen'
        ? 'Geen VT-melding binnen 24 uur na het acute contact'
        : `VT-melding na het acute contact ontvangen${gegevens.status === 'te-laat-ontvangen' ? ' (na 24 uur)' : ' (binnen 24 uur)'}`;
    case 'thv-overwogen':
      return `Tijdelijk huisverbod overwogen${gegevens.vtGeraadpleegd === true ? ', Veilig Thuis geraadpleegd' : ''}`;
    case 'thv-afgezien':
      return 'Afgezien van een tijdelijk huisverbod';
    case 'thv-opgelegd':
      return `Tijdelijk huisverbod opgelegd tot ${zsmTijd(gegevens.eindeOp)}`;
    case 'thv-verlengd':
      return `Tijdelijk huisverbod verlengd tot ${zsmTijd(gegevens.eindeOp)}`;
    case 'thv-overtreding':
      return 'Overtreding van het tijdelijk huisverbod vastgelegd';
    case 'thv-beeindigd':
      return 'Tijdelijk huisverbod beëindigd';
    case 'ssk-geopend':
      return `Traject strafbare kindermishandeling geopend${gegevens.anoniemGestart === true ? ' (anonieme consultatie)' : ''}`;
    case 'ssk-triage':
      return `Triage door ${org(gegevens.organisatieId)}: ${gegevens.directActieNodig === true ? 'directe actie nodig' : 'geen directe actie nodig'}`;
    case 'ssk-omgezet':
      return `Anonieme consultatie van ${zsmTijd(gegevens.consultatieOp)} omgezet naar deze casus`;
    case 'ssk-onderzoeksplan-bevestigd': {
      const afwijkingen = typeof gegevens.overrides === 'number' && gegevens.overrides > 0 ? `, ${countOf(gegevens.overrides, 'bewuste afwijking', 'bewuste afwijkingen')} van de volgorde` : '';
      return `Gezamenlijk onderzoeksplan bevestigd (${countOf(gegevens.stappen, 'stap', 'stappen')})${afwijkingen}`;
    }
    case 'ssk-stap-uitgevoerd':
      return `Onderzoeksstap uitgevoerd door ${org(gegevens.eigenaarOrganisatieId)}`;
    case 'ssk-medisch-verzoek':
      return `Forensisch medisch letselonderzoek gevraagd aan ${label(sskExpertLabels, gegevens.expert)}`;
    case 'ssk-medisch-uitkomst':
      return `Uitkomst letselonderzoek ontvangen${gegevens.letselPastBijVerklaring === true ? ': letsel past bij de verklaring' : gegevens.letselPastBijVerklaring === false ? ': letsel past niet bij de verklaring' : ''}`;
    case 'ssk-keuze':
      return `Keuze vastgelegd: ${label(sskKeuzeLabels, gegevens.keuze)}`;
    case 'ssk-afgesloten':
      return 'Traject strafbare kindermishandeling afgesloten';
    case 'veiligheidsplan-opgeslagen': {
      const n = typeof gegevens.conflicten === 'number' ? gegevens.conflicten : 0;
      const versie = typeof gegevens.versie === 'number' ? `versie ${gegevens.versie}, ` : '';
      return `Veiligheidsplan opgeslagen (${versie}${countOf(gegevens.interventies, 'interventie', 'interventies')})${n > 0 ? `, ${n === 1 ? '1 doorkruising nog niet afgestemd' : `${n} doorkruisingen nog niet afgestemd`}` : ''}`;
    }
    case 'veiligheidsplan-bevestigd':
      return `Veiligheidsplan bevestigd door de regiehouder${typeof gegevens.versie === 'number' ? ` (versie ${gegevens.versie})` : ''}`;
    case 'veiligheidsplan-checkin':
      return `Controle veiligheidsvoorwaarde: ${label(checkinUitkomstLabels, gegevens.uitkomst)}`;
    case 'veiligheidsplan-schending':
      return gegevens.scenarioId ? 'Veiligheidsvoorwaarde geschonden: het afgesproken scenario is in werking gezet' : 'Veiligheidsvoorwaarde geschonden: de regiehouder is gewaarschuwd';
    default: {
      const text = soort.replace(/-/g, ' ');
      return text.charAt(0).toUpperCase() + text.slice(1);
    }
  }
}
