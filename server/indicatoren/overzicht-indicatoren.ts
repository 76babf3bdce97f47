import type { IndicatorSoort, Verbeteractie } from './schemas';

/**
 * Seed 003's appendix "Overzicht indicatoren" as data: per improvement action and kind, every item in the
 * appendix's own words. The extracted text sets the two columns of the appendix on one line and sometimes runs two
 * items together ("Voorlichting politie en VT Aanpassingen werkproces"); here every item stands on its own, in
 * reading order (left column, then right column, row by row). The catalogue covers each of them
 * (catalogus.test.ts checks it). Shared with the web app (pure data): the report's appendix is built from it.
 */
export type OverzichtIndicatoren = Readonly<Record<Verbeteractie, Readonly<Record<IndicatorSoort, readonly string[]>>>>;

export const overzichtIndicatoren: OverzichtIndicatoren = {
  samenhang: {
    ontwikkelinspanning: ['Afspraken over afstemmen en delen van informatie', 'Gezamenlijke training, intervisie, deskundigheidsbevordering'],
    uitvoeringsinspanning: [
      'Inverdieneffecten tussen verbeteracties',
      'Knelpunten informatievoorziening',
      'Inverdieneffecten met andere werkstromen',
      'Extra inzet nodig om informatie beschikbaar te maken',
      'Meer- of minderwerk',
    ],
    waarde: ['Verbetering in de praktijk', 'Ervaringsdeskundigheid', 'Gezamenlijk leerproces in RNZS'],
  },
  'samen-op-in-acuut': {
    ontwikkelinspanning: ['Voorlichting politie en VT', 'Aanpassingen werkproces', 'Aanpassingen bereikbaarheid en beschikbaarheid VT'],
    uitvoeringsinspanning: [
      'Crisismeldingen',
      'Opvolging',
      'Snelheid informatievoorziening',
      'Ruimte elders in werkprocessen',
      'Knelpunten informatievoorziening',
      'Evaluatie en doorontwikkeling',
      'Extra inzet',
    ],
    waarde: [
      'Betere veiligheidsbeoordelingen en interventies',
      'Lagere kans op herhaling of escalatie',
      'Alertheid op en herkenning van signalen',
      'Grotere en blijvende bereidheid tot meewerken aan hulp',
      'Late meldingen',
      'Eerder meldingen aan andere partijen',
      'Sneller vervolgstappen',
      'Onderling vertrouwen en collegiaal contact',
      'Lagere druk op HG&ZSM en Actie-overleg',
      'Betere samenwerking in de breedte',
      'Effectievere inzet van capaciteit',
    ],
  },
  actieoverleg: {
    ontwikkelinspanning: [
      'Kwartiermaker of projectleider',
      'Bijscholing',
      'Afspraken over delen en vastleggen van informatie',
      'Aanpassingen werkprocessen',
    ],
    uitvoeringsinspanning: [
      'Frequentie',
      'Voorzitterschap en facilitering',
      'Vorm',
      'Informatiedeling en vastleggen',
      'Aanwezige partners',
      'Ruimte in werkproces elders',
      'Deelnemers',
      'Evaluatie en doorontwikkeling',
      'Mandaat',
    ],
    waarde: [
      'Betere en vroegtijdiger informatie-deling en -verrijking',
      'Verdere ontwikkeling van het vakmanschap',
      'Completer beeld',
      'Lagere kans op herhaling',
      'Hogere kwaliteit',
      'Hoog-risicogezinnen beter in beeld',
      'Vroegtijdige afstemming',
      'Onderling vertrouwen tussen de samenwerkingspartners',
      'Vermindering van administratieve lasten',
      'Groei vertrouwen buiten Actie-overleg',
      'Effectievere inzet van capaciteit',
      'Samenwerking zonder Actie-overleg',
    ],
  },
  'vt-zsm': {
    ontwikkelinspanning: [
      'VT aan ZSM-tafel',
      'Afspraken over delen en vastleggen van informatie',
      'Afspraken werkwijze',
      'Bijscholing',
      'Kosten randvoorwaarden',
      'Aanpassingen werkprocessen',
    ],
    uitvoeringsinspanning: [
      'Inzet',
      'Ruimte in werkproces elders',
      'Extra capaciteit',
      'Evaluatie en doorontwikkeling',
      'Knelpunten in de informatie-voorziening en -deling',
    ],
    waarde: [
      'Betere afweging van zorg en straf in afdoeningsbeslissing',
      'Effectievere inzet van capaciteit',
      'Completer beeld',
      'Verdere ontwikkeling van vakmanschap',
      'Betere informatiedeling en -verrijking',
      'Lagere kans op herhaling',
      'Voorkomen invrijheidstelling zonder veiligheidsmaatregelen',
      'Onderling vertrouwen tussen de deelnemende samenwerkingspartners',
      'Snellere inzet van veiligheidsmaatregelen',
      'Hoog-risicogezinnen beter in beeld',
      'Vermindering van administratieve lasten',
      'Groei vertrouwen buiten HG&ZSM',
      'Gestroomlijnder informatiedeling',
      'Samenwerking zonder HG&ZSM',
    ],
  },
  'strafbare-kindermishandeling': {
    ontwikkelinspanning: [
      'Voorlichting',
      'Afspraken over delen en vastleggen van informatie',
      'Kwartiermaker of projectleider',
      'Bijscholing',
      'Aanpassingen werkprocessen',
    ],
    uitvoeringsinspanning: [
      'Vaste contactpersonen',
      'Knelpunten in de informatievoorziening en -deling',
      'Tijdige betrokkenheid',
      'Extra inzet om informatie beschikbaar te maken of te delen',
      'Melding ipv aangifte',
      'Anoniem overleg',
      'Ruimte in werkproces elders',
      'Evaluatie en doorontwikkeling',
    ],
    waarde: [
      'Betere en vroegtijdiger aanpak',
      'Effectievere inzet van capaciteit',
      'Betere en vroegtijdiger informatiedeling en -verrijking',
      'Lagere kans op herhaling',
      'Completer beeld',
      'Onderling vertrouwen tussen de samenwerkingspartners',
      'Hogere kwaliteit',
      'Groei vertrouwen buiten SSK',
      'Vroegtijdige afstemming',
      'Samenwerking zonder SSK',
    ],
  },
};

/** The headings of the appendix, per improvement action and kind. */
export const verbeteractieTitels: Readonly<Record<Verbeteractie, string>> = {
  samenhang: 'Samenhang, kennisontwikkeling en blijven verbeteren',
  'samen-op-in-acuut': 'Samen op in acuut',
  actieoverleg: 'Actie-overleg',
  'vt-zsm': 'Gezamenlijke aanpak huiselijk geweld door VT & ZSM',
  'strafbare-kindermishandeling': 'Samenwerken bij Strafbare Kindermishandeling',
};

export const indicatorSoortTitels: Readonly<Record<IndicatorSoort, string>> = {
  ontwikkelinspanning: 'Ontwikkelinspanningen',
  uitvoeringsinspanning: 'Uitvoeringsinspanningen',
  waarde: 'Waarde',
};
