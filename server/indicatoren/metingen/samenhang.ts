import { coordinatiemomentSoorten } from '../../route-map/route-map';
import { eersteAfstemming, eersteMelding, heeftGezamenlijkeAanpak, herhalingNaMoment, hoogRisicoVanaf, jaNee, momentVan, urenTussen } from './gedeeld';
import { gebeurtenissenVan, type Meetregel } from './meting';

/** Samenhang: what runs across the moments — time to the first coordination, repeats, high-risk families, tasks, information. */
export const meetregelsSamenhang: Record<string, Meetregel> = {
  'samenhang.meerdere-momenten': (t) => {
    const eerste = eersteAfstemming(t);
    if (!eerste) return [];
    const momenten = new Set(t.gebeurtenissen.map(momentVan).filter((m) => m !== null));
    return [{ op: eerste.op, waarde: jaNee(momenten.size > 1), organisatieId: eerste.organisatieId, kenmerk: null }];
  },

  'samenhang.bevragingen-beantwoord': (t) =>
    gebeurtenissenVan(t, 'bevraging-beantwoord').map((g) => ({
      op: g.op,
      waarde: 1,
      organisatieId: g.gegevens.gevraagdeOrganisatieId,
      kenmerk: g.gegevens.positief ? 'bekend' : 'niet-bekend',
    })),

  'samenhang.uren-tot-antwoord': (t) => {
    const gesteld = new Map(gebeurtenissenVan(t, 'bevraging-gesteld').map((g) => [g.gegevens.bevragingId, g]));
    return gebeurtenissenVan(t, 'bevraging-beantwoord').flatMap((g) => {
      const vraag = gesteld.get(g.gegevens.bevragingId);
      if (!vraag) return [];
      return [{ op: g.op, waarde: urenTussen(vraag.op, g.op), organisatieId: g.gegevens.gevraagdeOrganisatieId, kenmerk: null }];
    });
  },

  'samenhang.informatie-gedeeld': (t) =>
    gebeurtenissenVan(t, 'informatie-gedeeld').map((g) => ({ op: g.op, waarde: 1, organisatieId: g.organisatieId, kenmerk: null })),

  'samenhang.uren-tot-eerste-afstemming': (t) => {
    const eerste = eersteAfstemming(t);
    const melding = eersteMelding(t);
    if (!eerste || !melding) return [];
    return [{ op: eerste.op, waarde: urenTussen(melding, eerste.op), organisatieId: eerste.organisatieId, kenmerk: momentVan(eerste) }];
  },

  'samenhang.herhaling-binnen-12-maanden': (t) => coordinatiemomentSoorten.flatMap((moment) => herhalingNaMoment(t, moment, moment)),

  'samenhang.hoog-risico-in-beeld': (t) => {
    const vanaf = hoogRisicoVanaf(t);
    if (!vanaf) return [];
    return [{ op: vanaf.op, waarde: jaNee(heeftGezamenlijkeAanpak(t)), organisatieId: vanaf.organisatieId, kenmerk: null }];
  },

  'samenhang.taken-op-tijd': (t) => {
    const taken = new Map(gebeurtenissenVan(t, 'taak-aangemaakt').map((g) => [g.gegevens.taakId, g]));
    return gebeurtenissenVan(t, 'taak-afgerond').map((g) => ({
      op: g.op,
      waarde: jaNee(g.gegevens.opTijd),
      organisatieId: taken.get(g.gegevens.taakId)?.gegevens.organisatieId ?? g.organisatieId,
      kenmerk: null,
    }));
  },
};
