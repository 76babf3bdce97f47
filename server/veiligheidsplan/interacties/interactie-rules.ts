import { amsterdamDate } from '../../actieoverleg/afspraken/afspraak-rules';
import type { OnderzoeksstapSoort } from '../../kindermishandeling/schemas';
import type { Afstemming, Interactie, InteractieSoort, PlanInterventie } from '../schemas';

/**
 * Step 2 "hoe" of seed 004: how the partners' interventions touch, reinforce or cross each other. Pure rules over the
 * plan's interventions (and the research-plan steps of an SSK track on the same casus), checked whenever the plan
 * changes. A crossing pair must be resolved — changed, or kept and aligned by its owners (an afstemming) — before the
 * regie holder confirms the plan.
 */

interface PaarRegel {
  code: string;
  a: string;
  b: string;
  soort: InteractieSoort;
  uitleg: string;
}

export const interactieRegels: readonly PaarRegel[] = [
  // Crossing: criminal or administrative bans against civil contact arrangements and joint therapy.
  { code: 'contactverbod-omgang', a: 'contactverbod', b: 'omgangsregeling', soort: 'doorkruist', uitleg: 'Een strafrechtelijk contactverbod met de ouder doorkruist de omgangsregeling met het kind: leg vast of en hoe omgang mag.' },
  { code: 'contactverbod-begeleide-omgang', a: 'contactverbod', b: 'begeleide-omgang', soort: 'doorkruist', uitleg: 'Ook begeleide omgang is contact: het contactverbod moet er uitdrukkelijk ruimte voor laten.' },
  { code: 'civiel-contactverbod-omgang', a: 'civiel-contactverbod', b: 'omgangsregeling', soort: 'doorkruist', uitleg: 'Het civiele contactverbod en de omgangsregeling spreken elkaar tegen: stem af bij de rechter of via begeleide omgang.' },
  { code: 'locatieverbod-omgang', a: 'locatieverbod', b: 'omgangsregeling', soort: 'doorkruist', uitleg: 'Met een locatieverbod kan de omgang niet op of bij dat adres plaatsvinden: spreek een andere plek en overdracht af.' },
  { code: 'huisverbod-omgang', a: 'tijdelijk-huisverbod', b: 'omgangsregeling', soort: 'doorkruist', uitleg: 'Tijdens het huisverbod mag de uithuisgeplaatste niet in de woning komen of contact zoeken: de omgangsregeling ligt stil of moet elders.' },
  { code: 'geheim-adres-omgang', a: 'geheimhouding-adres', b: 'omgangsregeling', soort: 'doorkruist', uitleg: 'Onbegeleide omgang kan het afgeschermde adres prijsgeven: kies een neutrale overdrachtsplek of begeleide omgang.' },
  { code: 'opvang-omgang', a: 'crisisopvang', b: 'omgangsregeling', soort: 'doorkruist', uitleg: 'Omgang vanuit de (geheime) opvang kan de verblijfplaats prijsgeven: stem de overdracht af met de opvang.' },
  { code: 'contactverbod-systeemtherapie', a: 'contactverbod', b: 'systeemtherapie', soort: 'doorkruist', uitleg: 'Samen in therapie kan niet onder een contactverbod tussen dezelfde personen.' },
  { code: 'huisverbod-systeemtherapie', a: 'tijdelijk-huisverbod', b: 'systeemtherapie', soort: 'doorkruist', uitleg: 'Gezamenlijke therapie tijdens het huisverbod brengt de partners samen terwijl het verbod loopt.' },
  { code: 'contactverbod-herstelbemiddeling', a: 'contactverbod', b: 'herstelbemiddeling', soort: 'doorkruist', uitleg: 'Herstelbemiddeling is contact tussen slachtoffer en pleger: niet zolang het contactverbod geldt.' },
  { code: 'huisbezoek-strafrechtelijk-onderzoek', a: 'veilig-thuis-huisbezoek', b: 'strafrechtelijk-onderzoek', soort: 'doorkruist', uitleg: 'Een huisbezoek van Veilig Thuis tijdens het politieonderzoek kan de verklaringen beïnvloeden: stem het moment af met politie en OM.' },
  { code: 'daderhulp-gedragsinterventie', a: 'daderhulpverlening', b: 'gedragsinterventie-huiselijk-geweld', soort: 'doorkruist', uitleg: 'Twee trajecten voor dezelfde pleger naast elkaar: kies er één of stem inhoud en volgorde af.' },
  // Reinforcing.
  { code: 'contactverbod-enkelband', a: 'contactverbod', b: 'elektronische-monitoring', soort: 'versterkt', uitleg: 'Elektronische monitoring maakt het contactverbod controleerbaar.' },
  { code: 'locatieverbod-enkelband', a: 'locatieverbod', b: 'elektronische-monitoring', soort: 'versterkt', uitleg: 'Elektronische monitoring maakt het locatieverbod controleerbaar.' },
  { code: 'contactverbod-noodalarm', a: 'contactverbod', b: 'noodalarm', soort: 'versterkt', uitleg: 'Met een noodalarm kan het slachtoffer een overtreding van het contactverbod direct melden.' },
  { code: 'civiel-contactverbod-noodalarm', a: 'civiel-contactverbod', b: 'noodalarm', soort: 'versterkt', uitleg: 'Met een noodalarm kan het slachtoffer een overtreding van het verbod direct melden.' },
  { code: 'huisverbod-daderhulp', a: 'tijdelijk-huisverbod', b: 'daderhulpverlening', soort: 'versterkt', uitleg: 'De tien dagen van het huisverbod zijn het moment om hulp aan de pleger op gang te brengen.' },
  { code: 'huisverbod-vt-onderzoek', a: 'tijdelijk-huisverbod', b: 'veilig-thuis-onderzoek', soort: 'versterkt', uitleg: 'Veilig Thuis gebruikt de rust van het huisverbod voor onderzoek en hulp aan alle gezinsleden.' },
  { code: 'voorwaarden-toezicht', a: 'gedragsveranderende-voorwaarden', b: 'reclasseringstoezicht', soort: 'versterkt', uitleg: 'De reclassering ziet toe op de gedragsveranderende voorwaarden en meldt het OM als ze niet worden nageleefd.' },
  { code: 'ots-opvoedondersteuning', a: 'ondertoezichtstelling', b: 'opvoedondersteuning', soort: 'versterkt', uitleg: 'Opvoedondersteuning geeft de ouders handvatten binnen de ondertoezichtstelling.' },
];

/** A plan intervention against a research-plan step of an SSK track on the same casus. */
export const sskInteractieRegel = {
  code: 'huisbezoek-voor-verhoor',
  interventie: 'veilig-thuis-huisbezoek',
  stap: 'politie-verhoor-verdachte' as OnderzoeksstapSoort,
  uitleg: 'Een huisbezoek van Veilig Thuis vóór het politieverhoor in het SSK-traject kan het strafrechtelijk onderzoek schaden: plan het na het verhoor of stem het af met de officier.',
} as const;

export interface SskStap {
  id: string;
  soort: OnderzoeksstapSoort;
  op: Date;
  status: 'gepland' | 'uitgevoerd' | 'vervallen';
  eigenaarOrganisatieId: string;
}

type Interventie = Pick<PlanInterventie, 'id' | 'code' | 'eigenaarOrganisatieId' | 'vanaf' | 'tot'>;

/** Two periods (dates, open ends allowed) share at least one day. */
export function overlappen(a: Pick<Interventie, 'vanaf' | 'tot'>, b: Pick<Interventie, 'vanaf' | 'tot'>): boolean {
  return (a.vanaf === null || b.tot === null || a.vanaf <= b.tot) && (b.vanaf === null || a.tot === null || b.vanaf <= a.tot);
}

const paarSleutel = (regel: string, ids: readonly string[]) => `${regel}:${[...ids].sort().join(',')}`;

/**
 * Every interaction in the plan: each pair of interventions a rule names whose periods overlap, and each Veilig Thuis
 * home visit starting on or before the day of a planned suspect interview in the casus's SSK track. Crossing pairs
 * say whether their owners have aligned them.
 */
export function vindInteracties(interventies: readonly Interventie[], afstemmingen: readonly Afstemming[], sskStappen: readonly SskStap[] = []): Interactie[] {
  const afgestemd = new Set(afstemmingen.map((a) => paarSleutel(a.regel, a.partijIds)));
  const result: Interactie[] = [];
  const kant = (i: Interventie) => ({ interventieId: i.id, sskStapId: null, code: i.code, eigenaarOrganisatieId: i.eigenaarOrganisatieId });

  for (const regel of interactieRegels) {
    for (const a of interventies.filter((i) => i.code === regel.a)) {
      for (const b of interventies.filter((i) => i.code === regel.b)) {
        if (!overlappen(a, b)) continue;
        result.push({
          regel: regel.code,
          soort: regel.soort,
          uitleg: regel.uitleg,
          partijen: [kant(a), kant(b)],
          afgestemd: regel.soort === 'versterkt' || afgestemd.has(paarSleutel(regel.code, [a.id, b.id])),
        });
      }
    }
  }

  const verhoren = sskStappen.filter((s) => s.soort === sskInteractieRegel.stap && s.status === 'gepland');
  for (const bezoek of interventies.filter((i) => i.code === sskInteractieRegel.interventie)) {
    for (const verhoor of verhoren) {
      if (bezoek.vanaf !== null && bezoek.vanaf > amsterdamDate(verhoor.op)) continue;
      result.push({
        regel: sskInteractieRegel.code,
        soort: 'doorkruist',
        uitleg: sskInteractieRegel.uitleg,
        partijen: [kant(bezoek), { interventieId: null, sskStapId: verhoor.id, code: verhoor.soort, eigenaarOrganisatieId: verhoor.eigenaarOrganisatieId }],
        afgestemd: afgestemd.has(paarSleutel(sskInteractieRegel.code, [bezoek.id, verhoor.id])),
      });
    }
  }
  return result;
}

/** The crossing pairs nobody has resolved yet: the plan cannot be confirmed while there are any. */
export const onopgelosteConflicten = (interacties: readonly Interactie[]) => interacties.filter((i) => i.soort === 'doorkruist' && !i.afgestemd);
