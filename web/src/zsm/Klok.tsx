import { useEffect, useMemo, useState } from 'react';
import type { NuBereikbaar } from '@schemas/zsm/bereikbaarheid';
import type { TermijnStatus, VtStatus } from '@schemas/zsm/zaken';
import { useAreaMessages, useI18n } from '../i18n';
import { en, nl } from './messages';
import './zsm.css';

const MINUTE = 60_000;
/** Less than this many minutes left: krap (as the server's termijnStatus). */
const KRAP_MINUTEN = 120;

/** The time now, refreshed every `ms` (30 seconds for the countdowns). */
export function useNu(ms = 30_000): number {
  const [nu, setNu] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNu(Date.now()), ms);
    return () => window.clearInterval(timer);
  }, [ms]);
  return nu;
}

/** Whole minutes until the deadline (negative once passed) and its status, as the server computes them. */
export function termijn(beslissenUiterlijk: string, nu: number): { minuten: number; status: TermijnStatus } {
  const ms = new Date(beslissenUiterlijk).getTime() - nu;
  const minuten = Math.floor(ms / MINUTE);
  const status: TermijnStatus = ms <= 0 ? 'verstreken' : ms < KRAP_MINUTEN * MINUTE ? 'krap' : 'ruim';
  return { minuten, status };
}

const ICOON: Record<TermijnStatus, string> = { ruim: '◷', krap: '⚠', verstreken: '⛔' };

/** "nog 3 u 12 min" / "termijn verstreken", with the status in words and an icon; krap and verstreken stand out. */
export function Aftelklok({ beslissenUiterlijk, nu, kort = false }: { beslissenUiterlijk: string; nu: number; kort?: boolean }) {
  const m = useAreaMessages({ nl, en }).klok;
  const { minuten, status } = termijn(beslissenUiterlijk, nu);
  const abs = Math.abs(minuten);
  const tekst =
    status === 'verstreken'
      ? kort
        ? m.verstreken
        : m.verstrekenSinds(Math.floor(abs / 60), abs % 60)
      : m.nog(Math.floor(minuten / 60), minuten % 60);
  return (
    <span className={`sl-zsm-klok sl-zsm-klok--${status}`} data-testid="aftelklok">
      <span className="sl-zsm-klok__tijd">
        <span aria-hidden="true" className="sl-zsm-icon">
          {ICOON[status]}
        </span>{' '}
        {tekst}
      </span>{' '}
      <span className="sl-zsm-klok__status">({m.status[status]})</span>
    </span>
  );
}

const VT_ICOON: Record<VtStatus, string> = {
  'beoordeling-binnen': '✓',
  'contact-gehad': '☎',
  'niet-bereikt': '✗',
  'nog-geen-contact': '○',
};

/** Veilig Thuis's status in words and an icon; "niet bereikt" and "nog geen contact" are marked as gaps. */
export function VtStatusTekst({ status }: { status: VtStatus }) {
  const m = useAreaMessages({ nl, en });
  const gat = status === 'niet-bereikt' || status === 'nog-geen-contact';
  return (
    <span className={gat ? 'sl-zsm-vt sl-zsm-vt--gat' : 'sl-zsm-vt'}>
      <span aria-hidden="true" className="sl-zsm-icon">
        {VT_ICOON[status]}
      </span>{' '}
      {m.vtStatus[status]}
    </span>
  );
}

/** "Telefonisch, 073-000 00 01, tot 17:00" or "Nu niet bereikbaar". */
export function NuBereikbaarTekst({ nu }: { nu: NuBereikbaar | null }) {
  const m = useAreaMessages({ nl, en });
  if (!nu) return <span className="sl-zsm-vt sl-zsm-vt--gat">{m.nuBereikbaar.nietBereikbaar}</span>;
  const tot = nu.tot === '24:00' ? m.nuBereikbaar.totEindeDag : nu.tot;
  return (
    <span>
      <strong>{m.bereikbaarheidWijze[nu.wijze]}</strong>
      {nu.telefoon ? (
        <>
          , <a className="utrecht-link" href={`tel:${nu.telefoon.replace(/[^\d+]/g, '')}`}>{nu.telefoon}</a>
        </>
      ) : null}
      , {m.nuBereikbaar.tot.toLowerCase()} {tot}
    </span>
  );
}

/** A duration in minutes as "1 u 20 min". */
export function useDuur() {
  const m = useAreaMessages({ nl, en }).klok;
  return (minuten: number) => m.duur(Math.floor(Math.max(0, minuten) / 60), Math.max(0, minuten) % 60);
}

/** A time as a board shows it, in Dutch time: "ma 23 nov, 14:05" (the year and seconds add nothing at ZSM). */
export function useTijd() {
  const { lang } = useI18n();
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZone: 'Europe/Amsterdam',
    });
    return (iso: string) => {
      const date = new Date(iso);
      return Number.isNaN(date.getTime()) ? iso : format.format(date);
    };
  }, [lang]);
}
