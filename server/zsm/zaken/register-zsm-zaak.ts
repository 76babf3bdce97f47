import type { Queryable } from '../../platform/db/database';
import { problems } from '../../platform/http/problem';
import type { OrganisatieSoort } from '../../organisations/schemas';
import { registerMelding, type MeldingGegevens } from '../../meldingen/register-melding';
import type { Geweldsvorm, MeldingRol } from '../../meldingen/schemas';
import { insertCasus, nextCasusNummer } from '../../cases/casussen.storage';
import { addPersons, linkMeldingen, personsOfMeldingen, type MeldingRow } from '../../cases/melding-link';
import { recordEvent } from '../../timeline/timeline.storage';
import { beslissenUiterlijk } from './klok';
import type { ZsmZaakInvoer } from './schemas';
import { minderjarigBijAanhouding } from './zaak-rules';
import { joinZsmCasus, wijsVtToe } from './vt-toewijzing';
import { createTask } from '../../tasks/tasks.storage';
import { beoordelingDeadline } from './zaak-rules';
import { RVDK_TAAK_SOORT, rvdkBetrokkenheidTaakSleutel } from './zsm-taken';
import { findZaakByExtern, insertZaak, isVtOfRegion, openCasussenWithVictims, organisationsOfRegion } from './zsm-zaken.storage';

/**
 * The one ZSM intake, for a police worker at the screen and a police system alike, inside the caller's transaction:
 * a melding with bron 'zsm' through registerMelding (so repeat, double intake with the later CORV report and the
 * Actieoverleg's scenarios work as for any melding), the casus (the one open casus of the region that already holds
 * the victim and in which a ZSM partner or Veilig Thuis takes part, else a new one), the case with its clock, the
 * participation of police, OM (and VT when chosen) on the ZSM basis, the timeline, and VT's assessment task.
 * Idempotent on the police system's message id: a repeated delivery creates nothing and returns the existing case.
 */
export interface ZsmRegistrant {
  gebruikerId: string | null;
  organisatie: { id: string; soort: OrganisatieSoort; regioId: string };
  machineClientId: string | null;
}

export interface ZsmFeiten {
  externBerichtId: string | null;
  aangehoudenOp: Date;
  feit: string;
  voorlopigeHechtenisMogelijk: boolean;
  huiselijkGeweld: boolean;
  exPartner: boolean;
  vtOrganisatieId: string | null;
  omschrijving: string;
  aantalKinderen: number;
}

export interface ZsmPersonen {
  verdachte: string;
  slachtoffers: string[];
  kinderen: string[];
}

/** The suspect cannot also be a victim or a child of the same arrest: 400 naming the item. */
export function checkVerdachteApart(p: ZsmPersonen): void {
  const i = p.slachtoffers.indexOf(p.verdachte);
  if (i >= 0) throw problems.invalidField(`slachtoffers[${i}]`, 'dit is dezelfde persoon als de verdachte', 'verdachte-is-slachtoffer');
  const j = p.kinderen.indexOf(p.verdachte);
  if (j >= 0) throw problems.invalidField(`kinderen[${j}]`, 'dit is dezelfde persoon als de verdachte', 'verdachte-is-kind');
}

/** The facts of an intake from either door's input (the screen has no message id). */
export function zsmFeitenUit(
  input: Pick<ZsmZaakInvoer, 'aangehoudenOp' | 'feit' | 'voorlopigeHechtenisMogelijk' | 'huiselijkGeweld' | 'exPartner' | 'vtOrganisatieId' | 'omschrijving'> & {
    kinderen: readonly unknown[];
  },
  externBerichtId: string | null,
): ZsmFeiten {
  return {
    externBerichtId,
    aangehoudenOp: new Date(input.aangehoudenOp),
    feit: input.feit,
    voorlopigeHechtenisMogelijk: input.voorlopigeHechtenisMogelijk,
    huiselijkGeweld: input.huiselijkGeweld,
    exPartner: input.exPartner,
    vtOrganisatieId: input.vtOrganisatieId ?? null,
    omschrijving: input.omschrijving,
    aantalKinderen: input.kinderen.length,
  };
}

/** 400 naming aangehoudenOp when the arrest lies in the future (a minute of clock skew allowed). */
export function checkAangehoudenOp(aangehoudenOp: Date, now: Date): void {
  if (aangehoudenOp.getTime() > now.getTime() + 60_000) {
    throw problems.invalidField('aangehoudenOp', 'het tijdstip van aanhouding ligt in de toekomst', 'in-de-toekomst');
  }
}

/** The melding's id for a police system's message: its own namespace, so it never meets the melding intake's ids. */
export const zsmMeldingExternId = (externBerichtId: string) => `zsm:${externBerichtId}`;

function geweldsvormenVoor(f: ZsmFeiten): Geweldsvorm[] {
  return [f.huiselijkGeweld || f.exPartner ? 'partnergeweld' : 'overig'];
}

export async function registerZsmZaak(
  tx: Queryable,
  by: ZsmRegistrant,
  feiten: ZsmFeiten,
  personen: () => Promise<ZsmPersonen>,
  now: Date,
): Promise<{ zaakId: string; casusId: string; created: boolean; meldingId: string; nieuweCasus: boolean }> {
  checkAangehoudenOp(feiten.aangehoudenOp, now);
  const regioId = by.organisatie.regioId;
  if (feiten.vtOrganisatieId && !(await isVtOfRegion(tx, feiten.vtOrganisatieId, regioId))) {
    throw problems.invalidField('vtOrganisatieId', 'kies een Veilig Thuis-organisatie van uw regio', 'geen-vt-van-de-regio');
  }

  const gegevens: MeldingGegevens = {
    bron: 'zsm',
    externBerichtId: feiten.externBerichtId ? zsmMeldingExternId(feiten.externBerichtId) : null,
    ontvangenOp: now,
    // The arrest stands for the incident time: the later CORV report of the same incident is recognised by it.
    incidentOp: feiten.aangehoudenOp,
    geweldsvormen: geweldsvormenVoor(feiten),
    acuteOnveiligheid: false,
    wapens: false,
    kinderenAanwezig: feiten.aantalKinderen > 0,
    verdachteAangehouden: true,
    vermoedenStrafbareKindermishandeling: false,
    omschrijving: feiten.omschrijving,
  };
  let resolved: ZsmPersonen | null = null;
  const melding = await registerMelding(tx, by, gegevens, async () => {
    resolved = await personen();
    checkVerdachteApart(resolved);
    const links: { persoonId: string; rol: MeldingRol }[] = [
      { persoonId: resolved.verdachte, rol: 'verdachte' },
      ...resolved.slachtoffers.map((persoonId) => ({ persoonId, rol: 'slachtoffer' as const })),
      ...resolved.kinderen.map((persoonId) => ({ persoonId, rol: 'kind' as const })),
    ];
    return links;
  });
  if (!melding.created) {
    // A repeated (or concurrent) delivery of the same message: the melding's unique key decided, the case is there.
    const zaakId = await findZaakByExtern(tx, by.organisatie.id, feiten.externBerichtId!);
    if (!zaakId) throw problems.conflict('Dit bericht-id is al gebruikt voor een andere melding.', 'bericht-id-in-gebruik');
    const { rows } = await tx.query<{ casus_id: string; melding_id: string }>('select casus_id, melding_id from zsm_zaken where id = $1', [zaakId]);
    return { zaakId, casusId: rows[0]!.casus_id, meldingId: rows[0]!.melding_id, created: false, nieuweCasus: false };
  }
  const p = resolved as ZsmPersonen | null;
  if (!p) throw new Error('persons not resolved');
  const actor = { gebruikerId: by.gebruikerId, organisatieId: by.organisatie.id };

  // The casus: the one open casus of the region that already holds a victim (with a ZSM partner or VT in it), else a new one.
  const bestaand = await openCasussenWithVictims(tx, regioId, p.slachtoffers);
  let casusId: string;
  const nieuweCasus = bestaand.length !== 1;
  if (!nieuweCasus) {
    casusId = bestaand[0]!;
  } else {
    casusId = await insertCasus(tx, { nummer: await nextCasusNummer(tx, now), regioId, organisatieId: by.organisatie.id, gebruikerId: by.gebruikerId });
    await recordEvent(tx, casusId, actor, { soort: 'casus-geopend', gegevens: { regioId, meldingId: melding.id } });
  }
  const om = await organisationsOfRegion(tx, regioId, 'openbaar-ministerie');
  await joinZsmCasus(tx, actor, casusId, [by.organisatie.id, ...om.map((o) => o.id)]);
  const { rows: meldingRows } = await tx.query<MeldingRow>(
    'select id, bron, ontvangen_op, incident_op, acute_onveiligheid, herhaling_van_id from meldingen where id = $1 for update',
    [melding.id],
  );
  await linkMeldingen(tx, actor, casusId, meldingRows);
  await addPersons(tx, actor, casusId, await personsOfMeldingen(tx, [melding.id]));

  const { rows: verdachteRows } = await tx.query<{ geboortedatum: string | null }>(
    `select to_char(geboortedatum, 'YYYY-MM-DD') as geboortedatum from personen where id = $1`,
    [p.verdachte],
  );
  const deadline = beslissenUiterlijk(feiten.aangehoudenOp, feiten.voorlopigeHechtenisMogelijk);
  const verdachteMinderjarig = minderjarigBijAanhouding(verdachteRows[0]?.geboortedatum ?? null, feiten.aangehoudenOp);
  const zaakId = await insertZaak(tx, {
    regioId,
    casusId,
    meldingId: melding.id,
    politieOrganisatieId: by.organisatie.id,
    externBerichtId: feiten.externBerichtId,
    verdachtePersoonId: p.verdachte,
    verdachteMinderjarig,
    aangehoudenOp: feiten.aangehoudenOp,
    feit: feiten.feit,
    voorlopigeHechtenisMogelijk: feiten.voorlopigeHechtenisMogelijk,
    huiselijkGeweld: feiten.huiselijkGeweld,
    exPartner: feiten.exPartner,
    kinderenBetrokken: feiten.aantalKinderen > 0,
    beslissenUiterlijk: deadline,
    vtOrganisatieId: feiten.vtOrganisatieId,
    gebruikerId: by.gebruikerId,
  });
  await recordEvent(tx, casusId, actor, {
    soort: 'zsm-ingestroomd',
    gegevens: {
      zaakId,
      meldingId: melding.id,
      aangehoudenOp: feiten.aangehoudenOp.toISOString(),
      beslissenUiterlijk: deadline.toISOString(),
      huiselijkGeweld: feiten.huiselijkGeweld,
      kinderenBetrokken: feiten.aantalKinderen > 0,
    },
  });
  if (feiten.vtOrganisatieId) await wijsVtToe(tx, actor, { zaakId, casusId, beslissenUiterlijk: deadline }, feiten.vtOrganisatieId, now);
  if (feiten.aantalKinderen > 0 || verdachteMinderjarig) {
    for (const raad of await organisationsOfRegion(tx, regioId, 'raad-voor-de-kinderbescherming')) {
      await createTask(tx, actor, {
        soort: RVDK_TAAK_SOORT,
        sleutel: rvdkBetrokkenheidTaakSleutel(zaakId, raad.id),
        titel: verdachteMinderjarig ? 'ZSM: minderjarige verdachte — betrokkenheid van de Raad' : 'ZSM: kinderen betrokken — betrokkenheid van de Raad',
        casusId,
        organisatieId: raad.id,
        deadline: beoordelingDeadline(deadline, now),
      });
    }
  }
  return { zaakId, casusId, meldingId: melding.id, created: true, nieuweCasus };
}
