import { leegFormulier, type AanmeldingFormulier } from './schemas';

/** The form fields given in a request laid over a base form (the empty form, or the draft as saved). */
export function mergeFormulier(base: AanmeldingFormulier, invoer: Partial<AanmeldingFormulier>): AanmeldingFormulier {
  const result: Record<string, unknown> = { ...base };
  for (const key of Object.keys(leegFormulier)) {
    const value = (invoer as Record<string, unknown>)[key];
    if (value !== undefined) result[key] = value;
  }
  return result as AanmeldingFormulier;
}

/** The names of the fields whose value differs: for the audit entry (field names only, never content). */
export function changedFields(before: AanmeldingFormulier, after: AanmeldingFormulier): string[] {
  return Object.keys(leegFormulier).filter(
    (key) => JSON.stringify((before as Record<string, unknown>)[key]) !== JSON.stringify((after as Record<string, unknown>)[key]),
  );
}
