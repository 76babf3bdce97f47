import { z } from 'zod';
import { faseSchema, interventieCodeSchema } from '../interventies/schemas';

/**
 * The safety plan (veiligheidsplan) of a casus along the ten steps of phased chain care (seed 004; seed 002):
 * direct safety (steps 1-5), stable safety through risk-led care (6-8), lasting safety through recovery (9-10).
 * One document per casus, saved whole as a new version each time. Every element has a stable id (the client makes it),
 * so monitoring check-ins, resolutions and need-to-know sharing can point at it across versions.
 * Shared with the web app (`@schemas/veiligheidsplan`): imports nothing but zod (and the zod-only catalogue schemas).
 */

const id = z.uuid('geen geldige id');
const datum = z.iso.date({ error: 'geen geldige datum (JJJJ-MM-DD)' });
const tekst = (max = 4000) => z.string().trim().max(max);
const verplicht = (wat: string, max = 4000) => z.string().trim().min(1, `${wat} is verplicht`).max(max);

/**
 * Need-to-know: null shares the element with every organisation taking part in the casus; a list limits it to those
 * organisations (and the regie holder's organisation). Whoever may not see an element cannot change or remove it.
 */
const deling = z.array(id).max(20).nullable().default(null).describe('null: alle deelnemers van de casus; anders alleen deze organisaties en de regiehouder');

export const planAfspraakSchema = z.object({
  id,
  wat: verplicht('wat'),
  eigenaarOrganisatieId: id,
  eigenaarGebruikerId: id.nullable().default(null),
  deadline: datum.nullable().default(null),
});
export type PlanAfspraak = z.infer<typeof planAfspraakSchema>;

/** Step 2: a safety condition; monitoring is part of it, so it always has a first check-in date. */
export const veiligheidsvoorwaardeSchema = z.object({
  id,
  omschrijving: verplicht('omschrijving'),
  monitoringOp: datum.describe('eerste controlemoment van deze voorwaarde (verplicht)'),
  /** The Actieoverleg scenario set off when this condition is broken (a scenario on the same casus). */
  scenarioId: id.nullable().default(null),
  /** Step 3: the concrete agreements that realise it. */
  afspraken: z.array(planAfspraakSchema).max(50).default([]),
});
export type Veiligheidsvoorwaarde = z.infer<typeof veiligheidsvoorwaardeSchema>;

/** Step 1: an unsafe situation or relationship, with what is needed to make it safe. */
export const onveiligeSituatieSchema = z.object({
  id,
  omschrijving: verplicht('omschrijving'),
  voorwaarden: z.array(veiligheidsvoorwaardeSchema).max(30).default([]),
  deling,
});
export type OnveiligeSituatie = z.infer<typeof onveiligeSituatieSchema>;

/** An intervention of one partner, from the catalogue (step 4 for direct safety, step 8 for stable safety). */
export const planInterventieSchema = z.object({
  id,
  code: interventieCodeSchema,
  fase: faseSchema,
  eigenaarOrganisatieId: id,
  toelichting: tekst(2000).default(''),
  vanaf: datum.nullable().default(null),
  tot: datum.nullable().default(null),
  deling,
});
export type PlanInterventie = z.infer<typeof planInterventieSchema>;

/** Steps 6-8: a risk factor with most impact, its goals, and the solutions agreed for them. */
export const risicofactorSchema = z.object({
  id,
  omschrijving: verplicht('omschrijving'),
  doelen: z
    .array(z.object({ id, omschrijving: verplicht('omschrijving'), afspraken: z.array(planAfspraakSchema).max(30).default([]) }))
    .max(20)
    .default([]),
  deling,
});
export type Risicofactor = z.infer<typeof risicofactorSchema>;

/** Two interventions that cross each other, knowingly kept and aligned between their owners. */
export const afstemmingSchema = z.object({
  regel: z.string().min(1).max(100),
  /** The two sides: two plan interventions, or a plan intervention and a research-plan step. */
  partijIds: z.tuple([id, id]),
  toelichting: verplicht('toelichting', 2000),
});
export type Afstemming = z.infer<typeof afstemmingSchema>;

export const planInhoudSchema = z.object({
  directeVeiligheid: z.object({
    /** Steps 1-3. */
    onveiligeSituaties: z.array(onveiligeSituatieSchema).max(30).default([]),
    /** Step 4: local helpers and specialists involved (and who not), the legal frame added, the desired scenario. */
    betrokkenen: tekst().default(''),
    kader: tekst().default(''),
    /** Step 5: what happens when the safety agreements are not kept (the regie holder is on the plan itself). */
    consequenties: tekst().default(''),
  }),
  stabieleVeiligheid: z.object({ risicofactoren: z.array(risicofactorSchema).max(30).default([]) }),
  duurzameVeiligheid: z.object({
    /** Step 9: what is needed to process the experiences of violence. */
    verwerking: tekst().default(''),
    afspraken: z.array(planAfspraakSchema).max(30).default([]),
    /** Step 10: whether treatment and help reduce unsafety. */
    monitoring: tekst().default(''),
    evaluatieOp: datum.nullable().default(null),
  }),
  interventies: z.array(planInterventieSchema).max(100).default([]),
  afstemmingen: z.array(afstemmingSchema).max(100).default([]),
});
export type PlanInhoud = z.infer<typeof planInhoudSchema>;

export const legePlanInhoud: PlanInhoud = {
  directeVeiligheid: { onveiligeSituaties: [], betrokkenen: '', kader: '', consequenties: '' },
  stabieleVeiligheid: { risicofactoren: [] },
  duurzameVeiligheid: { verwerking: '', afspraken: [], monitoring: '', evaluatieOp: null },
  interventies: [],
  afstemmingen: [],
};

export const interactieSoorten = ['doorkruist', 'versterkt'] as const;
export const interactieSoortSchema = z.enum(interactieSoorten);
export type InteractieSoort = z.infer<typeof interactieSoortSchema>;

/** A pair of interventions in the plan (or a plan intervention and a research-plan step) that cross or reinforce. */
export const interactieSchema = z.object({
  regel: z.string(),
  soort: interactieSoortSchema,
  uitleg: z.string(),
  /** Both sides, each with its owner organisation: plan interventions by id, research-plan steps by their step id. */
  partijen: z.tuple([
    z.object({ interventieId: id.nullable(), sskStapId: id.nullable(), code: z.string(), eigenaarOrganisatieId: id }),
    z.object({ interventieId: id.nullable(), sskStapId: id.nullable(), code: z.string(), eigenaarOrganisatieId: id }),
  ]),
  /** A crossing pair the owners aligned (an afstemming in the plan); reinforcing pairs need none. */
  afgestemd: z.boolean(),
});
export type Interactie = z.infer<typeof interactieSchema>;

// ---------------------------------------------------------------------------------------------------
// The API: request and response bodies.

const ref = z.object({ id, naam: z.string() });

/** PUT /casussen/{id}/veiligheidsplan: the whole document, saved as a new version. */
export const planInvoerSchema = z.object({
  regieOrganisatieId: id.describe('de organisatie die de regie op veiligheid houdt en het plan bevestigt; neemt deel aan de casus'),
  regieGebruikerId: id.nullable().optional().describe('optioneel: de persoon bij de regieorganisatie; weggelaten blijft de huidige (zolang de regieorganisatie dezelfde is), null wist hem'),
  inhoud: planInhoudSchema,
});
export type PlanInvoer = z.infer<typeof planInvoerSchema>;

export const planStatussen = ['concept', 'bevestigd'] as const;
export const planStatusSchema = z.enum(planStatussen);
export type PlanStatus = z.infer<typeof planStatusSchema>;

/** Why the caller cannot confirm the plan now (a code for the screen, a Dutch sentence to show). */
export const bevestigBlokkadeSchema = z.object({
  code: z.enum(['geen-regie', 'niet-regiehouder', 'al-bevestigd', 'geen-voorwaarden', 'conflicten']),
  reden: z.string(),
});
export type BevestigBlokkade = z.infer<typeof bevestigBlokkadeSchema>;

/** GET /casussen/{id}/veiligheidsplan: the plan as the caller's organisation may see it (need-to-know). */
export const veiligheidsplanSchema = z.object({
  id,
  casusId: id,
  status: planStatusSchema,
  versie: z.number().int(),
  bevestigdeVersie: z.number().int().nullable(),
  bevestigdOp: z.iso.datetime().nullable(),
  regie: z.object({ organisatie: ref.nullable(), gebruiker: ref.nullable() }),
  inhoud: planInhoudSchema,
  /** How many elements (situations, risk factors, interventions) are not shared with the caller's organisation. */
  verborgenOnderdelen: z.number().int(),
  /** The live interactions over the visible interventions and the casus's planned SSK research steps. */
  interacties: z.array(interactieSchema),
  kanBevestigen: z.boolean(),
  blokkades: z.array(bevestigBlokkadeSchema),
  /** The organisations taking part in the casus (owners, regie and sharing are chosen from these). */
  deelnemers: z.array(ref),
  bijgewerktOp: z.iso.datetime(),
});
export type Veiligheidsplan = z.infer<typeof veiligheidsplanSchema>;

export const planVersieSamenvattingSchema = z.object({
  versie: z.number().int(),
  status: planStatusSchema,
  regieOrganisatie: ref.nullable(),
  doorOrganisatie: ref,
  doorGebruiker: ref.nullable(),
  op: z.iso.datetime(),
});
export type PlanVersieSamenvatting = z.infer<typeof planVersieSamenvattingSchema>;

export const planVersiesSchema = z.object({ versies: z.array(planVersieSamenvattingSchema) });

export const planVersieSchema = planVersieSamenvattingSchema.extend({ inhoud: planInhoudSchema, verborgenOnderdelen: z.number().int() });
export type PlanVersie = z.infer<typeof planVersieSchema>;

// Monitoring

export const checkinUitkomsten = ['nageleefd', 'geschonden', 'onduidelijk'] as const;
export const checkinUitkomstSchema = z.enum(checkinUitkomsten);
export type CheckinUitkomst = z.infer<typeof checkinUitkomstSchema>;

/** A check-in on one safety condition: planned on a date, then done with its outcome. */
export const checkinSchema = z.object({
  id,
  voorwaardeId: id,
  onveiligeSituatieId: id,
  voorwaarde: z.string().describe('de omschrijving van de voorwaarde in de huidige versie van het plan'),
  geplandOp: datum,
  uitgevoerdOp: z.iso.datetime().nullable(),
  uitkomst: checkinUitkomstSchema.nullable(),
  toelichting: z.string(),
  doorOrganisatie: ref.nullable(),
  /** Planned, not done, and the date has passed (Dutch local date). */
  teLaat: z.boolean(),
  versie: z.number().int(),
});
export type Checkin = z.infer<typeof checkinSchema>;

export const checkinsSchema = z.object({ checkins: z.array(checkinSchema) });

/** The answer to recording a check-in: the check-in, and what a new breach set off (null when there was none). */
export const checkinResultaatSchema = checkinSchema.extend({
  schending: z
    .object({
      regieGeinformeerd: z.boolean().describe('de regiehouder kreeg een taak'),
      scenarioGeactiveerd: z.boolean().describe('het scenario van de voorwaarde trad in werking'),
      volgendeControleOp: datum,
    })
    .nullable(),
});
export type CheckinResultaat = z.infer<typeof checkinResultaatSchema>;

/** PUT /veiligheidsplan-checkins/{id}: record (or correct) the outcome of a check-in. */
export const checkinInvoerSchema = z.object({
  uitgevoerdOp: z.iso.datetime({ offset: true, error: 'geen geldig tijdstip' }),
  uitkomst: checkinUitkomstSchema,
  toelichting: tekst(2000).default(''),
  /** Only for 'geschonden': when to check again (default: the next day). */
  volgendeControleOp: datum.nullable().optional(),
});
export type CheckinInvoer = z.infer<typeof checkinInvoerSchema>;
