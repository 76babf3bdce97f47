import type { Database } from '../../platform/db/database';
import { appendAudit } from '../../audit/audit-log';
import type { MachineClient } from '../../identity/machine-auth';
import type { IntakeMelding, Melding } from '../schemas';
import { findByExternId, meldingViews } from '../meldingen.storage';
import { meldingGegevens } from '../create-melding';
import { registerMelding } from '../register-melding';
import { normaliseIntakeBsns, resolveIntakePersons } from './resolve-persons';

/**
 * A partner system delivers a melding. Idempotent on (organisation, externBerichtId): a repeated delivery, also a
 * concurrent one, changes nothing and answers with the existing melding. One transaction, a handful of queries.
 */
export async function intakeMelding(
  db: Database,
  secretKey: Buffer,
  client: MachineClient,
  requestId: string,
  input: IntakeMelding,
): Promise<{ melding: Melding; created: boolean }> {
  const gegevens = meldingGegevens(input, new Date());
  const bsns = normaliseIntakeBsns(input.personen);
  const organisatieId = client.organisatie.id;
  return db.transaction(async (tx) => {
    // The insert decides whether the delivery is new (ON CONFLICT on the unique index, waiting for a concurrent one).
    const result = await registerMelding(tx, { gebruikerId: null, organisatie: client.organisatie, machineClientId: client.id }, gegevens, () =>
      resolveIntakePersons(tx, secretKey, organisatieId, input.personen, bsns),
    );
    const created = result.created;
    const id = created ? result.id : (await findByExternId(tx, organisatieId, input.externBerichtId))!;
    await appendAudit(
      tx,
      { gebruikerId: null, organisatieId, rollen: ['koppeling'], requestId },
      {
        actie: created ? 'aanmaken' : 'lezen',
        objectType: 'melding',
        objectId: id,
        uitkomst: 'gelukt',
        doel: 'intake',
        details: created
          ? { machineClientId: client.id, personen: input.personen.length, herhalingVan: result.herhalingVan, samenvoegvoorstellen: result.voorstellen }
          : { machineClientId: client.id, herhaaldeLevering: true },
      },
    );
    return { melding: (await meldingViews(tx, organisatieId, [id]))[0]!, created };
  });
}
