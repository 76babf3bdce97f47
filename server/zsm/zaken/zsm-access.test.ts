import { describe, expect, it } from 'vitest';
import { organisatieSoorten, type OrganisatieSoort } from '../../organisations/schemas';
import { zsmZichtbaarVoor } from './zsm-access';

const regio = 'regio-oost';
const vtA = 'vt-a';
const kijker = (soort: OrganisatieSoort, organisatieId = 'org', regioId = regio) => ({ soort, organisatieId, regioId });
const zaak = (over: Partial<{ huiselijkGeweld: boolean; vtOrganisatieId: string | null; regioId: string }> = {}) => ({
  regioId: regio,
  huiselijkGeweld: true,
  vtOrganisatieId: null,
  ...over,
});

describe('zsmZichtbaarVoor', () => {
  it('ZSM partners of the region see every case of the region, domestic violence or not, assigned or not', () => {
    for (const soort of ['politie', 'openbaar-ministerie', 'reclassering', 'raad-voor-de-kinderbescherming'] as const) {
      expect(zsmZichtbaarVoor(zaak(), kijker(soort))).toBe(true);
      expect(zsmZichtbaarVoor(zaak({ huiselijkGeweld: false, vtOrganisatieId: vtA }), kijker(soort))).toBe(true);
    }
  });

  it('Veilig Thuis sees domestic-violence cases assigned to it or unassigned, nothing else', () => {
    expect(zsmZichtbaarVoor(zaak(), kijker('veilig-thuis', vtA))).toBe(true);
    expect(zsmZichtbaarVoor(zaak({ vtOrganisatieId: vtA }), kijker('veilig-thuis', vtA))).toBe(true);
    expect(zsmZichtbaarVoor(zaak({ vtOrganisatieId: 'vt-b' }), kijker('veilig-thuis', vtA))).toBe(false);
    expect(zsmZichtbaarVoor(zaak({ huiselijkGeweld: false }), kijker('veilig-thuis', vtA))).toBe(false);
    expect(zsmZichtbaarVoor(zaak({ huiselijkGeweld: false, vtOrganisatieId: vtA }), kijker('veilig-thuis', vtA))).toBe(false);
  });

  it('other kinds of organisation see nothing, and nobody sees another region', () => {
    for (const soort of organisatieSoorten) {
      expect(zsmZichtbaarVoor(zaak(), kijker(soort, 'x', 'regio-west'))).toBe(false);
    }
    for (const soort of ['crisis-interventie-team', 'gemeente', 'slachtofferhulp', 'halt', 'medisch-expert'] as const) {
      expect(zsmZichtbaarVoor(zaak(), kijker(soort))).toBe(false);
    }
  });
});
