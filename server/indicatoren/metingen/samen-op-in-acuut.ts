import { eerstePer, eersteVanMoment, herhalingBinnenJaar, herhalingNaMoment, jaNee, JAAR_MS, laatstePer } from './gedeeld';
import { gebeurtenissenVan, type CasusTijdlijn, type Meetregel } from './meting';

const kantoortijd = (buitenKantoortijd: boolean) => (buitenKantoortijd ? 'buiten-kantoortijd' : 'kantoortijd');

/** Per acute contact, the last follow-up status (the job may first mark it 'verlopen', a late melding then 'te-laat-ontvangen'). */
function laatsteOpvolgingen(t: CasusTijdlijn) {
  const contacten = new Map(gebeurtenissenVan(t, 'acuut-contact').map((c) => [c.gegevens.contactId, c]));
  return [...laatstePer(gebeurtenissenVan(t, 'acuut-opvolging'), (g) => g.gegevens.contactId).values()].map((o) => {
    const contact = contacten.get(o.gegevens.contactId);
    return { status: o.gegevens.status, op: contact?.op ?? o.op, organisatieId: contact?.gegevens.vtOrganisatieId ?? o.organisatieId };
  });
}

/** Samen op in Acuut: counted from the acute contacts, their joint assessments, the follow-up within 24 hours and the THVs. */
export const meetregelsSamenOpInAcuut: Record<string, Meetregel> = {
  'samen-op-in-acuut.crisiscontacten': (t) =>
    gebeurtenissenVan(t, 'acuut-contact').map((g) => ({
      op: g.op,
      waarde: 1,
      organisatieId: g.gegevens.vtOrganisatieId,
      kenmerk: kantoortijd(g.gegevens.buitenKantoortijd),
    })),

  'samen-op-in-acuut.minuten-tot-opgenomen': (t) => {
    // A time answered filled in later replaces the one at registration (events are oldest first: the last one wins).
    const aangevuld = new Map(gebeurtenissenVan(t, 'acuut-contact-aangevuld').map((g) => [g.gegevens.contactId, g.gegevens.minutenTotOpgenomen]));
    return gebeurtenissenVan(t, 'acuut-contact').flatMap((g) => {
      const minuten = aangevuld.has(g.gegevens.contactId) ? aangevuld.get(g.gegevens.contactId)! : g.gegevens.minutenTotOpgenomen;
      return minuten === null
        ? []
        : [{ op: g.op, waarde: minuten, organisatieId: g.gegevens.vtOrganisatieId, kenmerk: kantoortijd(g.gegevens.buitenKantoortijd) }];
    });
  },

  'samen-op-in-acuut.opvolging-binnen-24-uur': (t) =>
    laatsteOpvolgingen(t).map((o) => ({ op: o.op, waarde: jaNee(o.status === 'op-tijd'), organisatieId: o.organisatieId, kenmerk: null })),

  'samen-op-in-acuut.late-meldingen': (t) =>
    laatsteOpvolgingen(t)
      .filter((o) => o.status !== 'op-tijd')
      .map((o) => ({ op: o.op, waarde: 1, organisatieId: o.organisatieId, kenmerk: o.status })),

  'samen-op-in-acuut.gezamenlijke-beoordeling': (t) => {
    const beoordeeld = new Set(gebeurtenissenVan(t, 'acuut-beoordeling').map((b) => b.gegevens.contactId));
    return gebeurtenissenVan(t, 'acuut-contact').map((g) => ({
      op: g.op,
      waarde: jaNee(beoordeeld.has(g.gegevens.contactId)),
      organisatieId: g.gegevens.vtOrganisatieId,
      kenmerk: null,
    }));
  },

  'samen-op-in-acuut.minuten-tot-beoordeling': (t) => {
    const contacten = new Map(gebeurtenissenVan(t, 'acuut-contact').map((c) => [c.gegevens.contactId, c]));
    return [...eerstePer(gebeurtenissenVan(t, 'acuut-beoordeling'), (b) => b.gegevens.contactId).values()].map((b) => ({
      op: b.op,
      waarde: b.gegevens.minutenNaContact,
      organisatieId: contacten.get(b.gegevens.contactId)?.gegevens.vtOrganisatieId ?? b.organisatieId,
      kenmerk: null,
    }));
  },

  'samen-op-in-acuut.thv-opgelegd': (t) =>
    gebeurtenissenVan(t, 'thv-opgelegd').map((g) => ({ op: g.op, waarde: 1, organisatieId: g.organisatieId, kenmerk: null })),

  'samen-op-in-acuut.thv-verlengd': (t) =>
    gebeurtenissenVan(t, 'thv-verlengd').map((g) => ({ op: g.op, waarde: 1, organisatieId: g.organisatieId, kenmerk: null })),

  'samen-op-in-acuut.thv-vt-geraadpleegd': (t) =>
    gebeurtenissenVan(t, 'thv-overwogen').map((g) => ({ op: g.op, waarde: jaNee(g.gegevens.vtGeraadpleegd), organisatieId: g.organisatieId, kenmerk: null })),

  'samen-op-in-acuut.herhaling-na-thv': (t) => {
    const overtreden = new Set(gebeurtenissenVan(t, 'thv-overtreding').map((o) => o.gegevens.thvId));
    return gebeurtenissenVan(t, 'thv-opgelegd').map((g) => {
      const opgelegd = new Date(g.gegevens.opgelegdOp);
      const herhaling = overtreden.has(g.gegevens.thvId) || herhalingBinnenJaar(t, opgelegd, 'samen-op-in-acuut');
      return { op: g.op, waarde: jaNee(herhaling), organisatieId: g.organisatieId, kenmerk: null };
    });
  },

  'samen-op-in-acuut.herhaling-12-maanden': (t) => herhalingNaMoment(t, 'samen-op-in-acuut', null),

  'samen-op-in-acuut.later-zsm-of-actieoverleg': (t) => {
    const start = eersteVanMoment(t, 'samen-op-in-acuut');
    if (!start) return [];
    const van = start.op.getTime();
    const later = t.gebeurtenissen.some(
      (g) => (g.soort === 'zsm-ingestroomd' || g.soort === 'aanmelding-ontvangen') && g.op.getTime() > van && g.op.getTime() <= van + JAAR_MS,
    );
    return [{ op: start.op, waarde: jaNee(later), organisatieId: start.organisatieId, kenmerk: null }];
  },
};
