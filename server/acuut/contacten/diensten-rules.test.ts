import { describe, expect, it } from 'vitest';
import type { Dienst } from '../schemas';
import { buitenKantoortijd, wieNuBereikbaar } from './diensten-rules';

const dienst = (id: string, van: string, tot: string): Dienst => ({
  id,
  organisatieId: '00000000-0000-4000-8000-000000000001',
  dienst: 'bereikbaarheidsdienst',
  gebruikerId: null,
  naam: `Medewerker ${id}`,
  telefoon: '0800-2000',
  van,
  tot,
  terPlaatseMogelijk: false,
  toelichting: '',
});

describe('wieNuBereikbaar', () => {
  const dag = dienst('a', '2026-03-02T07:00:00Z', '2026-03-02T16:00:00Z');
  const avond = dienst('b', '2026-03-02T16:00:00Z', '2026-03-03T07:00:00Z');
  const tweede = dienst('c', '2026-03-02T15:00:00Z', '2026-03-02T20:00:00Z');

  it('gives the shift covering now, start inclusive and end exclusive', () => {
    expect(wieNuBereikbaar([dag, avond], new Date('2026-03-02T07:00:00Z')).nu.map((d) => d.id)).toEqual(['a']);
    expect(wieNuBereikbaar([dag, avond], new Date('2026-03-02T16:00:00Z')).nu.map((d) => d.id)).toEqual(['b']);
  });

  it('gives both when two are on call, the one ending last first', () => {
    const r = wieNuBereikbaar([dag, tweede, avond], new Date('2026-03-02T15:30:00Z'));
    expect(r.nu.map((d) => d.id)).toEqual(['c', 'a']);
    expect(r.volgende).toBeNull();
  });

  it('gives the next shift when nobody is on, and null when nothing is planned', () => {
    const r = wieNuBereikbaar([avond, dag], new Date('2026-03-02T05:00:00Z'));
    expect(r.nu).toEqual([]);
    expect(r.volgende?.id).toBe('a');
    expect(wieNuBereikbaar([dag], new Date('2026-03-04T00:00:00Z'))).toEqual({ nu: [], volgende: null });
  });
});

describe('buitenKantoortijd', () => {
  it('is office time Monday to Friday 08:00-17:00 Dutch time (winter and summer)', () => {
    expect(buitenKantoortijd(new Date('2026-03-02T07:00:00Z'))).toBe(false); // Mon 08:00 CET
    expect(buitenKantoortijd(new Date('2026-03-02T06:59:00Z'))).toBe(true);
    expect(buitenKantoortijd(new Date('2026-03-02T16:00:00Z'))).toBe(true); // 17:00 CET
    expect(buitenKantoortijd(new Date('2026-07-01T06:30:00Z'))).toBe(false); // Wed 08:30 CEST
    expect(buitenKantoortijd(new Date('2026-03-07T10:00:00Z'))).toBe(true); // Saturday
  });
});
