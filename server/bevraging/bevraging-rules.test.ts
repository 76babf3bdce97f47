import { describe, expect, it } from 'vitest';
import { adviseRoute } from '../route-map/route-map';
import { organisatieSoorten } from '../organisations/schemas';
import { feitenMetAntwoord, geenRouteFeiten, isPositive, mayAsk, mayBeAsked, risicoSignalen } from './bevraging-rules';
import { vlaggen } from './schemas';

const geen = geenRouteFeiten;

describe('who asks whom', () => {
  it('only Veilig Thuis asks', () => {
    expect(organisatieSoorten.filter(mayAsk)).toEqual(['veilig-thuis']);
  });

  it('the police, the Raad voor de Kinderbescherming and reclassering may be asked; nobody else', () => {
    expect(organisatieSoorten.filter(mayBeAsked)).toEqual(['politie', 'raad-voor-de-kinderbescherming', 'reclassering']);
  });
});

describe('positive answers', () => {
  it('an empty answer ("not known") is not positive', () => {
    expect(isPositive([])).toBe(false);
    expect(risicoSignalen([])).toEqual([]);
  });

  it('drugs or other information alone is not positive', () => {
    expect(isPositive(['drugs', 'overig'])).toBe(false);
  });

  it('each flag of seed 001 and of the Actieoverleg criteria is positive on its own', () => {
    const positive = vlaggen.filter((v) => isPositive([v]));
    expect(positive).toEqual([
      'eerder-huiselijk-geweld',
      'zedendelicten',
      'wapens',
      'vuurwapens',
      'lopend-onderzoek',
      'geweld-tegen-hulpverleners',
      'criminele-netwerken',
    ]);
  });

  it('signals name only the positive flags', () => {
    expect(risicoSignalen(['drugs', 'vuurwapens'])).toEqual(['vuurwapenbezit bekend']);
  });
});

describe('the answer in the route map', () => {
  it('a positive answer without an arrest proposes the Actieoverleg, naming the flag', () => {
    const advies = adviseRoute(feitenMetAntwoord(geen, ['vuurwapens']));
    expect(advies.map((a) => a.moment)).toEqual(['actieoverleg']);
    expect(advies[0]!.redenen).toContain('Signaal: vuurwapenbezit bekend.');
  });

  it('a negative answer adds nothing', () => {
    expect(feitenMetAntwoord(geen, ['drugs'])).toEqual(geen);
    expect(adviseRoute(feitenMetAntwoord(geen, []))).toEqual([]);
  });

  it('keeps the other facts: with an arrest, VT & ZSM comes first and the Actieoverleg is not proposed', () => {
    const advies = adviseRoute(feitenMetAntwoord({ ...geen, verdachteAangehouden: true }, ['wapens']));
    expect(advies.map((a) => a.moment)).toEqual(['vt-zsm']);
  });

  it('does not repeat a signal the casus already has', () => {
    const feiten = feitenMetAntwoord({ ...geen, risicoOpGevaar: true, risicoSignalen: ['wapenbezit bekend'] }, ['wapens']);
    expect(feiten.risicoSignalen).toEqual(['wapenbezit bekend']);
  });
});
