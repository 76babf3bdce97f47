import { HOUR_MS, referenceTime, sharedVictims, sharesVictimPerpetratorPair, type MeldingFeiten } from './melding-facts';
import { meldingBronLabels } from '../bron-labels';

/**
 * Double intake ("dubbele instroom"): the same incident reaches the platform twice through different channels,
 * e.g. told at ZSM and later arriving as a zorgmelding through CORV. Two meldingen are proposed for merging when
 * they come through different channels, share a victim (better: the victim–suspect pair) and their incident
 * (or receipt) times lie within 48 hours of each other. The decision stays with a person.
 */
export const DOUBLE_INTAKE_WINDOW_HOURS = 48;

export interface DubbeleInstroom {
  score: number;
  redenen: string[];
}

export function likelySameIncident(a: MeldingFeiten, b: MeldingFeiten): DubbeleInstroom | null {
  if (a.id === b.id || a.bron === b.bron) return null;
  const victims = sharedVictims(a, b);
  if (victims.length === 0) return null;
  const hoursApart = Math.abs(referenceTime(a).getTime() - referenceTime(b).getTime()) / HOUR_MS;
  if (hoursApart > DOUBLE_INTAKE_WINDOW_HOURS) return null;

  const redenen = [`verschillend kanaal (${meldingBronLabels[a.bron] ?? a.bron} en ${meldingBronLabels[b.bron] ?? b.bron})`];
  let score = 0.4;
  if (sharesVictimPerpetratorPair(a, b)) {
    score += 0.3;
    redenen.push('zelfde slachtoffer en verdachte');
  } else {
    score += 0.15;
    redenen.push(victims.length === 1 ? 'zelfde slachtoffer' : 'zelfde slachtoffers');
  }
  const bothIncidentTimes = a.incidentOp !== null && b.incidentOp !== null;
  score += 0.3 * (1 - hoursApart / DOUBLE_INTAKE_WINDOW_HOURS) * (bothIncidentTimes ? 1 : 0.5);
  const uren = Math.round(hoursApart);
  redenen.push(
    bothIncidentTimes
      ? `incidenttijden liggen ${uren === 0 ? 'minder dan een uur' : `${uren} uur`} uit elkaar`
      : `tijdstippen liggen ${uren === 0 ? 'minder dan een uur' : `${uren} uur`} uit elkaar (incidenttijd niet bij beide bekend)`,
  );
  return { score: Math.round(Math.min(1, score) * 100) / 100, redenen };
}

/**
 * Which of two meldingen about the same incident is the primary one: the one received first
 * (the first report is the record the later one is added to).
 */
export function primaryOf<T extends Pick<MeldingFeiten, 'id' | 'ontvangenOp'>>(a: T, b: T): { primair: T; secundair: T } {
  const aFirst = a.ontvangenOp.getTime() < b.ontvangenOp.getTime() || (a.ontvangenOp.getTime() === b.ontvangenOp.getTime() && a.id < b.id);
  return aFirst ? { primair: a, secundair: b } : { primair: b, secundair: a };
}
