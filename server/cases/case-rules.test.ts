import { describe, expect, it } from 'vitest';
import { adviseRoute } from '../route-map/route-map';
import { tijdlijnSoorten } from '../timeline/events';
import { categoryAllowed } from '../sharing/categories';
import { eventAudience, isVisibleTo } from '../sharing/need-to-know';
import { gatherRouteFacts, type MeldingFeiten } from './route-facts';
import { describeEvent } from './timeline-description';

const melding = (overrides: Partial<MeldingFeiten> = {}): MeldingFeiten => ({
  acuteOnveiligheid: false,
  verdachteAangehouden: false,
  vermoedenStrafbareKindermishandeling: false,
  wapens: false,
  herhalingVanId: null,
  geweldsvormen: [],
  ...overrides,
});

describe('timeline descriptions', () => {
  const namen = new Map([['org-politie', 'Politie Oost-Brabant']]);
  const naam = (id: string) => namen.get(id);

  it('describes a melding by its source, and says when it was acutely unsafe', () => {
    expect(describeEvent('melding-gekoppeld', { bron: 'zorgmelding-politie', acuteOnveiligheid: false })).toBe(
      'Melding ontvangen via Zorgmelding politie (CORV)',
    );
    expect(describeEvent('melding-gekoppeld', { bron: '112-meldkamer', acuteOnveiligheid: true })).toBe(
      'Melding ontvangen via 112 (meldkamer) (acute onveiligheid)',
    );
  });

  it('names organisations through the lookup, with a neutral fallback', () => {
    expect(describeEvent('deelnemer-toegevoegd', { organisatieId: 'org-politie', grondslagCode: 'WPG-19' }, naam)).toBe(
      'Politie Oost-Brabant neemt deel (grondslag WPG-19)',
    );
    expect(describeEvent('deelnemer-vertrokken', { organisatieId: 'onbekend' }, naam)).toBe('een organisatie neemt niet meer deel');
    expect(describeEvent('regie-gewijzigd', { organisatieId: 'org-politie', gebruikerId: null }, naam)).toBe('Regie op veiligheid bij Politie Oost-Brabant');
    expect(describeEvent('regie-gewijzigd', { organisatieId: null, gebruikerId: null }, naam)).toBe('Regie op veiligheid vrijgegeven');
  });

  it('describes the route advice and opened moments with their names from the route map', () => {
    expect(describeEvent('routeadvies-bevestigd', { momenten: ['samen-op-in-acuut', 'vt-zsm'], afgewezen: ['actieoverleg'] })).toBe(
      'Routeadvies bevestigd: Samen op in Acuut en Aanpak HG door VT & ZSM; niet gekozen: Actieoverleg',
    );
    expect(describeEvent('coordinatiemoment-geopend', { moment: 'actieoverleg', redenen: [] })).toBe('Actieoverleg geopend');
  });

  it('has a description for every known kind, and a readable one for kinds added later', () => {
    for (const soort of tijdlijnSoorten) {
      const text = describeEvent(soort, {});
      expect(text.length).toBeGreaterThan(5);
      expect(text).not.toContain('undefined');
    }
    expect(describeEvent('zsm-besluit-genomen', {})).toBe('Zsm besluit genomen');
  });

  it('never puts free text from the data into the line', () => {
    expect(describeEvent('informatie-gedeeld', { categorie: 'aanhoudingen', vertrouwelijkheid: 'strikt-vertrouwelijk', titel: 'Jan' })).toBe(
      'Informatie gedeeld: aanhoudingen (strikt vertrouwelijk)',
    );
    expect(describeEvent('taak-afgerond', { taakSoort: 'veiligheidstaxatie', opTijd: false })).toBe('Taak afgerond: Veiligheidstaxatie (na de deadline)');
    expect(describeEvent('taak-aangemaakt', { taakSoort: 'afstemming-politie-om', organisatieId: 'vt' }, (id) => (id === 'vt' ? 'Veilig Thuis Brabant-Noordoost' : undefined))).toBe(
      'Taak voor Veilig Thuis Brabant-Noordoost: Afstemming met politie en OM',
    );
  });
});

describe('need-to-know', () => {
  it('an item for all participants is visible to every participant', () => {
    expect(isVisibleTo({ bronOrganisatieId: 'politie', zichtbaarVoor: null }, 'om')).toBe(true);
  });

  it('an item for named organisations is visible to them and the source only', () => {
    const item = { bronOrganisatieId: 'politie', zichtbaarVoor: ['vt'] };
    expect(isVisibleTo(item, 'vt')).toBe(true);
    expect(isVisibleTo(item, 'politie')).toBe(true);
    expect(isVisibleTo(item, 'om')).toBe(false);
  });

  it('an empty audience means the source only', () => {
    expect(isVisibleTo({ bronOrganisatieId: 'politie', zichtbaarVoor: [] }, 'vt')).toBe(false);
  });

  it('the timeline event of a shared item has the same audience plus the source', () => {
    expect(eventAudience('politie', ['vt'])).toEqual(['politie', 'vt']);
    expect(eventAudience('politie', ['politie', 'vt'])).toEqual(['politie', 'vt']);
    expect(eventAudience('politie', null)).toBeNull();
    expect(eventAudience('politie', undefined)).toBeNull();
  });

  it('categories belong to the sharing organisation kind (seed 004)', () => {
    expect(categoryAllowed('politie', 'aanhoudingen')).toBe(true);
    expect(categoryAllowed('politie', 'eerdere-meldingen')).toBe(false);
    expect(categoryAllowed('openbaar-ministerie', 'justitiele-documentatie')).toBe(true);
    expect(categoryAllowed('reclassering', 'interventies')).toBe(true);
    expect(categoryAllowed('gemeente', 'overig')).toBe(true);
    expect(categoryAllowed('gemeente', 'registraties')).toBe(false);
  });
});

describe('route facts', () => {
  it('no meldingen, no facts', () => {
    expect(gatherRouteFacts({ meldingen: [], bevragingen: [], lopend: [] })).toEqual({
      acuteOnveiligheid: false,
      verdachteAangehouden: false,
      vermoedenStrafbareKindermishandeling: false,
      risicoOpGevaar: false,
      risicoSignalen: [],
      lopend: [],
    });
  });

  it('takes the flags of any melding', () => {
    const feiten = gatherRouteFacts({
      meldingen: [melding(), melding({ acuteOnveiligheid: true }), melding({ verdachteAangehouden: true, vermoedenStrafbareKindermishandeling: true })],
      bevragingen: [],
      lopend: ['vt-zsm'],
    });
    expect(feiten).toMatchObject({ acuteOnveiligheid: true, verdachteAangehouden: true, vermoedenStrafbareKindermishandeling: true, lopend: ['vt-zsm'] });
    expect(adviseRoute(feiten).map((a) => a.moment)).toEqual(['samen-op-in-acuut', 'strafbare-kindermishandeling']);
  });

  it('weapons, a repeat and complex violence are risk signals, each named once', () => {
    const feiten = gatherRouteFacts({
      meldingen: [
        melding({ wapens: true, geweldsvormen: ['ex-partnerstalking', 'lichamelijk'] }),
        melding({ wapens: true, herhalingVanId: 'eerder', geweldsvormen: ['ex-partnerstalking', 'eergerelateerd-geweld'] }),
      ],
      bevragingen: [],
      lopend: [],
    });
    expect(feiten.risicoOpGevaar).toBe(true);
    expect(feiten.risicoSignalen).toEqual([
      'wapens genoemd in een melding',
      'herhaald incident binnen 12 maanden na een eerdere melding',
      'complexe vorm van geweld: ex-partnerstalking',
      'complexe vorm van geweld: eergerelateerd geweld',
    ]);
    expect(adviseRoute(feiten)[0]!.moment).toBe('actieoverleg');
  });

  it('only positive flags of answered bevragingen are a signal, in the words of the bevraging rules', () => {
    const feiten = gatherRouteFacts({
      meldingen: [melding()],
      bevragingen: [
        { status: 'open', vlaggen: ['wapens'] },
        { status: 'beantwoord', vlaggen: [] },
        { status: 'beantwoord', vlaggen: ['drugs'] },
        { status: 'beantwoord', vlaggen: ['vuurwapens', 'eerder-huiselijk-geweld'] },
      ],
      lopend: [],
    });
    expect(feiten.risicoSignalen).toEqual(['eerder huiselijk geweld bekend', 'vuurwapenbezit bekend']);
  });
});
