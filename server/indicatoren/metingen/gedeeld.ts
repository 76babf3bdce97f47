import type { CoordinatiemomentSoort } from '../../route-map/route-map';
import type { TijdlijnSoort } from '../../timeline/events';
import { gebeurtenissenVan, type CasusGebeurtenis, type CasusTijdlijn, type Meting } from './meting';

/**
 * What several measurement rules share: Amsterdam day parts, the coordination moments of a casus, the first
 * melding, repeats within a year and high-risk families. Pure: a rule never reads a clock, only the events.
 */

export const MINUUT_MS = 60_000;
export const UUR_MS = 3_600_000;
export const DAG_MS = 86_400_000;
/** "Within 12 months": 365 days after the moment. */
export const JAAR_MS = 365 * DAG_MS;

export type Weekdeel = 'werkdag' | 'weekend';

/** Only the weekday in Amsterdam: one format call per event (the synthetic bulk path runs this millions of times). */
const weekdagFormaat = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', weekday: 'short' });

/** Saturday and Sunday on the Amsterdam calendar are the weekend. */
export function weekdeel(at: Date): Weekdeel {
  const dag = weekdagFormaat.format(at);
  return dag === 'Sat' || dag === 'Sun' ? 'weekend' : 'werkdag';
}

/** The events that start each coordination moment (besides `coordinatiemoment-geopend` for that moment). */
const MOMENT_START: Readonly<Record<CoordinatiemomentSoort, readonly TijdlijnSoort[]>> = {
  'samen-op-in-acuut': ['acuut-contact'],
  actieoverleg: ['aanmelding-ontvangen', 'casus-besproken'],
  'vt-zsm': ['zsm-ingestroomd'],
  'strafbare-kindermishandeling': ['ssk-geopend'],
};

const MOMENT_VAN_SOORT: ReadonlyMap<TijdlijnSoort, CoordinatiemomentSoort> = new Map(
  (Object.entries(MOMENT_START) as [CoordinatiemomentSoort, readonly TijdlijnSoort[]][]).flatMap(([moment, soorten]) => soorten.map((s) => [s, moment] as const)),
);

/** The coordination moment an event belongs to, if it starts or opens one. */
export function momentVan(g: CasusGebeurtenis): CoordinatiemomentSoort | null {
  if (g.soort === 'coordinatiemoment-geopend') return g.gegevens.moment;
  return MOMENT_VAN_SOORT.get(g.soort) ?? null;
}

/** The first event of a moment on the casus (events are oldest first). */
export function eersteVanMoment(t: CasusTijdlijn, moment: CoordinatiemomentSoort): CasusGebeurtenis | undefined {
  return t.gebeurtenissen.find((g) => momentVan(g) === moment);
}

/** The first event of any coordination moment. */
export function eersteAfstemming(t: CasusTijdlijn): CasusGebeurtenis | undefined {
  return t.gebeurtenissen.find((g) => momentVan(g) !== null);
}

/** When the casus's first melding came in: the earliest ontvangenOp of a linked melding, else the casus's opening. */
export function eersteMelding(t: CasusTijdlijn): Date | null {
  const ontvangen = gebeurtenissenVan(t, 'melding-gekoppeld').map((g) => Date.parse(g.gegevens.ontvangenOp)).filter((n) => !Number.isNaN(n));
  if (ontvangen.length > 0) return new Date(Math.min(...ontvangen));
  return gebeurtenissenVan(t, 'casus-geopend')[0]?.op ?? null;
}

/** Hours from one instant to a later one; a later-than-expected start (coordination before the melding) counts as 0. */
export function urenTussen(van: Date, tot: Date): number {
  return Math.max(0, tot.getTime() - van.getTime()) / UUR_MS;
}

/**
 * The meldingen that belong to the moment itself and are no repeat: the melding that opened the casus, the
 * police's follow-up melding after an acute contact and, for VT & ZSM, the melding of the first ZSM case.
 */
function eigenMeldingen(t: CasusTijdlijn, moment: CoordinatiemomentSoort | null): Set<string> {
  const eigen = new Set<string>();
  for (const g of gebeurtenissenVan(t, 'casus-geopend')) if (g.gegevens.meldingId) eigen.add(g.gegevens.meldingId);
  for (const g of gebeurtenissenVan(t, 'acuut-opvolging')) if (g.gegevens.meldingId) eigen.add(g.gegevens.meldingId);
  if (moment === 'vt-zsm') {
    const zsm = gebeurtenissenVan(t, 'zsm-ingestroomd')[0];
    if (zsm) eigen.add(zsm.gegevens.meldingId);
  }
  return eigen;
}

/** Meldingen merged into another as duplicates (and not split again): the same report twice is no repeat. */
function dubbeleMeldingen(t: CasusTijdlijn): Set<string> {
  const dubbel = new Set<string>();
  for (const g of t.gebeurtenissen) {
    if (g.soort === 'melding-samengevoegd') dubbel.add(g.gegevens.secundaireMeldingId);
    if (g.soort === 'samenvoegen-ongedaan') dubbel.delete(g.gegevens.secundaireMeldingId);
  }
  return dubbel;
}

/**
 * A repeat within 12 months after `vanaf`: a signalled repeat, or a linked melding whose incident (or, unknown,
 * its receipt) lies in (vanaf, vanaf + 365 days] and that is not one of the moment's own meldingen or a duplicate.
 */
export function herhalingBinnenJaar(t: CasusTijdlijn, vanaf: Date, moment: CoordinatiemomentSoort | null): boolean {
  const van = vanaf.getTime();
  const tot = van + JAAR_MS;
  const uitgesloten = eigenMeldingen(t, moment);
  for (const id of dubbeleMeldingen(t)) uitgesloten.add(id);
  for (const g of t.gebeurtenissen) {
    if (g.soort === 'herhaling-gesignaleerd') {
      const at = g.op.getTime();
      if (at > van && at <= tot && !uitgesloten.has(g.gegevens.meldingId)) return true;
    } else if (g.soort === 'melding-gekoppeld') {
      const at = Date.parse(g.gegevens.incidentOp ?? g.gegevens.ontvangenOp);
      if (at > van && at <= tot && !uitgesloten.has(g.gegevens.meldingId)) return true;
    }
  }
  return false;
}

/**
 * Repeat within 12 months after a moment, measured at the moment's first event: 1 or 0. A moment less than
 * 12 months old is still open (its 0 can become 1 when a repeat is linked, which recomputes the casus); no clock.
 */
export function herhalingNaMoment(t: CasusTijdlijn, moment: CoordinatiemomentSoort, kenmerk: string | null): Omit<Meting, 'indicator'>[] {
  const start = eersteVanMoment(t, moment);
  if (!start) return [];
  return [{ op: start.op, waarde: herhalingBinnenJaar(t, start.op, moment) ? 1 : 0, organisatieId: start.organisatieId, kenmerk }];
}

/**
 * A high-risk family: the casus is high-risk from the first of a signalled repeat, an imposed temporary restraining
 * order, an acute-unsafe assessment (acute or at ZSM), an activated scenario, a breached safety plan, or an SSK
 * triage that needs direct action.
 */
export function hoogRisicoVanaf(t: CasusTijdlijn): CasusGebeurtenis | undefined {
  return t.gebeurtenissen.find(
    (g) =>
      g.soort === 'herhaling-gesignaleerd' ||
      g.soort === 'thv-opgelegd' ||
      (g.soort === 'acuut-beoordeling' && g.gegevens.acuutOnveilig) ||
      (g.soort === 'zsm-veiligheidsbeoordeling' && g.gegevens.acuutOnveilig) ||
      g.soort === 'scenario-geactiveerd' ||
      g.soort === 'veiligheidsplan-schending' ||
      (g.soort === 'ssk-triage' && g.gegevens.directActieNodig),
  );
}

/** "In view": a joint approach stands on the casus — a scenario still in force, a confirmed safety plan, or an Actieoverleg discussion. */
export function heeftGezamenlijkeAanpak(t: CasusTijdlijn): boolean {
  const scenarios = new Set<string>();
  for (const g of t.gebeurtenissen) {
    if (g.soort === 'scenario-vastgelegd') scenarios.add(g.gegevens.scenarioId);
    if (g.soort === 'scenario-ingetrokken') scenarios.delete(g.gegevens.scenarioId);
  }
  return scenarios.size > 0 || t.gebeurtenissen.some((g) => g.soort === 'veiligheidsplan-bevestigd' || g.soort === 'casus-besproken');
}

/** The last event per key (e.g. the last follow-up status per acute contact). */
export function laatstePer<G>(gebeurtenissen: readonly G[], sleutel: (g: G) => string): Map<string, G> {
  const per = new Map<string, G>();
  for (const g of gebeurtenissen) per.set(sleutel(g), g);
  return per;
}

/** The first event per key. */
export function eerstePer<G>(gebeurtenissen: readonly G[], sleutel: (g: G) => string): Map<string, G> {
  const per = new Map<string, G>();
  for (const g of gebeurtenissen) if (!per.has(sleutel(g))) per.set(sleutel(g), g);
  return per;
}

/** 1 for yes, 0 for no. */
export const jaNee = (ja: boolean): number => (ja ? 1 : 0);
