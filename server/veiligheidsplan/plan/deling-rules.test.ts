import { describe, expect, it } from 'vitest';
import { filterVoor, voegVerborgenToe, zichtbaar } from './deling-rules';
import { legePlanInhoud, type PlanInhoud, type PlanInterventie } from '../schemas';

const VT = '00000000-0000-4000-8000-00000000000a';
const POLITIE = '00000000-0000-4000-8000-00000000000b';
const RVDK = '00000000-0000-4000-8000-00000000000c';
const id = (n: number) => `20000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

const interventie = (n: number, deling: string[] | null, code = 'contactverbod'): PlanInterventie => ({
  id: id(n),
  code,
  fase: 'acuut',
  eigenaarOrganisatieId: POLITIE,
  toelichting: '',
  vanaf: null,
  tot: null,
  deling,
});
const situatie = (n: number, deling: string[] | null) => ({ id: id(n), omschrijving: `situatie ${n}`, voorwaarden: [], deling });

function plan(): PlanInhoud {
  return {
    ...legePlanInhoud,
    directeVeiligheid: { ...legePlanInhoud.directeVeiligheid, onveiligeSituaties: [situatie(1, null), situatie(2, [POLITIE]), situatie(3, null)] },
    interventies: [interventie(10, [POLITIE]), interventie(11, null, 'omgangsregeling')],
    afstemmingen: [{ regel: 'contactverbod-omgang', partijIds: [id(10), id(11)], toelichting: 'afgestemd' }],
  };
}

const rvdk = { organisatieId: RVDK, regieOrganisatieId: VT };

describe('zichtbaar', () => {
  it.each([
    [null, RVDK, VT, true],
    [[POLITIE], POLITIE, VT, true],
    [[POLITIE], RVDK, VT, false],
    [[POLITIE], VT, VT, true],
    [[], RVDK, null, false],
  ] as const)('deling %j for %s (regie %s): %s', (deling, organisatieId, regieOrganisatieId, verwacht) => {
    expect(zichtbaar({ id: id(1), deling: deling as string[] | null }, { organisatieId, regieOrganisatieId })).toBe(verwacht);
  });
});

describe('filterVoor', () => {
  it('leaves out what is not shared with the viewer, and the resolutions that name it', () => {
    const gezien = filterVoor(plan(), rvdk);
    expect(gezien.directeVeiligheid.onveiligeSituaties.map((s) => s.id)).toEqual([id(1), id(3)]);
    expect(gezien.interventies.map((i) => i.id)).toEqual([id(11)]);
    expect(gezien.afstemmingen).toEqual([]);
  });
  it('shows everything to the regie holder and to the organisations named', () => {
    expect(filterVoor(plan(), { organisatieId: VT, regieOrganisatieId: VT })).toEqual(plan());
    expect(filterVoor(plan(), { organisatieId: POLITIE, regieOrganisatieId: VT })).toEqual(plan());
  });
});

describe('voegVerborgenToe', () => {
  it('keeps hidden elements at their place while the viewer edits, adds and removes their own', () => {
    const gezien = filterVoor(plan(), rvdk);
    const invoer: PlanInhoud = {
      ...gezien,
      directeVeiligheid: { ...gezien.directeVeiligheid, onveiligeSituaties: [{ ...situatie(1, null), omschrijving: 'aangepast' }, situatie(4, null)] },
      interventies: [],
    };
    const result = voegVerborgenToe(plan(), invoer, rvdk);
    if (!('inhoud' in result)) throw new Error(JSON.stringify(result));
    expect(result.inhoud.directeVeiligheid.onveiligeSituaties.map((s) => [s.id, s.omschrijving])).toEqual([
      [id(1), 'aangepast'],
      [id(2), 'situatie 2'],
      [id(4), 'situatie 4'],
    ]);
    expect(result.inhoud.interventies.map((i) => i.id)).toEqual([id(10)]);
    expect(result.inhoud.afstemmingen).toEqual(plan().afstemmingen);
  });

  it('refuses an element the viewer could not have seen, naming the field', () => {
    const gezien = filterVoor(plan(), rvdk);
    const invoer = { ...gezien, interventies: [...gezien.interventies, { ...interventie(10, null), toelichting: 'overschreven' }] };
    expect(voegVerborgenToe(plan(), invoer, rvdk)).toEqual({ fout: { veld: 'inhoud.interventies[1].id', reden: 'dit onderdeel is niet met uw organisatie gedeeld' } });
    const afstemming = { ...gezien, afstemmingen: [{ regel: 'x', partijIds: [id(10), id(11)] as [string, string], toelichting: 'y' }] };
    expect(voegVerborgenToe(plan(), afstemming, rvdk)).toEqual({ fout: { veld: 'inhoud.afstemmingen[0].partijIds', reden: 'dit onderdeel is niet met uw organisatie gedeeld' } });
  });

  it('stores the input as is for a viewer who sees everything', () => {
    const invoer = { ...plan(), interventies: [] };
    expect(voegVerborgenToe(plan(), invoer, { organisatieId: VT, regieOrganisatieId: VT })).toEqual({ inhoud: invoer });
  });
});
