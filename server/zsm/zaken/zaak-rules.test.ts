import { describe, expect, it } from 'vitest';
import { beoordelingDeadline, leeftijdOp, minderjarigBijAanhouding, vtStatusVan } from './zaak-rules';

describe('zaak rules', () => {
  it('age on the Amsterdam calendar day of the arrest', () => {
    expect(leeftijdOp('2008-06-10', new Date('2026-06-09T21:59:00Z'))).toBe(17);
    expect(leeftijdOp('2008-06-10', new Date('2026-06-09T22:00:00Z'))).toBe(18); // 00:00 on 10 June in Amsterdam
    expect(minderjarigBijAanhouding('2008-06-10', new Date('2026-06-09T12:00:00Z'))).toBe(true);
    expect(minderjarigBijAanhouding(null, new Date())).toBe(false);
  });

  it('VT status: assessment first, then reached, then tried', () => {
    expect(vtStatusVan({ beoordelingBinnen: true, bereikt: false, pogingen: 0 })).toBe('beoordeling-binnen');
    expect(vtStatusVan({ beoordelingBinnen: false, bereikt: true, pogingen: 2 })).toBe('contact-gehad');
    expect(vtStatusVan({ beoordelingBinnen: false, bereikt: false, pogingen: 1 })).toBe('niet-bereikt');
    expect(vtStatusVan({ beoordelingBinnen: false, bereikt: false, pogingen: 0 })).toBe('nog-geen-contact');
  });

  it('the assessment is due an hour before the deadline, never before now', () => {
    const now = new Date('2026-06-09T10:00:00Z');
    expect(beoordelingDeadline(new Date('2026-06-09T16:00:00Z'), now).toISOString()).toBe('2026-06-09T15:00:00.000Z');
    expect(beoordelingDeadline(new Date('2026-06-09T10:30:00Z'), now).toISOString()).toBe(now.toISOString());
  });
});
