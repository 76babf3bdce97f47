import { z } from 'zod';

/** Shared with the web app: imports nothing but zod. */
export const organisatieSoorten = [
  'veilig-thuis',
  'politie',
  'openbaar-ministerie',
  'raad-voor-de-kinderbescherming',
  'reclassering',
  'crisis-interventie-team',
  'gemeente',
  'slachtofferhulp',
  'halt',
  'medisch-expert',
] as const;

export const organisatieSoortSchema = z.enum(organisatieSoorten).describe('Soort ketenpartner');
export type OrganisatieSoort = z.infer<typeof organisatieSoortSchema>;

export const regioSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  naam: z.string(),
});
export type Regio = z.infer<typeof regioSchema>;

export const organisatieSchema = z.object({
  id: z.uuid(),
  naam: z.string(),
  soort: organisatieSoortSchema,
  regio: regioSchema,
  actief: z.boolean(),
});
export type Organisatie = z.infer<typeof organisatieSchema>;

export const organisatieLijstSchema = z.object({ organisaties: z.array(organisatieSchema) });
export const regioLijstSchema = z.object({ regios: z.array(regioSchema) });
