import type { Verbeteractie } from '../schemas';

/**
 * The questions of the partners' periodic evaluations: a grade (1-10) per improvement action and statements
 * (1 = helemaal oneens ... 5 = helemaal eens). They feed the indicators that can only be judged qualitatively.
 * Ids are stable: answers and indicator definitions refer to them. Shared with the web app.
 */
export type Schaal = { soort: 'cijfer'; min: 1; max: 10 } | { soort: 'stelling'; min: 1; max: 5 };

export interface EvaluatieVraag {
  id: string;
  verbeteractie: Verbeteractie;
  tekst: string;
  schaal: Schaal;
}

export const CIJFER: Schaal = { soort: 'cijfer', min: 1, max: 10 };
export const STELLING: Schaal = { soort: 'stelling', min: 1, max: 5 };

const cijfer = (verbeteractie: Verbeteractie, naam: string): EvaluatieVraag => ({
  id: `${verbeteractie}.rapportcijfer`,
  verbeteractie,
  tekst: `Welk rapportcijfer geeft u ${naam} dit jaar?`,
  schaal: CIJFER,
});
const stelling = (verbeteractie: Verbeteractie, naam: string, tekst: string): EvaluatieVraag => ({
  id: `${verbeteractie}.${naam}`,
  verbeteractie,
  tekst,
  schaal: STELLING,
});

export const evaluatieVragen: readonly EvaluatieVraag[] = [
  // Samenhang, kennisontwikkeling en blijven verbeteren
  cijfer('samenhang', 'de samenhang tussen de verbeteracties in de regio'),
  stelling('samenhang', 'afspraken-informatie', 'De afspraken over afstemmen en delen van informatie tussen de partners zijn mij duidelijk.'),
  stelling('samenhang', 'deskundigheid', 'Gezamenlijke training, intervisie en deskundigheidsbevordering hebben mij dit jaar geholpen in mijn werk.'),
  stelling('samenhang', 'inverdieneffect-verbeteracties', 'Als een casus al bij een ander afstemmingsmoment is besproken, kost de volgende stap mij minder werk.'),
  stelling('samenhang', 'inverdieneffect-werkstromen', 'De verbeteracties besparen werk in andere werkstromen van mijn organisatie.'),
  stelling('samenhang', 'informatie-beschikbaar', 'Ik krijg de informatie die ik van de partners nodig heb op tijd en zonder extra moeite.'),
  stelling('samenhang', 'verbetering-praktijk', 'De verbeteracties hebben de aanpak in de praktijk dit jaar merkbaar verbeterd.'),
  stelling('samenhang', 'ervaringsdeskundigheid', 'De ervaringen van betrokkenen (ervaringsdeskundigheid) worden benut om de aanpak te verbeteren.'),
  stelling('samenhang', 'leerproces-rnzs', 'Het Regionaal Netwerk Zorg en Straf helpt mijn organisatie te leren van casuïstiek en de samenwerking te verbeteren.'),

  // Samen op in acuut
  cijfer('samen-op-in-acuut', 'Samen op in acuut'),
  stelling('samen-op-in-acuut', 'voorlichting', 'Collega\'s bij politie en Veilig Thuis weten wanneer en hoe zij elkaar bij acute onveiligheid inschakelen.'),
  stelling('samen-op-in-acuut', 'veiligheidsbeoordeling', 'Door samen op te trekken zijn de veiligheidsbeoordeling en de interventies bij acute onveiligheid beter.'),
  stelling('samen-op-in-acuut', 'alertheid', 'Door Samen op in acuut zijn collega\'s alerter op signalen van huiselijk geweld en kindermishandeling.'),
  stelling('samen-op-in-acuut', 'bereidheid-hulp', 'Betrokkenen zijn na een gezamenlijk optreden eerder en blijvend bereid mee te werken aan hulp.'),
  stelling('samen-op-in-acuut', 'eerder-melden', 'Door Samen op in acuut worden andere partijen eerder op de hoogte gebracht.'),
  stelling('samen-op-in-acuut', 'vertrouwen', 'Het onderling vertrouwen en het collegiaal contact tussen politie en Veilig Thuis zijn goed.'),
  stelling('samen-op-in-acuut', 'druk-andere-overleggen', 'Samen op in acuut vermindert de druk op HG&ZSM en het Actieoverleg.'),
  stelling('samen-op-in-acuut', 'samenwerking-breedte', 'Samen op in acuut verbetert de samenwerking met de partners ook buiten acute situaties.'),
  stelling('samen-op-in-acuut', 'capaciteit', 'Samen op in acuut zorgt voor een effectievere inzet van onze capaciteit.'),

  // Actieoverleg
  cijfer('actieoverleg', 'het Actieoverleg'),
  stelling('actieoverleg', 'vertrouwen', 'Ik vertrouw de partners aan tafel bij het Actieoverleg.'),
  stelling('actieoverleg', 'completer-beeld', 'Door het Actieoverleg krijg ik een completer beeld van de situatie.'),
  stelling('actieoverleg', 'vakmanschap', 'Het Actieoverleg draagt bij aan mijn vakmanschap.'),
  stelling('actieoverleg', 'informatiedeling', 'Door het Actieoverleg wordt informatie beter en eerder gedeeld en verrijkt.'),
  stelling('actieoverleg', 'vorm', 'De vorm van het Actieoverleg (fysiek of online, duur, voorbereiding) past bij het doel.'),
  stelling('actieoverleg', 'mandaat', 'De deelnemers aan het Actieoverleg hebben het mandaat om afspraken namens hun organisatie te maken en uit te voeren.'),
  stelling('actieoverleg', 'administratieve-lasten', 'Het Actieoverleg vermindert mijn administratieve lasten.'),
  stelling('actieoverleg', 'vertrouwen-buiten', 'Het vertrouwen tussen de partners is ook buiten het Actieoverleg gegroeid.'),
  stelling('actieoverleg', 'samenwerking-zonder', 'Ik stem zaken met de partners ook rechtstreeks af, zonder het Actieoverleg.'),
  stelling('actieoverleg', 'capaciteit', 'Het Actieoverleg zorgt voor een effectievere inzet van onze capaciteit.'),

  // Gezamenlijke aanpak huiselijk geweld door VT & ZSM
  cijfer('vt-zsm', 'de gezamenlijke aanpak huiselijk geweld door VT & ZSM'),
  stelling('vt-zsm', 'afweging-zorg-straf', 'In de afdoeningsbeslissing op ZSM worden zorg en straf goed tegen elkaar afgewogen.'),
  stelling('vt-zsm', 'completer-beeld', 'Door de inbreng van Veilig Thuis krijgt ZSM een completer beeld van de veiligheid.'),
  stelling('vt-zsm', 'vakmanschap', 'De samenwerking tussen VT en ZSM draagt bij aan mijn vakmanschap.'),
  stelling('vt-zsm', 'informatiedeling', 'Informatie tussen Veilig Thuis en ZSM wordt goed gedeeld en verrijkt.'),
  stelling('vt-zsm', 'gestroomlijnd', 'De informatiedeling tussen Veilig Thuis en ZSM verloopt gestroomlijnd, zonder dubbel werk.'),
  stelling('vt-zsm', 'vertrouwen', 'Ik vertrouw de partners waarmee ik op ZSM huiselijk-geweldzaken behandel.'),
  stelling('vt-zsm', 'administratieve-lasten', 'De gezamenlijke aanpak op ZSM vermindert mijn administratieve lasten.'),
  stelling('vt-zsm', 'vertrouwen-buiten', 'Het vertrouwen tussen de partners is ook buiten HG&ZSM gegroeid.'),
  stelling('vt-zsm', 'samenwerking-zonder', 'Ik stem zaken met de partners ook rechtstreeks af, zonder HG&ZSM.'),
  stelling('vt-zsm', 'capaciteit', 'De gezamenlijke aanpak op ZSM zorgt voor een effectievere inzet van onze capaciteit.'),

  // Samenwerken bij strafbare kindermishandeling
  cijfer('strafbare-kindermishandeling', 'de samenwerking bij strafbare kindermishandeling'),
  stelling('strafbare-kindermishandeling', 'vaste-contactpersonen', 'Ik weet bij elke partner wie de vaste contactpersoon is bij strafbare kindermishandeling, en die is bereikbaar.'),
  stelling('strafbare-kindermishandeling', 'aanpak', 'Door de samenwerking worden zaken van strafbare kindermishandeling beter en eerder aangepakt.'),
  stelling('strafbare-kindermishandeling', 'informatiedeling', 'Informatie over strafbare kindermishandeling wordt beter en eerder gedeeld en verrijkt.'),
  stelling('strafbare-kindermishandeling', 'completer-beeld', 'Door de samenwerking krijg ik een completer beeld van de situatie van het kind.'),
  stelling('strafbare-kindermishandeling', 'vertrouwen', 'Ik vertrouw de partners waarmee ik bij strafbare kindermishandeling samenwerk.'),
  stelling('strafbare-kindermishandeling', 'vertrouwen-buiten', 'Het vertrouwen tussen de partners is ook buiten de samenwerking bij strafbare kindermishandeling gegroeid.'),
  stelling('strafbare-kindermishandeling', 'samenwerking-zonder', 'Ik stem zaken met de partners ook rechtstreeks af, buiten de afspraken voor strafbare kindermishandeling om.'),
  stelling('strafbare-kindermishandeling', 'capaciteit', 'De samenwerking bij strafbare kindermishandeling zorgt voor een effectievere inzet van onze capaciteit.'),
];

export function vindVraag(id: string): EvaluatieVraag | undefined {
  return evaluatieVragen.find((v) => v.id === id);
}
