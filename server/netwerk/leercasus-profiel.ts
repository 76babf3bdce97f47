import type { CasusTijdlijn } from '../indicatoren/metingen/meting';
import { gebeurtenissenVan } from '../indicatoren/metingen/meting';
import type { LeercasusProfiel, NetwerkMoment } from './schemas';

const DAG_MS = 24 * 60 * 60 * 1000;
const dagenTussen = (van: Date, tot: Date) => Math.max(0, Math.floor((tot.getTime() - van.getTime()) / DAG_MS));

/**
 * The anonymised profile of a closed casus, for the regional network's learning cases: from the casus's timeline only
 * the course (moments in order, whole days between them) and counts. It copies no id, no date (only days since the
 * first event and the year), no person and no free text; organisations appear only as their kind, via `soortVan`.
 */
export function leercasusProfiel(tijdlijn: CasusTijdlijn, soortVan: (organisatieId: string) => string | undefined): LeercasusProfiel {
  const gebeurtenissen = tijdlijn.gebeurtenissen;
  const start = gebeurtenissen[0]?.op ?? new Date(0);
  const jaar = Number(new Intl.DateTimeFormat('en', { timeZone: 'Europe/Amsterdam', year: 'numeric' }).format(start));

  const gesloten = gebeurtenissenVan(tijdlijn, 'status-gewijzigd').filter((g) => g.gegevens.status === 'gesloten');
  const laatsteSluiting = gesloten[gesloten.length - 1];

  const momenten: LeercasusProfiel['momenten'] = [];
  const gezien = new Set<NetwerkMoment>();
  let vorige: Date | null = null;
  for (const g of gebeurtenissenVan(tijdlijn, 'coordinatiemoment-geopend')) {
    if (gezien.has(g.gegevens.moment)) continue;
    gezien.add(g.gegevens.moment);
    momenten.push({ moment: g.gegevens.moment, dagNaStart: dagenTussen(start, g.op), dagenSindsVorige: vorige ? dagenTussen(vorige, g.op) : null });
    vorige = g.op;
  }

  const soorten = new Set<string>();
  for (const g of gebeurtenissenVan(tijdlijn, 'deelnemer-toegevoegd')) {
    const soort = soortVan(g.gegevens.organisatieId);
    if (soort) soorten.add(soort);
  }

  const meldingen = new Set(gebeurtenissenVan(tijdlijn, 'melding-gekoppeld').map((g) => g.gegevens.meldingId)).size;
  const herhalingen =
    gebeurtenissenVan(tijdlijn, 'herhaling-gesignaleerd').length +
    gebeurtenissenVan(tijdlijn, 'aanmelding-ontvangen').filter((g) => g.gegevens.herhalingVanId !== null).length;

  const afgesloten = gebeurtenissenVan(tijdlijn, 'afspraak-afgesloten');
  const opTijdGedaan = afgesloten.filter((g) => g.gegevens.status === 'gedaan' && g.gegevens.opTijd).length;
  const takenAfgerond = gebeurtenissenVan(tijdlijn, 'taak-afgerond');

  return {
    jaar,
    doorlooptijdDagen: laatsteSluiting ? dagenTussen(start, laatsteSluiting.op) : null,
    momenten,
    organisatieSoorten: [...soorten].sort(),
    meldingen,
    herhaling: herhalingen > 0,
    herhalingen,
    afspraken: {
      totaal: gebeurtenissenVan(tijdlijn, 'afspraak-gemaakt').length,
      opTijdGedaan,
      nietOpTijdOfNietGedaan: afgesloten.length - opTijdGedaan,
      verlopen: gebeurtenissenVan(tijdlijn, 'afspraak-verlopen').length,
    },
    scenarios: {
      vastgelegd: gebeurtenissenVan(tijdlijn, 'scenario-vastgelegd').length,
      geactiveerd: gebeurtenissenVan(tijdlijn, 'scenario-geactiveerd').length,
    },
    taken: {
      totaal: gebeurtenissenVan(tijdlijn, 'taak-aangemaakt').length,
      opTijdAfgerond: takenAfgerond.filter((g) => g.gegevens.opTijd).length,
      teLaatAfgerond: takenAfgerond.filter((g) => !g.gegevens.opTijd).length,
    },
  };
}
