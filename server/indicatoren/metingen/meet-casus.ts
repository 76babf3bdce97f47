import type { CasusTijdlijn, Meting } from './meting';
import { meetregels } from './meetregels';

/** All measurements of one casus: the one derivation used by the live projection and the synthetic bulk path. */
export function meetCasus(tijdlijn: CasusTijdlijn): Meting[] {
  const metingen: Meting[] = [];
  for (const [indicator, regel] of Object.entries(meetregels)) {
    for (const m of regel(tijdlijn)) metingen.push({ indicator, ...m });
  }
  return metingen;
}
