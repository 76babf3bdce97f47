import type { FastifyReply } from 'fastify';
import { problems } from './problem';

/**
 * Optimistic concurrency over HTTP: reads send the version as ETag, writes must send it back as If-Match.
 * A missing header is 428, a stale one 409 with the current version; nobody silently overwrites someone else's change.
 */
export function setVersionTag(reply: FastifyReply, versie: number): void {
  reply.header('etag', `"${versie}"`);
}

export function requiredVersion(ifMatch: string | string[] | undefined): number {
  if (ifMatch === undefined) throw problems.preconditionRequired();
  const value = (Array.isArray(ifMatch) ? ifMatch[0] : ifMatch)?.trim().replace(/^W\//, '').replace(/^"(.*)"$/, '$1');
  if (!value || !/^\d{1,9}$/.test(value)) {
    throw problems.invalidField('If-Match', 'verwacht de ETag van de versie die u wijzigt, bijvoorbeeld "3"', 'ongeldige-versie');
  }
  return Number(value);
}
