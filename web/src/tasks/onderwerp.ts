import type { Taak } from '@schemas/tasks';

type Onderwerp = NonNullable<Taak['onderwerp']>;

/** Where the inbox opens what a task is about. */
const paden: Record<Onderwerp['soort'], (id: string) => string> = {
  'acuut-contact': (id) => `/acuut/contacten/${id}`,
  thv: (id) => `/acuut/thv/${id}`,
  'ssk-traject': (id) => `/kindermishandeling/trajecten/${id}`,
  'medisch-verzoek': (id) => `/kindermishandeling/medische-verzoeken/${id}`,
  veiligheidsplan: (casusId) => `/casussen/${casusId}/veiligheidsplan`,
};

export const onderwerpPad = (onderwerp: Onderwerp) => paden[onderwerp.soort](encodeURIComponent(onderwerp.id));
