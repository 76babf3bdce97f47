import type { TijdlijnGebeurtenis } from '../../timeline/events';

/** One event of a casus as the measurement rules see it: the typed event, when it happened and who recorded it. */
export type CasusGebeurtenis = TijdlijnGebeurtenis & { op: Date; organisatieId: string | null };

/** All events of one casus, oldest first, whatever their need-to-know limits (measurements hold no content). */
export interface CasusTijdlijn {
  casusId: string;
  regioId: string;
  gebeurtenissen: readonly CasusGebeurtenis[];
}

/** One countable fact about a casus: no person, no free text. */
export interface Meting {
  indicator: string;
  op: Date;
  /** 1/0 for yes-no, minutes or days for durations, a count otherwise. */
  waarde: number;
  organisatieId: string | null;
  kenmerk: string | null;
}

/** A counted indicator's rule: the measurements one casus's timeline gives. */
export type Meetregel = (tijdlijn: CasusTijdlijn) => Omit<Meting, 'indicator'>[];

/** Narrows the events of a casus to one kind, with its typed gegevens. */
export function gebeurtenissenVan<S extends TijdlijnGebeurtenis['soort']>(
  tijdlijn: CasusTijdlijn,
  soort: S,
): (Extract<TijdlijnGebeurtenis, { soort: S }> & { op: Date; organisatieId: string | null })[] {
  return tijdlijn.gebeurtenissen.filter((g) => g.soort === soort) as (Extract<TijdlijnGebeurtenis, { soort: S }> & {
    op: Date;
    organisatieId: string | null;
  })[];
}
