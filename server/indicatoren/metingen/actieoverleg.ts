import { amsterdamDate } from '../../actieoverleg/afspraken/afspraak-rules';
import { eerstePer, herhalingNaMoment, hoogRisicoVanaf, jaNee, laatstePer, DAG_MS } from './gedeeld';
import { gebeurtenissenVan, type CasusTijdlijn, type Meetregel } from './meting';

const soortAanmelding = (herhaling: boolean) => (herhaling ? 'herhaalde-aanmelding' : 'eerste-aanmelding');

function ontvangenAanmeldingen(t: CasusTijdlijn) {
  return new Map(gebeurtenissenVan(t, 'aanmelding-ontvangen').map((a) => [a.gegevens.aanmeldingId, a]));
}

/** The first discussion of each referral. */
function eersteBesprekingen(t: CasusTijdlijn) {
  return eerstePer(
    gebeurtenissenVan(t, 'casus-besproken').filter((g) => g.gegevens.aanmeldingId !== null),
    (g) => g.gegevens.aanmeldingId!,
  );
}

/** Calendar days between two instants on the Amsterdam calendar. */
function kalenderdagen(van: Date, tot: Date): number {
  return Math.round((Date.parse(amsterdamDate(tot)) - Date.parse(amsterdamDate(van))) / DAG_MS);
}

/** Actieoverleg: referrals, the chair's decisions, discussions, agreements and their owners. */
export const meetregelsActieoverleg: Record<string, Meetregel> = {
  'actieoverleg.aanmeldingen': (t) =>
    gebeurtenissenVan(t, 'aanmelding-ontvangen').map((g) => ({
      op: g.op,
      waarde: 1,
      organisatieId: g.gegevens.aanmeldendeOrganisatieId,
      kenmerk: soortAanmelding(g.gegevens.herhalingVanId !== null),
    })),

  'actieoverleg.geagendeerd': (t) => {
    const ontvangen = ontvangenAanmeldingen(t);
    const besluiten = t.gebeurtenissen.flatMap((g) =>
      g.soort === 'aanmelding-geagendeerd' || g.soort === 'aanmelding-afgewezen' || g.soort === 'aanmelding-doorverwezen' ? [g] : [],
    );
    return [...laatstePer(besluiten, (g) => g.gegevens.aanmeldingId).values()].map((g) => {
      const aanmelding = ontvangen.get(g.gegevens.aanmeldingId);
      const herhaling = aanmelding ? aanmelding.gegevens.herhalingVanId !== null : 'herhaling' in g.gegevens && g.gegevens.herhaling;
      return {
        op: g.op,
        waarde: jaNee(g.soort === 'aanmelding-geagendeerd'),
        organisatieId: aanmelding?.gegevens.aanmeldendeOrganisatieId ?? g.organisatieId,
        kenmerk: soortAanmelding(herhaling),
      };
    });
  },

  'actieoverleg.herhaalde-aanmeldingen': (t) =>
    gebeurtenissenVan(t, 'aanmelding-ontvangen')
      .filter((g) => g.gegevens.herhalingVanId !== null)
      .map((g) => ({ op: g.op, waarde: 1, organisatieId: g.gegevens.aanmeldendeOrganisatieId, kenmerk: null })),

  'actieoverleg.afspraken-op-tijd': (t) => {
    const gemaakt = new Map(gebeurtenissenVan(t, 'afspraak-gemaakt').map((a) => [a.gegevens.afspraakId, a]));
    const afgesloten = laatstePer(gebeurtenissenVan(t, 'afspraak-afgesloten'), (g) => g.gegevens.afspraakId);
    const verlopen = eerstePer(gebeurtenissenVan(t, 'afspraak-verlopen'), (g) => g.gegevens.afspraakId);
    const ids = new Set([...afgesloten.keys(), ...verlopen.keys()]);
    return [...ids].map((id) => {
      const af = afgesloten.get(id);
      const ver = verlopen.get(id);
      const eigenaar = gemaakt.get(id)?.gegevens.eigenaarOrganisatieId ?? ver?.gegevens.eigenaarOrganisatieId ?? null;
      if (af) return { op: af.op, waarde: jaNee(af.gegevens.status === 'gedaan' && af.gegevens.opTijd), organisatieId: eigenaar, kenmerk: null };
      return { op: ver!.op, waarde: 0, organisatieId: eigenaar, kenmerk: null };
    });
  },

  'actieoverleg.besprekingen': (t) =>
    gebeurtenissenVan(t, 'casus-besproken').map((g) => ({
      op: g.op,
      waarde: 1,
      organisatieId: g.organisatieId,
      kenmerk: g.gegevens.aanmeldingId === null ? 'vervolg' : 'aanmelding',
    })),

  'actieoverleg.besprekingen-met-afspraken': (t) =>
    gebeurtenissenVan(t, 'casus-besproken').map((g) => ({ op: g.op, waarde: jaNee(g.gegevens.afspraken > 0), organisatieId: g.organisatieId, kenmerk: null })),

  'actieoverleg.besprekingen-met-scenario': (t) =>
    gebeurtenissenVan(t, 'casus-besproken')
      .filter((g) => g.gegevens.aanmeldingId !== null)
      .map((g) => ({ op: g.op, waarde: jaNee(g.gegevens.scenarios > 0), organisatieId: g.organisatieId, kenmerk: null })),

  'actieoverleg.partners-uitgenodigd': (t) =>
    gebeurtenissenVan(t, 'partner-uitgenodigd').map((g) => ({ op: g.op, waarde: 1, organisatieId: g.gegevens.organisatieId, kenmerk: null })),

  'actieoverleg.dagen-tot-bespreking': (t) => {
    const ontvangen = ontvangenAanmeldingen(t);
    return [...eersteBesprekingen(t).values()].flatMap((b) => {
      const aanmelding = ontvangen.get(b.gegevens.aanmeldingId!);
      if (!aanmelding) return [];
      return [{ op: b.op, waarde: kalenderdagen(aanmelding.op, b.op), organisatieId: aanmelding.gegevens.aanmeldendeOrganisatieId, kenmerk: null }];
    });
  },

  'actieoverleg.informatie-voor-bespreking': (t) => {
    const ontvangen = ontvangenAanmeldingen(t);
    const gedeeld = t.gebeurtenissen.filter((g) => g.soort === 'informatie-gedeeld' || g.soort === 'bevraging-beantwoord').map((g) => g.op.getTime());
    return [...eersteBesprekingen(t).values()].flatMap((b) => {
      const aanmelding = ontvangen.get(b.gegevens.aanmeldingId!);
      if (!aanmelding) return [];
      const van = aanmelding.op.getTime();
      const tot = b.op.getTime();
      const voorbereid = gedeeld.some((op) => op >= van && op <= tot);
      return [{ op: b.op, waarde: jaNee(voorbereid), organisatieId: aanmelding.gegevens.aanmeldendeOrganisatieId, kenmerk: null }];
    });
  },

  'actieoverleg.herhaling-12-maanden': (t) => herhalingNaMoment(t, 'actieoverleg', null),

  'actieoverleg.hoog-risico-besproken': (t) => {
    const vanaf = hoogRisicoVanaf(t);
    if (!vanaf) return [];
    const besproken = t.gebeurtenissen.some((g) => g.soort === 'casus-besproken');
    return [{ op: vanaf.op, waarde: jaNee(besproken), organisatieId: vanaf.organisatieId, kenmerk: null }];
  },

  'actieoverleg.rechtstreeks-doorverwezen': (t) =>
    gebeurtenissenVan(t, 'aanmelding-doorverwezen').map((g) => ({ op: g.op, waarde: 1, organisatieId: g.gegevens.partnerOrganisatieId, kenmerk: null })),
};

