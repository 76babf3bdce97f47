import { describe, expect, it } from 'vitest';
import { adviseRoute, type RouteFeiten } from './route-map';

const geen: RouteFeiten = {
  acuteOnveiligheid: false,
  verdachteAangehouden: false,
  vermoedenStrafbareKindermishandeling: false,
  risicoOpGevaar: false,
  risicoSignalen: [],
  lopend: [],
};
const momenten = (feiten: Partial<RouteFeiten>) => adviseRoute({ ...geen, ...feiten }).map((a) => a.moment);

describe('route map', () => {
  it('proposes nothing without facts that call for coordination', () => {
    expect(adviseRoute(geen)).toEqual([]);
  });

  it('acute unsafety leads to Samen op in Acuut', () => {
    expect(momenten({ acuteOnveiligheid: true })).toEqual(['samen-op-in-acuut']);
  });

  it('an arrested suspect leads to VT & ZSM, and then not to the Actieoverleg', () => {
    expect(momenten({ verdachteAangehouden: true })).toEqual(['vt-zsm']);
    expect(momenten({ verdachteAangehouden: true, risicoOpGevaar: true })).toEqual(['vt-zsm']);
  });

  it('suspected criminal child abuse leads to the SSK way of working', () => {
    expect(momenten({ vermoedenStrafbareKindermishandeling: true })).toEqual(['strafbare-kindermishandeling']);
  });

  it('risk of danger without an arrest leads to the Actieoverleg, naming each signal', () => {
    const [advies] = adviseRoute({ ...geen, risicoOpGevaar: true, risicoSignalen: ['wapens', 'herhaling binnen 12 maanden'] });
    expect(advies!.moment).toBe('actieoverleg');
    expect(advies!.redenen).toContain('Signaal: wapens.');
    expect(advies!.redenen).toContain('Signaal: herhaling binnen 12 maanden.');
  });

  it('several facts propose several moments, in the order of the route map', () => {
    expect(momenten({ acuteOnveiligheid: true, verdachteAangehouden: true, vermoedenStrafbareKindermishandeling: true })).toEqual([
      'samen-op-in-acuut',
      'vt-zsm',
      'strafbare-kindermishandeling',
    ]);
  });

  it('does not propose a moment that is already running', () => {
    expect(momenten({ acuteOnveiligheid: true, verdachteAangehouden: true, lopend: ['samen-op-in-acuut'] })).toEqual(['vt-zsm']);
  });

  it('every advice explains itself', () => {
    const all = adviseRoute({ ...geen, acuteOnveiligheid: true, verdachteAangehouden: true, vermoedenStrafbareKindermishandeling: true });
    for (const a of all) expect(a.redenen.length).toBeGreaterThan(0);
  });
});
