import { gebeurtenissenVan, type Meetregel } from './meting';

/** Samen op in Acuut: counted from the acute contacts, their joint assessments and the follow-up within 24 hours. */
export const meetregelsSamenOpInAcuut: Record<string, Meetregel> = {
  'samen-op-in-acuut.crisiscontacten': (t) =>
    gebeurtenissenVan(t, 'acuut-contact').map((g) => ({
      op: g.op,
      waarde: 1,
      organisatieId: g.gegevens.vtOrganisatieId,
      kenmerk: g.gegevens.buitenKantoortijd ? 'buiten-kantoortijd' : 'kantoortijd',
    })),
};
