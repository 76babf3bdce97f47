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

const pad = (n: number) => String(n).padStart(2, '0');

/** Minutes Dutch time is ahead of UTC at an instant (60 in winter, 120 in summer). */
function amsterdamOffset(utcMs: number): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Amsterdam',
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    })
      .formatToParts(new Date(utcMs))
      .map((p) => [p.type, p.value]),
  );
  const asUtc = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute));
  return Math.round((asUtc - Math.floor(utcMs / 60_000) * 60_000) / 60_000);
}

/** The date (JJJJ-MM-DD) and time (HH:MM) of an instant in Dutch time, for a date and a time field. */
export function amsterdamParts(iso: string): { datum: string; tijd: string } {
  const ms = new Date(iso).getTime();
  const local = new Date(ms + amsterdamOffset(ms) * 60_000);
  return {
    datum: `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`,
    tijd: `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`,
  };
}

/** A date and time in Dutch time as an ISO time with its offset: ('2026-03-05', '13:30') → '2026-03-05T13:30:00+01:00'. */
export function amsterdamIso(datum: string, tijd: string): string {
  const [y, m, d] = datum.split('-').map(Number);
  const [h, mi] = tijd.split(':').map(Number);
  const naive = Date.UTC(y!, m! - 1, d!, h!, mi!);
  const offset = amsterdamOffset(naive - amsterdamOffset(naive) * 60_000);
  const abs = Math.abs(offset);
  return `${datum}T${tijd}:00${offset < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
