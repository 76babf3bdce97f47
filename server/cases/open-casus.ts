import type { Database, Queryable } from '../platform/db/database';
import { problems } from '../platform/http/problem';
import { appendAudit } from '../audit/audit-log';
import { auditActor, type AccessContext } from '../identity/access-context';
import { requirePermission } from '../identity/access-policy';
import { requireKnownPersons } from '../persons/person-references';
import { recordEvent } from '../timeline/timeline.storage';
import { findActiveGrondslag, insertParticipant } from '../sharing/deelnemers.storage';
import type { Casus, CasusInvoer } from './schemas';
import { requireCasusAccess } from './casus-access';
import { insertCasus, nextCasusNummer, readCasusDetail } from './casussen.storage';
import { actorOf, addPersons, ensureVeiligheidstaxatie, linkMeldingen, lockLinkableMeldingen, personsOfMeldingen } from './melding-link';

/**
 * Opens a casus in the caller's region with the caller's organisation as first participant (its purpose and legal
 * basis recorded), links the given meldingen with their persons, adds the given persons, and, for Veilig Thuis,
 * puts the safety assessment in its inbox. Every step is on the timeline.
 */
export async function openCasus(db: Database, ctx: AccessContext, input: CasusInvoer): Promise<Casus> {
  return db.transaction((tx) => openCasusIn(tx, ctx, input));
}

/** The same, inside a transaction the caller runs (a referral that opens its casus saves both or neither). */
export async function openCasusIn(tx: Queryable, ctx: AccessContext, input: CasusInvoer): Promise<Casus> {
  requirePermission(ctx, 'casussen.werken');
  const meldingIds = input.meldingIds ?? [];
  const meldingen = await lockLinkableMeldingen(tx, ctx, meldingIds.map((meldingId, i) => ({ meldingId, field: `meldingIds[${i}]` })));
  await requireKnownPersons(tx, input.personen.map((p, i) => ({ persoonId: p.persoonId, field: `personen[${i}].persoonId` })));
  const grondslag = await findActiveGrondslag(tx, input.grondslagId);
  if (!grondslag) throw problems.invalidField('grondslagId', 'kies een actieve grondslag uit het register', 'onbekende-grondslag');
  const uitMeldingen = await personsOfMeldingen(tx, meldingen.map((m) => m.id));
  const explicit = new Set(input.personen.map((p) => p.persoonId));
  const personen = [...input.personen, ...uitMeldingen.filter((p) => !explicit.has(p.persoonId))];
  if (personen.length === 0) {
    throw problems.invalidField('personen', 'voeg minimaal één persoon toe, of koppel een melding met personen', 'geen-personen');
  }

  const casusId = await insertCasus(tx, {
    nummer: await nextCasusNummer(tx),
    regioId: ctx.organisatie.regioId,
    organisatieId: ctx.organisatie.id,
    gebruikerId: ctx.gebruiker.id,
  });
  const deelnemerId = (await insertParticipant(tx, {
    casusId,
    organisatieId: ctx.organisatie.id,
    doel: input.doel,
    grondslagId: grondslag.id,
    contactpersoonId: null,
    toegevoegdDoorGebruikerId: ctx.gebruiker.id,
    toegevoegdDoorOrganisatieId: ctx.organisatie.id,
  }))!;
  await recordEvent(tx, casusId, actorOf(ctx), {
    soort: 'casus-geopend',
    gegevens: { regioId: ctx.organisatie.regioId, meldingId: meldingen[0]?.id ?? null },
  });
  await recordEvent(tx, casusId, actorOf(ctx), {
    soort: 'deelnemer-toegevoegd',
    gegevens: { deelnemerId, organisatieId: ctx.organisatie.id, grondslagCode: grondslag.code },
  });
  await linkMeldingen(tx, actorOf(ctx), casusId, meldingen);
  await addPersons(tx, actorOf(ctx), casusId, personen);
  await ensureVeiligheidstaxatie(tx, ctx, casusId);

  const casus = await readCasusDetail(tx, await requireCasusAccess(tx, ctx, casusId));
  await appendAudit(tx, auditActor(ctx), {
    actie: 'aanmaken',
    objectType: 'casus',
    objectId: casusId,
    uitkomst: 'gelukt',
    doel: 'casusbehandeling',
    details: { meldingIds: meldingen.map((m) => m.id), personen: personen.length, grondslagId: grondslag.id },
  });
  return casus;
}
