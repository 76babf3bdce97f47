import { describe, expect, it } from 'vitest';
import { interventie, interventieBestaat, interventies, interventiesVoor } from './catalogus';
import { fasen, interventieCodeSchema, interventieCodes, interventieSchema, rechtsdomeinen } from './schemas';

describe('interventiecatalogus', () => {
  it('has every code once, in kebab-case, and every entry valid with at least one phase', () => {
    expect(new Set(interventieCodes).size).toBe(interventieCodes.length);
    expect(interventies.map((i) => i.code)).toEqual([...interventieCodes]);
    for (const i of interventies) {
      expect(i.code).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(interventieSchema.parse(i)).toEqual(i);
      expect(i.fase.length).toBeGreaterThanOrEqual(1);
      expect(new Set(i.fase).size).toBe(i.fase.length);
      expect(i.naam.trim()).not.toBe('');
      expect(i.omschrijving.trim()).not.toBe('');
    }
  });

  it('covers every phase and every legal domain', () => {
    for (const fase of fasen) expect(interventiesVoor({ fase }).length).toBeGreaterThan(0);
    for (const rechtsdomein of rechtsdomeinen) expect(interventiesVoor({ rechtsdomein }).length).toBeGreaterThan(0);
  });

  it('places the measures of the seeds in their domain and phase', () => {
    expect(interventie('tijdelijk-huisverbod')).toMatchObject({ rechtsdomein: 'bestuursrecht', fase: ['acuut'] });
    expect(interventie('ondertoezichtstelling')?.rechtsdomein).toBe('civiel');
    expect(interventie('hulpverlening-wijkteam')?.rechtsdomein).toBe('sociaal-domein');
    for (const code of ['contactverbod', 'locatieverbod', 'meldplicht', 'voorlopige-hechtenis', 'reclasseringstoezicht']) {
      expect(interventie(code)?.rechtsdomein).toBe('strafrecht');
    }
  });

  it('knows whether a code exists', () => {
    expect(interventieBestaat('tijdelijk-huisverbod')).toBe(true);
    expect(interventieBestaat('enkelband-op-maat')).toBe(false);
    expect(interventieBestaat('toString')).toBe(false);
    expect(interventieBestaat('')).toBe(false);
    expect(interventie('onbekend')).toBeUndefined();
    expect(interventieCodeSchema.safeParse('onbekend').success).toBe(false);
    expect(interventieCodeSchema.safeParse('meldplicht').success).toBe(true);
    const fout = interventieCodeSchema.safeParse('enkelband');
    expect(fout.success ? null : fout.error.issues[0]?.message).toBe('geen interventie uit de catalogus');
  });

  it('filters by phase, by legal domain and by both', () => {
    const acuut = interventiesVoor({ fase: 'acuut' });
    expect(acuut.every((i) => i.fase.includes('acuut'))).toBe(true);
    expect(acuut.map((i) => i.code)).toContain('tijdelijk-huisverbod');
    expect(acuut.map((i) => i.code)).not.toContain('ondertoezichtstelling');

    const straf = interventiesVoor({ rechtsdomein: 'strafrecht' });
    expect(straf.every((i) => i.rechtsdomein === 'strafrecht')).toBe(true);

    const herstelCiviel = interventiesVoor({ fase: 'herstel', rechtsdomein: 'civiel' });
    expect(herstelCiviel.map((i) => i.code)).toEqual(['ondertoezichtstelling']);
    expect(interventiesVoor({ fase: 'herstel', rechtsdomein: 'bestuursrecht' })).toEqual([]);

    expect(interventiesVoor()).toHaveLength(interventieCodes.length);
    expect(interventiesVoor({})).toHaveLength(interventieCodes.length);
  });
});
