/** The inbox tasks of a ZSM case that Z1 (intake, assignment) and Z2 (assessment, decision) share by key. */
export const ZSM_BEOORDELING_TAAK_SOORT = 'zsm-veiligheidsbeoordeling';

/**
 * The Veilig Thuis safety assessment of a case: one task per case, in the inbox of the VT organisation assigned to it
 * (moved along when another VT is assigned); completed when the assessment is recorded.
 */
export const veiligheidsbeoordelingTaakSleutel = (zaakId: string) => `zsm-veiligheidsbeoordeling:${zaakId}`;

/**
 * Children in the household or a minor suspect: the Raad voor de Kinderbescherming of the region is asked for its
 * involvement before the decision (one task per case and Raad); recording 'rvdk-betrokkenheid' completes it.
 */
export const RVDK_TAAK_SOORT = 'zsm-advies';
export const rvdkBetrokkenheidTaakSleutel = (zaakId: string, organisatieId: string) => `zsm-rvdk-betrokkenheid:${zaakId}:${organisatieId}`;
