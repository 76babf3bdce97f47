import type { InvalidParam } from '../../platform/http/problem';
import { EERSTE_INSPANNINGSJAAR } from './schemas';

/** A registered effort happened on a day that has come, from the first reporting year on. `vandaag` is 'YYYY-MM-DD' (Amsterdam). */
export function controleerDatum(datum: string, vandaag: string, veld = 'datum'): InvalidParam[] {
  if (datum > vandaag) return [{ name: veld, code: 'in-de-toekomst', reason: 'mag niet in de toekomst liggen' }];
  if (Number(datum.slice(0, 4)) < EERSTE_INSPANNINGSJAAR) {
    return [{ name: veld, code: 'te-vroeg', reason: `mag niet voor ${EERSTE_INSPANNINGSJAAR} liggen` }];
  }
  return [];
}
