import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../testing/test-database';
import { herberekenMetingen, leesCasusTijdlijn } from '../metingen/metingen.storage';
import { genereerRegioJaar, type SynthetischeCasus } from './generator';
import { zorgVoorSynthetischeRegio } from './bulk';
import { laadSynthetischeData } from './laad-synthetische-data';
import { VT_REGIOS, type SynthetischeRegio } from './regios';
import { CliError, runCommand } from '../../cli/commands';
import { herberekenAlleMetingen } from './herbereken-metingen';

const TOT = new Date('2025-03-01T12:00:00Z');

const nepRegio: SynthetischeRegio = {
  id: '00000000-0000-4000-8000-000000000001',
  code: 'testregio',
  naam: 'Testregio',
  inwoners: 7,
  organisaties: {
    veiligThuis: ['00000000-0000-4000-8000-000000000011', '00000000-0000-4000-8000-000000000012'],
    politie: '00000000-0000-4000-8000-000000000013',
    om: '00000000-0000-4000-8000-000000000014',
    rvdk: '00000000-0000-4000-8000-000000000015',
    reclassering: ['00000000-0000-4000-8000-000000000016'],
    gemeente: '00000000-0000-4000-8000-000000000017',
    medischExpert: '00000000-0000-4000-8000-000000000018',
  },
};

const genereer = (seed: string | number, jaar: number, schaal = 0.05, tot = TOT) => [...genereerRegioJaar({ regio: nepRegio, jaar, opties: { seed, schaal, tot } })];
const soorten = (casussen: SynthetischeCasus[]) => casussen.flatMap((c) => c.gebeurtenissen);

describe('synthetic generator (no database)', () => {
  it('is deterministic: the same seed gives the same casussen and events; another seed does not', () => {
    const a = genereer(7, 2023);
    const b = genereer(7, 2023);
    expect(a.length).toBeGreaterThan(100);
    expect(b).toEqual(a);
    expect(genereer(8, 2023)[0]!.id).not.toBe(a[0]!.id);
    // A later present adds casussen at the end but changes none of the earlier ones' ids.
    const later = genereer(7, 2025, 0.05, new Date('2025-12-31T00:00:00Z'));
    const nu = genereer(7, 2025);
    expect(later.length).toBeGreaterThan(nu.length);
    expect(later.map((c) => c.id)).toEqual(expect.arrayContaining(nu.map((c) => c.id)));
  });

  it('keeps every event of a casus strictly ordered in time and nothing after the present', () => {
    for (const c of genereer(1, 2025)) {
      expect(c.gebeurtenissen[0]!.soort).toBe('casus-geopend');
      for (let i = 1; i < c.gebeurtenissen.length; i++) expect(c.gebeurtenissen[i]!.op.getTime()).toBeGreaterThan(c.gebeurtenissen[i - 1]!.op.getTime());
      expect(c.gebeurtenissen.every((g) => g.op.getTime() <= TOT.getTime())).toBe(true);
      expect(c.nummer).toMatch(/^S-2025-testregio-\d+$/);
    }
  });

  it('has realistic rates: two thirds police, repeats, ZSM, Actieoverleg referrals partly by non-police partners', () => {
    const casussen = genereer(3, 2024, 0.5);
    const events = soorten(casussen);
    const meldingen = events.filter((g) => g.soort === 'melding-gekoppeld');
    const politie = meldingen.filter((g) => g.soort === 'melding-gekoppeld' && ['zorgmelding-politie', '112-meldkamer', 'aangifte'].includes(g.gegevens.bron));
    expect(politie.length / meldingen.length).toBeGreaterThan(0.6);
    expect(politie.length / meldingen.length).toBeLessThan(0.73);
    const herhalingen = events.filter((g) => g.soort === 'herhaling-gesignaleerd').length;
    expect(herhalingen / casussen.length).toBeGreaterThan(0.12);
    expect(herhalingen / casussen.length).toBeLessThan(0.3);
    const zsm = events.filter((g) => g.soort === 'zsm-ingestroomd').length / casussen.length;
    expect(zsm).toBeGreaterThan(0.04);
    expect(zsm).toBeLessThan(0.11);
    const aanmeldingen = events.filter((g) => g.soort === 'aanmelding-ontvangen');
    const nietPolitie = aanmeldingen.filter((g) => g.soort === 'aanmelding-ontvangen' && g.gegevens.aanmeldendeOrganisatieId !== nepRegio.organisaties.politie);
    expect(nietPolitie.length / aanmeldingen.length).toBeGreaterThan(0.25);
    expect(nietPolitie.length / aanmeldingen.length).toBeLessThan(0.47);
  });

  it('sizes national volumes from the public figures: ~125,000 meldingen a year over 25 regions', () => {
    const jaar = 2024;
    let casussen = 0;
    for (const r of VT_REGIOS) casussen += [...genereerRegioJaar({ regio: { ...nepRegio, ...r }, jaar, opties: { seed: 1, schaal: 0.02, tot: TOT } })].length;
    const meldingenPerJaar = (casussen / 0.02) * 1.2;
    expect(meldingenPerJaar).toBeGreaterThan(115_000);
    expect(meldingenPerJaar).toBeLessThan(135_000);
  });
});

describe('bulk path (PGlite)', () => {
  let db: TestDatabase;
  let regio: SynthetischeRegio;
  beforeAll(async () => {
    db = await createTestDatabase();
    regio = await db.transaction((tx) => zorgVoorSynthetischeRegio(tx, { code: 'testregio', naam: 'Testregio', inwoners: 7 }));
  });
  afterAll(async () => db?.drop());

  it('stores the generated timelines and exactly the measurements the live projection computes', async () => {
    const opties = { seed: 'identiek', schaal: 0.04, tot: TOT, jaren: [2023, 2024], regios: [regio], batch: 70 };
    const resultaat = await laadSynthetischeData(db, opties);
    expect(resultaat.casussen).toBeGreaterThan(250);
    expect(resultaat.geladen).toBe(2);
    const { rows } = await db.query<{ n: number }>('select count(*)::int as n from casus_deelnemers');
    expect(rows[0]!.n).toBe(0);

    const gegenereerd = [2023, 2024].flatMap((jaar) => [...genereerRegioJaar({ regio, jaar, opties })]);
    const steekproef = gegenereerd.filter((_, i) => i % 7 === 0);
    const metingen = (casusId: string) =>
      db.query('select indicator, organisatie_id, op, waarde, kenmerk, regio_id from indicator_metingen where casus_id = $1 order by indicator, op, waarde, kenmerk, organisatie_id', [casusId]);
    let gemeten = 0;
    for (const casus of steekproef) {
      // The timeline reads back exactly as generated (same kinds, times, organisations and gegevens).
      const tijdlijn = await leesCasusTijdlijn(db, casus.id);
      expect(tijdlijn!.gebeurtenissen).toEqual(casus.gebeurtenissen);
      const bulk = (await metingen(casus.id)).rows;
      await db.transaction((tx) => herberekenMetingen(tx, casus.id));
      const live = (await metingen(casus.id)).rows;
      expect(bulk).toEqual(live);
      gemeten += live.length;
    }
    expect(steekproef.length).toBeGreaterThan(30);
    expect(gemeten).toBeGreaterThan(0);

    // A rerun skips the region-years already there.
    const nogmaals = await laadSynthetischeData(db, opties);
    expect(nogmaals).toMatchObject({ geladen: 0, overgeslagen: 2, casussen: 0 });
  });

  it('the CLI command fills chosen regions and refuses a bad scale', async () => {
    const uit: string[] = [];
    const io = { out: (l: string) => uit.push(l), err: (l: string) => uit.push(l), readPassword: async () => '' };
    expect(await runCommand(db, ['synthetische-data', '--schaal', '0.005', '--jaren', '2', '--regio', 'drenthe', '--seed', '9'], io)).toBe(0);
    expect(uit[uit.length - 1]).toMatch(/^Klaar in \d+ s: \d+ casussen, .* 2 regio-jaren geladen, 0 waren er al\.$/);
    const { rows } = await db.query<{ n: number }>(`select count(*)::int as n from casussen c join regios r on r.id = c.regio_id where r.code = 'drenthe'`);
    expect(rows[0]!.n).toBeGreaterThan(20);
    await expect(runCommand(db, ['synthetische-data', '--schaal', '0'], io)).rejects.toThrow(CliError);
    await expect(runCommand(db, ['synthetische-data', '--regio', 'atlantis'], io)).rejects.toThrow(/--regio atlantis is onbekend/);
  });

  it('recomputing all measurements from the stored timelines gives the same rows', async () => {
    const alle = async () =>
      (await db.query('select casus_id, regio_id, indicator, organisatie_id, op, waarde, kenmerk from indicator_metingen order by casus_id, indicator, op, waarde, kenmerk, organisatie_id'))
        .rows;
    const voor = await alle();
    expect(voor.length).toBeGreaterThan(0);
    expect(await herberekenAlleMetingen(db, { batch: 97 })).toBe(voor.length);
    expect(await alle()).toEqual(voor);
  });
});
