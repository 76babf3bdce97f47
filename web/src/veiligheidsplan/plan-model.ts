import type { Checkin, Interactie, PlanAfspraak, PlanInhoud, PlanInterventie, PlanInvoer, Veiligheidsplan } from '@schemas/veiligheidsplan';
import type { Fase } from '@schemas/interventies';
import { ApiError } from '../api/client';

/** What the form edits: the document and the regie organisation ('' until chosen). */
export interface PlanConcept {
  regieOrganisatieId: string;
  /** undefined: not touched, left out of the PUT so the server keeps the current person; null: none. */
  regieGebruikerId?: string | null;
  inhoud: PlanInhoud;
}

/** Who is working: the person choices offer the user themself (for their own organisation). */
export interface Ik {
  organisatieId: string | undefined;
  gebruikerId: string;
  naam: string;
}

export const nieuweId = (): string => crypto.randomUUID();

export function legeInhoud(): PlanInhoud {
  return {
    directeVeiligheid: { onveiligeSituaties: [], betrokkenen: '', kader: '', consequenties: '' },
    stabieleVeiligheid: { risicofactoren: [] },
    duurzameVeiligheid: { verwerking: '', afspraken: [], monitoring: '', evaluatieOp: null },
    interventies: [],
    afstemmingen: [],
  };
}

export function conceptVan(plan: Veiligheidsplan | null, eigenOrganisatieId: string | undefined): PlanConcept {
  if (!plan) return { regieOrganisatieId: eigenOrganisatieId ?? '', inhoud: legeInhoud() };
  return { regieOrganisatieId: plan.regie.organisatie?.id ?? '', inhoud: structuredClone(plan.inhoud) };
}

export const nieuweAfspraak = (eigenaarOrganisatieId: string): PlanAfspraak => ({
  id: nieuweId(),
  wat: '',
  eigenaarOrganisatieId,
  eigenaarGebruikerId: null,
  deadline: null,
});

export const nieuweInterventie = (fase: Fase, eigenaarOrganisatieId: string): PlanInterventie => ({
  id: nieuweId(),
  code: '',
  fase,
  eigenaarOrganisatieId,
  toelichting: '',
  vanaf: null,
  tot: null,
  deling: null,
});

/** The body of the PUT; an untouched regie person is left out, so the server keeps the current one. */
export const invoerVan = (concept: PlanConcept): PlanInvoer => ({
  regieOrganisatieId: concept.regieOrganisatieId,
  ...(concept.regieGebruikerId !== undefined ? { regieGebruikerId: concept.regieGebruikerId } : {}),
  inhoud: concept.inhoud,
});

/**
 * The people one may name for an organisation: the person named now (kept), and oneself when it is one's own
 * organisation. The platform has no list of another organisation's staff for case workers.
 */
export function persoonOpties(
  organisatieId: string,
  huidig: { id: string; naam: string | null } | null,
  ik: Ik,
  labels: { huidig: (naam: string | null) => string; zelf: (naam: string) => string },
): Array<{ value: string; label: string }> {
  const opties: Array<{ value: string; label: string }> = [];
  if (huidig && huidig.id !== ik.gebruikerId) opties.push({ value: huidig.id, label: labels.huidig(huidig.naam) });
  if (organisatieId !== '' && organisatieId === ik.organisatieId) opties.push({ value: ik.gebruikerId, label: labels.zelf(ik.naam) });
  return opties;
}

/** The crossing pairs nobody has resolved or aligned yet. */
export const openConflicten = (interacties: readonly Interactie[]) => interacties.filter((i) => i.soort === 'doorkruist' && !i.afgestemd);

/** The earliest planned check-in that has not been done. */
export function volgendeControle(checkins: readonly Checkin[]): string | null {
  const open = checkins.filter((c) => c.uitgevoerdOp === null).map((c) => c.geplandOp);
  return open.length === 0 ? null : open.sort()[0]!;
}

/** The DOM id of a field of a plan element (situation, condition, agreement, intervention…) or of the document. */
export const veldId = (elementId: string | null, veld: string): string => (elementId ? `vp-${elementId}-${veld}` : `vp-${veld}`);

/**
 * Maps a field the server names (e.g. `inhoud.directeVeiligheid.onveiligeSituaties[0].voorwaarden[1].monitoringOp`)
 * to the DOM id of the field in the form: walks the document that was sent to the nearest element with an id, so the
 * error stays with its element even when the user then adds or removes others.
 */
export function veldIdVoor(verzonden: PlanInvoer, naam: string): string {
  const pad = naam.replace(/^body\./, '');
  const delen = [...pad.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((d) => (d[2] !== undefined ? Number(d[2]) : d[1]!));
  let node: unknown = verzonden;
  let elementId: string | null = null;
  let rest: string[] = [];
  for (const deel of delen) {
    node = node !== null && typeof node === 'object' ? (node as Record<string | number, unknown>)[deel] : undefined;
    if (typeof deel === 'string') rest.push(deel);
    if (typeof deel === 'number' && node !== null && typeof node === 'object' && typeof (node as { id?: unknown }).id === 'string') {
      elementId = (node as { id: string }).id;
      rest = [];
    }
  }
  if (!elementId) rest = rest.filter((d) => d !== 'inhoud');
  return veldId(elementId, rest.join('-') || 'plan');
}

/** The server's field errors of a failed save, keyed by the DOM id of the field. */
export function veldFouten(error: unknown, verzonden: PlanInvoer | null): Record<string, string> {
  if (!(error instanceof ApiError) || !verzonden) return {};
  const fouten: Record<string, string> = {};
  for (const p of error.invalidParams) {
    const id = veldIdVoor(verzonden, p.name);
    fouten[id] ??= p.reason;
  }
  return fouten;
}
