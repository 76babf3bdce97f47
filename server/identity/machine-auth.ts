import { createHash, timingSafeEqual } from 'node:crypto';
import { EventEmitter } from 'node:events';
import type { FastifyRequest } from 'fastify';
import type { Database, Queryable } from '../platform/db/database';
import { problems } from '../platform/http/problem';
import { keyedHash } from '../platform/secret-box';
import type { OrganisatieSoort } from '../organisations/schemas';

/**
 * Machine credentials of partner systems (CORV, meldkamer, ZSM systems) for routes declared
 * `config.access: 'koppeling'`: HTTP Basic with the client id as user name and the secret as password, over TLS.
 * Secrets are 256-bit random values, so a keyed SHA-256 (HMAC under SECRET_KEY) is stored, not a slow password hash;
 * verified credentials are kept in memory for a few seconds, and a revoked client is evicted at once (in this
 * process after the commit, in other instances through NOTIFY).
 */
declare module 'fastify' {
  interface FastifyRequest {
    machineClient: MachineClient | null;
  }
}

export interface MachineClient {
  id: string;
  clientId: string;
  organisatie: { id: string; naam: string; soort: OrganisatieSoort; regioId: string };
}

export const MACHINE_CLIENT_CHANNEL = 'samenloop_koppelingen';
const local = new EventEmitter().setMaxListeners(0);

/** Announces, inside the transaction that revokes a client, that cached credentials of it must go. */
export async function machineClientChanged(tx: Queryable, machineClientId: string): Promise<void> {
  await tx.query('select pg_notify($1, $2)', [MACHINE_CLIENT_CHANNEL, machineClientId]);
  tx.afterCommit(() => local.emit('changed', machineClientId));
}

export function hashMachineSecret(secretKey: Buffer, secret: string): string {
  return keyedHash(secretKey, `koppeling:${secret}`);
}

const unauthorized = () =>
  problems.unauthorized('Stuur de gegevens van de koppeling als HTTP Basic: client-id als gebruikersnaam, geheim als wachtwoord.', 'koppeling-ongeldig');

export class MachineAuth {
  private readonly verified = new Map<string, { client: MachineClient; storedAt: number }>();
  private generation = 0;
  private stopListening: (() => Promise<void>) | undefined;
  private readonly onLocal = (id: string) => this.evict(id);

  constructor(
    private readonly db: Database,
    private readonly secretKey: Buffer,
    private readonly ttlMs = 5_000,
    private readonly maxEntries = 10_000,
  ) {}

  async attach(): Promise<void> {
    local.on('changed', this.onLocal);
    this.stopListening = await this.db.listen(MACHINE_CLIENT_CHANNEL, this.onLocal, () => this.clear());
  }

  async detach(): Promise<void> {
    local.off('changed', this.onLocal);
    await this.stopListening?.();
    this.clear();
  }

  /** Sets request.machineClient from the Authorization header, or throws 401. Sync on a cache hit. */
  authenticate(request: FastifyRequest): Promise<void> | void {
    const header = request.headers.authorization;
    if (typeof header !== 'string' || !header.startsWith('Basic ') || header.length > 512) throw unauthorized();
    // The cache key is a hash of the whole header: the secret itself is never kept in memory.
    const key = createHash('sha256').update(header).digest('base64');
    const hit = this.verified.get(key);
    if (hit && Date.now() - hit.storedAt <= this.ttlMs) {
      request.machineClient = hit.client;
      return;
    }
    const decoded = Buffer.from(header.slice(6).trim(), 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon <= 0) throw unauthorized();
    const clientId = decoded.slice(0, colon);
    const secret = decoded.slice(colon + 1);
    const generation = this.generation;
    return this.load(clientId).then(async (row) => {
      if (!row || !sameHash(row.secret_hash, hashMachineSecret(this.secretKey, secret))) throw unauthorized();
      await this.db.query('update machine_clients set last_used_at = now() where id = $1', [row.id]);
      const client: MachineClient = {
        id: row.id,
        clientId,
        organisatie: { id: row.organisatie_id, naam: row.organisatie_naam, soort: row.organisatie_soort, regioId: row.regio_id },
      };
      if (generation === this.generation) {
        if (this.verified.size >= this.maxEntries) this.verified.delete(this.verified.keys().next().value as string);
        this.verified.set(key, { client, storedAt: Date.now() });
      }
      request.machineClient = client;
    });
  }

  private async load(clientId: string) {
    const { rows } = await this.db.query<{
      id: string;
      secret_hash: string;
      organisatie_id: string;
      organisatie_naam: string;
      organisatie_soort: OrganisatieSoort;
      regio_id: string;
    }>(
      `select mc.id, mc.secret_hash, o.id as organisatie_id, o.naam as organisatie_naam, o.soort as organisatie_soort, o.regio_id
         from machine_clients mc join organisaties o on o.id = mc.organisatie_id
        where mc.client_id = $1 and mc.actief and o.actief`,
      [clientId],
    );
    return rows[0];
  }

  private evict(machineClientId: string): void {
    this.generation++;
    for (const [key, entry] of this.verified) if (entry.client.id === machineClientId) this.verified.delete(key);
  }

  private clear(): void {
    this.generation++;
    this.verified.clear();
  }
}

function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** The partner system calling a route declared 'koppeling' (the hook guarantees it is there). */
export function currentMachineClient(request: FastifyRequest): MachineClient {
  if (!request.machineClient) throw unauthorized();
  return request.machineClient;
}
