import { describe, expect, it } from 'vitest';
import { checklistSnapshot } from './afdoeningsoverleg-rules';
import { GEEN_HG_REDEN, beoordeelBeslissing, beslistOpFout, binnenTermijn, isVrijlatingZonderVoorwaarden, onveiligeVrijlating, voorwaardenFout, vtGating, type BeslissingFeiten } from './beslissing-rules';

const aangehoudenOp = new Date('2025-03-04T10:00:00Z');
const nu = new Date('2025-03-04T14:00:00Z');
const feiten = (over: Partial<BeslissingFeiten> = {}): BeslissingFeiten => ({
  soort: 'heenzenden',
  voorwaarden: [],
  toelichting: '',
  zonderVtInformatieReden: undefined,
  onveiligeVrijlatingReden: undefined,
  beslistOp: nu,
  aangehoudenOp,
  nu,
  beoordeling: { acuutOnveilig: false },
  huiselijkGeweld: true,
  ...over,
});

describe('decision time', () => {
  it('refuses a decision before the arrest, naming beslistOp', () => {
    expect(beslistOpFout(new Date('2025-03-04T09:59:00Z'), aangehoudenOp, nu)).toMatchObject({ status: 400, veld: 'beslistOp', code: 'voor-aanhouding' });
  });
  it('accepts the moment of the arrest and now, refuses the future beyond a little clock drift', () => {
    expect(beslistOpFout(aangehoudenOp, aangehoudenOp, nu)).toBeNull();
    expect(beslistOpFout(new Date(nu.getTime() + 60_000), aangehoudenOp, nu)).toBeNull();
    expect(beslistOpFout(new Date(nu.getTime() + 3_600_000), aangehoudenOp, nu)).toMatchObject({ veld: 'beslistOp', code: 'in-de-toekomst' });
  });
  it('is in time at or before the deadline', () => {
    expect(binnenTermijn(nu, nu)).toBe(true);
    expect(binnenTermijn(new Date(nu.getTime() + 1), nu)).toBe(false);
  });
});

describe('conditions', () => {
  it('refuses conditions when the suspect is brought before the examining judge', () => {
    expect(voorwaardenFout('voorgeleiden-rc', ['contactverbod'], '')).toMatchObject({ veld: 'voorwaarden', status: 400 });
    expect(voorwaardenFout('voorgeleiden-rc', [], '')).toBeNull();
  });
  it("asks a toelichting for 'overig'", () => {
    expect(voorwaardenFout('heenzenden', ['overig'], '  ')).toMatchObject({ veld: 'toelichting', code: 'toelichting-verplicht' });
    expect(voorwaardenFout('heenzenden', ['overig'], 'enkelband na overleg')).toBeNull();
  });
  it('accepts conditions with a release, a punishment order and a summons', () => {
    for (const soort of ['heenzenden', 'sepot', 'strafbeschikking', 'dagvaarden', 'om-hoorzitting'] as const) {
      expect(voorwaardenFout(soort, ['contactverbod', 'locatieverbod'], '')).toBeNull();
    }
  });
});

describe('gating on the Veilig Thuis information', () => {
  it('lets a decision through when the assessment is in (a reason is then not kept)', () => {
    expect(vtGating(true, 'haast')).toEqual({ vtInformatieAanwezig: true, reden: null });
  });
  it('refuses without assessment and without reason: 409 naming zonderVtInformatieReden', () => {
    for (const reden of [undefined, null, '', '   ']) {
      expect(vtGating(false, reden)).toMatchObject({ status: 409, veld: 'zonderVtInformatieReden', code: 'vt-informatie-ontbreekt' });
    }
  });
  it('does not gate a case that is not domestic violence (a fixed reason is kept, or the one given)', () => {
    expect(vtGating(false, undefined, false)).toEqual({ vtInformatieAanwezig: false, reden: GEEN_HG_REDEN });
    expect(vtGating(false, 'eigen reden', false)).toEqual({ vtInformatieAanwezig: false, reden: 'eigen reden' });
  });
  it('accepts a recorded reason, trimmed', () => {
    expect(vtGating(false, '  termijn verstrijkt, VT niet bereikbaar ')).toEqual({ vtInformatieAanwezig: false, reden: 'termijn verstrijkt, VT niet bereikbaar' });
  });
});

describe('the unsafe-release flag', () => {
  it('counts heenzenden and sepot without conditions as release without conditions', () => {
    expect(isVrijlatingZonderVoorwaarden('heenzenden', [])).toBe(true);
    expect(isVrijlatingZonderVoorwaarden('sepot', [])).toBe(true);
    expect(isVrijlatingZonderVoorwaarden('heenzenden', ['contactverbod'])).toBe(false);
    expect(isVrijlatingZonderVoorwaarden('dagvaarden', [])).toBe(false);
    expect(isVrijlatingZonderVoorwaarden('voorgeleiden-rc', [])).toBe(false);
  });
  it('needs a confirming reason after acute unsafety, naming onveiligeVrijlatingReden', () => {
    expect(onveiligeVrijlating({ acuutOnveilig: true }, 'heenzenden', [], undefined)).toMatchObject({ status: 400, veld: 'onveiligeVrijlatingReden' });
    expect(onveiligeVrijlating({ acuutOnveilig: true }, 'sepot', [], ' ')).toMatchObject({ status: 400, veld: 'onveiligeVrijlatingReden' });
  });
  it('flags the confirmed release', () => {
    expect(onveiligeVrijlating({ acuutOnveilig: true }, 'heenzenden', [], 'geen grond om vast te houden')).toEqual({ onveiligeVrijlating: true, reden: 'geen grond om vast te houden' });
  });
  it('does not flag with conditions, without acute unsafety, or without an assessment', () => {
    expect(onveiligeVrijlating({ acuutOnveilig: true }, 'heenzenden', ['contactverbod'], undefined)).toEqual({ onveiligeVrijlating: false, reden: null });
    expect(onveiligeVrijlating({ acuutOnveilig: false }, 'heenzenden', [], 'x')).toEqual({ onveiligeVrijlating: false, reden: null });
    expect(onveiligeVrijlating(null, 'sepot', [], undefined)).toEqual({ onveiligeVrijlating: false, reden: null });
    expect(onveiligeVrijlating({ acuutOnveilig: true }, 'voorgeleiden-rc', [], undefined)).toEqual({ onveiligeVrijlating: false, reden: null });
  });
});

describe('beoordeelBeslissing (all rules in order)', () => {
  it('reports the decision time first', () => {
    const r = beoordeelBeslissing(feiten({ beslistOp: new Date('2025-03-04T08:00:00Z'), beoordeling: null }));
    expect(r).toMatchObject({ fout: { veld: 'beslistOp' } });
  });
  it('gates before the flag applies', () => {
    expect(beoordeelBeslissing(feiten({ beoordeling: null }))).toMatchObject({ fout: { status: 409, veld: 'zonderVtInformatieReden' } });
  });
  it('decides without VT information when a reason is given', () => {
    expect(beoordeelBeslissing(feiten({ beoordeling: null, zonderVtInformatieReden: 'weekend, VT niet bereikt' }))).toEqual({
      uitkomst: { vtInformatieAanwezig: false, zonderVtInformatieReden: 'weekend, VT niet bereikt', onveiligeVrijlating: false, onveiligeVrijlatingReden: null },
    });
  });
  it('flags a confirmed unsafe release and lets a release with conditions through unflagged', () => {
    const acuut = { acuutOnveilig: true };
    expect(beoordeelBeslissing(feiten({ beoordeling: acuut }))).toMatchObject({ fout: { veld: 'onveiligeVrijlatingReden' } });
    expect(beoordeelBeslissing(feiten({ beoordeling: acuut, onveiligeVrijlatingReden: 'bevestigd' }))).toMatchObject({ uitkomst: { onveiligeVrijlating: true, vtInformatieAanwezig: true } });
    expect(beoordeelBeslissing(feiten({ beoordeling: acuut, voorwaarden: ['contactverbod'] }))).toMatchObject({ uitkomst: { onveiligeVrijlating: false } });
  });
});

describe('the checklist snapshot of an afdoeningsoverleg', () => {
  const eerder = [{ puntId: 'p1', tekst: 'Oude tekst', afgevinkt: true, toelichting: 'ja' }];
  it('keeps recorded texts, adds new active points, unticks what the input leaves out', () => {
    const r = checklistSnapshot(eerder, [{ id: 'p1', tekst: 'Nieuwe tekst' }, { id: 'p2', tekst: 'Tweede' }], [{ puntId: 'p2', afgevinkt: true, toelichting: 'x' }]);
    expect(r).toEqual({
      checklist: [
        { puntId: 'p1', tekst: 'Oude tekst', afgevinkt: false, toelichting: '' },
        { puntId: 'p2', tekst: 'Tweede', afgevinkt: true, toelichting: 'x' },
      ],
    });
  });
  it('names unknown and repeated points', () => {
    const r = checklistSnapshot(eerder, [], [
      { puntId: 'p9', afgevinkt: true, toelichting: '' },
      { puntId: 'p1', afgevinkt: true, toelichting: '' },
      { puntId: 'p1', afgevinkt: false, toelichting: '' },
    ]);
    expect(r).toEqual({
      fouten: [
        expect.objectContaining({ name: 'checklist[0].puntId', code: 'onbekend-punt' }),
        expect.objectContaining({ name: 'checklist[2].puntId', code: 'dubbel-punt' }),
      ],
    });
  });
});
