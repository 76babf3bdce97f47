import type { Database } from '../platform/db/database';
import { problems } from '../platform/http/problem';
import { appendAudit } from '../audit/audit-log';
import { auditActor, type AccessContext } from '../identity/access-context';
import { requirePermission } from '../identity/access-policy';
import { requireKnownPersons } from '../persons/person-references';
import type { Melding, MeldingInvoer } from './schemas';
import { findByExternId, meldingViews } from './meldingen.storage';
import { checkMeldingTimes } from './rules/melding-validation';
import { registerMelding, type MeldingGegevens } from './register-melding';

/** The facts of a melding as stored, from either the screen's or a partner system's input. */
export function meldingGegevens(input: Omit<MeldingInvoer, 'personen' | 'externBerichtId'> & { externBerichtId?: string | undefined }, now: Date): MeldingGegevens {
  const gegevens: MeldingGegevens = {
    bron: input.bron,
    externBerichtId: input.externBerichtId ?? null,
    ontvangenOp: input.ontvangenOp ? new Date(input.ontvangenOp) : now,
    incidentOp: input.incidentOp ? new Date(input.incidentOp) : null,
    geweldsvormen: input.geweldsvormen,
    acuteOnveiligheid: input.acuteOnveiligheid,
    wapens: input.wapens,
    kinderenAanwezig: input.kinderenAanwezig,
    verdachteAangehouden: input.verdachteAangehouden,
    vermoedenStrafbareKindermishandeling: input.vermoedenStrafbareKindermishandeling,
    omschrijving: input.omschrijving,
  };
  const invalid = checkMeldingTimes(gegevens, now);
  if (invalid.length > 0) throw problems.badRequest(invalid.map((p) => `${p.name}: ${p.reason}`).join('; '), invalid);
  return gegevens;
}

/**
 * A person registers a melding for their own organisation, naming persons already known on the platform.
 * With an external message id the organisation used before, the existing melding is returned unchanged.
 */
export async function createMelding(db: Database, ctx: AccessContext, input: MeldingInvoer): Promise<{ melding: Melding; created: boolean }> {
  requirePermission(ctx, 'casussen.werken');
  const gegevens = meldingGegevens(input, new Date());
  return db.transaction(async (tx) => {
    await requireKnownPersons(tx, input.personen.map((p, i) => ({ persoonId: p.persoonId, field: `personen[${i}].persoonId` })));
    const result = await registerMelding(
      tx,
      { gebruikerId: ctx.gebruiker.id, organisatie: ctx.organisatie, machineClientId: null },
      gegevens,
      async () => input.personen,
    );
    const id = result.created ? result.id : (await findByExternId(tx, ctx.organisatie.id, input.externBerichtId!))!;
    await appendAudit(tx, auditActor(ctx), {
      actie: result.created ? 'aanmaken' : 'lezen',
      objectType: 'melding',
      objectId: id,
      uitkomst: 'gelukt',
      doel: 'casusbehandeling',
      details: result.created
        ? { personen: input.personen.length, herhalingVan: result.herhalingVan, samenvoegvoorstellen: result.voorstellen }
        : { herhaaldeLevering: true },
    });
    return { melding: (await meldingViews(tx, ctx.organisatie.id, [id]))[0]!, created: result.created };
  });
}
