import type { Meetregel } from './meting';
import { meetregelsSamenOpInAcuut } from './samen-op-in-acuut';

/** Every counted indicator's rule, by indicator id (the catalogue's `bron.soort === 'tijdlijn'` entries). */
export const meetregels: Readonly<Record<string, Meetregel>> = {
  ...meetregelsSamenOpInAcuut,
};
