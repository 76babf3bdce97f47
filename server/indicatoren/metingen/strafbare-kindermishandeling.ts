import { eerstePer, eersteMelding, herhalingNaMoment, jaNee, urenTussen } from './gedeeld';
import { gebeurtenissenVan, type Meetregel } from './meting';

/** Samenwerken bij strafbare kindermishandeling: counted from the SSK tracks, their triage, plan, choice and medical requests. */
export const meetregelsStrafbareKindermishandeling: Record<string, Meetregel> = {
  'strafbare-kindermishandeling.trajecten': (t) =>
    gebeurtenissenVan(t, 'ssk-geopend').map((g) => ({ op: g.op, waarde: 1, organisatieId: g.organisatieId, kenmerk: g.gegevens.anoniemGestart ? 'anoniem' : 'op-naam' })),

  'strafbare-kindermishandeling.anoniem-gestart': (t) =>
    gebeurtenissenVan(t, 'ssk-geopend').map((g) => ({ op: g.op, waarde: jaNee(g.gegevens.anoniemGestart), organisatieId: g.organisatieId, kenmerk: null })),

  'strafbare-kindermishandeling.anoniem-omgezet': (t) => {
    const omgezet = new Set(gebeurtenissenVan(t, 'ssk-omgezet').map((g) => g.gegevens.trajectId));
    const afgesloten = new Set(gebeurtenissenVan(t, 'ssk-afgesloten').map((g) => g.gegevens.trajectId));
    return gebeurtenissenVan(t, 'ssk-geopend')
      .filter((g) => g.gegevens.anoniemGestart && (omgezet.has(g.gegevens.trajectId) || afgesloten.has(g.gegevens.trajectId)))
      .map((g) => ({ op: g.op, waarde: jaNee(omgezet.has(g.gegevens.trajectId)), organisatieId: g.organisatieId, kenmerk: null }));
  },

  'strafbare-kindermishandeling.keuze-melding-aangifte': (t) =>
    gebeurtenissenVan(t, 'ssk-keuze').map((g) => ({ op: g.op, waarde: 1, organisatieId: g.organisatieId, kenmerk: g.gegevens.keuze })),

  'strafbare-kindermishandeling.triages': (t) =>
    gebeurtenissenVan(t, 'ssk-triage').map((g) => ({ op: g.op, waarde: 1, organisatieId: g.gegevens.organisatieId, kenmerk: null })),

  'strafbare-kindermishandeling.uren-tot-triage': (t) => {
    const geopend = new Map(gebeurtenissenVan(t, 'ssk-geopend').map((g) => [g.gegevens.trajectId, g]));
    return [...eerstePer(gebeurtenissenVan(t, 'ssk-triage'), (g) => g.gegevens.trajectId).values()].flatMap((triage) => {
      const start = geopend.get(triage.gegevens.trajectId);
      if (!start) return [];
      return [{ op: triage.op, waarde: urenTussen(start.op, triage.op), organisatieId: triage.gegevens.organisatieId, kenmerk: null }];
    });
  },

  'strafbare-kindermishandeling.medisch-binnen-24-uur': (t) => {
    const verzoeken = new Map(gebeurtenissenVan(t, 'ssk-medisch-verzoek').map((g) => [g.gegevens.verzoekId, g]));
    return gebeurtenissenVan(t, 'ssk-medisch-uitkomst').map((g) => ({
      op: g.op,
      waarde: jaNee(g.gegevens.urenNaVerzoek <= 24),
      organisatieId: verzoeken.get(g.gegevens.verzoekId)?.gegevens.expertOrganisatieId ?? g.organisatieId,
      kenmerk: null,
    }));
  },

  'strafbare-kindermishandeling.onderzoeksplan': (t) => {
    const plan = new Set(gebeurtenissenVan(t, 'ssk-onderzoeksplan-bevestigd').map((g) => g.gegevens.trajectId));
    const afgesloten = new Set(gebeurtenissenVan(t, 'ssk-afgesloten').map((g) => g.gegevens.trajectId));
    return gebeurtenissenVan(t, 'ssk-geopend')
      .filter((g) => plan.has(g.gegevens.trajectId) || afgesloten.has(g.gegevens.trajectId))
      .map((g) => ({ op: g.op, waarde: jaNee(plan.has(g.gegevens.trajectId)), organisatieId: g.organisatieId, kenmerk: null }));
  },

  'strafbare-kindermishandeling.stappen-uitgevoerd': (t) =>
    gebeurtenissenVan(t, 'ssk-afgesloten')
      .filter((g) => g.gegevens.stappen > 0)
      .map((g) => ({ op: g.op, waarde: (g.gegevens.uitgevoerd / g.gegevens.stappen) * 100, organisatieId: g.organisatieId, kenmerk: null })),

  'strafbare-kindermishandeling.herhaling-12-maanden': (t) => herhalingNaMoment(t, 'strafbare-kindermishandeling', null),

  'strafbare-kindermishandeling.uren-melding-tot-traject': (t) => {
    const traject = gebeurtenissenVan(t, 'ssk-geopend')[0];
    const melding = eersteMelding(t);
    if (!traject || !melding) return [];
    return [{ op: traject.op, waarde: urenTussen(melding, traject.op), organisatieId: traject.organisatieId, kenmerk: null }];
  },
};

