/**
 * Need-to-know, as one pure rule over plain data: an information item (or a timeline event) is visible to its
 * source organisation, and to every participant when it names nobody, otherwise only to the organisations it names.
 * Callers have already checked that the viewer's organisation takes part in the casus.
 */
export interface Zichtbaarheid {
  bronOrganisatieId: string | null;
  /** null: all participants; otherwise only these organisations (and the source). */
  zichtbaarVoor: readonly string[] | null;
}

export function isVisibleTo(item: Zichtbaarheid, viewerOrganisatieId: string): boolean {
  if (item.bronOrganisatieId === viewerOrganisatieId) return true;
  if (item.zichtbaarVoor === null) return true;
  return item.zichtbaarVoor.includes(viewerOrganisatieId);
}

/** The SQL twin of isVisibleTo, for list queries: the same three cases. */
export function visibleToSql(bronColumn: string, zichtbaarVoorColumn: string, organisatieParam: string): string {
  return `(${zichtbaarVoorColumn} is null or ${organisatieParam} = any (${zichtbaarVoorColumn}) or ${bronColumn} = ${organisatieParam})`;
}

/**
 * The visibility to store with a shared item's timeline event: the item's own audience plus the source,
 * or null (everyone taking part) when the item is for all participants.
 */
export function eventAudience(bronOrganisatieId: string, zichtbaarVoor: readonly string[] | null | undefined): string[] | null {
  if (!zichtbaarVoor) return null;
  return [...new Set([bronOrganisatieId, ...zichtbaarVoor])];
}

/**
 * Strictly confidential information is never for "everyone taking part": whoever shares it names the
 * organisations that need it. Returns the reason when the combination is not allowed.
 */
export function visibilityProblem(vertrouwelijkheid: string, zichtbaarVoor: readonly string[] | null | undefined): string | null {
  if (vertrouwelijkheid === 'strikt-vertrouwelijk' && !zichtbaarVoor) {
    return 'strikt vertrouwelijke informatie deelt u alleen met de organisaties die haar nodig hebben: noem die';
  }
  return null;
}
