import type { Database } from '../../platform/db/database';
import { problems } from '../../platform/http/problem';
import { appendAudit } from '../../audit/audit-log';
import { auditActor, type AccessContext } from '../../identity/access-context';
import { requirePermission } from '../../identity/access-policy';
import { requireKnownPersons } from '../../persons/person-references';
import type { ZsmZaak, ZsmZaakInvoer } from './schemas';
import { checkAangehoudenOp, registerZsmZaak, zsmFeitenUit } from './register-zsm-zaak';
import { findZaakRij } from './zsm-zaken.storage';
import { zaakViews } from './zaak-view';

/**
 * A police worker registers an arrest for ZSM at the screen, naming persons already found or registered through the
 * person search (search before create happens there). Only the police take a suspect into ZSM.
 */
export async function createZsmZaak(db: Database, ctx: AccessContext, input: ZsmZaakInvoer): Promise<ZsmZaak> {
  requirePermission(ctx, 'casussen.werken');
  if (ctx.organisatie.soort !== 'politie') throw problems.forbidden('Alleen de politie brengt een aangehouden verdachte in op ZSM.');
  const now = new Date();
  checkAangehoudenOp(new Date(input.aangehoudenOp), now);
  return db.transaction(async (tx) => {
    await requireKnownPersons(tx, [
      { persoonId: input.verdachte.persoonId, field: 'verdachte.persoonId' },
      ...input.slachtoffers.map((p, i) => ({ persoonId: p.persoonId, field: `slachtoffers[${i}].persoonId` })),
      ...input.kinderen.map((p, i) => ({ persoonId: p.persoonId, field: `kinderen[${i}].persoonId` })),
    ]);
    const result = await registerZsmZaak(
      tx,
      { gebruikerId: ctx.gebruiker.id, organisatie: ctx.organisatie, machineClientId: null },
      zsmFeitenUit(input, null),
      async () => ({
        verdachte: input.verdachte.persoonId,
        slachtoffers: input.slachtoffers.map((p) => p.persoonId),
        kinderen: input.kinderen.map((p) => p.persoonId),
      }),
      now,
    );
    const zaak = (await zaakViews(tx, [(await findZaakRij(tx, result.zaakId))!], now))[0]!;
    await appendAudit(tx, auditActor(ctx), {
      actie: 'aanmaken',
      objectType: 'zsm-zaak',
      objectId: result.zaakId,
      uitkomst: 'gelukt',
      doel: 'casusbehandeling',
      details: {
        casusId: result.casusId,
        meldingId: result.meldingId,
        nieuweCasus: result.nieuweCasus,
        slachtoffers: input.slachtoffers.length,
        kinderen: input.kinderen.length,
      },
    });
    return zaak;
  });
}
