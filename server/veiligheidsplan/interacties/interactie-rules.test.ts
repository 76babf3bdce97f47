import { describe, expect, it } from 'vitest';
import { interactieRegels, onopgelosteConflicten, overlappen, sskInteractieRegel, vindInteracties, type SskStap } from './interactie-rules';

const VT = '00000000-0000-4000-8000-00000000000a';
const POLITIE = '00000000-0000-4000-8000-00000000000b';
const RVDK = '00000000-0000-4000-8000-00000000000c';
let teller = 0;
const nieuwId = () => `10000000-0000-4000-8000-${String(++teller).padStart(12, '0')}`;
const iv = (code: string, eigenaar = VT, vanaf: string | null = null, tot: string | null = null) => ({ id: nieuwId(), code, eigenaarOrganisatieId: eigenaar, vanaf, tot });

describe('interaction rules between interventions', () => {
  it.each(interactieRegels.map((r) => [r.code, r]))('%s: found for the pair, in either order, with both owners', (_code, regel) => {
    const a = iv(regel.a, POLITIE);
    const b = iv(regel.b, RVDK);
    for (const plan of [[a, b], [b, a]]) {
      const gevonden = vindInteracties(plan, []);
      expect(gevonden).toHaveLength(1);
      expect(gevonden[0]).toMatchObject({ regel: regel.code, soort: regel.soort, uitleg: regel.uitleg, afgestemd: regel.soort === 'versterkt' });
      expect(gevonden[0]!.partijen.map((p) => [p.interventieId, p.eigenaarOrganisatieId])).toEqual([
        [a.id, POLITIE],
        [b.id, RVDK],
      ]);
    }
  });

  it('names each rule once, with two different catalogue codes', () => {
    expect(new Set(interactieRegels.map((r) => r.code)).size).toBe(interactieRegels.length);
    for (const r of interactieRegels) expect(r.a).not.toBe(r.b);
  });

  it('finds nothing for unrelated interventions or one side alone', () => {
    expect(vindInteracties([iv('contactverbod'), iv('meldplicht'), iv('ggz-hulp')], [])).toEqual([]);
    expect(vindInteracties([iv('omgangsregeling')], [])).toEqual([]);
  });

  it('ignores a pair whose periods do not overlap', () => {
    const verbod = iv('contactverbod', POLITIE, '2026-03-01', '2026-03-31');
    expect(vindInteracties([verbod, iv('omgangsregeling', RVDK, '2026-04-01', null)], [])).toEqual([]);
    expect(vindInteracties([verbod, iv('omgangsregeling', RVDK, '2026-03-31', null)], [])).toHaveLength(1);
  });

  it('reports every pair when a code appears twice', () => {
    const plan = [iv('contactverbod', POLITIE), iv('omgangsregeling', RVDK), iv('omgangsregeling', VT)];
    expect(vindInteracties(plan, [])).toHaveLength(2);
  });

  it('marks a crossing pair resolved only by an afstemming for the same rule and the same two interventions', () => {
    const verbod = iv('contactverbod', POLITIE);
    const omgang = iv('omgangsregeling', RVDK);
    const anders = iv('omgangsregeling', VT);
    const afstemming = { regel: 'contactverbod-omgang', partijIds: [omgang.id, verbod.id] as [string, string], toelichting: 'Alleen begeleide omgang via de GI.' };
    const gevonden = vindInteracties([verbod, omgang, anders], [afstemming]);
    expect(gevonden.map((g) => [g.partijen[1].interventieId, g.afgestemd])).toEqual([
      [omgang.id, true],
      [anders.id, false],
    ]);
    expect(onopgelosteConflicten(gevonden).map((g) => g.partijen[1].interventieId)).toEqual([anders.id]);
    expect(vindInteracties([verbod, omgang], [{ ...afstemming, regel: 'locatieverbod-omgang' }])[0]!.afgestemd).toBe(false);
  });

  it('never counts a reinforcing pair as a conflict', () => {
    const gevonden = vindInteracties([iv('contactverbod'), iv('elektronische-monitoring')], []);
    expect(gevonden[0]!.soort).toBe('versterkt');
    expect(onopgelosteConflicten(gevonden)).toEqual([]);
  });
});

describe('a Veilig Thuis home visit against the SSK research plan', () => {
  const verhoor = (op: string, status: SskStap['status'] = 'gepland'): SskStap => ({ id: nieuwId(), soort: 'politie-verhoor-verdachte', op: new Date(op), status, eigenaarOrganisatieId: POLITIE });

  it.each([
    ['before the interview day', '2026-03-02', true],
    ['on the interview day', '2026-03-03', true],
    ['without a start date', null, true],
    ['after the interview day', '2026-03-04', false],
  ] as const)('a visit %s: conflict %s', (_naam, vanaf, conflict) => {
    const bezoek = iv(sskInteractieRegel.interventie, VT, vanaf);
    const stap = verhoor('2026-03-03T10:00:00+01:00');
    const gevonden = vindInteracties([bezoek], [], [stap]);
    expect(gevonden.length).toBe(conflict ? 1 : 0);
    if (conflict) {
      expect(gevonden[0]).toMatchObject({ regel: 'huisbezoek-voor-verhoor', soort: 'doorkruist', afgestemd: false });
      expect(gevonden[0]!.partijen[1]).toEqual({ interventieId: null, sskStapId: stap.id, code: 'politie-verhoor-verdachte', eigenaarOrganisatieId: POLITIE });
    }
  });

  it('uses the Amsterdam day of the interview (00:30 local is still that day)', () => {
    const stap = verhoor('2026-03-02T23:30:00Z'); // 2026-03-03 00:30 in Amsterdam
    expect(vindInteracties([iv(sskInteractieRegel.interventie, VT, '2026-03-03')], [], [stap])).toHaveLength(1);
  });

  it('ignores interviews already held or cancelled, and is resolved by an afstemming', () => {
    const bezoek = iv(sskInteractieRegel.interventie, VT, '2026-03-02');
    expect(vindInteracties([bezoek], [], [verhoor('2026-03-03T10:00:00+01:00', 'uitgevoerd'), verhoor('2026-03-03T10:00:00+01:00', 'vervallen')])).toEqual([]);
    const stap = verhoor('2026-03-03T10:00:00+01:00');
    const gevonden = vindInteracties([bezoek], [{ regel: 'huisbezoek-voor-verhoor', partijIds: [bezoek.id, stap.id], toelichting: 'OvJ akkoord: alleen veiligheidsafspraken, geen gesprek over het vermoeden.' }], [stap]);
    expect(gevonden[0]!.afgestemd).toBe(true);
  });
});

describe('overlappen', () => {
  it.each([
    [{ vanaf: null, tot: null }, { vanaf: null, tot: null }, true],
    [{ vanaf: '2026-01-01', tot: '2026-01-10' }, { vanaf: '2026-01-10', tot: null }, true],
    [{ vanaf: '2026-01-01', tot: '2026-01-10' }, { vanaf: '2026-01-11', tot: null }, false],
    [{ vanaf: '2026-02-01', tot: null }, { vanaf: null, tot: '2026-01-31' }, false],
  ] as const)('%j and %j: %s', (a, b, verwacht) => {
    expect(overlappen(a, b)).toBe(verwacht);
    expect(overlappen(b, a)).toBe(verwacht);
  });
});

describe('the rules and the catalogue', () => {
  it('name only interventions the catalogue is seeded with', async () => {
    const { readFile } = await import('node:fs/promises');
    const sql = await readFile(new URL('../../../migrations/0017_veiligheidsplan.sql', import.meta.url), 'utf8');
    const codes = new Set([...sql.matchAll(/^\s+\('([a-z0-9-]+)', '/gm)].map((m) => m[1]));
    expect(codes.size).toBeGreaterThan(40);
    for (const r of interactieRegels) expect([r.a, r.b].filter((c) => !codes.has(c))).toEqual([]);
    expect(codes.has(sskInteractieRegel.interventie)).toBe(true);
  });
});
