import { useMemo } from 'react';
import type { Agendapunt, Medewerker, Overleg } from '@schemas/actieoverleg/vergaderingen';
import type { Sessie } from '@schemas/identity';
import { useI18n } from '../../i18n';

/** A meeting's time as people say it, in Dutch time: "donderdag 12 maart 2026, 13:30–16:30". */
export function useMeetingTime() {
  const { lang } = useI18n();
  return useMemo(() => {
    const locale = lang === 'nl' ? 'nl-NL' : 'en-GB';
    const day = new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' });
    const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hour12: false, timeZone: 'Europe/Amsterdam' });
    const dayOf = (iso: string) => day.format(new Date(iso));
    const timeOf = (iso: string) => time.format(new Date(iso));
    return {
      /** "donderdag 12 maart 2026" */
      day: dayOf,
      /** "donderdag 12 maart 2026, 13:30–16:30" */
      span: (begin: string, end: string) => `${dayOf(begin)}, ${timeOf(begin)}–${timeOf(end)}`,
      /** "donderdag 12 maart 2026 13:30" */
      start: (begin: string) => `${dayOf(begin)} ${timeOf(begin)}`,
    };
  }, [lang]);
}

export interface PersoonKeuze {
  id: string;
  naam: string;
}

export interface OrganisatieAanTafel {
  id: string;
  naam: string;
  soort: string;
}

/**
 * The organisations at the table for one item: the fixed members of the series and the partners invited to the item.
 * (Without an item: the fixed members and every organisation invited to any visible item.)
 */
export function organisatiesAanTafel(overleg: Overleg, punt?: Agendapunt): OrganisatieAanTafel[] {
  const result = new Map<string, OrganisatieAanTafel>();
  for (const lid of overleg.leden) if (lid.soort === 'vast') result.set(lid.organisatie.id, lid.organisatie);
  const punten = punt ? [punt] : overleg.agendapunten;
  for (const p of punten) for (const u of p.uitnodigingen) result.set(u.organisatie.id, u.organisatie);
  return [...result.values()];
}

/**
 * The people to choose from, per organisation, sorted by name: the case workers the server lists for this meeting
 * (fixed members and partners invited to the items the reader sees), plus whoever the meeting already names
 * (representatives, attendance, contribution authors) and the signed-in user, so that nothing recorded drops out.
 */
export function personenPerOrganisatie(overleg: Overleg, sessie: Sessie, medewerkers: readonly Medewerker[]): Map<string, PersoonKeuze[]> {
  const perOrg = new Map<string, Map<string, PersoonKeuze>>();
  const add = (organisatieId: string, persoon: PersoonKeuze | null | undefined) => {
    if (!persoon) return;
    if (!perOrg.has(organisatieId)) perOrg.set(organisatieId, new Map());
    perOrg.get(organisatieId)!.set(persoon.id, { id: persoon.id, naam: persoon.naam });
  };
  for (const m of medewerkers) add(m.organisatie.id, m);
  for (const lid of overleg.leden) add(lid.organisatie.id, lid.vertegenwoordiger);
  for (const a of overleg.aanwezigheid) add(a.organisatie.id, a.gebruiker);
  for (const p of overleg.agendapunten) for (const b of p.bijdragen) add(b.organisatie.id, b.auteur);
  if (sessie.organisatie) add(sessie.organisatie.id, { id: sessie.gebruiker.id, naam: sessie.gebruiker.naam });
  return new Map([...perOrg].map(([id, personen]) => [id, [...personen.values()].sort((a, b) => a.naam.localeCompare(b.naam))]));
}
