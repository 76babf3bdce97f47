import { isVisibleTo } from '../../sharing/need-to-know';
import type { Notulen, NotulenAfspraak, NotulenAgendapunt, NotulenBeoordeling, NotulenScenario } from './schemas';

/**
 * The minutes of one Actieoverleg for ONE receiving organisation, as a pure function over the meeting's whole record.
 * This is the privacy core of the minutes:
 * - a fixed member (and the region's chair) gets every item; a partner on call only the items it was invited to;
 *   an organisation that is neither gets nothing (null: the caller answers 404);
 * - within an item, each partner's contribution follows need-to-know (zichtbaar_voor, the sharing rule isVisibleTo);
 * - only discussed items carry content; items moved to a later meeting are listed by casus number only.
 */
export interface Ref {
  id: string;
  naam: string;
}

export type OverlegStatus = 'gepland' | 'gestart' | 'afgerond' | 'geannuleerd';

export interface RecordBijdrage {
  organisatie: Ref;
  inhoud: string;
  /** null: everyone at this item; otherwise only these organisations (and the author's). */
  zichtbaarVoor: readonly string[] | null;
}

export interface RecordAgendapunt {
  id: string;
  volgorde: number;
  soort: 'aanmelding' | 'vervolg';
  status: 'gepland' | 'besproken' | 'doorgeschoven';
  casus: { id: string; nummer: string };
  vraag: string | null;
  /** Organisations on call invited to this item. */
  uitgenodigd: readonly string[];
  bijdragen: readonly RecordBijdrage[];
  grootsteZorg: string;
  directeVeiligheid: string;
  gevaren: string;
  complicerendeFactoren: string;
  samenhang: string;
  regieOrganisatie: Ref | null;
  regieGebruiker: Ref | null;
  regieToelichting: string;
  monitoring: string;
  informatieBetrokkenen: string;
  teInformerenPartijen: string;
  afspraken: readonly NotulenAfspraak[];
  scenarios: readonly NotulenScenario[];
  beoordelingen: readonly NotulenBeoordeling[];
}

export interface NotulenRecord {
  overleg: {
    id: string;
    regio: Ref;
    begintOp: Date;
    eindigtOp: Date;
    locatie: string;
    status: OverlegStatus;
    afgerondOp: Date | null;
  };
  /** Organisations that are an active fixed member of the series. */
  vasteLeden: readonly string[];
  aanwezigheid: readonly { gebruiker: Ref; organisatie: Ref; status: 'aanwezig' | 'afgemeld'; metMandaat: boolean }[];
  agendapunten: readonly RecordAgendapunt[];
}

export interface Ontvanger extends Ref {
  /** The region's chair previews the whole meeting, as a fixed member does. */
  voorzitter?: boolean;
}

/** The agenda items an organisation may see at all: null when it has no part in the meeting. */
export function visibleItemIds(record: NotulenRecord, ontvanger: Ontvanger): Set<string> | null {
  const allItems = ontvanger.voorzitter === true || record.vasteLeden.includes(ontvanger.id);
  const ids = record.agendapunten.filter((p) => allItems || p.uitgenodigd.includes(ontvanger.id)).map((p) => p.id);
  if (!allItems && ids.length === 0) return null;
  return new Set(ids);
}

/** The organisations that receive minutes when the meeting closes: fixed members and every invited partner. */
export function receivingOrganisationIds(record: Pick<NotulenRecord, 'vasteLeden' | 'agendapunten'>): string[] {
  return [...new Set([...record.vasteLeden, ...record.agendapunten.flatMap((p) => p.uitgenodigd)])];
}

export function minutesFor(record: NotulenRecord, ontvanger: Ontvanger): Notulen | null {
  const visible = visibleItemIds(record, ontvanger);
  if (!visible) return null;
  const { overleg } = record;
  const concept = overleg.status !== 'afgerond';
  const items = [...record.agendapunten].filter((p) => visible.has(p.id)).sort((a, b) => a.volgorde - b.volgorde);
  // In a concept the items still being discussed are shown too, so the chair can check what will be sent.
  const withContent = items.filter((p) => p.status === 'besproken' || (concept && p.status === 'gepland'));
  const start = localParts(overleg.begintOp);
  const end = localParts(overleg.eindigtOp);
  const attendees = [...record.aanwezigheid].sort((a, b) => a.organisatie.naam.localeCompare(b.organisatie.naam, 'nl') || a.gebruiker.naam.localeCompare(b.gebruiker.naam, 'nl'));
  return {
    overleg: {
      id: overleg.id,
      regio: overleg.regio,
      begintOp: overleg.begintOp.toISOString(),
      eindigtOp: overleg.eindigtOp.toISOString(),
      datum: start.datum,
      begintijd: start.tijd,
      eindtijd: end.tijd,
      locatie: overleg.locatie,
      status: overleg.status,
      afgerondOp: overleg.afgerondOp ? overleg.afgerondOp.toISOString() : null,
    },
    concept,
    ontvanger: { id: ontvanger.id, naam: ontvanger.naam },
    aanwezigheid: {
      aanwezig: attendees.filter((a) => a.status === 'aanwezig').map((a) => ({ gebruiker: a.gebruiker, organisatie: a.organisatie, metMandaat: a.metMandaat })),
      afgemeld: attendees.filter((a) => a.status === 'afgemeld').map((a) => ({ gebruiker: a.gebruiker, organisatie: a.organisatie })),
    },
    agendapunten: withContent.map((p) => itemFor(p, ontvanger.id)),
    doorgeschoven: items.filter((p) => p.status === 'doorgeschoven').map((p) => ({ id: p.id, volgorde: p.volgorde, casus: p.casus })),
  };
}

const STAP3_SOORTEN: readonly NotulenAfspraak['soort'][] = ['monitoring', 'informeren-betrokkenen', 'overig'];

function itemFor(p: RecordAgendapunt, organisatieId: string): NotulenAgendapunt {
  return {
    id: p.id,
    volgorde: p.volgorde,
    soort: p.soort,
    status: p.status,
    casus: p.casus,
    vraag: p.vraag,
    bijdragen: p.bijdragen
      .filter((b) => isVisibleTo({ bronOrganisatieId: b.organisatie.id, zichtbaarVoor: b.zichtbaarVoor }, organisatieId))
      .map((b) => ({ organisatie: b.organisatie, inhoud: b.inhoud })),
    stap1: { grootsteZorg: p.grootsteZorg, directeVeiligheid: p.directeVeiligheid, gevaren: p.gevaren, complicerendeFactoren: p.complicerendeFactoren },
    stap2: { interventies: p.afspraken.filter((a) => a.soort === 'interventie'), samenhang: p.samenhang, scenarios: [...p.scenarios] },
    stap3: {
      regie: { organisatie: p.regieOrganisatie, gebruiker: p.regieGebruiker, toelichting: p.regieToelichting },
      monitoring: p.monitoring,
      informatieBetrokkenen: p.informatieBetrokkenen,
      teInformerenPartijen: p.teInformerenPartijen,
      afspraken: p.afspraken.filter((a) => STAP3_SOORTEN.includes(a.soort)),
    },
    beoordelingen: [...p.beoordelingen],
  };
}

/** Date (JJJJ-MM-DD) and time (UU:MM) of an instant in Dutch local time. */
export function localParts(at: Date): { datum: string; tijd: string } {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)!.value;
  return { datum: `${get('year')}-${get('month')}-${get('day')}`, tijd: `${get('hour')}:${get('minute')}` };
}

/** "donderdag 26 november 2026" (or without the weekday "26 november 2026") for a JJJJ-MM-DD date. */
export function longDate(datum: string, options: { weekday?: boolean } = {}): string {
  const [y, m, d] = datum.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat('nl-NL', {
    timeZone: 'UTC',
    ...(options.weekday === false ? {} : { weekday: 'long' as const }),
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date(Date.UTC(y, m - 1, d, 12)));
}
