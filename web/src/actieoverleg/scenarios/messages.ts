import type { ScenarioAanleiding, ScenarioSoort } from '@schemas/actieoverleg/scenarios';

/** Texts of the scenarios of the Actieoverleg: the banners on the casus and the melding, and the list on the casus. */
export const nl = {
  soort: {
    zsm: 'ZSM-scenario',
    'verzoek-onderzoek-raad': 'Verzoek tot onderzoek bij de Raad voor de Kinderbescherming',
    'tijdelijk-huisverbod': 'Tijdelijk huisverbod overwegen',
    overig: 'Overig scenario',
  } satisfies Record<ScenarioSoort, string>,
  aanleiding: {
    melding: 'een nieuwe melding',
    'zsm-intake': 'een ZSM-intake',
    'acuut-contact': 'een acuut contact',
    'veiligheidsplan-schending': 'een geschonden veiligheidsvoorwaarde',
  } satisfies Record<ScenarioAanleiding, string>,
  velden: {
    soort: 'Soort',
    wat: 'Wat er dan gebeurt',
    eigenaar: 'Eigenaar',
    contact: 'Contact',
    geenPersoon: 'iemand van de organisatie',
    casus: 'Casus',
    casusLink: (nummer: string) => `Casus ${nummer}`,
    status: 'Status',
    actief: 'Geldt',
    ingetrokken: 'Ingetrokken',
    vastgelegdDoor: 'Vastgelegd door',
    activeringen: 'In werking getreden',
    activering: (op: string, aanleiding: string) => `${op}, door ${aanleiding}`,
    nooitGeactiveerd: 'Nog niet',
  },
  casusBanner: {
    title: 'Afgesproken scenario bij een volgend incident',
    intro: (n: number) =>
      n === 1
        ? 'Het Actieoverleg heeft voor deze casus afgesproken wat er gebeurt bij een volgend incident of als afspraken niet worden nagekomen:'
        : `Het Actieoverleg heeft voor deze casus ${n} scenario’s afgesproken voor een volgend incident of als afspraken niet worden nagekomen:`,
    naarSectie: 'Alle afspraken en scenario’s van deze casus',
  },
  meldingBanner: {
    title: 'Let op: voor deze personen is in het Actieoverleg een scenario afgesproken',
    intro: 'Deze melding gaat over personen voor wie het Actieoverleg heeft afgesproken wat er bij een volgend incident gebeurt. Handel volgens het scenario en neem contact op met de eigenaar; die is gewaarschuwd.',
    geactiveerd: (op: string, aanleiding: string) => `In werking gezet op ${op} door ${aanleiding}.`,
  },
  sectie: {
    title: 'Scenario’s bij een volgend incident',
    intro: 'Wat er gebeurt bij een volgend incident of als afspraken niet worden nagekomen. Een nieuwe melding over de personen zet een scenario in werking en waarschuwt de eigenaar.',
    leeg: 'Geen scenario’s afgesproken.',
  },
  intrekken: {
    knop: 'Scenario intrekken',
    intro: 'Weet u het zeker? Een ingetrokken scenario geldt niet meer: een nieuwe melding zet het niet meer in werking. Dit kan niet ongedaan worden gemaakt.',
    bevestigen: 'Ja, scenario intrekken',
    gelukt: (soort: string) => `${soort} is ingetrokken.`,
    conflict: 'Iemand anders heeft dit scenario intussen gewijzigd of al ingetrokken. De gegevens zijn opnieuw geladen.',
  },
};

export const en: typeof nl = {
  soort: {
    zsm: 'ZSM scenario',
    'verzoek-onderzoek-raad': 'Request for an investigation by the Child Protection Board',
    'tijdelijk-huisverbod': 'Consider a temporary restraining order (tijdelijk huisverbod)',
    overig: 'Other scenario',
  },
  aanleiding: {
    melding: 'a new report',
    'zsm-intake': 'a ZSM intake',
    'acuut-contact': 'an acute contact',
    'veiligheidsplan-schending': 'a broken safety condition',
  },
  velden: {
    soort: 'Kind',
    wat: 'What happens then',
    eigenaar: 'Owner',
    contact: 'Contact',
    geenPersoon: 'someone of the organisation',
    casus: 'Case',
    casusLink: (nummer: string) => `Case ${nummer}`,
    status: 'Status',
    actief: 'In force',
    ingetrokken: 'Withdrawn',
    vastgelegdDoor: 'Recorded by',
    activeringen: 'Set in motion',
    activering: (op: string, aanleiding: string) => `${op}, by ${aanleiding}`,
    nooitGeactiveerd: 'Not yet',
  },
  casusBanner: {
    title: 'Agreed scenario for a next incident',
    intro: (n: number) =>
      n === 1
        ? 'The Actieoverleg agreed for this case what happens at a next incident or when agreements are broken:'
        : `The Actieoverleg agreed ${n} scenarios for this case for a next incident or when agreements are broken:`,
    naarSectie: 'All agreements and scenarios of this case',
  },
  meldingBanner: {
    title: 'Attention: the Actieoverleg agreed a scenario for these persons',
    intro: 'This report concerns persons for whom the Actieoverleg agreed what happens at a next incident. Act on the scenario and contact its owner, who has been alerted.',
    geactiveerd: (op: string, aanleiding: string) => `Set in motion on ${op} by ${aanleiding}.`,
  },
  sectie: {
    title: 'Scenarios for a next incident',
    intro: 'What happens at a next incident or when agreements are broken. A new report on the persons sets a scenario in motion and alerts its owner.',
    leeg: 'No scenarios agreed.',
  },
  intrekken: {
    knop: 'Withdraw scenario',
    intro: 'Are you sure? A withdrawn scenario no longer applies: a new report will not set it in motion. This cannot be undone.',
    bevestigen: 'Yes, withdraw scenario',
    gelukt: (soort: string) => `${soort} has been withdrawn.`,
    conflict: 'Someone else changed or already withdrew this scenario in the meantime. The data has been reloaded.',
  },
};
