import { BESLISSING_LEZEN_TAAK_SOORT } from '../../zsm/afdoening/afdoening.storage';
import { eerstePer, herhalingNaMoment, hoogRisicoVanaf, jaNee, weekdeel } from './gedeeld';
import { gebeurtenissenVan, type CasusTijdlijn, type Meetregel } from './meting';

/** Per ZSM case: when the suspect was arrested (the case's clock) and whether the prosecutor has decided. */
function zaken(t: CasusTijdlijn) {
  const beslist = new Set(gebeurtenissenVan(t, 'zsm-beslissing').map((b) => b.gegevens.zaakId));
  return [...eerstePer(gebeurtenissenVan(t, 'zsm-ingestroomd'), (z) => z.gegevens.zaakId).values()].map((z) => ({
    zaakId: z.gegevens.zaakId,
    gebeurtenis: z,
    aangehoudenOp: new Date(z.gegevens.aangehoudenOp),
    beslist: beslist.has(z.gegevens.zaakId),
  }));
}

/** Werkdag or weekend of the arrest of a case; the fallback instant when the inflow is not on this timeline. */
function weekdeelVanZaak(t: CasusTijdlijn, zaakId: string, anders: Date): string {
  const z = gebeurtenissenVan(t, 'zsm-ingestroomd').find((g) => g.gegevens.zaakId === zaakId);
  return weekdeel(z ? new Date(z.gegevens.aangehoudenOp) : anders);
}

/** VT & ZSM: counted from the cases that reached ZSM, the contact with Veilig Thuis, the decision and its feedback. */
export const meetregelsVtZsm: Record<string, Meetregel> = {
  'vt-zsm.vt-deelname-afdoeningsoverleg': (t) =>
    gebeurtenissenVan(t, 'zsm-afdoeningsoverleg').map((g) => ({ op: g.op, waarde: 1, organisatieId: g.organisatieId, kenmerk: g.gegevens.vtDeelname })),

  'vt-zsm.zaken': (t) =>
    zaken(t).map((z) => ({ op: z.aangehoudenOp, waarde: 1, organisatieId: z.gebeurtenis.organisatieId, kenmerk: weekdeel(z.aangehoudenOp) })),

  'vt-zsm.vt-contact': (t) => {
    const bereikt = new Set(gebeurtenissenVan(t, 'zsm-vt-contact').filter((c) => c.gegevens.bereikt).map((c) => c.gegevens.zaakId));
    return zaken(t)
      .filter((z) => bereikt.has(z.zaakId) || z.beslist)
      .map((z) => ({ op: z.aangehoudenOp, waarde: jaNee(bereikt.has(z.zaakId)), organisatieId: z.gebeurtenis.organisatieId, kenmerk: weekdeel(z.aangehoudenOp) }));
  },

  'vt-zsm.vt-informatie-voor-beslissing': (t) =>
    gebeurtenissenVan(t, 'zsm-beslissing').map((g) => ({
      op: g.op,
      waarde: jaNee(g.gegevens.vtInformatieAanwezig),
      organisatieId: g.organisatieId,
      kenmerk: weekdeelVanZaak(t, g.gegevens.zaakId, g.op),
    })),

  'vt-zsm.vrijlating-zonder-maatregelen': (t) =>
    gebeurtenissenVan(t, 'zsm-beslissing').map((g) => ({ op: g.op, waarde: jaNee(g.gegevens.onveiligeVrijlating), organisatieId: g.organisatieId, kenmerk: null })),

  'vt-zsm.terugkoppeling': (t) => {
    const teruggekoppeld = gebeurtenissenVan(t, 'zsm-terugkoppeling');
    return gebeurtenissenVan(t, 'zsm-beslissing').map((g) => ({
      op: g.op,
      waarde: jaNee(teruggekoppeld.some((k) => k.gegevens.zaakId === g.gegevens.zaakId && k.op.getTime() >= g.op.getTime())),
      organisatieId: g.organisatieId,
      kenmerk: null,
    }));
  },

  'vt-zsm.beslissing-gelezen-op-tijd': (t) => {
    const taken = new Map(gebeurtenissenVan(t, 'taak-aangemaakt').map((g) => [g.gegevens.taakId, g]));
    return gebeurtenissenVan(t, 'taak-afgerond')
      .filter((g) => g.gegevens.taakSoort === BESLISSING_LEZEN_TAAK_SOORT)
      .map((g) => ({ op: g.op, waarde: jaNee(g.gegevens.opTijd), organisatieId: taken.get(g.gegevens.taakId)?.gegevens.organisatieId ?? g.organisatieId, kenmerk: null }));
  },

  'vt-zsm.binnen-termijn': (t) =>
    gebeurtenissenVan(t, 'zsm-beslissing').map((g) => ({ op: g.op, waarde: jaNee(g.gegevens.binnenTermijn), organisatieId: g.organisatieId, kenmerk: null })),

  'vt-zsm.minuten-tot-veiligheidsbeoordeling': (t) =>
    [...eerstePer(gebeurtenissenVan(t, 'zsm-veiligheidsbeoordeling'), (g) => g.gegevens.zaakId).values()].map((g) => ({
      op: g.op,
      waarde: g.gegevens.minutenNaAanhouding,
      organisatieId: g.organisatieId,
      kenmerk: null,
    })),

  'vt-zsm.minuten-tot-vt-contact': (t) =>
    [
      ...eerstePer(
        gebeurtenissenVan(t, 'zsm-vt-contact').filter((c) => c.gegevens.bereikt),
        (g) => g.gegevens.zaakId,
      ).values(),
    ].map((g) => ({
      op: g.op,
      waarde: g.gegevens.minutenNaAanhouding,
      organisatieId: g.organisatieId,
      kenmerk: weekdeelVanZaak(t, g.gegevens.zaakId, new Date(g.op.getTime() - g.gegevens.minutenNaAanhouding * 60_000)),
    })),

  'vt-zsm.rvdk-bij-kinderen': (t) => {
    const rvdk = new Set(
      gebeurtenissenVan(t, 'zsm-advies')
        .filter((a) => a.gegevens.adviesSoort === 'rvdk-betrokkenheid')
        .map((a) => a.gegevens.zaakId),
    );
    return zaken(t)
      .filter((z) => z.gebeurtenis.gegevens.kinderenBetrokken && (rvdk.has(z.zaakId) || z.beslist))
      .map((z) => ({ op: z.aangehoudenOp, waarde: jaNee(rvdk.has(z.zaakId)), organisatieId: z.gebeurtenis.organisatieId, kenmerk: null }));
  },

  'vt-zsm.samengevoegde-meldingen': (t) => {
    if (!t.gebeurtenissen.some((g) => g.soort === 'zsm-ingestroomd')) return [];
    const ongedaan = new Set(gebeurtenissenVan(t, 'samenvoegen-ongedaan').map((g) => g.gegevens.samenvoegingId));
    return gebeurtenissenVan(t, 'melding-samengevoegd')
      .filter((g) => !ongedaan.has(g.gegevens.samenvoegingId))
      .map((g) => ({ op: g.op, waarde: 1, organisatieId: g.organisatieId, kenmerk: null }));
  },

  'vt-zsm.herhaling-12-maanden': (t) => herhalingNaMoment(t, 'vt-zsm', null),

  'vt-zsm.hoog-risico-beoordeeld': (t) => {
    const vanaf = hoogRisicoVanaf(t);
    if (!vanaf) return [];
    const beoordeeld = new Set(gebeurtenissenVan(t, 'zsm-veiligheidsbeoordeling').map((b) => b.gegevens.zaakId));
    return zaken(t)
      .filter((z) => vanaf.op.getTime() <= z.gebeurtenis.op.getTime() && (beoordeeld.has(z.zaakId) || z.beslist))
      .map((z) => ({ op: z.aangehoudenOp, waarde: jaNee(beoordeeld.has(z.zaakId)), organisatieId: z.gebeurtenis.organisatieId, kenmerk: null }));
  },
};
