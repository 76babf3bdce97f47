import { problems } from '../platform/http/problem';
import type { AccessContext } from './access-context';
import type { Rol } from './schemas';

/**
 * The one place that says which role may do what. Use cases ask `requirePermission`; objects outside the
 * caller's organisation are not found by the scoped queries at all (404), so their existence never leaks.
 */
export const permissionRoles = {
  'gebruikers.beheren': ['functioneel-beheerder'],
  'audit-log.inzien': ['functioneel-beheerder'],
  /** Case work: persons, meldingen, casussen, bevragingen, tasks. Never the analyst (aggregates only). */
  'casussen.werken': ['medewerker', 'voorzitter-actieoverleg', 'officier-van-justitie'],
  'grondslagen.beheren': ['functioneel-beheerder'],
  'koppelingen.beheren': ['functioneel-beheerder'],
  /** The Actieoverleg chair's pre-consult and overview, for the referrals of the chair's region. */
  'actieoverleg.voorzitten': ['voorzitter-actieoverleg'],
  /** A Veilig Thuis organisation's own availability at ZSM (at the table, by phone, on-call), kept by its administrator. */
  'zsm.bereikbaarheid.beheren': ['functioneel-beheerder'],
  /** The region's checklist for the ZSM afdoeningsoverleg (the use case also asks for an OM or police organisation). */
  'zsm-checklist.beheren': ['functioneel-beheerder'],
  /** An organisation's contact persons for child abuse (bureaudienst, fixed contact persons), kept by its administrator. */
  'kindermishandeling.contactpersonen.beheren': ['functioneel-beheerder'],
  /** The intervention catalogue of the safety plan (add, change, switch off). */
  'interventies.beheren': ['functioneel-beheerder'],
  /** The indicator dashboards and the regional report: aggregates with small numbers suppressed, never a person. */
  'indicatoren.inzien': ['analist', 'rnzs-lid', 'voorzitter-actieoverleg'],
  /** A partner's periodic evaluation of an improvement action (the practitioners and the network). */
  'evaluaties.invullen': ['medewerker', 'voorzitter-actieoverleg', 'officier-van-justitie', 'rnzs-lid'],
  /** Registered effort per improvement action (trainings, agreements, project leaders, hours). */
  'inspanningen.registreren': ['rnzs-lid', 'functioneel-beheerder'],
  /** The regional network's work: themes, work plan, meetings, learning and doubt cases, the report's own text. */
  'netwerk.werken': ['rnzs-lid'],
  /** Who is a member of the regional network, and its chair. */
  'netwerk.beheren': ['functioneel-beheerder'],
} as const satisfies Record<string, readonly Rol[]>;

export type Permission = keyof typeof permissionRoles;

export function can(ctx: Pick<AccessContext, 'rollen'>, permission: Permission): boolean {
  const allowed: readonly Rol[] = permissionRoles[permission];
  return ctx.rollen.some((rol) => allowed.includes(rol));
}

export function requirePermission(ctx: Pick<AccessContext, 'rollen'>, permission: Permission): void {
  if (!can(ctx, permission)) throw problems.forbidden();
}
