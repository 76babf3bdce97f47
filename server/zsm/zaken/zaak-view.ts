import type { Queryable } from '../../platform/db/database';
import { displayName } from '../../persons/person-references';
import { blokkenVan } from '../bereikbaarheid/bereikbaarheid.storage';
import { wieNuBereikbaar } from '../bereikbaarheid/bereikbaarheid-rules';
import { resterendeMinuten, termijnStatus } from './klok';
import { vtStatusVan } from './zaak-rules';
import type { ZsmZaak } from './schemas';
import type { ZaakRij } from './zsm-zaken.storage';

const iso = (d: Date | string) => new Date(d).toISOString();

/** The board item of a case row; `blokken` is the availability week of its VT organisation (when it has one). */
export function zaakView(r: ZaakRij, now: Date, blokken: Map<string, Parameters<typeof wieNuBereikbaar>[0]>): ZsmZaak {
  const deadline = new Date(r.beslissen_uiterlijk);
  return {
    id: r.id,
    status: r.status,
    casus: { id: r.casus_id, nummer: r.casus_nummer },
    verdachte: {
      naam: displayName({ voornamen: r.verdachte_voornamen, tussenvoegsel: r.verdachte_tussenvoegsel, achternaam: r.verdachte_achternaam }),
      minderjarig: r.verdachte_minderjarig,
    },
    feit: r.feit,
    aangehoudenOp: iso(r.aangehouden_op),
    voorlopigeHechtenisMogelijk: r.voorlopige_hechtenis_mogelijk,
    beslissenUiterlijk: iso(deadline),
    resterendeMinuten: resterendeMinuten(deadline, now),
    termijnStatus: termijnStatus(deadline, now),
    huiselijkGeweld: r.huiselijk_geweld,
    exPartner: r.ex_partner,
    kinderenBetrokken: r.kinderen_betrokken,
    vtOrganisatie: r.vt_organisatie_id ? { id: r.vt_organisatie_id, naam: r.vt_organisatie_naam ?? '' } : null,
    vtStatus: vtStatusVan({ beoordelingBinnen: r.beoordeling_binnen, bereikt: r.vt_bereikt, pogingen: r.vt_pogingen }),
    acuutOnveilig: r.beoordeling_binnen ? r.acuut_onveilig : null,
    reclasseringsadvies: r.reclasseringsadvies,
    rvdkBetrokken: r.rvdk_betrokken,
    afdoeningsoverlegOp: r.afdoeningsoverleg_op ? iso(r.afdoeningsoverleg_op) : null,
    beslissing: r.beslissing_soort && r.beslist_op ? { soort: r.beslissing_soort as NonNullable<ZsmZaak['beslissing']>['soort'], op: iso(r.beslist_op) } : null,
    zonderVtContact: r.zonder_vt_contact,
    vtNuBereikbaar: r.vt_organisatie_id ? wieNuBereikbaar(blokken.get(r.vt_organisatie_id) ?? [], now) : null,
    versie: r.versie,
  };
}

/** Board items for rows, reading the availability of their VT organisations once. */
export async function zaakViews(tx: Queryable, rijen: readonly ZaakRij[], now: Date): Promise<ZsmZaak[]> {
  const blokken = await blokkenVan(tx, rijen.map((r) => r.vt_organisatie_id).filter((id): id is string => id !== null));
  return rijen.map((r) => zaakView(r, now, blokken));
}
