import { meetregelsActieoverleg } from './actieoverleg';
import type { Meetregel } from './meting';
import { meetregelsSamenOpInAcuut } from './samen-op-in-acuut';
import { meetregelsSamenhang } from './samenhang';
import { meetregelsStrafbareKindermishandeling } from './strafbare-kindermishandeling';
import { meetregelsVtZsm } from './vt-zsm';

/** Every counted indicator's rule, by indicator id (the catalogue's `bron.soort === 'tijdlijn'` entries). */
export const meetregels: Readonly<Record<string, Meetregel>> = {
  ...meetregelsSamenhang,
  ...meetregelsSamenOpInAcuut,
  ...meetregelsActieoverleg,
  ...meetregelsVtZsm,
  ...meetregelsStrafbareKindermishandeling,
};
