import type { Database, Queryable } from '../platform/db/database';
import { problems } from '../platform/http/problem';
import { appendAudit } from '../audit/audit-log';
import { auditActor, type AccessContext } from '../identity/access-context';
import { requirePermission } from '../identity/access-policy';
import { recordEvent } from '../timeline/timeline.storage';
import { moveTasksOfMelding } from '../tasks/tasks.storage';
import type { Samenvoegvoorstel } from './schemas';
import {
  casusJoinedByMerge,
  findDecidableProposal,
  leaveCasus,
  listProposals,
  lockMeldingen,
  setMergedInto,
  setProposalStatus,
  type SamenvoegingRij,
} from './samenvoegingen.storage';

/**
 * Deciding on a double-intake proposal: merge, reject, or undo a merge. Each runs in one transaction holding row
 * locks on the proposal and both meldingen, so two people deciding at once cannot corrupt the pair: the second
 * gets 409. Only an organisation that sees both meldingen may decide; for anyone else the proposal does not exist.
 */
export type Besluit = 'samenvoegen' | 'afwijzen' | 'ongedaan-maken';

export async function decideMerge(db: Database, ctx: AccessContext, samenvoegingId: string, besluit: Besluit): Promise<Samenvoegvoorstel> {
  requirePermission(ctx, 'casussen.werken');
  return db.transaction(async (tx) => {
    const voorstel = await findDecidableProposal(tx, ctx.organisatie.id, samenvoegingId, true);
    if (!voorstel) throw problems.notFound();
    if (besluit === 'samenvoegen') await merge(tx, ctx, voorstel);
    else if (besluit === 'afwijzen') await reject(tx, ctx, voorstel);
    else await undo(tx, ctx, voorstel);
    await appendAudit(tx, auditActor(ctx), {
      actie: besluit === 'samenvoegen' ? 'samenvoegen' : besluit === 'afwijzen' ? 'wijzigen' : 'samenvoegen-ongedaan',
      objectType: 'melding',
      objectId: voorstel.secundaireMeldingId,
      uitkomst: 'gelukt',
      doel: 'casusbehandeling',
      details: { samenvoegingId: voorstel.id, primaireMeldingId: voorstel.primaireMeldingId, besluit },
    });
    return (await listProposals(tx, ctx.organisatie.id, { id: voorstel.id }))[0]!;
  });
}

async function merge(tx: Queryable, ctx: AccessContext, v: SamenvoegingRij): Promise<void> {
  if (v.status !== 'voorgesteld' && v.status !== 'ongedaan') {
    throw problems.conflict(`Dit voorstel is al ${v.status}.`, 'samenvoeging-al-besloten');
  }
  const meldingen = await lockMeldingen(tx, [v.primaireMeldingId, v.secundaireMeldingId]);
  const primair = meldingen.get(v.primaireMeldingId)!;
  const secundair = meldingen.get(v.secundaireMeldingId)!;
  if (primair.samengevoegdInId || secundair.samengevoegdInId) {
    throw problems.conflict('Een van beide meldingen is al in een andere melding samengevoegd.', 'melding-al-samengevoegd');
  }
  // The secondary joins the primary's casus when it has none of its own.
  const joinsCasus = !secundair.casusId && primair.casusId ? primair.casusId : undefined;
  await setMergedInto(tx, secundair.id, primair.id, joinsCasus);
  if (joinsCasus) await moveTasksOfMelding(tx, secundair.id, null, joinsCasus);
  await setProposalStatus(tx, v.id, 'samengevoegd', ctx.gebruiker.id, joinsCasus ?? null);
  for (const casusId of casussenOf(primair.casusId, secundair.casusId ?? joinsCasus ?? null)) {
    await recordEvent(
      tx,
      casusId,
      { gebruikerId: ctx.gebruiker.id, organisatieId: ctx.organisatie.id },
      { soort: 'melding-samengevoegd', gegevens: { samenvoegingId: v.id, primaireMeldingId: primair.id, secundaireMeldingId: secundair.id } },
    );
  }
}

async function reject(tx: Queryable, ctx: AccessContext, v: SamenvoegingRij): Promise<void> {
  if (v.status !== 'voorgesteld') throw problems.conflict(`Dit voorstel is al ${v.status}.`, 'samenvoeging-al-besloten');
  await setProposalStatus(tx, v.id, 'afgewezen', ctx.gebruiker.id);
}

async function undo(tx: Queryable, ctx: AccessContext, v: SamenvoegingRij): Promise<void> {
  if (v.status !== 'samengevoegd') throw problems.conflict('Alleen een samenvoeging kan ongedaan worden gemaakt.', 'niet-samengevoegd');
  const meldingen = await lockMeldingen(tx, [v.primaireMeldingId, v.secundaireMeldingId]);
  const primair = meldingen.get(v.primaireMeldingId)!;
  const secundair = meldingen.get(v.secundaireMeldingId)!;
  await setMergedInto(tx, secundair.id, null);
  // What the merge changed is undone: a melding it brought into the primary's casus leaves it again.
  const joined = await casusJoinedByMerge(tx, v.id);
  if (joined) await leaveCasus(tx, secundair.id, joined);
  await setProposalStatus(tx, v.id, 'ongedaan', ctx.gebruiker.id);
  for (const casusId of casussenOf(primair.casusId, secundair.casusId)) {
    await recordEvent(
      tx,
      casusId,
      { gebruikerId: ctx.gebruiker.id, organisatieId: ctx.organisatie.id },
      { soort: 'samenvoegen-ongedaan', gegevens: { samenvoegingId: v.id, primaireMeldingId: primair.id, secundaireMeldingId: secundair.id } },
    );
  }
}

function casussenOf(...ids: (string | null)[]): string[] {
  return [...new Set(ids.filter((id): id is string => id !== null))];
}
