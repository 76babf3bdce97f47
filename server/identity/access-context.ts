import type { AuditActor } from '../audit/audit-events';
import type { OrganisatieSoort } from '../organisations/schemas';
import type { Rol } from './schemas';

/**
 * Who is asking, for which organisation, in which roles: built once per request from the session,
 * and the only way storage and use cases learn about the caller. Every data access is scoped through it.
 */
export interface AccessContext {
  requestId: string;
  sessieId: string;
  gebruiker: { id: string; gebruikersnaam: string; naam: string };
  organisatie: { id: string; naam: string; soort: OrganisatieSoort; regioId: string };
  rollen: Rol[];
}

export function auditActor(ctx: AccessContext): AuditActor {
  return { gebruikerId: ctx.gebruiker.id, organisatieId: ctx.organisatie.id, rollen: ctx.rollen, requestId: ctx.requestId };
}
