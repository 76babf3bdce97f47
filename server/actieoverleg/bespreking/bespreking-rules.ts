import type { AgendapuntStatus, Ontbrekend } from './schemas';

/**
 * What must be on record before an agenda item can be marked discussed (seed 004): the biggest worry (step 1), who
 * holds regie on safety (step 3), and a review of every incomplete agreement of earlier meetings about this casus.
 */
export interface AfrondFeiten {
  grootsteZorg: string;
  regieOrganisatieId: string | null;
  openstaandeAfspraken: readonly { afspraakId: string; beoordeeld: boolean }[];
}

export const beoordelingVeld = (afspraakId: string) => `openstaandeAfspraken.${afspraakId}.beoordeling`;

export function ontbreektVoorAfronden(feiten: AfrondFeiten): Ontbrekend[] {
  const ontbreekt: Ontbrekend[] = [];
  if (feiten.grootsteZorg.trim() === '') {
    ontbreekt.push({ veld: 'grootsteZorg', reden: 'Stap 1: leg de grootste zorg over de onveiligheid vast.' });
  }
  if (!feiten.regieOrganisatieId) {
    ontbreekt.push({ veld: 'regieOrganisatieId', reden: 'Stap 3: leg vast wie regie heeft op veiligheid.' });
  }
  for (const a of feiten.openstaandeAfspraken) {
    if (!a.beoordeeld) {
      ontbreekt.push({ veld: beoordelingVeld(a.afspraakId), reden: 'Beoordeel eerst deze openstaande afspraak uit een eerder overleg.' });
    }
  }
  return ontbreekt;
}

export type OverlegStatus = 'gepland' | 'gestart' | 'afgerond' | 'geannuleerd';

/** The record of an item is written while its meeting runs, and not for an item moved to a later meeting. */
export function mayRecord(overlegStatus: OverlegStatus, agendapuntStatus: AgendapuntStatus): boolean {
  return overlegStatus === 'gestart' && agendapuntStatus !== 'doorgeschoven';
}

/** Marking discussed happens once, while the meeting runs. */
export function mayMarkDiscussed(overlegStatus: OverlegStatus, agendapuntStatus: AgendapuntStatus): boolean {
  return overlegStatus === 'gestart' && agendapuntStatus === 'gepland';
}
