import type { Verbeteractie } from '@schemas/indicatoren';
import { nl as dashboardNl, en as dashboardEn } from '../messages';

/** Texts of the evaluation screen (Dutch first). The questions themselves come from the server's catalogue. */
export const nl = {
  title: 'Mijn evaluaties',
  intro:
    'Geef per verbeteractie van Veiligheid Voorop uw oordeel over dit jaar. Uw antwoorden ziet alleen u zelf; anderen zien alleen gemiddelden van ten minste 5 respondenten in de regio.',
  jaar: 'Jaar van de evaluatie',
  verbeteracties: dashboardNl.verbeteracties satisfies Record<Verbeteractie, string>,
  verbeteractie: 'Verbeteractie',
  verbeteractieHint: 'Kies welke verbeteractie u nu evalueert; u kunt ze één voor één invullen.',
  ingevuldLabel: (actie: string) => `${actie} (ingevuld)`,
  nietIngevuld: 'Nog niet ingevuld.',
  ingevuldOp: (wanneer: string) => `Laatst opgeslagen op ${wanneer}.`,
  cijferKiezen: 'Kies een cijfer',
  weetNiet: 'Weet niet',
  stellingen: ['Helemaal oneens', 'Oneens', 'Neutraal', 'Eens', 'Helemaal eens'],
  cijferHint: '1 is zeer slecht, 10 is uitstekend.',
  opslaan: (actie: string) => `Evaluatie ${actie} opslaan`,
  bezig: 'Bezig met opslaan…',
  opgeslagen: (actie: string) => `Uw evaluatie van ${actie} is opgeslagen.`,
  minstensEen: 'Beantwoord ten minste één vraag (of kies “weet niet”).',
  conflict:
    'Deze evaluatie is intussen opgeslagen in een ander venster. Uw antwoorden hieronder zijn bewaard. Laad de opgeslagen versie als u die wilt zien; dan vervalt wat u hier heeft gekozen.',
  laadOpgeslagen: 'Opgeslagen versie laden',
  geenRol: 'Met uw rol vult u geen evaluaties in.',
  respons: {
    heading: 'Respons in uw regio',
    uitleg: 'Het aantal partners dat per verbeteractie een evaluatie invulde. Aantallen van 1 tot en met 4 worden niet getoond, zodat niemand herkenbaar is.',
    caption: (jaar: number) => `Respons op de evaluaties in ${jaar}`,
    verbeteractie: 'Verbeteractie',
    vragen: 'Vragen',
    respondenten: 'Respondenten',
    onderdrukt: 'minder dan 5',
  },
  links: {
    inspanningen: 'Geregistreerde inspanningen',
    dashboard: 'Indicatoren',
  },
};

export const en: typeof nl = {
  title: 'My evaluations',
  intro:
    'Give your view of this year for each improvement action of Veiligheid Voorop. Only you see your answers; others see only averages of at least 5 respondents in the region.',
  jaar: 'Year of the evaluation',
  verbeteracties: dashboardEn.verbeteracties,
  verbeteractie: 'Improvement action',
  verbeteractieHint: 'Choose which improvement action you evaluate now; you can fill them in one by one.',
  ingevuldLabel: (actie: string) => `${actie} (filled in)`,
  nietIngevuld: 'Not filled in yet.',
  ingevuldOp: (wanneer: string) => `Last saved on ${wanneer}.`,
  cijferKiezen: 'Choose a grade',
  weetNiet: "Don't know",
  stellingen: ['Strongly disagree', 'Disagree', 'Neutral', 'Agree', 'Strongly agree'],
  cijferHint: '1 is very poor, 10 is excellent.',
  opslaan: (actie: string) => `Save evaluation of ${actie}`,
  bezig: 'Saving…',
  opgeslagen: (actie: string) => `Your evaluation of ${actie} has been saved.`,
  minstensEen: 'Answer at least one question (or choose “don\'t know”).',
  conflict:
    'This evaluation was saved in another window in the meantime. Your answers below are kept. Load the saved version if you want to see it; what you chose here is then discarded.',
  laadOpgeslagen: 'Load the saved version',
  geenRol: 'Your role does not fill in evaluations.',
  respons: {
    heading: 'Response in your region',
    uitleg: 'How many partners filled in an evaluation per improvement action. Counts of 1 to 4 are not shown, so no one can be recognised.',
    caption: (jaar: number) => `Response to the evaluations in ${jaar}`,
    verbeteractie: 'Improvement action',
    vragen: 'Questions',
    respondenten: 'Respondents',
    onderdrukt: 'fewer than 5',
  },
  links: {
    inspanningen: 'Registered effort',
    dashboard: 'Indicators',
  },
};
