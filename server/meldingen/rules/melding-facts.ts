import type { Bron, MeldingRol } from '../schemas';

/** What the rules need to know of a melding: plain data, no database. */
export interface MeldingFeiten {
  id: string;
  bron: Bron;
  ontvangenOp: Date;
  incidentOp: Date | null;
  personen: readonly { persoonId: string; rol: MeldingRol }[];
}

export const DAY_MS = 86_400_000;
export const HOUR_MS = 3_600_000;

/** The moment a melding is about: the incident when known, otherwise when it came in. */
export function referenceTime(m: Pick<MeldingFeiten, 'ontvangenOp' | 'incidentOp'>): Date {
  return m.incidentOp ?? m.ontvangenOp;
}

export const isPerpetratorRole = (rol: MeldingRol) => rol === 'verdachte' || rol === 'pleger';

export function personsInRole(m: Pick<MeldingFeiten, 'personen'>, accept: (rol: MeldingRol) => boolean): Set<string> {
  return new Set(m.personen.filter((p) => accept(p.rol)).map((p) => p.persoonId));
}

/** Victims in both meldingen. */
export function sharedVictims(a: MeldingFeiten, b: MeldingFeiten): string[] {
  const inB = personsInRole(b, (r) => r === 'slachtoffer');
  return [...personsInRole(a, (r) => r === 'slachtoffer')].filter((id) => inB.has(id));
}

/** Whether both meldingen name the same victim together with the same (suspected) perpetrator. */
export function sharesVictimPerpetratorPair(a: MeldingFeiten, b: MeldingFeiten): boolean {
  if (sharedVictims(a, b).length === 0) return false;
  const perpetratorsB = personsInRole(b, isPerpetratorRole);
  return [...personsInRole(a, isPerpetratorRole)].some((id) => perpetratorsB.has(id));
}
