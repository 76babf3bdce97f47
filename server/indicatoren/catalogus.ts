import { vindVraag } from './evaluaties/vragen';
import type { InspanningSoort } from './inspanningen/schemas';
import type { Aggregatie, Eenheid, IndicatorDefinitie, IndicatorSoort, Verbeteractie } from './schemas';

/**
 * Every indicator of seed 003's appendix "Overzicht indicatoren" (overzicht-indicatoren.ts), per improvement
 * action and kind: counted from the timeline where the work runs through Samenloop (the rules are in
 * metingen/<verbeteractie>.ts), otherwise from the partners' evaluations (evaluaties/vragen.ts) or registered
 * effort. An appendix item may have several definitions (a count and a judgement). Shared with the web app
 * (pure data).
 */

/** The fixed kinds of registered effort, with their Dutch labels (the ids are the inspanningen API's enum). */
export const inspanningSoorten: readonly { soort: InspanningSoort; label: string }[] = [
  { soort: 'voorlichting', label: 'Voorlichting' },
  { soort: 'training', label: 'Bijscholing, intervisie en deskundigheidsbevordering' },
  { soort: 'werkafspraken', label: 'Afspraken over delen en vastleggen van informatie en over de werkwijze' },
  { soort: 'projectleider', label: 'Kwartiermaker of projectleider' },
  { soort: 'werkproces-aanpassing', label: 'Aanpassing van het werkproces' },
  { soort: 'bereikbaarheid', label: 'Aanpassingen in bereikbaarheid en beschikbaarheid van Veilig Thuis' },
  { soort: 'capaciteit', label: 'Extra inzet en capaciteit (uren)' },
  { soort: 'randvoorwaarden', label: 'Kosten van randvoorwaarden' },
  { soort: 'evaluatie', label: 'Evaluatie en doorontwikkeling' },
  { soort: 'informatievoorziening', label: 'Knelpunten en extra inzet om informatie beschikbaar te maken' },
  { soort: 'overleg', label: 'Uren van het overleg zelf: frequentie, voorzitterschap en facilitering' },
];

const ALLE_INSPANNINGEN: readonly InspanningSoort[] = inspanningSoorten.map((s) => s.soort);

/** The breakdowns the rules emit (metingen/kenmerken.ts uses the same words). */
const KANTOORTIJD = ['kantoortijd', 'buiten-kantoortijd'] as const;
const WEEKDEEL = ['werkdag', 'weekend'] as const;
const MOMENTEN = ['samen-op-in-acuut', 'actieoverleg', 'vt-zsm', 'strafbare-kindermishandeling'] as const;

const OPEN_HERHALING =
  'Een moment van minder dan 12 maanden geleden is nog open: zijn 0 kan nog 1 worden. Lees dit cijfer voor perioden die minstens 12 maanden voorbij zijn.';

interface Basis {
  verbeteractie: Verbeteractie;
  soort: IndicatorSoort;
  overzichtItem: string;
  /** The part after `<verbeteractie>.`. */
  naamId: string;
  naam: string;
  toelichting?: string;
}

/** A counted indicator: a rule in metingen/ turns each casus's events into measurements. */
function geteld(
  b: Basis & { aggregatie: Aggregatie; kenmerken?: readonly string[]; formule: string; eenheid: Eenheid; hogerIsBeter: boolean | null },
): IndicatorDefinitie {
  return {
    id: `${b.verbeteractie}.${b.naamId}`,
    naam: b.naam,
    overzichtItem: b.overzichtItem,
    verbeteractie: b.verbeteractie,
    soort: b.soort,
    bron: { soort: 'tijdlijn', aggregatie: b.aggregatie, ...(b.kenmerken ? { kenmerken: b.kenmerken } : {}) },
    formule: b.formule,
    eenheid: b.eenheid,
    hogerIsBeter: b.hogerIsBeter,
    ...(b.toelichting ? { toelichting: b.toelichting } : {}),
  };
}

/**
 * A judged indicator: the mean answer to one evaluation question. `waarom` says why it can only be judged
 * qualitatively (what the timeline cannot show).
 */
function beoordeeld(b: Omit<Basis, 'naamId' | 'toelichting'> & { naamId?: string; vraag: string; waarom: string }): IndicatorDefinitie {
  const vraag = vindVraag(b.vraag);
  if (!vraag) throw new Error(`onbekende evaluatievraag ${b.vraag}`);
  const cijfer = vraag.schaal.soort === 'cijfer';
  return {
    id: `${b.verbeteractie}.${b.naamId ?? `evaluatie-${b.vraag.slice(b.vraag.indexOf('.') + 1)}`}`,
    naam: b.naam,
    overzichtItem: b.overzichtItem,
    verbeteractie: b.verbeteractie,
    soort: b.soort,
    bron: { soort: 'evaluatie', vragen: [b.vraag] },
    formule: cijfer
      ? `Gemiddeld rapportcijfer (1-10) op de vraag "${vraag.tekst}" in de evaluaties van de partners over de jaren van de periode.`
      : `Gemiddelde score (1 = helemaal oneens ... 5 = helemaal eens) op de stelling "${vraag.tekst}" in de evaluaties van de partners over de jaren van de periode.`,
    eenheid: cijfer ? 'cijfer' : 'score',
    hogerIsBeter: true,
    toelichting: `Alleen kwalitatief te beoordelen: ${b.waarom} Gevoed door evaluatievraag ${b.vraag}.`,
  };
}

/** Registered effort of the given kinds for this improvement action. */
function geregistreerd(
  b: Omit<Basis, 'naamId'> & { naamId?: string; inspanningSoorten: readonly InspanningSoort[]; aggregatie: 'aantal' | 'uren' | 'werklast' },
): IndicatorDefinitie {
  const labels = b.inspanningSoorten.length === ALLE_INSPANNINGEN.length
    ? 'alle soorten'
    : b.inspanningSoorten.map((s) => `"${inspanningSoorten.find((k) => k.soort === s)!.label.toLowerCase()}"`).join(', ');
  const formule = {
    aantal: `Aantal geregistreerde inspanningen (${labels}) van de partners in de periode.`,
    uren: `Som van de geregistreerde uren (${labels}) van de partners in de periode.`,
    werklast: `Saldo meer- en minderwerk over de registraties (${labels}) met een oordeel over de werklast: (aantal "meer werk" - aantal "minder werk") / aantal met een oordeel x 100; positief is meer werk.`,
  }[b.aggregatie];
  return {
    id: `${b.verbeteractie}.${b.naamId ?? `inspanning-${b.aggregatie === 'aantal' ? b.inspanningSoorten.join('-') : b.aggregatie === 'uren' ? `${b.inspanningSoorten.join('-')}-uren` : 'werklast'}`}`,
    naam: b.naam,
    overzichtItem: b.overzichtItem,
    verbeteractie: b.verbeteractie,
    soort: b.soort,
    bron: { soort: 'inspanning', inspanningSoorten: b.inspanningSoorten, aggregatie: b.aggregatie },
    formule,
    eenheid: b.aggregatie === 'aantal' ? 'aantal' : b.aggregatie === 'uren' ? 'uren' : 'procent',
    hogerIsBeter: b.aggregatie === 'werklast' ? false : null,
    toelichting:
      b.toelichting ??
      'Een inspanning van de organisaties zelf, niet van het werk in een casus: de partners registreren haar (Inspanningen). Kleine aantallen worden getoond: ze gaan over organisaties, niet over personen.',
  };
}

const GEEN_TIJDLIJN = 'de tijdlijn legt vast wat er in een casus gebeurt, niet hoe de professionals het ervaren.';

// ---------------------------------------------------------------------------------------------------
// 1. Samenhang, kennisontwikkeling en blijven verbeteren
const SH = 'samenhang' as const;
const samenhang: IndicatorDefinitie[] = [
  geregistreerd({ verbeteractie: SH, soort: 'ontwikkelinspanning', overzichtItem: 'Afspraken over afstemmen en delen van informatie', naam: 'Afspraken over afstemmen en delen van informatie', inspanningSoorten: ['werkafspraken'], aggregatie: 'aantal' }),
  beoordeeld({ verbeteractie: SH, soort: 'ontwikkelinspanning', overzichtItem: 'Afspraken over afstemmen en delen van informatie', naam: 'Duidelijkheid van de afspraken over informatiedeling', vraag: 'samenhang.afspraken-informatie', waarom: 'of afspraken over informatiedeling bekend en duidelijk zijn, blijkt niet uit het aantal afspraken.' }),
  geregistreerd({ verbeteractie: SH, soort: 'ontwikkelinspanning', overzichtItem: 'Gezamenlijke training, intervisie, deskundigheidsbevordering', naam: 'Gezamenlijke training, intervisie en deskundigheidsbevordering', inspanningSoorten: ['training'], aggregatie: 'aantal' }),
  beoordeeld({ verbeteractie: SH, soort: 'ontwikkelinspanning', overzichtItem: 'Gezamenlijke training, intervisie, deskundigheidsbevordering', naam: 'Nut van gezamenlijke deskundigheidsbevordering', vraag: 'samenhang.deskundigheid', waarom: 'wat een training oplevert, telt geen tijdlijn.' }),
  geteld({
    verbeteractie: SH, soort: 'uitvoeringsinspanning', overzichtItem: 'Inverdieneffecten tussen verbeteracties', naamId: 'meerdere-momenten', naam: 'Casussen met meer dan één afstemmingsmoment',
    aggregatie: 'aandeel', eenheid: 'procent', hogerIsBeter: null,
    formule: 'Per casus met een afstemmingsmoment (gemeten op het eerste): 1 als de casus meer dan één van de vier afstemmingsmomenten doorliep (acuut contact, aanmelding Actieoverleg, instroom ZSM, SSK-traject of een geopend coördinatiemoment), anders 0; het aandeel in procenten.',
    toelichting: 'Laat zien hoe vaak de verbeteracties in de loop van een zaak op elkaar aansluiten; het inverdieneffect zelf volgt uit evaluatievraag samenhang.inverdieneffect-verbeteracties.',
  }),
  beoordeeld({ verbeteractie: SH, soort: 'uitvoeringsinspanning', overzichtItem: 'Inverdieneffecten tussen verbeteracties', naam: 'Inverdieneffect tussen verbeteracties', vraag: 'samenhang.inverdieneffect-verbeteracties', waarom: 'het werk dat een eerder afstemmingsmoment bespaart, is niet als gebeurtenis vast te leggen ("niet concreet gemonitord").' }),
  geteld({
    verbeteractie: SH, soort: 'uitvoeringsinspanning', overzichtItem: 'Knelpunten informatievoorziening', naamId: 'bevragingen-beantwoord', naam: 'Beantwoorde bevragingen',
    aggregatie: 'aantal', kenmerken: ['bekend', 'niet-bekend'], eenheid: 'aantal', hogerIsBeter: null,
    formule: 'Aantal beantwoorde bevragingen van partners in de periode (bij de gevraagde organisatie), naar bekend (treffer) en niet bekend.',
  }),
  geteld({
    verbeteractie: SH, soort: 'uitvoeringsinspanning', overzichtItem: 'Knelpunten informatievoorziening', naamId: 'uren-tot-antwoord', naam: 'Doorlooptijd van een bevraging',
    aggregatie: 'mediaan', eenheid: 'uren', hogerIsBeter: false,
    formule: 'Mediaan van de uren tussen het stellen en het beantwoorden van een bevraging (per beantwoorde bevraging, bij de gevraagde organisatie, gemeten op het antwoord).',
  }),
  geteld({
    verbeteractie: SH, soort: 'uitvoeringsinspanning', overzichtItem: 'Knelpunten informatievoorziening', naamId: 'informatie-gedeeld', naam: 'Gedeelde informatie-items',
    aggregatie: 'aantal', eenheid: 'aantal', hogerIsBeter: null,
    formule: 'Aantal informatie-items dat partners in de periode in een casus deelden (bij de delende organisatie).',
  }),
  geregistreerd({ verbeteractie: SH, soort: 'uitvoeringsinspanning', overzichtItem: 'Knelpunten informatievoorziening', naam: 'Geregistreerde knelpunten in de informatievoorziening', inspanningSoorten: ['informatievoorziening'], aggregatie: 'aantal' }),
  beoordeeld({ verbeteractie: SH, soort: 'uitvoeringsinspanning', overzichtItem: 'Knelpunten informatievoorziening', naam: 'Informatie op tijd beschikbaar', vraag: 'samenhang.informatie-beschikbaar', waarom: 'of informatie ontbrak die er had moeten zijn, ziet de tijdlijn niet.' }),
  beoordeeld({ verbeteractie: SH, soort: 'uitvoeringsinspanning', overzichtItem: 'Inverdieneffecten met andere werkstromen', naam: 'Inverdieneffect met andere werkstromen', vraag: 'samenhang.inverdieneffect-werkstromen', waarom: 'de andere werkstromen van de partners lopen niet via Samenloop.' }),
  geregistreerd({ verbeteractie: SH, soort: 'uitvoeringsinspanning', overzichtItem: 'Extra inzet nodig om informatie beschikbaar te maken', naam: 'Extra uren om informatie beschikbaar te maken', inspanningSoorten: ['informatievoorziening'], aggregatie: 'uren' }),
  geregistreerd({ verbeteractie: SH, soort: 'uitvoeringsinspanning', overzichtItem: 'Meer- of minderwerk', naam: 'Saldo meer- en minderwerk', inspanningSoorten: ALLE_INSPANNINGEN, aggregatie: 'werklast' }),
  geteld({
    verbeteractie: SH, soort: 'waarde', overzichtItem: 'Verbetering in de praktijk', naamId: 'uren-tot-eerste-afstemming', naam: 'Tijd van melding tot eerste afstemming',
    aggregatie: 'mediaan', kenmerken: MOMENTEN, eenheid: 'uren', hogerIsBeter: false,
    formule: 'Per casus: uren van de eerste melding (de vroegste ontvangstdatum van een gekoppelde melding, anders de opening van de casus) tot het eerste afstemmingsmoment (eerste van: acuut contact, aanmelding Actieoverleg, instroom ZSM, SSK-traject, geopend coördinatiemoment); een afstemming vóór de melding (samen op, melding achteraf) telt als 0. Mediaan; per moment van de eerste afstemming. Gemeten op het eerste afstemmingsmoment.',
  }),
  geteld({
    verbeteractie: SH, soort: 'waarde', overzichtItem: 'Verbetering in de praktijk', naamId: 'herhaling-binnen-12-maanden', naam: 'Herhaling binnen 12 maanden na een afstemmingsmoment',
    aggregatie: 'aandeel', kenmerken: MOMENTEN, eenheid: 'procent', hogerIsBeter: false,
    formule: 'Per afstemmingsmoment van een casus (gemeten op zijn eerste gebeurtenis): 1 als binnen 365 dagen daarna een nieuwe melding volgt (een gekoppelde melding met een incident- of ontvangstmoment na het moment, niet de eigen opvolgmelding, ZSM-melding of een samengevoegde dubbele melding) of een herhaling wordt gesignaleerd, anders 0. Aandeel in procenten, per moment.',
    toelichting: OPEN_HERHALING,
  }),
  geteld({
    verbeteractie: SH, soort: 'waarde', overzichtItem: 'Verbetering in de praktijk', naamId: 'hoog-risico-in-beeld', naam: 'Hoog-risicogezinnen met een gezamenlijke aanpak',
    aggregatie: 'aandeel', eenheid: 'procent', hogerIsBeter: true,
    formule: 'Per hoog-risicocasus (gemeten op het moment dat de casus hoog-risico werd): 1 als er een gezamenlijke aanpak op staat (een vastgelegd en niet ingetrokken scenario, een bevestigd veiligheidsplan of een bespreking in het Actieoverleg), anders 0. Hoog-risico is een casus vanaf de eerste van: gesignaleerde herhaling, opgelegd tijdelijk huisverbod, acuut onveilig beoordeeld (acuut of op ZSM), geactiveerd scenario, geschonden veiligheidsplan, SSK-triage met direct actie nodig.',
  }),
  geteld({
    verbeteractie: SH, soort: 'waarde', overzichtItem: 'Verbetering in de praktijk', naamId: 'taken-op-tijd', naam: 'Taken op tijd afgerond',
    aggregatie: 'aandeel', eenheid: 'procent', hogerIsBeter: true,
    formule: 'Aandeel afgeronde taken dat voor de deadline werd afgerond (bij de organisatie van de taak, gemeten op de afronding).',
  }),
  beoordeeld({ verbeteractie: SH, soort: 'waarde', overzichtItem: 'Verbetering in de praktijk', naamId: 'rapportcijfer', naam: 'Rapportcijfer samenhang', vraag: 'samenhang.rapportcijfer', waarom: 'de samenhang als geheel is een oordeel van de partners; de getelde indicatoren hierboven onderbouwen het.' }),
  beoordeeld({ verbeteractie: SH, soort: 'waarde', overzichtItem: 'Verbetering in de praktijk', naam: 'Merkbare verbetering in de praktijk', vraag: 'samenhang.verbetering-praktijk', waarom: 'of de praktijk als geheel beter werd, is een oordeel van de partners.' }),
  beoordeeld({ verbeteractie: SH, soort: 'waarde', overzichtItem: 'Ervaringsdeskundigheid', naam: 'Benutten van ervaringsdeskundigheid', vraag: 'samenhang.ervaringsdeskundigheid', waarom: 'de ervaringen van betrokkenen komen niet op de tijdlijn (geen vrije tekst over personen).' }),
  beoordeeld({ verbeteractie: SH, soort: 'waarde', overzichtItem: 'Gezamenlijk leerproces in RNZS', naam: 'Gezamenlijk leerproces in het RNZS', vraag: 'samenhang.leerproces-rnzs', waarom: 'leren is een oordeel van de leden; het netwerk legt bijeenkomsten en leercasussen vast, geen casusgebeurtenissen.' }),
];

// ---------------------------------------------------------------------------------------------------
// 2. Samen op in acuut
const SA = 'samen-op-in-acuut' as const;
const samenOpInAcuut: IndicatorDefinitie[] = [
  geregistreerd({ verbeteractie: SA, soort: 'ontwikkelinspanning', overzichtItem: 'Voorlichting politie en VT', naam: 'Voorlichting aan politie en Veilig Thuis', inspanningSoorten: ['voorlichting'], aggregatie: 'aantal' }),
  beoordeeld({ verbeteractie: SA, soort: 'ontwikkelinspanning', overzichtItem: 'Voorlichting politie en VT', naam: 'Bekendheid van Samen op in acuut', vraag: 'samen-op-in-acuut.voorlichting', waarom: 'of collega\'s weten wanneer ze elkaar inschakelen, blijkt niet uit het aantal voorlichtingen.' }),
  geregistreerd({ verbeteractie: SA, soort: 'ontwikkelinspanning', overzichtItem: 'Aanpassingen werkproces', naam: 'Aanpassingen in het werkproces', inspanningSoorten: ['werkproces-aanpassing'], aggregatie: 'aantal' }),
  geregistreerd({ verbeteractie: SA, soort: 'ontwikkelinspanning', overzichtItem: 'Aanpassingen bereikbaarheid en beschikbaarheid VT', naam: 'Aanpassingen in bereikbaarheid en beschikbaarheid van Veilig Thuis', inspanningSoorten: ['bereikbaarheid'], aggregatie: 'aantal' }),
  geteld({
    verbeteractie: SA, soort: 'uitvoeringsinspanning', overzichtItem: 'Crisismeldingen', naamId: 'crisiscontacten', naam: 'Crisiscontacten politie en Veilig Thuis',
    aggregatie: 'aantal', kenmerken: KANTOORTIJD, eenheid: 'aantal', hogerIsBeter: null,
    formule: 'Aantal acute contacten van de politie met Veilig Thuis in de periode (bij de gebelde VT-organisatie), naar binnen of buiten kantoortijd.',
  }),
  geteld({
    verbeteractie: SA, soort: 'uitvoeringsinspanning', overzichtItem: 'Opvolging', naamId: 'opvolging-binnen-24-uur', naam: 'VT-melding binnen 24 uur na het acute contact',
    aggregatie: 'aandeel', eenheid: 'procent', hogerIsBeter: true,
    formule: 'Per acuut contact met een uitkomst van de opvolging (de laatste): 1 als de VT-melding van de politie binnen 24 uur binnenkwam, 0 bij te laat of verlopen. Aandeel in procenten, gemeten op het contact.',
  }),
  geteld({
    verbeteractie: SA, soort: 'uitvoeringsinspanning', overzichtItem: 'Snelheid informatievoorziening', naamId: 'minuten-tot-opgenomen', naam: 'Tijd tot Veilig Thuis opneemt',
    aggregatie: 'mediaan', kenmerken: KANTOORTIJD, eenheid: 'minuten', hogerIsBeter: false,
    formule: 'Mediaan van de minuten tussen het bellen door de politie en het opnemen door Veilig Thuis, over de acute contacten met een bekende opnametijd; naar binnen of buiten kantoortijd.',
  }),
  geregistreerd({ verbeteractie: SA, soort: 'uitvoeringsinspanning', overzichtItem: 'Ruimte elders in werkprocessen', naam: 'Saldo meer- en minderwerk', inspanningSoorten: ALLE_INSPANNINGEN, aggregatie: 'werklast' }),
  geregistreerd({ verbeteractie: SA, soort: 'uitvoeringsinspanning', overzichtItem: 'Knelpunten informatievoorziening', naam: 'Geregistreerde knelpunten in de informatievoorziening', inspanningSoorten: ['informatievoorziening'], aggregatie: 'aantal' }),
  geregistreerd({ verbeteractie: SA, soort: 'uitvoeringsinspanning', overzichtItem: 'Evaluatie en doorontwikkeling', naam: 'Evaluaties en doorontwikkeling', inspanningSoorten: ['evaluatie'], aggregatie: 'aantal' }),
  geregistreerd({ verbeteractie: SA, soort: 'uitvoeringsinspanning', overzichtItem: 'Extra inzet', naam: 'Extra inzet (uren)', inspanningSoorten: ['capaciteit'], aggregatie: 'uren' }),
  geteld({
    verbeteractie: SA, soort: 'waarde', overzichtItem: 'Betere veiligheidsbeoordelingen en interventies', naamId: 'gezamenlijke-beoordeling', naam: 'Acute contacten met een gezamenlijke veiligheidsbeoordeling',
    aggregatie: 'aandeel', eenheid: 'procent', hogerIsBeter: true,
    formule: 'Per acuut contact: 1 als politie en Veilig Thuis er een gezamenlijke veiligheidsbeoordeling bij vastlegden, anders 0 (tot de beoordeling er is). Aandeel in procenten, gemeten op het contact.',
  }),
  geteld({
    verbeteractie: SA, soort: 'waarde', overzichtItem: 'Betere veiligheidsbeoordelingen en interventies', naamId: 'thv-opgelegd', naam: 'Opgelegde tijdelijke huisverboden',
    aggregatie: 'aantal', eenheid: 'aantal', hogerIsBeter: null,
    formule: 'Aantal opgelegde tijdelijke huisverboden in de periode (bij de organisatie die het vastlegde).',
  }),
  geteld({
    verbeteractie: SA, soort: 'waarde', overzichtItem: 'Betere veiligheidsbeoordelingen en interventies', naamId: 'thv-verlengd', naam: 'Verlengde tijdelijke huisverboden',
    aggregatie: 'aantal', eenheid: 'aantal', hogerIsBeter: null,
    formule: 'Aantal verlengingen van een tijdelijk huisverbod in de periode.',
  }),
  geteld({
    verbeteractie: SA, soort: 'waarde', overzichtItem: 'Betere veiligheidsbeoordelingen en interventies', naamId: 'thv-vt-geraadpleegd', naam: 'Veilig Thuis geraadpleegd bij een overwogen huisverbod',
    aggregatie: 'aandeel', eenheid: 'procent', hogerIsBeter: true,
    formule: 'Aandeel van de overwogen tijdelijke huisverboden waarbij Veilig Thuis werd geraadpleegd.',
  }),
  beoordeeld({ verbeteractie: SA, soort: 'waarde', overzichtItem: 'Betere veiligheidsbeoordelingen en interventies', naam: 'Kwaliteit van beoordeling en interventies', vraag: 'samen-op-in-acuut.veiligheidsbeoordeling', waarom: 'de kwaliteit van een beoordeling staat niet in de gebeurtenis, alleen dat ze er was.' }),
  geteld({
    verbeteractie: SA, soort: 'waarde', overzichtItem: 'Lagere kans op herhaling of escalatie', naamId: 'herhaling-12-maanden', naam: 'Herhaling binnen 12 maanden na Samen op in acuut',
    aggregatie: 'aandeel', eenheid: 'procent', hogerIsBeter: false,
    formule: 'Per casus met Samen op in acuut (gemeten op het eerste acute contact of het geopende moment): 1 als binnen 365 dagen een nieuwe melding of gesignaleerde herhaling volgt, anders 0 (zoals samenhang.herhaling-binnen-12-maanden).',
    toelichting: OPEN_HERHALING,
  }),
  geteld({
    verbeteractie: SA, soort: 'waarde', overzichtItem: 'Lagere kans op herhaling of escalatie', naamId: 'herhaling-na-thv', naam: 'Herhaling binnen 12 maanden na een tijdelijk huisverbod',
    aggregatie: 'aandeel', eenheid: 'procent', hogerIsBeter: false,
    formule: 'Per opgelegd tijdelijk huisverbod (gemeten op het opleggen): 1 als het werd overtreden of binnen 365 dagen na het opleggen een nieuwe melding of gesignaleerde herhaling volgt, anders 0.',
    toelichting: OPEN_HERHALING,
  }),
  beoordeeld({ verbeteractie: SA, soort: 'waarde', overzichtItem: 'Alertheid op en herkenning van signalen', naam: 'Alertheid op signalen', vraag: 'samen-op-in-acuut.alertheid', waarom: 'signalen die niet herkend werden, komen nooit op een tijdlijn.' }),
  beoordeeld({ verbeteractie: SA, soort: 'waarde', overzichtItem: 'Grotere en blijvende bereidheid tot meewerken aan hulp', naam: 'Bereidheid van betrokkenen om mee te werken aan hulp', vraag: 'samen-op-in-acuut.bereidheid-hulp', waarom: 'de houding van betrokkenen is persoonsinformatie die Samenloop niet als telbaar gegeven vastlegt.' }),
  geteld({
    verbeteractie: SA, soort: 'waarde', overzichtItem: 'Late meldingen', naamId: 'late-meldingen', naam: 'Late of uitgebleven VT-meldingen na een acuut contact',
    aggregatie: 'aantal', kenmerken: ['te-laat-ontvangen', 'verlopen'], eenheid: 'aantal', hogerIsBeter: false,
    formule: 'Aantal acute contacten waarvan de VT-melding na meer dan 24 uur binnenkwam (te laat ontvangen) of nog niet binnen was toen de termijn verliep (verlopen), naar de laatste uitkomst; gemeten op het contact.',
  }),
  beoordeeld({ verbeteractie: SA, soort: 'waarde', overzichtItem: 'Eerder meldingen aan andere partijen', naam: 'Eerder informeren van andere partijen', vraag: 'samen-op-in-acuut.eerder-melden', waarom: 'meldingen aan partijen buiten Samenloop (hulpverlening, gemeente) staan niet op de tijdlijn.' }),
  geteld({
    verbeteractie: SA, soort: 'waarde', overzichtItem: 'Sneller vervolgstappen', naamId: 'minuten-tot-beoordeling', naam: 'Tijd van acuut contact tot gezamenlijke beoordeling',
    aggregatie: 'mediaan', eenheid: 'minuten', hogerIsBeter: false,
    formule: 'Mediaan van de minuten tussen het acute contact en de gezamenlijke veiligheidsbeoordeling (bij de VT-organisatie van het contact).',
  }),
  beoordeeld({ verbeteractie: SA, soort: 'waarde', overzichtItem: 'Onderling vertrouwen en collegiaal contact', naam: 'Onderling vertrouwen en collegiaal contact', vraag: 'samen-op-in-acuut.vertrouwen', waarom: GEEN_TIJDLIJN }),
  geteld({
    verbeteractie: SA, soort: 'waarde', overzichtItem: 'Lagere druk op HG&ZSM en Actie-overleg', naamId: 'later-zsm-of-actieoverleg', naam: 'Na Samen op in acuut alsnog naar ZSM of Actieoverleg',
    aggregatie: 'aandeel', eenheid: 'procent', hogerIsBeter: false,
    formule: 'Per casus met Samen op in acuut (gemeten op het eerste acute contact): 1 als binnen 365 dagen daarna een zaak op ZSM instroomt of de casus bij het Actieoverleg wordt aangemeld, anders 0.',
    toelichting: `Een oorzakelijk verband met de druk op ZSM en het Actieoverleg volgt hier niet uit; zie ook evaluatievraag samen-op-in-acuut.druk-andere-overleggen. ${OPEN_HERHALING}`,
  }),
  beoordeeld({ verbeteractie: SA, soort: 'waarde', overzichtItem: 'Lagere druk op HG&ZSM en Actie-overleg', naam: 'Ervaren druk op HG&ZSM en Actieoverleg', vraag: 'samen-op-in-acuut.druk-andere-overleggen', waarom: 'of een zaak zonder Samen op in acuut op ZSM of in het Actieoverleg was gekomen, is niet te tellen.' }),
  beoordeeld({ verbeteractie: SA, soort: 'waarde', overzichtItem: 'Betere samenwerking in de breedte', naamId: 'rapportcijfer', naam: 'Rapportcijfer Samen op in acuut', vraag: 'samen-op-in-acuut.rapportcijfer', waarom: 'een totaaloordeel van de partners.' }),
  beoordeeld({ verbeteractie: SA, soort: 'waarde', overzichtItem: 'Betere samenwerking in de breedte', naam: 'Samenwerking in de breedte', vraag: 'samen-op-in-acuut.samenwerking-breedte', waarom: 'samenwerking buiten acute situaties loopt grotendeels buiten de casus om.' }),
  beoordeeld({ verbeteractie: SA, soort: 'waarde', overzichtItem: 'Effectievere inzet van capaciteit', naam: 'Effectievere inzet van capaciteit', vraag: 'samen-op-in-acuut.capaciteit', waarom: 'de capaciteit van de partners wordt niet per casus vastgelegd.' }),
];

// ---------------------------------------------------------------------------------------------------
// 3. Actieoverleg
const AO = 'actieoverleg' as const;
const actieoverleg: IndicatorDefinitie[] = [
  geregistreerd({ verbeteractie: AO, soort: 'ontwikkelinspanning', overzichtItem: 'Kwartiermaker of projectleider', naam: 'Kwartiermaker of projectleider', inspanningSoorten: ['projectleider'], aggregatie: 'aantal' }),
  geregistreerd({ verbeteractie: AO, soort: 'ontwikkelinspanning', overzichtItem: 'Bijscholing', naam: 'Bijscholing', inspanningSoorten: ['training'], aggregatie: 'aantal' }),
  geregistreerd({ verbeteractie: AO, soort: 'ontwikkelinspanning', overzichtItem: 'Afspraken over delen en vastleggen van informatie', naam: 'Afspraken over delen en vastleggen van informatie', inspanningSoorten: ['werkafspraken'], aggregatie: 'aantal' }),
  geregistreerd({ verbeteractie: AO, soort: 'ontwikkelinspanning', overzichtItem: 'Aanpassingen werkprocessen', naam: 'Aanpassingen in werkprocessen', inspanningSoorten: ['werkproces-aanpassing'], aggregatie: 'aantal' }),
  geteld({
    verbeteractie: AO, soort: 'uitvoeringsinspanning', overzichtItem: 'Frequentie', naamId: 'besprekingen', naam: 'Besproken casussen',
    aggregatie: 'aantal', kenmerken: ['aanmelding', 'vervolg'], eenheid: 'aantal', hogerIsBeter: null,
    formule: 'Aantal besprekingen van een casus in het Actieoverleg in de periode, naar eerste bespreking van een aanmelding of vervolgbespreking.',
  }),
  geregistreerd({ verbeteractie: AO, soort: 'uitvoeringsinspanning', overzichtItem: 'Voorzitterschap en facilitering', naam: 'Uren voorzitterschap en facilitering', inspanningSoorten: ['overleg'], aggregatie: 'uren' }),
  geteld({
    verbeteractie: AO, soort: 'uitvoeringsinspanning', overzichtItem: 'Voorzitterschap en facilitering', naamId: 'geagendeerd', naam: 'Aanmeldingen geagendeerd',
    aggregatie: 'aandeel', kenmerken: ['eerste-aanmelding', 'herhaalde-aanmelding'], eenheid: 'procent', hogerIsBeter: true,
    formule: 'Per besluit van de voorzitter over een aanmelding: 1 als geagendeerd, 0 als afgewezen of rechtstreeks naar een partner doorverwezen. Aandeel in procenten, bij de aanmeldende organisatie, naar eerste of herhaalde aanmelding; gemeten op het besluit.',
    toelichting: 'Een hoog aandeel betekent dat de juiste casuïstiek wordt aangemeld (de voorbespreking met de voorzitter werkt).',
  }),
  beoordeeld({ verbeteractie: AO, soort: 'uitvoeringsinspanning', overzichtItem: 'Vorm', naam: 'Passende vorm van het overleg', vraag: 'actieoverleg.vorm', waarom: 'de vorm (fysiek of online, duur) staat op de vergadering, niet als telbaar gegeven op de tijdlijn.' }),
  geteld({
    verbeteractie: AO, soort: 'uitvoeringsinspanning', overzichtItem: 'Informatiedeling en vastleggen', naamId: 'besprekingen-met-afspraken', naam: 'Besprekingen met vastgelegde afspraken',
    aggregatie: 'aandeel', eenheid: 'procent', hogerIsBeter: true,
    formule: 'Aandeel van de besprekingen in het Actieoverleg waarbij minstens één afspraak met eigenaar en deadline werd vastgelegd.',
  }),
  geteld({
    verbeteractie: AO, soort: 'uitvoeringsinspanning', overzichtItem: 'Aanwezige partners', naamId: 'aanmeldingen', naam: 'Aanmeldingen per aanmeldende organisatie',
    aggregatie: 'aantal', kenmerken: ['eerste-aanmelding', 'herhaalde-aanmelding'], eenheid: 'aantal', hogerIsBeter: null,
    formule: 'Aantal ontvangen aanmeldingen voor het Actieoverleg in de periode, bij de aanmeldende organisatie (filter op organisatie), naar eerste of herhaalde aanmelding.',
  }),
  geregistreerd({ verbeteractie: AO, soort: 'uitvoeringsinspanning', overzichtItem: 'Ruimte in werkproces elders', naam: 'Saldo meer- en minderwerk', inspanningSoorten: ALLE_INSPANNINGEN, aggregatie: 'werklast' }),
  geteld({
    verbeteractie: AO, soort: 'uitvoeringsinspanning', overzichtItem: 'Deelnemers', naamId: 'partners-uitgenodigd', naam: 'Partners op afroep uitgenodigd',
    aggregatie: 'aantal', eenheid: 'aantal', hogerIsBeter: null,
    formule: 'Aantal uitnodigingen van een partner (op afroep) voor de bespreking van een casus, bij de uitgenodigde organisatie.',
  }),
  geregistreerd({ verbeteractie: AO, soort: 'uitvoeringsinspanning', overzichtItem: 'Evaluatie en doorontwikkeling', naam: 'Evaluaties en doorontwikkeling', inspanningSoorten: ['evaluatie'], aggregatie: 'aantal' }),
  geteld({
    verbeteractie: AO, soort: 'uitvoeringsinspanning', overzichtItem: 'Mandaat', naamId: 'afspraken-op-tijd', naam: 'Afspraken op tijd uitgevoerd',
    aggregatie: 'aandeel', eenheid: 'procent', hogerIsBeter: true,
    formule: 'Per afspraak uit het Actieoverleg: 1 als ze op tijd als gedaan werd afgesloten, 0 als ze te laat, als niet gedaan of niet mogelijk werd afgesloten of haar deadline verliep. Aandeel in procenten, bij de eigenaar van de afspraak, gemeten op de afsluiting (of het verlopen). Open afspraken tellen nog niet mee.',
  }),
  beoordeeld({ verbeteractie: AO, soort: 'uitvoeringsinspanning', overzichtItem: 'Mandaat', naam: 'Mandaat van de deelnemers', vraag: 'actieoverleg.mandaat', waarom: 'het mandaat van een deelnemer is geen gebeurtenis in een casus.' }),
  geteld({
    verbeteractie: AO, soort: 'waarde', overzichtItem: 'Betere en vroegtijdiger informatie-deling en -verrijking', naamId: 'informatie-voor-bespreking', naam: 'Informatie gedeeld vóór de bespreking',
    aggregatie: 'aandeel', eenheid: 'procent', hogerIsBeter: true,
    formule: 'Per eerste bespreking van een aanmelding: 1 als tussen de ontvangst van de aanmelding en de bespreking in de casus informatie werd gedeeld of een bevraging werd beantwoord, anders 0. Aandeel in procenten, bij de aanmeldende organisatie, gemeten op de bespreking.',
    toelichting: 'De partners bereiden een bespreking voor door informatie te verzamelen en te delen (seed 003 §3.2); of die informatie het beeld verrijkte, zegt evaluatievraag actieoverleg.informatiedeling.',
  }),
  beoordeeld({ verbeteractie: AO, soort: 'waarde', overzichtItem: 'Betere en vroegtijdiger informatie-deling en -verrijking', naam: 'Betere en eerdere informatiedeling', vraag: 'actieoverleg.informatiedeling', waarom: 'of gedeelde informatie het beeld verrijkte, zegt het aantal gedeelde items niet.' }),
  beoordeeld({ verbeteractie: AO, soort: 'waarde', overzichtItem: 'Verdere ontwikkeling van het vakmanschap', naam: 'Ontwikkeling van het vakmanschap', vraag: 'actieoverleg.vakmanschap', waarom: GEEN_TIJDLIJN }),
  beoordeeld({ verbeteractie: AO, soort: 'waarde', overzichtItem: 'Completer beeld', naam: 'Completer beeld', vraag: 'actieoverleg.completer-beeld', waarom: 'hoe volledig het beeld is, is een oordeel van de deelnemers.' }),
  geteld({
    verbeteractie: AO, soort: 'waarde', overzichtItem: 'Lagere kans op herhaling', naamId: 'herhaling-12-maanden', naam: 'Herhaling binnen 12 maanden na het Actieoverleg',
    aggregatie: 'aandeel', eenheid: 'procent', hogerIsBeter: false,
    formule: 'Per casus in het Actieoverleg (gemeten op de eerste aanmelding, bespreking of het geopende moment): 1 als binnen 365 dagen een nieuwe melding of gesignaleerde herhaling volgt, anders 0.',
    toelichting: OPEN_HERHALING,
  }),
  geteld({
    verbeteractie: AO, soort: 'waarde', overzichtItem: 'Lagere kans op herhaling', naamId: 'herhaalde-aanmeldingen', naam: 'Opnieuw aangemelde casussen',
    aggregatie: 'aantal', eenheid: 'aantal', hogerIsBeter: false,
    formule: 'Aantal aanmeldingen dat een herhaling is van een eerdere aanmelding van dezelfde casus, bij de aanmeldende organisatie.',
  }),
  beoordeeld({ verbeteractie: AO, soort: 'waarde', overzichtItem: 'Hogere kwaliteit', naamId: 'rapportcijfer', naam: 'Rapportcijfer van de partners', vraag: 'actieoverleg.rapportcijfer', waarom: 'de kwaliteit van het overleg is een oordeel van de deelnemers (in 2021 een voldoende).' }),
  geteld({
    verbeteractie: AO, soort: 'waarde', overzichtItem: 'Hogere kwaliteit', naamId: 'besprekingen-met-scenario', naam: 'Besprekingen met een scenario voor een volgend incident',
    aggregatie: 'aandeel', eenheid: 'procent', hogerIsBeter: true,
    formule: 'Aandeel van de besprekingen van een aanmelding waarbij minstens één scenario voor een volgend incident werd vastgelegd.',
  }),
  geteld({
    verbeteractie: AO, soort: 'waarde', overzichtItem: 'Hoog-risicogezinnen beter in beeld', naamId: 'hoog-risico-besproken', naam: 'Hoog-risicogezinnen besproken in het Actieoverleg',
    aggregatie: 'aandeel', eenheid: 'procent', hogerIsBeter: true,
    formule: 'Per hoog-risicocasus (zie samenhang.hoog-risico-in-beeld, gemeten op het moment dat de casus hoog-risico werd): 1 als de casus in het Actieoverleg is besproken, anders 0.',
  }),
  geteld({
    verbeteractie: AO, soort: 'waarde', overzichtItem: 'Vroegtijdige afstemming', naamId: 'dagen-tot-bespreking', naam: 'Dagen van aanmelding tot bespreking',
    aggregatie: 'mediaan', eenheid: 'dagen', hogerIsBeter: false,
    formule: 'Mediaan van het aantal kalenderdagen (Europe/Amsterdam) tussen de ontvangst van een aanmelding en haar eerste bespreking, bij de aanmeldende organisatie, gemeten op de bespreking.',
  }),
  beoordeeld({ verbeteractie: AO, soort: 'waarde', overzichtItem: 'Onderling vertrouwen tussen de samenwerkingspartners', naam: 'Onderling vertrouwen', vraag: 'actieoverleg.vertrouwen', waarom: GEEN_TIJDLIJN }),
  beoordeeld({ verbeteractie: AO, soort: 'waarde', overzichtItem: 'Vermindering van administratieve lasten', naam: 'Vermindering van administratieve lasten', vraag: 'actieoverleg.administratieve-lasten', waarom: 'de administratie in de eigen systemen van de partners is niet te zien vanuit Samenloop.' }),
  beoordeeld({ verbeteractie: AO, soort: 'waarde', overzichtItem: 'Groei vertrouwen buiten Actie-overleg', naam: 'Vertrouwen buiten het Actieoverleg', vraag: 'actieoverleg.vertrouwen-buiten', waarom: GEEN_TIJDLIJN }),
  beoordeeld({ verbeteractie: AO, soort: 'waarde', overzichtItem: 'Effectievere inzet van capaciteit', naam: 'Effectievere inzet van capaciteit', vraag: 'actieoverleg.capaciteit', waarom: 'de capaciteit van de partners wordt niet per casus vastgelegd.' }),
  geteld({
    verbeteractie: AO, soort: 'waarde', overzichtItem: 'Samenwerking zonder Actie-overleg', naamId: 'rechtstreeks-doorverwezen', naam: 'Aanmeldingen rechtstreeks met een partner afgestemd',
    aggregatie: 'aantal', eenheid: 'aantal', hogerIsBeter: null,
    formule: 'Aantal aanmeldingen dat de voorzitter rechtstreeks naar een partner doorverwees in plaats van te agenderen, bij de partner.',
  }),
  beoordeeld({ verbeteractie: AO, soort: 'waarde', overzichtItem: 'Samenwerking zonder Actie-overleg', naam: 'Afstemming zonder Actieoverleg', vraag: 'actieoverleg.samenwerking-zonder', waarom: 'afstemming buiten Samenloop om laat geen spoor na.' }),
];

// ---------------------------------------------------------------------------------------------------
// 4. Gezamenlijke aanpak huiselijk geweld door VT & ZSM
const VZ = 'vt-zsm' as const;
const vtZsm: IndicatorDefinitie[] = [
  geteld({
    verbeteractie: VZ, soort: 'ontwikkelinspanning', overzichtItem: 'VT aan ZSM-tafel', naamId: 'vt-deelname-afdoeningsoverleg', naam: 'Deelname van Veilig Thuis aan het afdoeningsoverleg',
    aggregatie: 'aantal', kenmerken: ['aan-tafel', 'telefonisch', 'video', 'schriftelijke-overdracht', 'niet'], eenheid: 'aantal', hogerIsBeter: null,
    formule: 'Aantal gehouden afdoeningsoverleggen op ZSM, naar de wijze waarop Veilig Thuis deelnam (aan tafel, telefonisch, video, schriftelijke overdracht, niet).',
  }),
  geregistreerd({ verbeteractie: VZ, soort: 'ontwikkelinspanning', overzichtItem: 'Afspraken over delen en vastleggen van informatie', naam: 'Afspraken over delen en vastleggen van informatie', inspanningSoorten: ['werkafspraken'], aggregatie: 'aantal' }),
  geregistreerd({ verbeteractie: VZ, soort: 'ontwikkelinspanning', overzichtItem: 'Afspraken werkwijze', naamId: 'inspanning-werkafspraken-werkwijze', naam: 'Afspraken over de werkwijze', inspanningSoorten: ['werkafspraken'], aggregatie: 'aantal', toelichting: 'Afspraken over informatie en over de werkwijze zijn één soort inspanning (werkafspraken); dit cijfer is gelijk aan dat van de afspraken over informatie.' }),
  geregistreerd({ verbeteractie: VZ, soort: 'ontwikkelinspanning', overzichtItem: 'Bijscholing', naam: 'Bijscholing', inspanningSoorten: ['training'], aggregatie: 'aantal' }),
  geregistreerd({ verbeteractie: VZ, soort: 'ontwikkelinspanning', overzichtItem: 'Kosten randvoorwaarden', naam: 'Kosten van randvoorwaarden', inspanningSoorten: ['randvoorwaarden'], aggregatie: 'aantal' }),
  geregistreerd({ verbeteractie: VZ, soort: 'ontwikkelinspanning', overzichtItem: 'Aanpassingen werkprocessen', naam: 'Aanpassingen in werkprocessen', inspanningSoorten: ['werkproces-aanpassing'], aggregatie: 'aantal' }),
  geteld({
    verbeteractie: VZ, soort: 'uitvoeringsinspanning', overzichtItem: 'Inzet', naamId: 'zaken', naam: 'Huiselijk-geweldzaken op ZSM',
    aggregatie: 'aantal', kenmerken: WEEKDEEL, eenheid: 'aantal', hogerIsBeter: null,
    formule: 'Aantal zaken met een aangehouden verdachte dat op ZSM instroomde, naar werkdag of weekend van de aanhouding (Europe/Amsterdam), gemeten op de aanhouding.',
  }),
  geteld({
    verbeteractie: VZ, soort: 'uitvoeringsinspanning', overzichtItem: 'Inzet', naamId: 'vt-contact', naam: 'ZSM-zaken met contact met Veilig Thuis',
    aggregatie: 'aandeel', kenmerken: WEEKDEEL, eenheid: 'procent', hogerIsBeter: true,
    formule: 'Per ZSM-zaak: 1 als Veilig Thuis werd bereikt, 0 als de beslissing viel zonder dat Veilig Thuis werd bereikt (zaken zonder beslissing en zonder contact tellen nog niet). Aandeel in procenten, naar werkdag of weekend van de aanhouding (Europe/Amsterdam), gemeten op de aanhouding.',
  }),
  geregistreerd({ verbeteractie: VZ, soort: 'uitvoeringsinspanning', overzichtItem: 'Ruimte in werkproces elders', naam: 'Saldo meer- en minderwerk', inspanningSoorten: ALLE_INSPANNINGEN, aggregatie: 'werklast' }),
  geregistreerd({ verbeteractie: VZ, soort: 'uitvoeringsinspanning', overzichtItem: 'Extra capaciteit', naam: 'Extra capaciteit (uren)', inspanningSoorten: ['capaciteit'], aggregatie: 'uren' }),
  geregistreerd({ verbeteractie: VZ, soort: 'uitvoeringsinspanning', overzichtItem: 'Evaluatie en doorontwikkeling', naam: 'Evaluaties en doorontwikkeling', inspanningSoorten: ['evaluatie'], aggregatie: 'aantal' }),
  geregistreerd({ verbeteractie: VZ, soort: 'uitvoeringsinspanning', overzichtItem: 'Knelpunten in de informatie-voorziening en -deling', naam: 'Geregistreerde knelpunten in de informatievoorziening', inspanningSoorten: ['informatievoorziening'], aggregatie: 'aantal' }),
  geteld({
    verbeteractie: VZ, soort: 'waarde', overzichtItem: 'Betere afweging van zorg en straf in afdoeningsbeslissing', naamId: 'vt-informatie-voor-beslissing', naam: 'VT-informatie aanwezig bij de beslissing',
    aggregatie: 'aandeel', kenmerken: WEEKDEEL, eenheid: 'procent', hogerIsBeter: true,
    formule: 'Aandeel van de beslissingen van de officier op ZSM waarbij de informatie van Veilig Thuis er al was, naar werkdag of weekend van de aanhouding (Europe/Amsterdam).',
  }),
  beoordeeld({ verbeteractie: VZ, soort: 'waarde', overzichtItem: 'Betere afweging van zorg en straf in afdoeningsbeslissing', naamId: 'rapportcijfer', naam: 'Rapportcijfer VT & ZSM', vraag: 'vt-zsm.rapportcijfer', waarom: 'een totaaloordeel van de partners.' }),
  beoordeeld({ verbeteractie: VZ, soort: 'waarde', overzichtItem: 'Betere afweging van zorg en straf in afdoeningsbeslissing', naam: 'Afweging van zorg en straf', vraag: 'vt-zsm.afweging-zorg-straf', waarom: 'de afweging zelf is een oordeel; de tijdlijn toont alleen welke informatie er was.' }),
  beoordeeld({ verbeteractie: VZ, soort: 'waarde', overzichtItem: 'Effectievere inzet van capaciteit', naam: 'Effectievere inzet van capaciteit', vraag: 'vt-zsm.capaciteit', waarom: 'de capaciteit van de partners wordt niet per zaak vastgelegd.' }),
  geteld({
    verbeteractie: VZ, soort: 'waarde', overzichtItem: 'Completer beeld', naamId: 'rvdk-bij-kinderen', naam: 'Raad voor de Kinderbescherming betrokken als er kinderen zijn',
    aggregatie: 'aandeel', eenheid: 'procent', hogerIsBeter: true,
    formule: 'Per ZSM-zaak waarbij kinderen betrokken zijn en die een beslissing of een RvdK-advies heeft: 1 als de Raad voor de Kinderbescherming werd betrokken, anders 0; gemeten op de aanhouding.',
  }),
  beoordeeld({ verbeteractie: VZ, soort: 'waarde', overzichtItem: 'Completer beeld', naam: 'Completer beeld', vraag: 'vt-zsm.completer-beeld', waarom: 'hoe volledig het beeld is, is een oordeel van de deelnemers.' }),
  beoordeeld({ verbeteractie: VZ, soort: 'waarde', overzichtItem: 'Verdere ontwikkeling van vakmanschap', naam: 'Ontwikkeling van het vakmanschap', vraag: 'vt-zsm.vakmanschap', waarom: GEEN_TIJDLIJN }),
  geteld({
    verbeteractie: VZ, soort: 'waarde', overzichtItem: 'Betere informatiedeling en -verrijking', naamId: 'terugkoppeling', naam: 'Beslissing teruggekoppeld',
    aggregatie: 'aandeel', eenheid: 'procent', hogerIsBeter: true,
    formule: 'Per beslissing van de officier op ZSM: 1 als de beslissing daarna aan de partners werd teruggekoppeld (Samenloop doet dat met de beslissing: Veilig Thuis, en reclassering en RvdK als die deelnemen), 0 als er niemand was om aan terug te koppelen; gemeten op de beslissing.',
    toelichting: 'De terugkoppeling noemt de ontvangende organisaties, niet hun soort: of Veilig Thuis erbij was, ziet de regel niet; vt-zsm.beslissing-gelezen-op-tijd laat zien of de ontvangers haar oppakten.',
  }),
  geteld({
    verbeteractie: VZ, soort: 'waarde', overzichtItem: 'Betere informatiedeling en -verrijking', naamId: 'beslissing-gelezen-op-tijd', naam: 'Teruggekoppelde beslissing op tijd gelezen',
    aggregatie: 'aandeel', eenheid: 'procent', hogerIsBeter: true,
    formule: 'Aandeel van de afgeronde taken "beslissing OM op ZSM lezen" (Veilig Thuis, reclassering, RvdK) dat binnen de termijn van één werkdag werd afgerond, bij de ontvangende organisatie, gemeten op de afronding.',
    toelichting: 'De terugkoppeling zelf gaat automatisch met de beslissing mee; dit cijfer laat zien of de partners haar ook op tijd oppakken.',
  }),
  beoordeeld({ verbeteractie: VZ, soort: 'waarde', overzichtItem: 'Betere informatiedeling en -verrijking', naam: 'Informatiedeling en -verrijking', vraag: 'vt-zsm.informatiedeling', waarom: 'of gedeelde informatie verrijkte, is een oordeel.' }),
  geteld({
    verbeteractie: VZ, soort: 'waarde', overzichtItem: 'Lagere kans op herhaling', naamId: 'herhaling-12-maanden', naam: 'Herhaling binnen 12 maanden na ZSM',
    aggregatie: 'aandeel', eenheid: 'procent', hogerIsBeter: false,
    formule: 'Per casus op ZSM (gemeten op de eerste instroom of het geopende moment): 1 als binnen 365 dagen een nieuwe melding (niet de eigen ZSM-melding) of gesignaleerde herhaling volgt, anders 0.',
    toelichting: OPEN_HERHALING,
  }),
  geteld({
    verbeteractie: VZ, soort: 'waarde', overzichtItem: 'Voorkomen invrijheidstelling zonder veiligheidsmaatregelen', naamId: 'vrijlating-zonder-maatregelen', naam: 'Vrijlating zonder veiligheidsmaatregelen',
    aggregatie: 'aandeel', eenheid: 'procent', hogerIsBeter: false,
    formule: 'Aandeel van de beslissingen op ZSM waarbij de verdachte in vrijheid werd gesteld zonder veiligheidsvoorwaarden terwijl Veilig Thuis de situatie onveilig vond.',
  }),
  beoordeeld({ verbeteractie: VZ, soort: 'waarde', overzichtItem: 'Onderling vertrouwen tussen de deelnemende samenwerkingspartners', naam: 'Onderling vertrouwen', vraag: 'vt-zsm.vertrouwen', waarom: GEEN_TIJDLIJN }),
  geteld({
    verbeteractie: VZ, soort: 'waarde', overzichtItem: 'Snellere inzet van veiligheidsmaatregelen', naamId: 'binnen-termijn', naam: 'Beslissing binnen de termijn',
    aggregatie: 'aandeel', eenheid: 'procent', hogerIsBeter: true,
    formule: 'Aandeel van de beslissingen op ZSM dat binnen de termijn na de aanhouding viel.',
  }),
  geteld({
    verbeteractie: VZ, soort: 'waarde', overzichtItem: 'Snellere inzet van veiligheidsmaatregelen', naamId: 'minuten-tot-veiligheidsbeoordeling', naam: 'Tijd van aanhouding tot veiligheidsbeoordeling',
    aggregatie: 'mediaan', eenheid: 'minuten', hogerIsBeter: false,
    formule: 'Mediaan van de minuten tussen de aanhouding en de veiligheidsbeoordeling van Veilig Thuis (de eerste per zaak).',
  }),
  geteld({
    verbeteractie: VZ, soort: 'waarde', overzichtItem: 'Hoog-risicogezinnen beter in beeld', naamId: 'hoog-risico-beoordeeld', naam: 'Hoog-risicogezinnen met een VT-beoordeling op ZSM',
    aggregatie: 'aandeel', eenheid: 'procent', hogerIsBeter: true,
    formule: 'Per ZSM-zaak van een casus die bij de instroom al hoog-risico was (zie samenhang.hoog-risico-in-beeld): 1 als Veilig Thuis een veiligheidsbeoordeling gaf, anders 0; gemeten op de aanhouding.',
  }),
  beoordeeld({ verbeteractie: VZ, soort: 'waarde', overzichtItem: 'Vermindering van administratieve lasten', naam: 'Vermindering van administratieve lasten', vraag: 'vt-zsm.administratieve-lasten', waarom: 'de administratie in de eigen systemen van de partners is niet te zien vanuit Samenloop.' }),
  beoordeeld({ verbeteractie: VZ, soort: 'waarde', overzichtItem: 'Groei vertrouwen buiten HG&ZSM', naam: 'Vertrouwen buiten HG&ZSM', vraag: 'vt-zsm.vertrouwen-buiten', waarom: GEEN_TIJDLIJN }),
  geteld({
    verbeteractie: VZ, soort: 'waarde', overzichtItem: 'Gestroomlijnder informatiedeling', naamId: 'minuten-tot-vt-contact', naam: 'Tijd van aanhouding tot contact met Veilig Thuis',
    aggregatie: 'mediaan', kenmerken: WEEKDEEL, eenheid: 'minuten', hogerIsBeter: false,
    formule: 'Mediaan van de minuten tussen de aanhouding en het eerste geslaagde contact met Veilig Thuis per zaak, naar werkdag of weekend van de aanhouding.',
  }),
  geteld({
    verbeteractie: VZ, soort: 'waarde', overzichtItem: 'Gestroomlijnder informatiedeling', naamId: 'samengevoegde-meldingen', naam: 'Dubbele meldingen samengevoegd',
    aggregatie: 'aantal', eenheid: 'aantal', hogerIsBeter: null,
    formule: 'Aantal samengevoegde dubbele meldingen (niet ongedaan gemaakt) in casussen met een ZSM-zaak, bij de organisatie die samenvoegde, gemeten op het samenvoegen.',
    toelichting: 'Dezelfde melding komt bij ZSM-zaken twee keer binnen: mondeling op ZSM en later via CORV. Het aantal laat zien hoe vaak dat dubbele werk in Samenloop wordt samengevoegd in plaats van met de hand.',
  }),
  beoordeeld({ verbeteractie: VZ, soort: 'waarde', overzichtItem: 'Gestroomlijnder informatiedeling', naam: 'Gestroomlijnde informatiedeling', vraag: 'vt-zsm.gestroomlijnd', waarom: 'dubbel werk in de eigen systemen (bijv. een melding die twee keer binnenkomt) is niet volledig te zien.' }),
  beoordeeld({ verbeteractie: VZ, soort: 'waarde', overzichtItem: 'Samenwerking zonder HG&ZSM', naam: 'Afstemming zonder HG&ZSM', vraag: 'vt-zsm.samenwerking-zonder', waarom: 'afstemming buiten Samenloop om laat geen spoor na.' }),
];

// ---------------------------------------------------------------------------------------------------
// 5. Samenwerken bij strafbare kindermishandeling
const SK = 'strafbare-kindermishandeling' as const;
const strafbareKindermishandeling: IndicatorDefinitie[] = [
  geregistreerd({ verbeteractie: SK, soort: 'ontwikkelinspanning', overzichtItem: 'Voorlichting', naam: 'Voorlichting', inspanningSoorten: ['voorlichting'], aggregatie: 'aantal' }),
  geregistreerd({ verbeteractie: SK, soort: 'ontwikkelinspanning', overzichtItem: 'Afspraken over delen en vastleggen van informatie', naam: 'Afspraken over delen en vastleggen van informatie', inspanningSoorten: ['werkafspraken'], aggregatie: 'aantal' }),
  geregistreerd({ verbeteractie: SK, soort: 'ontwikkelinspanning', overzichtItem: 'Kwartiermaker of projectleider', naam: 'Kwartiermaker of projectleider', inspanningSoorten: ['projectleider'], aggregatie: 'aantal' }),
  geregistreerd({ verbeteractie: SK, soort: 'ontwikkelinspanning', overzichtItem: 'Bijscholing', naam: 'Bijscholing', inspanningSoorten: ['training'], aggregatie: 'aantal' }),
  geregistreerd({ verbeteractie: SK, soort: 'ontwikkelinspanning', overzichtItem: 'Aanpassingen werkprocessen', naam: 'Aanpassingen in werkprocessen', inspanningSoorten: ['werkproces-aanpassing'], aggregatie: 'aantal' }),
  geteld({
    verbeteractie: SK, soort: 'uitvoeringsinspanning', overzichtItem: 'Vaste contactpersonen', naamId: 'triages', naam: 'Triages door de partners',
    aggregatie: 'aantal', eenheid: 'aantal', hogerIsBeter: null,
    formule: 'Aantal triages van een SSK-traject in de periode, bij de organisatie die triageerde.',
  }),
  beoordeeld({ verbeteractie: SK, soort: 'uitvoeringsinspanning', overzichtItem: 'Vaste contactpersonen', naam: 'Bekende en bereikbare vaste contactpersonen', vraag: 'strafbare-kindermishandeling.vaste-contactpersonen', waarom: 'wie de vaste contactpersoon is en of die bereikbaar was, staat niet op de tijdlijn.' }),
  geregistreerd({ verbeteractie: SK, soort: 'uitvoeringsinspanning', overzichtItem: 'Knelpunten in de informatievoorziening en -deling', naam: 'Geregistreerde knelpunten in de informatievoorziening', inspanningSoorten: ['informatievoorziening'], aggregatie: 'aantal' }),
  geteld({
    verbeteractie: SK, soort: 'uitvoeringsinspanning', overzichtItem: 'Tijdige betrokkenheid', naamId: 'uren-tot-triage', naam: 'Tijd van opening tot eerste triage',
    aggregatie: 'mediaan', eenheid: 'uren', hogerIsBeter: false,
    formule: 'Mediaan van de uren tussen de opening van een SSK-traject en de eerste triage door een partner, gemeten op de triage.',
  }),
  geregistreerd({ verbeteractie: SK, soort: 'uitvoeringsinspanning', overzichtItem: 'Extra inzet om informatie beschikbaar te maken of te delen', naam: 'Extra uren om informatie beschikbaar te maken of te delen', inspanningSoorten: ['informatievoorziening'], aggregatie: 'uren' }),
  geteld({
    verbeteractie: SK, soort: 'uitvoeringsinspanning', overzichtItem: 'Melding ipv aangifte', naamId: 'keuze-melding-aangifte', naam: 'Keuze tussen melding en aangifte',
    aggregatie: 'aantal', kenmerken: ['melding', 'aangifte', 'beide', 'geen'], eenheid: 'aantal', hogerIsBeter: null,
    formule: 'Aantal vastgelegde keuzes in een SSK-traject, naar melding, aangifte, beide of geen.',
  }),
  geteld({
    verbeteractie: SK, soort: 'uitvoeringsinspanning', overzichtItem: 'Anoniem overleg', naamId: 'anoniem-gestart', naam: 'Anoniem gestarte overleggen',
    aggregatie: 'aandeel', eenheid: 'procent', hogerIsBeter: null,
    formule: 'Aandeel van de geopende SSK-trajecten dat anoniem (zonder namen) begon.',
    toelichting: 'Anoniem overleg is soms nodig voor de veiligheid; de partners geven de voorkeur aan overleg op naam (seed 003 §5.2).',
  }),
  geteld({
    verbeteractie: SK, soort: 'uitvoeringsinspanning', overzichtItem: 'Anoniem overleg', naamId: 'anoniem-omgezet', naam: 'Anoniem overleg omgezet naar overleg op naam',
    aggregatie: 'aandeel', eenheid: 'procent', hogerIsBeter: true,
    formule: 'Per anoniem gestart SSK-traject dat is omgezet of afgesloten: 1 als het werd omgezet naar overleg op naam, anders 0; gemeten op de opening.',
  }),
  geregistreerd({ verbeteractie: SK, soort: 'uitvoeringsinspanning', overzichtItem: 'Ruimte in werkproces elders', naam: 'Saldo meer- en minderwerk', inspanningSoorten: ALLE_INSPANNINGEN, aggregatie: 'werklast' }),
  geregistreerd({ verbeteractie: SK, soort: 'uitvoeringsinspanning', overzichtItem: 'Evaluatie en doorontwikkeling', naam: 'Evaluaties en doorontwikkeling', inspanningSoorten: ['evaluatie'], aggregatie: 'aantal' }),
  geteld({
    verbeteractie: SK, soort: 'waarde', overzichtItem: 'Betere en vroegtijdiger aanpak', naamId: 'trajecten', naam: 'Geopende SSK-trajecten',
    aggregatie: 'aantal', kenmerken: ['anoniem', 'op-naam'], eenheid: 'aantal', hogerIsBeter: null,
    formule: 'Aantal geopende trajecten Samenwerken bij strafbare kindermishandeling in de periode, naar anoniem of op naam gestart.',
  }),
  geteld({
    verbeteractie: SK, soort: 'waarde', overzichtItem: 'Betere en vroegtijdiger aanpak', naamId: 'onderzoeksplan', naam: 'Trajecten met een gezamenlijk onderzoeksplan',
    aggregatie: 'aandeel', eenheid: 'procent', hogerIsBeter: true,
    formule: 'Per SSK-traject met een bevestigd onderzoeksplan of dat is afgesloten: 1 als er een gezamenlijk onderzoeksplan werd bevestigd, anders 0; gemeten op de opening.',
  }),
  beoordeeld({ verbeteractie: SK, soort: 'waarde', overzichtItem: 'Betere en vroegtijdiger aanpak', naam: 'Betere en eerdere aanpak', vraag: 'strafbare-kindermishandeling.aanpak', waarom: 'of de aanpak beter werd, is een oordeel van de partners.' }),
  beoordeeld({ verbeteractie: SK, soort: 'waarde', overzichtItem: 'Effectievere inzet van capaciteit', naam: 'Effectievere inzet van capaciteit', vraag: 'strafbare-kindermishandeling.capaciteit', waarom: 'de capaciteit van de partners wordt niet per casus vastgelegd.' }),
  geteld({
    verbeteractie: SK, soort: 'waarde', overzichtItem: 'Betere en vroegtijdiger informatiedeling en -verrijking', naamId: 'medisch-binnen-24-uur', naam: 'Medische beoordeling binnen 24 uur',
    aggregatie: 'aandeel', eenheid: 'procent', hogerIsBeter: true,
    formule: 'Aandeel van de uitkomsten van een forensisch-medisch verzoek dat binnen 24 uur na het verzoek binnenkwam, bij de organisatie van de expert.',
  }),
  beoordeeld({ verbeteractie: SK, soort: 'waarde', overzichtItem: 'Betere en vroegtijdiger informatiedeling en -verrijking', naam: 'Betere en eerdere informatiedeling', vraag: 'strafbare-kindermishandeling.informatiedeling', waarom: 'of gedeelde informatie verrijkte, is een oordeel.' }),
  geteld({
    verbeteractie: SK, soort: 'waarde', overzichtItem: 'Lagere kans op herhaling', naamId: 'herhaling-12-maanden', naam: 'Herhaling binnen 12 maanden na een SSK-traject',
    aggregatie: 'aandeel', eenheid: 'procent', hogerIsBeter: false,
    formule: 'Per casus met een SSK-traject (gemeten op de eerste opening of het geopende moment): 1 als binnen 365 dagen een nieuwe melding of gesignaleerde herhaling volgt, anders 0.',
    toelichting: OPEN_HERHALING,
  }),
  beoordeeld({ verbeteractie: SK, soort: 'waarde', overzichtItem: 'Completer beeld', naam: 'Completer beeld', vraag: 'strafbare-kindermishandeling.completer-beeld', waarom: 'hoe volledig het beeld is, is een oordeel van de deelnemers.' }),
  beoordeeld({ verbeteractie: SK, soort: 'waarde', overzichtItem: 'Onderling vertrouwen tussen de samenwerkingspartners', naam: 'Onderling vertrouwen', vraag: 'strafbare-kindermishandeling.vertrouwen', waarom: GEEN_TIJDLIJN }),
  beoordeeld({ verbeteractie: SK, soort: 'waarde', overzichtItem: 'Hogere kwaliteit', naamId: 'rapportcijfer', naam: 'Rapportcijfer samenwerking bij strafbare kindermishandeling', vraag: 'strafbare-kindermishandeling.rapportcijfer', waarom: 'de kwaliteit is een oordeel van de partners.' }),
  geteld({
    verbeteractie: SK, soort: 'waarde', overzichtItem: 'Hogere kwaliteit', naamId: 'stappen-uitgevoerd', naam: 'Uitgevoerde stappen van het onderzoeksplan',
    aggregatie: 'gemiddelde', eenheid: 'procent', hogerIsBeter: true,
    formule: 'Per afgesloten SSK-traject met een onderzoeksplan: uitgevoerde stappen / geplande stappen x 100; het gemiddelde, gemeten op de afsluiting.',
  }),
  beoordeeld({ verbeteractie: SK, soort: 'waarde', overzichtItem: 'Groei vertrouwen buiten SSK', naam: 'Vertrouwen buiten SSK', vraag: 'strafbare-kindermishandeling.vertrouwen-buiten', waarom: GEEN_TIJDLIJN }),
  geteld({
    verbeteractie: SK, soort: 'waarde', overzichtItem: 'Vroegtijdige afstemming', naamId: 'uren-melding-tot-traject', naam: 'Tijd van melding tot SSK-traject',
    aggregatie: 'mediaan', eenheid: 'uren', hogerIsBeter: false,
    formule: 'Per casus met een SSK-traject: uren van de eerste melding (vroegste ontvangstdatum van een gekoppelde melding, anders de opening van de casus) tot de opening van het eerste traject; vóór de melding telt als 0. Mediaan, gemeten op de opening van het traject.',
  }),
  beoordeeld({ verbeteractie: SK, soort: 'waarde', overzichtItem: 'Samenwerking zonder SSK', naam: 'Afstemming zonder SSK', vraag: 'strafbare-kindermishandeling.samenwerking-zonder', waarom: 'afstemming buiten Samenloop om laat geen spoor na.' }),
];

export const indicatorCatalogus: readonly IndicatorDefinitie[] = [
  ...samenhang,
  ...samenOpInAcuut,
  ...actieoverleg,
  ...vtZsm,
  ...strafbareKindermishandeling,
];

export function vindIndicator(id: string): IndicatorDefinitie | undefined {
  return indicatorCatalogus.find((d) => d.id === id);
}
