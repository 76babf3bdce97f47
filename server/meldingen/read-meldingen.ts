import type { Database } from '../platform/db/database';
import { problems } from '../platform/http/problem';
import { appendAudit } from '../audit/audit-log';
import { auditActor, type AccessContext } from '../identity/access-context';
import { requirePermission } from '../identity/access-policy';
import type { Melding, MeldingenQuery, MeldingLijst, Samenvoegvoorstel } from './schemas';
import { isMeldingVisible, listOwnMeldingIds, meldingViews } from './meldingen.storage';
import { listProposals } from './samenvoegingen.storage';

/** One melding, when the caller's organisation took it in or takes part in its casus; otherwise 404. */
export async function readMelding(db: Database, ctx: AccessContext, id: string): Promise<Melding> {
  requirePermission(ctx, 'casussen.werken');
  return db.transaction(async (tx) => {
    if (!(await isMeldingVisible(tx, ctx.organisatie.id, id))) throw problems.notFound();
    const melding = (await meldingViews(tx, ctx.organisatie.id, [id]))[0]!;
    await appendAudit(tx, auditActor(ctx), { actie: 'lezen', objectType: 'melding', objectId: id, uitkomst: 'gelukt', doel: 'casusbehandeling' });
    return melding;
  });
}

/** The organisation's own meldingen, newest first. */
export async function listMeldingen(db: Database, ctx: AccessContext, query: MeldingenQuery): Promise<MeldingLijst> {
  requirePermission(ctx, 'casussen.werken');
  const na = query.cursor ? decodeCursor(query.cursor) : null;
  return db.transaction(async (tx) => {
    const page = await listOwnMeldingIds(tx, ctx.organisatie.id, {
      zonderCasus: query.zonderCasus === 'true',
      bron: query.bron ?? null,
      limit: query.limit,
      na,
    });
    const meldingen = await meldingViews(tx, ctx.organisatie.id, page.ids);
    await appendAudit(tx, auditActor(ctx), {
      actie: 'lezen',
      objectType: 'melding',
      objectId: null,
      uitkomst: 'gelukt',
      doel: 'casusbehandeling',
      details: { aantal: meldingen.length, meldingIds: page.ids },
    });
    return { meldingen, volgende: page.volgende ? encodeCursor(page.volgende) : null };
  });
}

/** The merge proposals about a melding that the caller's organisation can decide on. */
export async function listMergeProposals(db: Database, ctx: AccessContext, meldingId: string): Promise<Samenvoegvoorstel[]> {
  requirePermission(ctx, 'casussen.werken');
  return db.transaction(async (tx) => {
    if (!(await isMeldingVisible(tx, ctx.organisatie.id, meldingId))) throw problems.notFound();
    const voorstellen = await listProposals(tx, ctx.organisatie.id, { meldingId });
    await appendAudit(tx, auditActor(ctx), {
      actie: 'lezen',
      objectType: 'melding',
      objectId: meldingId,
      uitkomst: 'gelukt',
      doel: 'casusbehandeling',
      details: { samenvoegvoorstellen: voorstellen.length },
    });
    return voorstellen;
  });
}

function encodeCursor(c: { ontvangenOp: Date; id: string }): string {
  return Buffer.from(`${c.ontvangenOp.toISOString()}|${c.id}`).toString('base64url');
}

function decodeCursor(cursor: string): { ontvangenOp: Date; id: string } {
  const [at, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const ontvangenOp = new Date(at ?? '');
  if (!id || !/^[0-9a-f-]{36}$/i.test(id) || Number.isNaN(ontvangenOp.getTime())) {
    throw problems.invalidField('cursor', 'onbekende cursor; gebruik de waarde van volgende uit de vorige pagina');
  }
  return { ontvangenOp, id };
}
