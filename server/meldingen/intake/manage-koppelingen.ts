import { randomBytes } from 'node:crypto';
import type { Database } from '../../platform/db/database';
import { problems } from '../../platform/http/problem';
import { appendAudit } from '../../audit/audit-log';
import { auditActor, type AccessContext } from '../../identity/access-context';
import { requirePermission } from '../../identity/access-policy';
import { hashMachineSecret, machineClientChanged } from '../../identity/machine-auth';
import type { Koppeling, KoppelingAanmaken, NieuweKoppeling } from '../schemas';
import { insertMachineClient, listMachineClients, revokeMachineClient } from './koppelingen.storage';

/** The functional administrator manages the machine credentials of the organisation's partner systems. */
export async function listKoppelingen(db: Database, ctx: AccessContext): Promise<Koppeling[]> {
  requirePermission(ctx, 'koppelingen.beheren');
  return listMachineClients(db, ctx.organisatie.id);
}

/** A new client: the secret (256 random bits) is returned this once; only its keyed hash is stored. */
export async function createKoppeling(db: Database, secretKey: Buffer, ctx: AccessContext, input: KoppelingAanmaken): Promise<NieuweKoppeling> {
  requirePermission(ctx, 'koppelingen.beheren');
  const clientId = `sl-${randomBytes(12).toString('hex')}`;
  const secret = randomBytes(32).toString('base64url');
  return db.transaction(async (tx) => {
    const koppeling = await insertMachineClient(tx, ctx.organisatie.id, input.naam, clientId, hashMachineSecret(secretKey, secret));
    await appendAudit(tx, auditActor(ctx), {
      actie: 'aanmaken',
      objectType: 'machine-client',
      objectId: koppeling.id,
      uitkomst: 'gelukt',
      doel: 'koppelingbeheer',
    });
    return { ...koppeling, secret };
  });
}

/** Revokes a client: its credentials stop working at once (cached verifications are evicted on commit). */
export async function revokeKoppeling(db: Database, ctx: AccessContext, id: string): Promise<Koppeling> {
  requirePermission(ctx, 'koppelingen.beheren');
  return db.transaction(async (tx) => {
    const koppeling = await revokeMachineClient(tx, ctx.organisatie.id, id);
    if (!koppeling) throw problems.notFound();
    await machineClientChanged(tx, id);
    await appendAudit(tx, auditActor(ctx), {
      actie: 'deactiveren',
      objectType: 'machine-client',
      objectId: id,
      uitkomst: 'gelukt',
      doel: 'koppelingbeheer',
    });
    return koppeling;
  });
}
