import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';
import { loadDemoRegion } from './demo-region';
import { loadDemoIndicatoren } from './demo-indicatoren';

/** The demo's synthetic indicator history as `npm start` loads it. */
let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
  expect(await loadDemoRegion(db)).toBe(true);
});
afterAll(async () => db?.drop());

describe('demo indicator history', () => {
  it('loads four years for Oost-Brabant and two neighbours, without participants, once', async () => {
    const started = performance.now();
    const eerste = await loadDemoIndicatoren(db, new Date('2026-06-15T10:00:00Z'));
    const seconden = (performance.now() - started) / 1000;
    expect(eerste!.geladen).toBe(12);
    const { rows } = await db.query<{ code: string; jaar: string; n: number }>(
      `select r.code, to_char(c.created_at, 'YYYY') as jaar, count(*)::int as n
         from casussen c join regios r on r.id = c.regio_id group by 1, 2 order by 1, 2`,
    );
    const oostBrabant = rows.filter((r) => r.code === 'oost-brabant');
    expect(oostBrabant.map((r) => r.jaar)).toEqual(['2023', '2024', '2025', '2026']);
    expect(oostBrabant[1]!.n).toBeGreaterThan(250);
    expect(oostBrabant[1]!.n).toBeLessThan(400);
    expect(rows.some((r) => r.code === 'midden-en-west-brabant') && rows.some((r) => r.code === 'limburg-noord')).toBe(true);
    const deelnemers = await db.query<{ n: number }>('select count(*)::int as n from casus_deelnemers');
    expect(deelnemers.rows[0]!.n).toBe(0);
    console.log(`demo indicator history: ${eerste!.casussen} casussen, ${eerste!.gebeurtenissen} events in ${seconden.toFixed(1)} s`);

    const tweede = await loadDemoIndicatoren(db, new Date('2026-06-15T10:00:00Z'));
    expect(tweede).toMatchObject({ geladen: 0, overgeslagen: 12, casussen: 0 });
  });
});
