import { describe, expect, it } from 'vitest';
import { indicatorCatalogus, inspanningSoorten, vindIndicator } from './catalogus';
import { evaluatieVragen, vindVraag } from './evaluaties/vragen';
import { inspanningSoorten as inspanningSoortenApi } from './inspanningen/schemas';
import { meetregels } from './metingen/meetregels';
import { overzichtIndicatoren } from './overzicht-indicatoren';
import { indicatorSoorten, verbeteracties } from './schemas';
import { voorbeeldTijdlijnen } from './metingen/voorbeelden.fixture';
import { meetCasus } from './metingen/meet-casus';

describe('indicator catalogue', () => {
  it('covers every item of the appendix "Overzicht indicatoren" with at least one definition of its action and kind', () => {
    const ontbrekend: string[] = [];
    for (const verbeteractie of verbeteracties) {
      for (const soort of indicatorSoorten) {
        for (const item of overzichtIndicatoren[verbeteractie][soort]) {
          const gedekt = indicatorCatalogus.some((d) => d.verbeteractie === verbeteractie && d.soort === soort && d.overzichtItem === item);
          if (!gedekt) ontbrekend.push(`${verbeteractie} / ${soort} / ${item}`);
        }
      }
    }
    expect(ontbrekend).toEqual([]);
  });

  it('names only items of the appendix, under their own action and kind', () => {
    const vreemd = indicatorCatalogus.filter((d) => !overzichtIndicatoren[d.verbeteractie][d.soort].includes(d.overzichtItem)).map((d) => d.id);
    expect(vreemd).toEqual([]);
  });

  it('has unique ids prefixed by their improvement action, and finds each by id', () => {
    const ids = indicatorCatalogus.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const d of indicatorCatalogus) {
      expect(d.id.startsWith(`${d.verbeteractie}.`), d.id).toBe(true);
      expect(vindIndicator(d.id)).toBe(d);
    }
  });

  it('has a rule for every counted definition and a definition for every rule', () => {
    const geteld = indicatorCatalogus.filter((d) => d.bron.soort === 'tijdlijn').map((d) => d.id).sort();
    expect(Object.keys(meetregels).sort()).toEqual(geteld);
  });

  it('names existing questions of its own action for every evaluated definition', () => {
    for (const d of indicatorCatalogus) {
      if (d.bron.soort !== 'evaluatie') continue;
      expect(d.bron.vragen.length, d.id).toBeGreaterThan(0);
      for (const v of d.bron.vragen) {
        expect(vindVraag(v), `${d.id}: ${v}`).toBeDefined();
        expect(vindVraag(v)!.verbeteractie, `${d.id}: ${v}`).toBe(d.verbeteractie);
      }
      expect(d.toelichting, d.id).toMatch(/kwalitatief/);
    }
  });

  it('feeds every evaluation question into at least one indicator, and has unique question ids with a grade per action', () => {
    const ids = evaluatieVragen.map((v) => v.id);
    expect(new Set(ids).size).toBe(ids.length);
    const gebruikt = new Set(indicatorCatalogus.flatMap((d) => (d.bron.soort === 'evaluatie' ? d.bron.vragen : [])));
    expect(ids.filter((id) => !gebruikt.has(id))).toEqual([]);
    for (const verbeteractie of verbeteracties) {
      expect(evaluatieVragen.some((v) => v.verbeteractie === verbeteractie && v.schaal.soort === 'cijfer'), verbeteractie).toBe(true);
    }
  });

  it('names only known kinds of effort, the same kinds the effort API accepts, each with a Dutch label', () => {
    expect(inspanningSoorten.map((s) => s.soort).sort()).toEqual([...inspanningSoortenApi].sort());
    for (const s of inspanningSoorten) expect(s.label.length).toBeGreaterThan(3);
    const bekend = new Set<string>(inspanningSoorten.map((s) => s.soort));
    for (const d of indicatorCatalogus) {
      if (d.bron.soort !== 'inspanning') continue;
      expect(d.bron.inspanningSoorten.length, d.id).toBeGreaterThan(0);
      for (const s of d.bron.inspanningSoorten) expect(bekend.has(s), `${d.id}: ${s}`).toBe(true);
    }
  });

  it('lists exactly the breakdowns its rule emits on the example timelines', () => {
    const uitgegeven = new Map<string, Set<string>>();
    for (const t of voorbeeldTijdlijnen()) {
      for (const m of meetCasus(t)) {
        if (m.kenmerk === null) continue;
        if (!uitgegeven.has(m.indicator)) uitgegeven.set(m.indicator, new Set());
        uitgegeven.get(m.indicator)!.add(m.kenmerk);
      }
    }
    for (const d of indicatorCatalogus) {
      if (d.bron.soort !== 'tijdlijn') continue;
      const genoemd = [...(d.bron.kenmerken ?? [])].sort();
      const gezien = [...(uitgegeven.get(d.id) ?? [])].sort();
      // Every breakdown seen is listed; every listed one is seen on the examples (they are built to show all).
      expect(gezien, d.id).toEqual(genoemd);
    }
  });

  it('says in words how each figure is computed, with a Dutch name', () => {
    for (const d of indicatorCatalogus) {
      expect(d.naam.length, d.id).toBeGreaterThan(5);
      expect(d.formule.length, d.id).toBeGreaterThan(20);
      if (d.bron.soort === 'tijdlijn' && d.bron.aggregatie === 'aandeel') expect(d.eenheid, d.id).toBe('procent');
    }
  });
});
