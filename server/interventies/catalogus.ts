import type { Interventie, InterventieCode, InterventieFilter } from './schemas';
import { interventieCodes } from './schemas';

/**
 * The intervention catalogue. Phases and legal domains follow the safety plan of seed 002 (acute phase, risk-led,
 * recovery; strafrecht, bestuursrecht, civiel recht, sociale interventies, overige interventies). The extracted
 * text of seed 002 keeps only some of its bullets (vrijheidsbeperkende and gedragsveranderende voorwaarden,
 * ondersteuning buddy/ervaringsdeskundige, contact wijkagent); the other entries are the measures named in seed 003
 * (THV, contact- en locatieverbod, voorlopige hechtenis, ots, uithuisplaatsing, reclasseringstoezicht, wijkteam, GGZ,
 * CIT), seed 004 (verzoek tot onderzoek bij de RvdK) and the brief. Where a seed names no phase we chose the phases
 * in which the measure is used in practice. The safety-plan issue extends this list.
 */
const catalogus: Record<InterventieCode, Omit<Interventie, 'code'>> = {
  'aanhouding-inverzekeringstelling': {
    naam: 'Aanhouding / inverzekeringstelling',
    fase: ['acuut'],
    rechtsdomein: 'strafrecht',
    omschrijving: 'De politie houdt de verdachte aan; de (hulp)officier van justitie kan hem in verzekering stellen.',
  },
  'voorlopige-hechtenis': {
    naam: 'Voorlopige hechtenis',
    fase: ['acuut'],
    rechtsdomein: 'strafrecht',
    omschrijving: 'De officier van justitie vordert voorlopige hechtenis bij de voorgeleiding; schorsing kan onder voorwaarden.',
  },
  contactverbod: {
    naam: 'Contactverbod',
    fase: ['acuut', 'risicogestuurd'],
    rechtsdomein: 'strafrecht',
    omschrijving: 'Vrijheidsbeperkende voorwaarde of maatregel: geen contact met het slachtoffer of andere genoemde personen.',
  },
  locatieverbod: {
    naam: 'Locatieverbod',
    fase: ['acuut', 'risicogestuurd'],
    rechtsdomein: 'strafrecht',
    omschrijving: 'Vrijheidsbeperkende voorwaarde of maatregel: niet komen in of bij een genoemd adres of gebied.',
  },
  meldplicht: {
    naam: 'Meldplicht',
    fase: ['acuut', 'risicogestuurd'],
    rechtsdomein: 'strafrecht',
    omschrijving: 'Vrijheidsbeperkende voorwaarde: de betrokkene meldt zich op vaste momenten bij politie of reclassering.',
  },
  'gedragsveranderende-voorwaarden': {
    naam: 'Gedragsveranderende voorwaarden',
    fase: ['acuut', 'risicogestuurd'],
    rechtsdomein: 'strafrecht',
    omschrijving: 'Bijzondere voorwaarden gericht op de oorzaken van het geweld, zoals behandeling of een gedragsinterventie.',
  },
  'strafrechtelijk-onderzoek': {
    naam: 'Strafrechtelijk onderzoek / vervolging',
    fase: ['acuut', 'risicogestuurd'],
    rechtsdomein: 'strafrecht',
    omschrijving: 'Politieonderzoek met een plan van aanpak dat met de officier van justitie wordt gedeeld; het OM beoordeelt of vervolging bijdraagt aan stabiele veiligheid.',
  },
  reclasseringstoezicht: {
    naam: 'Reclasseringstoezicht',
    fase: ['risicogestuurd', 'herstel'],
    rechtsdomein: 'strafrecht',
    omschrijving: 'De reclassering houdt toezicht op de naleving van de voorwaarden door de pleger.',
  },
  'tijdelijk-huisverbod': {
    naam: 'Tijdelijk huisverbod',
    fase: ['acuut'],
    rechtsdomein: 'bestuursrecht',
    omschrijving: 'De burgemeester (in mandaat de hulpofficier van justitie) verbiedt de pleger 10 dagen de woning te betreden en contact op te nemen; verlenging tot ten hoogste 4 weken na oplegging.',
  },
  'verzoek-tot-onderzoek-rvdk': {
    naam: 'Verzoek tot onderzoek bij de Raad voor de Kinderbescherming',
    fase: ['acuut', 'risicogestuurd'],
    rechtsdomein: 'civiel',
    omschrijving: 'Veilig Thuis of een andere partner vraagt de Raad te onderzoeken of een kinderbeschermingsmaatregel nodig is.',
  },
  ondertoezichtstelling: {
    naam: 'Ondertoezichtstelling (ots)',
    fase: ['risicogestuurd', 'herstel'],
    rechtsdomein: 'civiel',
    omschrijving: 'De kinderrechter stelt het kind onder toezicht van een gecertificeerde instelling (jeugdbescherming).',
  },
  uithuisplaatsing: {
    naam: 'Uithuisplaatsing',
    fase: ['acuut', 'risicogestuurd'],
    rechtsdomein: 'civiel',
    omschrijving: 'De kinderrechter machtigt een (spoed)uithuisplaatsing van het kind.',
  },
  'veilig-thuis-onderzoek': {
    naam: 'Veilig Thuis-onderzoek / vervolg',
    fase: ['acuut', 'risicogestuurd'],
    rechtsdomein: 'sociaal-domein',
    omschrijving: 'Veilig Thuis onderzoekt de situatie of pakt de melding vanaf morgen op (vervolg, monitoring, overdracht).',
  },
  'crisisinterventie-cit': {
    naam: 'Crisisinterventie (CIT)',
    fase: ['acuut'],
    rechtsdomein: 'sociaal-domein',
    omschrijving: 'Het Crisis Interventie Team biedt crisiszorg aan jeugdigen (tot 23 jaar) in het vrijwillig kader, ook buiten kantoortijd.',
  },
  crisisopvang: {
    naam: 'Crisisopvang / veilige opvang',
    fase: ['acuut'],
    rechtsdomein: 'sociaal-domein',
    omschrijving: 'Een veilige verblijfplaats voor het slachtoffer (en kinderen), zoals vrouwenopvang of crisisopvang.',
  },
  'hulpverlening-wijkteam': {
    naam: 'Hulpverlening via het wijkteam',
    fase: ['risicogestuurd', 'herstel'],
    rechtsdomein: 'sociaal-domein',
    omschrijving: 'Het (sociaal) wijkteam van de gemeente neemt de zorg voor het gezin op zich, ook bij schulden, wonen, verslaving of psychiatrie.',
  },
  'ggz-hulp': {
    naam: 'Hulp vanuit de GGZ',
    fase: ['risicogestuurd', 'herstel'],
    rechtsdomein: 'sociaal-domein',
    omschrijving: 'Behandeling of begeleiding vanuit de geestelijke gezondheidszorg.',
  },
  veiligheidsafspraken: {
    naam: 'Veiligheidsafspraken',
    fase: ['acuut', 'risicogestuurd'],
    rechtsdomein: 'overig',
    omschrijving: 'Concrete afspraken met de betrokkenen over wat zij doen en laten voor de veiligheid; niet nakomen kan leiden tot vervolging.',
  },
  'contact-wijkagent': {
    naam: 'Contact wijkagent',
    fase: ['risicogestuurd'],
    rechtsdomein: 'overig',
    omschrijving: 'De wijkagent houdt contact met het gezin of de locatie.',
  },
  'ondersteuning-buddy-ervaringsdeskundige': {
    naam: 'Ondersteuning buddy / ervaringsdeskundige / nieuwe toekomst',
    fase: ['risicogestuurd', 'herstel'],
    rechtsdomein: 'overig',
    omschrijving: 'Steun van een buddy of ervaringsdeskundige bij het bouwen aan een nieuwe toekomst.',
  },
};

/** All interventions, in catalogue order (grouped by legal domain). */
export const interventies: readonly Interventie[] = interventieCodes.map((code) => ({ code, ...catalogus[code] }));

/** True when the code names an intervention of the catalogue (for values that did not pass interventieCodeSchema). */
export function interventieBestaat(code: string): code is InterventieCode {
  return Object.prototype.hasOwnProperty.call(catalogus, code);
}

/** The intervention of a code, or undefined. */
export function interventie(code: string): Interventie | undefined {
  return interventieBestaat(code) ? { code, ...catalogus[code] } : undefined;
}

/** The interventions usable in a phase and/or of a legal domain; no filter = the whole catalogue. */
export function interventiesVoor(filter: InterventieFilter = {}): Interventie[] {
  return interventies.filter(
    (i) => (filter.fase === undefined || i.fase.includes(filter.fase)) && (filter.rechtsdomein === undefined || i.rechtsdomein === filter.rechtsdomein),
  );
}
