import type { Database } from '../../platform/db/database';
import { problems } from '../../platform/http/problem';
import { appendAudit } from '../../audit/audit-log';
import type { MachineClient } from '../../identity/machine-auth';
import { isValidBsn, normaliseBsn } from '../../persons/bsn';
import { resolveIntakePersons } from '../../meldingen/intake/resolve-persons';
import type { IntakePersoon } from '../../meldingen/schemas';
import type { ZsmIntake, ZsmIntakePersoon, ZsmZaak } from './schemas';
import { registerZsmZaak, zsmFeitenUit } from './register-zsm-zaak';
import { findZaakRij } from './zsm-zaken.storage';
import { zaakViews } from './zaak-view';

/** The persons of a police system's message in one list (suspect, victims, children) with the field each came from. */
function personenMetVeld(input: ZsmIntake): { persoon: ZsmIntakePersoon; rol: IntakePersoon['rol']; veld: string }[] {
  return [
    { persoon: input.verdachte, rol: 'verdachte', veld: 'verdachte' },
    ...input.slachtoffers.map((persoon, i) => ({ persoon, rol: 'slachtoffer' as const, veld: `slachtoffers[${i}]` })),
    ...input.kinderen.map((persoon, i) => ({ persoon, rol: 'kind' as const, veld: `kinderen[${i}]` })),
  ];
}

/**
 * A police system delivers an arrest for ZSM (machine credentials). Idempotent on (police organisation, externBerichtId):
 * a repeated delivery, also a concurrent one, changes nothing and answers with the existing case. Persons come by data:
 * found by BSN, else by exact name and date of birth, else created — as in the melding intake.
 */
export async function intakeZsmZaak(
  db: Database,
  secretKey: Buffer,
  client: MachineClient,
  requestId: string,
  input: ZsmIntake,
): Promise<{ zaak: ZsmZaak; created: boolean }> {
  if (client.organisatie.soort !== 'politie') throw problems.forbidden('Alleen een koppeling van de politie levert ZSM-zaken aan.');
  const now = new Date();
  const personen = personenMetVeld(input);
  const bsns = personen.map(({ persoon, veld }) => {
    if (persoon.bsn === undefined) return null;
    const bsn = normaliseBsn(persoon.bsn);
    if (!bsn || !isValidBsn(bsn)) throw problems.invalidField(`${veld}.bsn`, 'geen geldig burgerservicenummer (negen cijfers, elfproef)', 'ongeldig-bsn');
    return bsn;
  });
  return db.transaction(async (tx) => {
    const result = await registerZsmZaak(
      tx,
      { gebruikerId: null, organisatie: client.organisatie, machineClientId: client.id },
      zsmFeitenUit(input, input.externBerichtId),
      async () => {
        const ids = await resolveIntakePersons(
          tx,
          secretKey,
          client.organisatie.id,
          personen.map(({ persoon, rol }) => ({ ...persoon, rol })),
          bsns,
        );
        const n = input.slachtoffers.length;
        return { verdachte: ids[0]!.persoonId, slachtoffers: ids.slice(1, 1 + n).map((p) => p.persoonId), kinderen: ids.slice(1 + n).map((p) => p.persoonId) };
      },
      now,
    );
    const zaak = (await zaakViews(tx, [(await findZaakRij(tx, result.zaakId))!], now))[0]!;
    await appendAudit(
      tx,
      { gebruikerId: null, organisatieId: client.organisatie.id, rollen: ['koppeling'], requestId },
      {
        actie: result.created ? 'aanmaken' : 'lezen',
        objectType: 'zsm-zaak',
        objectId: result.zaakId,
        uitkomst: 'gelukt',
        doel: 'intake',
        details: result.created
          ? { machineClientId: client.id, casusId: result.casusId, meldingId: result.meldingId, nieuweCasus: result.nieuweCasus, personen: personen.length }
          : { machineClientId: client.id, herhaaldeLevering: true },
      },
    );
    return { zaak, created: result.created };
  });
}
