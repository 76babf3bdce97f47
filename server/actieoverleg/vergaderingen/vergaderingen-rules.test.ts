import { describe, expect, it } from 'vitest';
import { amsterdamToUtc, firstFreeOccurrence, nextOccurrences } from './occurrences';
import { buildAgenda } from './agenda-rules';
import { escapeText, foldLine, serializeCalendar } from './icalendar';

const donderdag = { weekdag: 4, begintijd: '13:30', duurMinuten: 180 };
const iso = (ms: { begintOp: Date }[]) => ms.map((m) => m.begintOp.toISOString());

describe('nextOccurrences (Europe/Amsterdam)', () => {
  it('keeps Thursday 13:30 on the wall clock across the switch to summer time (29 March 2026)', () => {
    const result = nextOccurrences(donderdag, new Date('2026-03-20T00:00:00Z'), 3);
    expect(iso(result)).toEqual(['2026-03-26T12:30:00.000Z', '2026-04-02T11:30:00.000Z', '2026-04-09T11:30:00.000Z']);
    expect(result[0]!.eindigtOp.toISOString()).toBe('2026-03-26T15:30:00.000Z');
  });

  it('and across the switch back to winter time (25 October 2026)', () => {
    expect(iso(nextOccurrences(donderdag, new Date('2026-10-21T10:00:00Z'), 2))).toEqual(['2026-10-22T11:30:00.000Z', '2026-10-29T12:30:00.000Z']);
  });

  it('takes a meeting starting exactly at `from`, skips one already begun, and works on other weekdays', () => {
    expect(iso(nextOccurrences(donderdag, new Date('2026-03-26T12:30:00Z'), 1))).toEqual(['2026-03-26T12:30:00.000Z']);
    expect(iso(nextOccurrences(donderdag, new Date('2026-03-26T12:31:00Z'), 1))).toEqual(['2026-04-02T11:30:00.000Z']);
    // Late on Wednesday evening UTC is already Thursday in Amsterdam.
    expect(iso(nextOccurrences({ weekdag: 4, begintijd: '00:30', duurMinuten: 60 }, new Date('2026-01-14T23:10:00Z'), 1))).toEqual(['2026-01-14T23:30:00.000Z']);
    expect(iso(nextOccurrences({ weekdag: 1, begintijd: '09:00', duurMinuten: 60 }, new Date('2026-07-01T00:00:00Z'), 2))).toEqual([
      '2026-07-06T07:00:00.000Z',
      '2026-07-13T07:00:00.000Z',
    ]);
  });

  it('moves a time in the skipped hour forward and takes the later of a repeated hour', () => {
    expect(amsterdamToUtc(2026, 3, 29, 2, 30).toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(amsterdamToUtc(2026, 10, 25, 2, 30).toISOString()).toBe('2026-10-25T01:30:00.000Z');
    expect(amsterdamToUtc(2026, 10, 25, 3, 30).toISOString()).toBe('2026-10-25T02:30:00.000Z');
  });

  it('finds the first occurrence without a meeting', () => {
    const [eerste, tweede] = nextOccurrences(donderdag, new Date('2026-03-20T00:00:00Z'), 2);
    const vrij = firstFreeOccurrence(donderdag, new Date('2026-03-20T00:00:00Z'), new Set([eerste!.begintOp.getTime()]));
    expect(vrij?.begintOp.toISOString()).toBe(tweede!.begintOp.toISOString());
  });
});

describe('buildAgenda', () => {
  const aanmelding = (id: string, casusId: string, dag: number, herhaling = false) => ({
    aanmeldingId: id,
    casusId,
    ingediendOp: new Date(Date.UTC(2026, 2, dag)),
    herhaling,
  });

  it('puts follow-ups first (most pressing deadline first), then referrals oldest submission first, repeats flagged', () => {
    const result = buildAgenda({
      bestaand: [],
      vervolg: [
        { casusId: 'c-v2', eersteDeadline: '2026-03-20' },
        { casusId: 'c-v1', eersteDeadline: '2026-03-10' },
      ],
      aanmeldingen: [aanmelding('a-new', 'c-a2', 12), aanmelding('a-old', 'c-a1', 3, true)],
    });
    expect(result).toEqual([
      { casusId: 'c-v1', aanmeldingId: null, soort: 'vervolg', herhaling: false },
      { casusId: 'c-v2', aanmeldingId: null, soort: 'vervolg', herhaling: false },
      { casusId: 'c-a1', aanmeldingId: 'a-old', soort: 'aanmelding', herhaling: true },
      { casusId: 'c-a2', aanmeldingId: 'a-new', soort: 'aanmelding', herhaling: false },
    ]);
  });

  it('adds only what is missing: a casus appears at most once per meeting', () => {
    const input = {
      bestaand: [{ casusId: 'c-v1' }, { casusId: 'c-a1' }],
      vervolg: [{ casusId: 'c-v1', eersteDeadline: '2026-03-10' }],
      aanmeldingen: [aanmelding('a1', 'c-a1', 3), aanmelding('a2', 'c-a2', 4)],
    };
    expect(buildAgenda(input)).toEqual([{ casusId: 'c-a2', aanmeldingId: 'a2', soort: 'aanmelding', herhaling: false }]);
    // Idempotent: with those added, nothing more.
    expect(buildAgenda({ ...input, bestaand: [...input.bestaand, { casusId: 'c-a2' }] })).toEqual([]);
  });

  it('lets a newly tabled referral be the item of a casus that also has open agreements', () => {
    const result = buildAgenda({
      bestaand: [],
      vervolg: [{ casusId: 'c1', eersteDeadline: '2026-03-10' }],
      aanmeldingen: [aanmelding('a2', 'c1', 5), aanmelding('a1', 'c1', 4)],
    });
    expect(result).toEqual([{ casusId: 'c1', aanmeldingId: 'a1', soort: 'aanmelding', herhaling: false }]);
  });
});

describe('iCalendar', () => {
  it('escapes backslash, semicolon, comma and line ends', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('folds at 75 octets without splitting a multi-byte character', () => {
    const short = 'SUMMARY:kort';
    expect(foldLine(short)).toBe(short);
    const long = `DESCRIPTION:${'é'.repeat(80)}`;
    const folded = foldLine(long);
    const lines = folded.split('\r\n');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(lines.slice(1).every((l) => l.startsWith(' ') && !l.startsWith('  '))).toBe(true);
    expect(lines.map((l, i) => (i === 0 ? l : l.slice(1))).join('')).toBe(long);
    expect(folded).not.toContain('\uFFFD');
  });

  it('writes a meeting in UTC and a series as a weekly rule in local time, CRLF throughout', () => {
    const event = {
      uid: 'actieoverleg-1@samenloop',
      stempel: new Date('2026-03-01T08:00:00Z'),
      begintOp: new Date('2026-04-02T11:30:00Z'),
      eindigtOp: new Date('2026-04-02T14:30:00Z'),
      titel: 'Actieoverleg Oost-Brabant',
      locatie: 'Politiebureau, Oss; zaal 2',
      omschrijving: 'Agenda: 3 punten.',
      volgnummer: 2,
    };
    const ics = serializeCalendar([event]);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(ics).toContain('\r\nDTSTART:20260402T113000Z\r\nDTEND:20260402T143000Z\r\n');
    expect(ics).toContain('\r\nDTSTAMP:20260301T080000Z\r\n');
    expect(ics).toContain('\r\nLOCATION:Politiebureau\\, Oss\\; zaal 2\r\n');
    expect(ics).not.toContain('VTIMEZONE');

    const reeks = serializeCalendar([{ ...event, wekelijksOp: 'TH' }]);
    expect(reeks).toContain('\r\nDTSTART;TZID=Europe/Amsterdam:20260402T133000\r\n');
    expect(reeks).toContain('\r\nRRULE:FREQ=WEEKLY;BYDAY=TH\r\n');
    expect(reeks).toContain('BEGIN:VTIMEZONE');
  });
});
