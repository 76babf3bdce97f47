import { z } from 'zod';
import { afspraakSchema, beoordelingSchema } from '../afspraken/schemas';
import { scenarioSchema } from '../scenarios/schemas';

/**
 * The discussion of one agenda item in the three steps of seed 004 ("Bespreking"), and closing the item as discussed.
 * Shared with the web app: imports nothing but zod (and the sibling contracts).
 */

const tekst = (max: number) => z.string().trim().max(max, `maximaal ${max} tekens`);
const ref = z.object({ id: z.uuid(), naam: z.string() });

export const TEKST_MAX = 5000;

export const agendapuntStatusSchema = z.enum(['gepland', 'besproken', 'doorgeschoven']);
export type AgendapuntStatus = z.infer<typeof agendapuntStatusSchema>;

/** Every field that can be edited, flat; the names are the ones a missing field is reported by. */
const besprekingVelden = {
  // Stap 1
  grootsteZorg: tekst(TEKST_MAX).describe('Stap 1: wat is de grootste zorg over de onveiligheid als niets verandert?'),
  directeVeiligheid: tekst(TEKST_MAX).describe('Stap 1: wat is er al aan directe veiligheid (welke afspraken, door wie)?'),
  gevaren: tekst(TEKST_MAX).describe('Stap 1: gevaren, zoals maatschappelijke onrust, veiligheid medewerkers, vuurwapenbezit'),
  complicerendeFactoren: tekst(TEKST_MAX).describe('Stap 1: factoren die de onveilige situatie in stand houden'),
  // Stap 2 (de interventies zelf zijn afspraken, de scenario’s apart)
  samenhang: tekst(TEKST_MAX).describe('Stap 2: hoe de handelingen van de partners elkaar raken, verstevigen of doorkruisen'),
  // Stap 3
  regieOrganisatieId: z.uuid('geen geldige id').nullable().describe('Stap 3: wie regie heeft op veiligheid; een organisatie die aan de casus deelneemt'),
  regieGebruikerId: z.uuid('geen geldige id').nullable().describe('Stap 3: de regisseur; werkt bij de regie-organisatie'),
  regieToelichting: tekst(TEKST_MAX).describe('Stap 3: hoe stemmen de partners af en informeren zij elkaar'),
  monitoring: tekst(TEKST_MAX).describe('Stap 3: monitoring — wie, wanneer, wat'),
  informatieBetrokkenen: tekst(TEKST_MAX).describe('Stap 3: welke informatie gaat naar de directbetrokkenen, wanneer en door wie'),
  teInformerenPartijen: tekst(TEKST_MAX).describe('Stap 3: welke partijen moeten worden geïnformeerd'),
};

export const besprekingWijzigenSchema = z
  .object(besprekingVelden)
  .partial()
  .refine((v) => Object.values(v).some((x) => x !== undefined), 'geef minimaal één veld om te wijzigen');
export type BesprekingWijzigen = z.infer<typeof besprekingWijzigenSchema>;

export const openstaandeAfspraakSchema = z.object({
  afspraak: afspraakSchema,
  beoordeling: beoordelingSchema.nullable().describe('De beoordeling in dit overleg; null: nog te beoordelen'),
});

export const ontbrekendSchema = z.object({
  veld: z.string().describe('Het veld dat ontbreekt, bijvoorbeeld grootsteZorg, regieOrganisatieId of openstaandeAfspraken.<id>.beoordeling'),
  reden: z.string(),
});
export type Ontbrekend = z.infer<typeof ontbrekendSchema>;

export const besprekingSchema = z.object({
  agendapuntId: z.uuid(),
  overlegId: z.uuid(),
  overlegStatus: z.enum(['gepland', 'gestart', 'afgerond', 'geannuleerd']),
  casus: z.object({ id: z.uuid(), nummer: z.string() }),
  aanmeldingId: z.uuid().nullable(),
  soort: z.enum(['aanmelding', 'vervolg']),
  status: agendapuntStatusSchema,
  besprokenOp: z.string().nullable(),
  magVastleggen: z.boolean().describe('De voorzitter en vaste leden leggen de bespreking vast (als het overleg is gestart)'),
  stap1: z.object({
    grootsteZorg: z.string(),
    directeVeiligheid: z.string(),
    gevaren: z.string(),
    complicerendeFactoren: z.string(),
  }),
  stap2: z.object({
    samenhang: z.string(),
    interventies: z.array(afspraakSchema).describe('De afspraken van soort interventie bij dit agendapunt'),
    scenarios: z.array(scenarioSchema).describe('De scenario’s vastgelegd bij dit agendapunt'),
  }),
  stap3: z.object({
    regie: z.object({ organisatie: ref.nullable(), gebruiker: ref.nullable(), toelichting: z.string() }),
    monitoring: z.string(),
    informatieBetrokkenen: z.string(),
    teInformerenPartijen: z.string(),
    afspraken: z.array(afspraakSchema).describe('De afspraken van soort monitoring en informeren-betrokkenen bij dit agendapunt'),
  }),
  overigeAfspraken: z.array(afspraakSchema).describe('Afspraken van soort overig bij dit agendapunt'),
  openstaandeAfspraken: z
    .array(openstaandeAfspraakSchema)
    .describe('Niet afgeronde afspraken uit eerdere overleggen over deze casus; elk wordt eerst beoordeeld'),
  ontbreektVoorAfronden: z.array(ontbrekendSchema).describe('Wat nog ontbreekt voordat het agendapunt besproken kan worden gemarkeerd'),
  versie: z.number().int(),
});
export type Bespreking = z.infer<typeof besprekingSchema>;
