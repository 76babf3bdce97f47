/** Texts of the minutes (notulen) of the Actieoverleg delivered to the own organisation. */
export const nl = {
  title: 'Notulen Actieoverleg',
  lead: (org: string) =>
    `De notulen van afgeronde Actieoverleggen die aan ${org} zijn verzonden. Elke organisatie krijgt alleen wat zij mag zien: vaste deelnemers alle besproken casussen, partners op afroep alleen de casussen waarvoor zij waren uitgenodigd.`,
  terug: 'Naar het Actieoverleg',
  geenToegang: 'Notulen van het Actieoverleg zijn voor medewerkers met casuswerk. Uw rol geeft hier geen toegang.',
  leeg: 'Er zijn nog geen notulen aan uw organisatie verzonden.',
  caption: 'Notulen die aan mijn organisatie zijn verzonden, nieuwste overleg eerst',
  datum: 'Overleg van',
  regio: 'Regio',
  verzonden: 'Verzonden op',
  gelezen: 'Gelezen',
  ja: 'Gelezen',
  nee: 'Nog niet gelezen',
  openen: 'Openen',
  lezen: 'Notulen lezen',
  pdf: 'Download PDF',
  voor: (datum: string) => ` van ${datum}`,
  taak: 'Notulen lezen',
  uitleg: '“Notulen lezen” opent de notulen als afdrukbare pagina; met de terugknop van de browser komt u hier terug. De eerste keer lezen rondt de taak “Notulen lezen” af.',
};

export const en: typeof nl = {
  title: 'Actieoverleg minutes',
  lead: (org: string) =>
    `The minutes of closed Actieoverleg meetings delivered to ${org}. Each organisation gets only what it may see: fixed members every discussed case, partners on call only the cases they were invited to.`,
  terug: 'To the Actieoverleg',
  geenToegang: 'Minutes of the Actieoverleg are for case workers. Your role gives no access here.',
  leeg: 'No minutes have been delivered to your organisation yet.',
  caption: 'Minutes delivered to my organisation, newest meeting first',
  datum: 'Meeting of',
  regio: 'Region',
  verzonden: 'Delivered on',
  gelezen: 'Read',
  ja: 'Read',
  nee: 'Not read yet',
  openen: 'Open',
  lezen: 'Read minutes',
  pdf: 'Download PDF',
  voor: (datum: string) => ` of ${datum}`,
  taak: 'Read minutes',
  uitleg: '“Read minutes” opens the minutes as a printable page; the browser’s back button brings you back here. Reading them the first time completes the task “Read minutes”.',
};
