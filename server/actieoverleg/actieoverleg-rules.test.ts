import { describe, expect, it } from 'vitest';
import { checkCriteria, missingCriteria } from './criteria';
import { findRepeat, maySubmit, type EerdereAanmelding } from './repeat';
import { isLopend, mayDecide, mayEdit, statusNaBesluit } from './status';
import type { AanmeldingFormulier } from './schemas';

type Criteria = Pick<AanmeldingFormulier, 'vraag' | 'vraagRelevantVoor' | 'vraagGerichtOp' | 'inhoudelijkeFactoren'>;
const compleet: Criteria = {
  vraag: 'Welke afspraken maken we over de veiligheid van moeder en kind nu de vader elke dag voor de deur staat?',
  vraagRelevantVoor: ['veilig-thuis', 'politie', 'openbaar-ministerie'],
  vraagGerichtOp: 'acties',
  inhoudelijkeFactoren: ['ex-partnerstalking'],
};

describe('the criteria of seed 004', () => {
  it('are met by a concrete question aimed at actions, relevant to VT, police and OM, with a content factor', () => {
    const uitslag = checkCriteria(compleet);
    expect(uitslag.voldaan).toBe(true);
    expect(uitslag.relevantie.ontbreekt).toEqual([]);
    expect(uitslag.relevantie.voldaanOmdat).toContain('de vraag is relevant voor Veilig Thuis, politie én OM');
    expect(uitslag.inhoud.voldaanOmdat).toEqual(['complexe vormen van geweld of mishandeling: ex-partnerstalking']);
  });

  it('miss relevance without a question, naming the field', () => {
    const uitslag = checkCriteria({ ...compleet, vraag: '   ' });
    expect(uitslag.voldaan).toBe(false);
    expect(uitslag.relevantie.voldaan).toBe(false);
    expect(uitslag.inhoud.voldaan).toBe(true);
    expect(missingCriteria(uitslag).map((m) => m.veld)).toEqual(['vraag']);
  });

  it('name every partner of the three the question is not relevant for', () => {
    const uitslag = checkCriteria({ ...compleet, vraagRelevantVoor: ['veilig-thuis', 'reclassering'] });
    const [missing] = missingCriteria(uitslag);
    expect(missing).toEqual({ veld: 'vraagRelevantVoor', reden: expect.stringContaining('nu niet voor politie en OM') });
    expect(checkCriteria({ ...compleet, vraagRelevantVoor: ['veilig-thuis', 'politie'] }).relevantie.ontbreekt[0]!.reden).toMatch(/nu niet voor OM$/);
  });

  it('refuse evaluation, only worries, or no stated aim', () => {
    for (const vraagGerichtOp of ['evaluatie', 'alleen-zorgen', null] as const) {
      const uitslag = checkCriteria({ ...compleet, vraagGerichtOp });
      expect(uitslag.relevantie.voldaan, String(vraagGerichtOp)).toBe(false);
      expect(uitslag.relevantie.ontbreekt.map((o) => o.veld)).toEqual(['vraagGerichtOp']);
    }
  });

  it('miss the content criterion without any factor, and group the factors that are there', () => {
    const leeg = checkCriteria({ ...compleet, inhoudelijkeFactoren: [] });
    expect(leeg.voldaan).toBe(false);
    expect(leeg.inhoud.ontbreekt).toEqual([{ veld: 'inhoudelijkeFactoren', reden: expect.stringContaining('samenloop straf en zorg') }]);
    const veel = checkCriteria({ ...compleet, inhoudelijkeFactoren: ['vuurwapens', 'lopend-strafrechtelijk-onderzoek', 'drugscriminaliteit'] });
    expect(veel.inhoud.voldaanOmdat).toEqual([
      'samenloop straf en zorg: lopend strafrechtelijk onderzoek',
      "criminaliteit en veiligheidsrisico's: vuurwapengevaarlijkheid en drugscriminaliteit",
    ]);
  });

  it('list everything missing of an empty draft, both criteria at once', () => {
    const uitslag = checkCriteria({ vraag: '', vraagRelevantVoor: [], vraagGerichtOp: null, inhoudelijkeFactoren: [] });
    expect(missingCriteria(uitslag).map((m) => m.veld)).toEqual(['vraag', 'vraagGerichtOp', 'vraagRelevantVoor', 'inhoudelijkeFactoren']);
  });
});

describe('a repeat within 12 months', () => {
  const nu = new Date('2026-06-01T12:00:00Z');
  const dagenGeleden = (d: number) => new Date(nu.getTime() - d * 86_400_000);
  const eerder = (over: Partial<EerdereAanmelding>): EerdereAanmelding => ({
    id: 'a1',
    casusId: 'c1',
    persoonIds: ['p1', 'p2'],
    status: 'geagendeerd',
    geagendeerdOp: dagenGeleden(100),
    ...over,
  });

  it('is the same casus or a shared person, tabled within 365 days', () => {
    expect(findRepeat({ casusId: 'c1', persoonIds: [] }, [eerder({})], nu)).toEqual({ vanAanmeldingId: 'a1', dagenSinds: 100 });
    expect(findRepeat({ casusId: 'c2', persoonIds: ['p2'] }, [eerder({ status: 'besproken' })], nu)).toEqual({ vanAanmeldingId: 'a1', dagenSinds: 100 });
    expect(findRepeat({ casusId: 'c2', persoonIds: ['p9'] }, [eerder({})], nu)).toBeNull();
    expect(findRepeat({ casusId: 'c1', persoonIds: [] }, [eerder({ geagendeerdOp: dagenGeleden(365) })], nu)).not.toBeNull();
    expect(findRepeat({ casusId: 'c1', persoonIds: [] }, [eerder({ geagendeerdOp: dagenGeleden(366) })], nu)).toBeNull();
  });

  it('counts only referrals that were tabled, never itself, and takes the most recent', () => {
    for (const status of ['concept', 'ingediend', 'afgewezen', 'direct-contact'] as const) {
      expect(findRepeat({ casusId: 'c1', persoonIds: [] }, [eerder({ status })], nu), status).toBeNull();
    }
    expect(findRepeat({ id: 'a1', casusId: 'c1', persoonIds: [] }, [eerder({})], nu)).toBeNull();
    const twee = [eerder({ id: 'oud', geagendeerdOp: dagenGeleden(300) }), eerder({ id: 'recent', geagendeerdOp: dagenGeleden(20) })];
    expect(findRepeat({ casusId: 'c1', persoonIds: [] }, twee, nu)?.vanAanmeldingId).toBe('recent');
  });

  it('may be submitted whatever the criteria', () => {
    expect(maySubmit(false, { vanAanmeldingId: 'a1', dagenSinds: 10 })).toBe(true);
    expect(maySubmit(false, null)).toBe(false);
    expect(maySubmit(true, null)).toBe(true);
  });
});

describe('the life of a referral', () => {
  it('is edited only as a draft, decided only once submitted, and runs until it is decided other than tabled', () => {
    expect(mayEdit('concept')).toBe(true);
    expect(mayEdit('ingediend')).toBe(false);
    expect(mayDecide('ingediend')).toBe(true);
    expect(mayDecide('geagendeerd')).toBe(false);
    expect(['concept', 'ingediend', 'geagendeerd'].every((s) => isLopend(s as never))).toBe(true);
    expect(['afgewezen', 'direct-contact', 'besproken'].some((s) => isLopend(s as never))).toBe(false);
    expect(statusNaBesluit).toEqual({ agenderen: 'geagendeerd', afwijzen: 'afgewezen', 'direct-contact': 'direct-contact' });
  });
});
