import { describe, expect, it } from 'vitest';
import { adviesToegang, beoordelingInvoerFout, magVeiligheidBeoordelen, minutenNaAanhouding } from './beoordeling-rules';

describe('the safety assessment', () => {
  it('refuses advised conditions when conditions are said not to be needed', () => {
    expect(beoordelingInvoerFout({ veiligheidsvoorwaardenNodig: false, geadviseerdeVoorwaarden: ['contactverbod'] })).toMatchObject({ veld: 'geadviseerdeVoorwaarden' });
    expect(beoordelingInvoerFout({ veiligheidsvoorwaardenNodig: true, geadviseerdeVoorwaarden: ['contactverbod'] })).toBeNull();
    expect(beoordelingInvoerFout({ veiligheidsvoorwaardenNodig: false, geadviseerdeVoorwaarden: [] })).toBeNull();
  });
  it("is for Veilig Thuis only: the case's VT, or any VT while none is chosen", () => {
    expect(magVeiligheidBeoordelen('veilig-thuis', 'vt-a', null)).toBe(true);
    expect(magVeiligheidBeoordelen('veilig-thuis', 'vt-a', 'vt-a')).toBe(true);
    expect(magVeiligheidBeoordelen('veilig-thuis', 'vt-a', 'vt-b')).toBe(false);
    expect(magVeiligheidBeoordelen('politie', 'pol', null)).toBe(false);
  });
  it('counts minutes from the arrest, never negative', () => {
    const arrest = new Date('2025-03-04T10:00:00Z');
    expect(minutenNaAanhouding(arrest, new Date('2025-03-04T11:30:20Z'))).toBe(90);
    expect(minutenNaAanhouding(arrest, new Date('2025-03-04T09:00:00Z'))).toBe(0);
  });
});

describe('3RO and RvdK input', () => {
  it('takes 3RO advice and the HG consultation hour from reclassering, involvement from the Raad', () => {
    expect(adviesToegang('reclassering', '3ro-advies')).toBe('toegestaan');
    expect(adviesToegang('reclassering', 'hg-spreekuur')).toBe('toegestaan');
    expect(adviesToegang('raad-voor-de-kinderbescherming', 'rvdk-betrokkenheid')).toBe('toegestaan');
  });
  it('refuses a partner giving the other partner’s input, and any other organisation', () => {
    expect(adviesToegang('reclassering', 'rvdk-betrokkenheid')).toBe('verkeerde-soort');
    expect(adviesToegang('raad-voor-de-kinderbescherming', '3ro-advies')).toBe('verkeerde-soort');
    expect(adviesToegang('politie', '3ro-advies')).toBe('geen-adviespartner');
    expect(adviesToegang('veilig-thuis', 'rvdk-betrokkenheid')).toBe('geen-adviespartner');
  });
});
