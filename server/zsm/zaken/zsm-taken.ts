/** The inbox tasks of a ZSM case that Z1 (intake, assignment) and Z2 (assessment, decision) share by key. */
export const ZSM_BEOORDELING_TAAK_SOORT = 'zsm-veiligheidsbeoordeling';

/**
 * The Veilig Thuis safety assessment of a case: one task per case, in the inbox of the VT organisation assigned to it
 * (moved along when another VT is assigned); completed when the assessment is recorded.
 */
export const veiligheidsbeoordelingTaakSleutel = (zaakId: string) => `zsm-veiligheidsbeoordeling:${zaakId}`;
