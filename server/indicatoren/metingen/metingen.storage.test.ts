import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../testing/test-database';
import { ensureRegion, insertOrganisation } from '../../organisations/organisations.storage';
import type { Organisatie } from '../../organisations/schemas';
import { makeCasusRows } from '../../testing/casus-fixture';
import { recordEvent } from '../../timeline/timeline.storage';
import type { TijdlijnGebeurtenis } from '../../timeline/events';
import { meetCasus } from './meet-casus';
import { leesCasusTijdlijn } from './metingen.storage';
import { vatSamen } from '../waarden/aggregatie-rules';
import { planVoorSamenvatten, vatMetingenSamen } from '../waarden/waarden.storage';

let db: TestDatabase;
let vt: Organisatie;
let politie: Organisatie;

beforeAll(async () => {
  db = await createTestDatabase();
  const regio = await ensureRegion(db, 'metingen-test', 'Metingen-test');
  vt = await insertOrganisation(db, { naam: 'VT metingen', soort: 'veilig-thuis', regioId: regio.id });
  politie = await insertOrganisation(db, { naam: 'Politie metingen', soort: 'politie', regioId: regio.id });
});
afterAll(async () => {
  await db.drop();
});

const contact = (n: number, buitenKantoortijd: boolean): TijdlijnGebeurtenis => ({
  soort: 'acuut-contact',
  gegevens: { contactId: `00000000-0000-4000-8000-00000000000${n}`, vtOrganisatieId: vt.id, wijze: 'telefonisch', minutenTotOpgenomen: 4, buitenKantoortijd },
});

type Vergelijkbaar = { indicator: string; op: Date; kenmerk: string | null };
const volgorde = (a: Vergelijkbaar, b: Vergelijkbaar) =>
  a.indicator.localeCompare(b.indicator) || a.op.getTime() - b.op.getTime() || String(a.kenmerk).localeCompare(String(b.kenmerk));

async function stored(casusId: string) {
  const { rows } = await db.query<{ indicator: string; organisatie_id: string | null; op: Date; waarde: number; kenmerk: string | null }>(
    'select indicator, organisatie_id, op, waarde, kenmerk from indicator_metingen where casus_id = $1 order by indicator, op, kenmerk',
    [casusId],
  );
  return rows.map((r) => ({ indicator: r.indicator, organisatieId: r.organisatie_id, op: r.op, waarde: r.waarde, kenmerk: r.kenmerk })).sort(volgorde);
}

async function derived(casusId: string) {
  const tijdlijn = await leesCasusTijdlijn(db, casusId);
  return meetCasus(tijdlijn!).sort(volgorde);
}

describe('the measurements of a casus follow its timeline', () => {
  it('are written when the events commit, derived from the whole timeline, and gone with a rollback', async () => {
    const { casusId } = await makeCasusRows(db, { regie: vt, personen: [] });
    const actor = { gebruikerId: null, organisatieId: politie.id };
    await db.transaction(async (tx) => {
      await recordEvent(tx, casusId, actor, contact(1, false), { op: '2025-03-03T10:00:00Z' });
      await recordEvent(tx, casusId, actor, contact(2, true), { op: '2025-03-08T23:00:00Z' });
    });
    const eerst = await stored(casusId);
    expect(eerst.length).toBeGreaterThan(0);
    expect(eerst).toEqual(await derived(casusId));
    expect(eerst.every((m) => m.organisatieId === null || [vt.id, politie.id].includes(m.organisatieId))).toBe(true);

    await expect(
      db.transaction(async (tx) => {
        await recordEvent(tx, casusId, actor, contact(3, false), { op: '2025-03-09T10:00:00Z' });
        throw new Error('afgebroken');
      }),
    ).rejects.toThrow('afgebroken');
    expect(await stored(casusId)).toEqual(eerst);

    await db.transaction(async (tx) => {
      await recordEvent(tx, casusId, actor, contact(4, false), { op: '2025-03-10T10:00:00Z' });
    });
    const daarna = await stored(casusId);
    expect(daarna.length).toBeGreaterThan(eerst.length);
    expect(daarna).toEqual(await derived(casusId));
  });

  it('include both of two transactions that add events to one casus at the same time', async () => {
    const { casusId } = await makeCasusRows(db, { regie: vt, personen: [] });
    const actor = { gebruikerId: null, organisatieId: politie.id };
    let releaseFirst!: () => void;
    const firstMayCommit = new Promise<void>((resolve) => (releaseFirst = resolve));
    const first = db.transaction(async (tx) => {
      await recordEvent(tx, casusId, actor, contact(5, false), { op: '2025-04-01T10:00:00Z' });
      await firstMayCommit;
    });
    const second = db.transaction(async (tx) => {
      await recordEvent(tx, casusId, actor, contact(6, true), { op: '2025-04-02T22:00:00Z' });
    });
    // On PGlite the transactions run one after the other; on a server the second commits while the first waits.
    setTimeout(releaseFirst, 50);
    await Promise.all([first, second]);
    const tijdlijn = await leesCasusTijdlijn(db, casusId);
    expect(tijdlijn!.gebeurtenissen).toHaveLength(2);
    expect(await stored(casusId)).toEqual(await derived(casusId));
  });
});

describe('the SQL summaries match the plain-code reference', () => {
  it('per indicator, per breakdown and per Amsterdam month, across the summer-time change', async () => {
    const regio = await ensureRegion(db, 'sql-test', 'SQL-test');
    const org = await insertOrganisation(db, { naam: 'VT sql', soort: 'veilig-thuis', regioId: regio.id });
    const { casusId } = await makeCasusRows(db, { regie: org, personen: [] });
    await db.query('update casussen set regio_id = $1 where id = $2', [regio.id, casusId]);
    // A seeded spread of values around month ends in both time zones' offsets.
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const rows = Array.from({ length: 400 }, (_, i) => ({
      indicator: i % 3 === 0 ? 'x.duur' : 'x.ja-nee',
      kenmerk: i % 4 === 0 ? null : i % 2 === 0 ? 'werkdag' : 'weekend',
      op: new Date(Date.UTC(2025, 0, 1) + Math.floor(next() * 365 * 24) * 3_600_000 - 3_600_000),
      waarde: i % 3 === 0 ? Math.round(next() * 600) : next() < 0.7 ? 1 : 0,
    }));
    await db.query(
      `insert into indicator_metingen (casus_id, regio_id, indicator, organisatie_id, op, waarde, kenmerk)
       select $1, $2, m.indicator, null, m.op, m.waarde, m.kenmerk
         from unnest($3::text[], $4::timestamptz[], $5::float8[], $6::text[]) as m (indicator, op, waarde, kenmerk)`,
      [casusId, regio.id, rows.map((r) => r.indicator), rows.map((r) => r.op.toISOString()), rows.map((r) => r.waarde), rows.map((r) => r.kenmerk)],
    );
    const maand = (d: Date) =>
      new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit' }).format(d).slice(0, 7);
    const inPeriode = rows.filter((r) => maand(r.op) >= '2025-01' && maand(r.op) <= '2025-12');
    const sql = await db.transaction(async (tx) => {
      await planVoorSamenvatten(tx);
      return vatMetingenSamen(tx, { regioIds: [regio.id], van: '2025-01-01', tot: '2026-01-01' }, 'maand', ['x.duur']);
    });

    const expected = new Map<string, ReturnType<typeof vatSamen>>();
    const add = (key: string, waarden: number[]) => expected.set(key, vatSamen(waarden));
    for (const indicator of ['x.duur', 'x.ja-nee']) {
      const eigen = inPeriode.filter((r) => r.indicator === indicator);
      add(`${indicator}||`, eigen.map((r) => r.waarde));
      for (const k of ['werkdag', 'weekend']) add(`${indicator}|${k}|`, eigen.filter((r) => r.kenmerk === k).map((r) => r.waarde));
      for (const p of new Set(eigen.map((r) => maand(r.op)))) add(`${indicator}||${p}`, eigen.filter((r) => maand(r.op) === p).map((r) => r.waarde));
    }
    const actual = new Map(sql.map((r) => [`${r.indicator}|${r.kenmerk ?? ''}|${r.periode ?? ''}`, { n: r.n, som: r.som, gemiddelde: r.gemiddelde, mediaan: r.mediaan }]));
    expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [key, e] of expected) {
      const a = actual.get(key)!;
      expect(a.n, key).toBe(e.n);
      expect(a.som, key).toBeCloseTo(e.som, 9);
      expect(a.gemiddelde!, key).toBeCloseTo(e.gemiddelde!, 9);
      // Medians only for the indicators that are medians (the sort is the expensive part).
      if (key.startsWith('x.duur')) expect(a.mediaan!, key).toBeCloseTo(e.mediaan!, 9);
      else expect(a.mediaan, key).toBeNull();
    }
  });
});
