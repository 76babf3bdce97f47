import { amsterdamParts, TIJDZONE } from './occurrences';

/**
 * A small iCalendar (RFC 5545) writer for the meetings: CRLF line ends, lines folded at 75 octets (UTF-8 safe),
 * TEXT values escaped. A calendar file leaves the platform, so callers put no case data in it.
 */
export interface KalenderGebeurtenis {
  uid: string;
  /** When the file was made (DTSTAMP). */
  stempel: Date;
  begintOp: Date;
  eindigtOp: Date;
  titel: string;
  locatie: string;
  omschrijving: string;
  /** Increases with every change, so calendars replace the earlier copy. */
  volgnummer: number;
  geannuleerd?: boolean;
  /**
   * A weekly series: the local weekday code (MO … SU). Start and end are then written in local time with
   * TZID=Europe/Amsterdam, so the series stays at the same wall-clock time across summer time.
   */
  wekelijksOp?: string;
}

const CRLF = '\r\n';
const MAX_OCTETS = 75;

/** Escapes a TEXT value: backslash, semicolon, comma and line ends (RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds one content line into pieces of at most 75 octets; continuation lines start with one space (§3.1). */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  if (encoder.encode(line).length <= MAX_OCTETS) return line;
  const pieces: string[] = [];
  let current = '';
  let octets = 0;
  // The first line holds 75 octets; each continuation line a space and 74 more.
  let limit = MAX_OCTETS;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > limit) {
      pieces.push(current);
      current = '';
      octets = 0;
      limit = MAX_OCTETS - 1;
    }
    current += char;
    octets += size;
  }
  pieces.push(current);
  return pieces.join(`${CRLF} `);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** DATE-TIME in UTC: 20260305T123000Z. */
export function formatUtc(at: Date): string {
  return `${at.getUTCFullYear()}${pad(at.getUTCMonth() + 1)}${pad(at.getUTCDate())}T${pad(at.getUTCHours())}${pad(at.getUTCMinutes())}${pad(at.getUTCSeconds())}Z`;
}

/** DATE-TIME as local time in Amsterdam (for use with TZID): 20260305T133000. */
export function formatAmsterdam(at: Date): string {
  const p = amsterdamParts(at);
  return `${p.year}${pad(p.month)}${pad(p.day)}T${pad(p.hour)}${pad(p.minute)}${pad(p.second)}`;
}

export const ISO_WEEKDAY_CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

/** Europe/Amsterdam since 1996: summer time from the last Sunday of March 02:00 to the last Sunday of October 03:00. */
const VTIMEZONE_AMSTERDAM = [
  'BEGIN:VTIMEZONE',
  `TZID:${TIJDZONE}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

function eventLines(e: KalenderGebeurtenis): string[] {
  const when = e.wekelijksOp
    ? [`DTSTART;TZID=${TIJDZONE}:${formatAmsterdam(e.begintOp)}`, `DTEND;TZID=${TIJDZONE}:${formatAmsterdam(e.eindigtOp)}`, `RRULE:FREQ=WEEKLY;BYDAY=${e.wekelijksOp}`]
    : [`DTSTART:${formatUtc(e.begintOp)}`, `DTEND:${formatUtc(e.eindigtOp)}`];
  return [
    'BEGIN:VEVENT',
    `UID:${e.uid}`,
    `DTSTAMP:${formatUtc(e.stempel)}`,
    ...when,
    `SEQUENCE:${e.volgnummer}`,
    `STATUS:${e.geannuleerd ? 'CANCELLED' : 'CONFIRMED'}`,
    `SUMMARY:${escapeText(e.titel)}`,
    ...(e.locatie ? [`LOCATION:${escapeText(e.locatie)}`] : []),
    `DESCRIPTION:${escapeText(e.omschrijving)}`,
    'CLASS:CONFIDENTIAL',
    'TRANSP:OPAQUE',
    'END:VEVENT',
  ];
}

/** A whole VCALENDAR with its events, each line folded, CRLF after every line. */
export function serializeCalendar(events: readonly KalenderGebeurtenis[]): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Samenloop//Actieoverleg//NL',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...(events.some((e) => e.wekelijksOp) ? VTIMEZONE_AMSTERDAM : []),
    ...events.flatMap(eventLines),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
