import { z } from 'zod';
import { zsmVoorwaardeSchema, zsmVoorwaardenLijstSchema } from '../beoordeling/schemas';

/**
 * VT & ZSM, the disposal: the region's checklist of attention points for the afdoeningsoverleg in domestic-violence
 * and ex-partner cases, the afdoeningsoverleg itself, and the prosecutor's decision — gated on the Veilig Thuis
 * information, flagged when it releases without safety measures after Veilig Thuis assessed acute unsafety — with its
 * feedback to Veilig Thuis, reclassering and the Raad. Shared with the web app (`@schemas/zsm/afdoening`).
 */

const tekst = (max: number) => z.string().trim().max(max, `maximaal ${max} tekens`);
const ref = z.object({ id: z.uuid(), naam: z.string() });
const tijdstip = (beschrijving: string) => z.iso.datetime({ offset: true, message: 'geef een tijdstip als ISO 8601, bijv. 2025-03-04T14:30:00+01:00' }).describe(beschrijving);

// ---------------------------------------------------------------------------------------------------
// The region's checklist

export const zsmChecklistpuntSchema = z.object({ id: z.uuid(), tekst: z.string(), volgorde: z.number().int() });
export type ZsmChecklistpunt = z.infer<typeof zsmChecklistpuntSchema>;

export const zsmChecklistSchema = z.object({
  punten: z.array(zsmChecklistpuntSchema).describe('De actieve aandachtspunten van de regio, in volgorde'),
});
export type ZsmChecklist = z.infer<typeof zsmChecklistSchema>;

export const ZSM_CHECKLIST_MAX = 40;
export const zsmChecklistInvoerSchema = z.object({
  punten: z
    .array(
      z.object({
        id: z.uuid('geen geldige id').optional().describe('Een bestaand punt (tekst wijzigen of verplaatsen); zonder id een nieuw punt'),
        tekst: tekst(500).min(1, 'geef de tekst van het aandachtspunt'),
      }),
    )
    .max(ZSM_CHECKLIST_MAX, `maximaal ${ZSM_CHECKLIST_MAX} punten`)
    .describe('De hele lijst in de gewenste volgorde; punten die ontbreken vervallen (eerdere afdoeningsoverleggen houden hun tekst)'),
});
export type ZsmChecklistInvoer = z.infer<typeof zsmChecklistInvoerSchema>;

// ---------------------------------------------------------------------------------------------------
// The afdoeningsoverleg

export const vtDeelnames = ['aan-tafel', 'telefonisch', 'video', 'schriftelijke-overdracht', 'niet'] as const;
export const vtDeelnameSchema = z.enum(vtDeelnames).describe('Hoe Veilig Thuis aan het afdoeningsoverleg deelneemt');
export type VtDeelname = z.infer<typeof vtDeelnameSchema>;
export const vtDeelnameLabels: Record<VtDeelname, string> = {
  'aan-tafel': 'Aan tafel',
  telefonisch: 'Telefonisch',
  video: 'Via video',
  'schriftelijke-overdracht': 'Schriftelijke overdracht',
  niet: 'Niet',
};

export const afdoeningsoverlegInvoerSchema = z.object({
  geplandOp: tijdstip('Wanneer het afdoeningsoverleg is gepland').nullable().optional(),
  vtDeelname: vtDeelnameSchema,
  checklist: z
    .array(
      z.object({
        puntId: z.uuid('geen geldige id').describe('Een aandachtspunt van de regio (of van de eerder vastgelegde lijst van dit overleg)'),
        afgevinkt: z.boolean(),
        toelichting: tekst(2000).default(''),
      }),
    )
    .max(ZSM_CHECKLIST_MAX)
    .default([])
    .describe('Afgevinkte en toegelichte punten; punten die ontbreken staan niet afgevinkt'),
  gehouden: z.boolean().describe('Het overleg heeft plaatsgevonden (eenmaal gehouden blijft het gehouden)'),
});
export type AfdoeningsoverlegInvoer = z.infer<typeof afdoeningsoverlegInvoerSchema>;

export const afdoeningsoverlegPuntSchema = z.object({
  puntId: z.uuid(),
  tekst: z.string().describe('De tekst van het punt zoals die gold toen het overleg werd vastgelegd'),
  afgevinkt: z.boolean(),
  toelichting: z.string(),
});
export type AfdoeningsoverlegPunt = z.infer<typeof afdoeningsoverlegPuntSchema>;

export const afdoeningsoverlegSchema = z.object({
  zaakId: z.uuid(),
  geplandOp: z.string().nullable(),
  vtDeelname: vtDeelnameSchema.nullable(),
  checklist: z.array(afdoeningsoverlegPuntSchema),
  gehouden: z.boolean(),
  gehoudenOp: z.string().nullable(),
  bijgewerktOp: z.string(),
  versie: z.number().int(),
});
export type Afdoeningsoverleg = z.infer<typeof afdoeningsoverlegSchema>;

export const afdoeningsoverlegAntwoordSchema = z.object({
  afdoeningsoverleg: afdoeningsoverlegSchema.nullable().describe('null zolang er nog niets is vastgelegd'),
  checklist: z.array(zsmChecklistpuntSchema).describe('De actieve aandachtspunten van de regio, om een nieuw overleg mee te beginnen'),
});
export type AfdoeningsoverlegAntwoord = z.infer<typeof afdoeningsoverlegAntwoordSchema>;

// ---------------------------------------------------------------------------------------------------
// The decision

export const beslissingSoorten = ['heenzenden', 'voorgeleiden-rc', 'om-hoorzitting', 'dagvaarden', 'strafbeschikking', 'sepot', 'nader-onderzoek'] as const;
export const beslissingSoortSchema = z.enum(beslissingSoorten).describe('De afdoeningsbeslissing van de officier van justitie op ZSM');
export type BeslissingSoort = z.infer<typeof beslissingSoortSchema>;
export const beslissingSoortLabels: Record<BeslissingSoort, string> = {
  heenzenden: 'Heenzenden',
  'voorgeleiden-rc': 'Voorgeleiden aan de rechter-commissaris',
  'om-hoorzitting': 'OM-hoorzitting',
  dagvaarden: 'Dagvaarden',
  strafbeschikking: 'Strafbeschikking',
  sepot: 'Sepot',
  'nader-onderzoek': 'Nader onderzoek',
};
/** Decisions that set the suspect free: without conditions after acute unsafety they must be confirmed and are flagged. */
export const vrijlatingSoorten = ['heenzenden', 'sepot'] as const satisfies readonly BeslissingSoort[];
/** Decisions that carry no conditions of their own (the suspect stays in custody; conditions are the examining judge's). */
export const soortenZonderVoorwaarden = ['voorgeleiden-rc'] as const satisfies readonly BeslissingSoort[];

export const beslissingInvoerSchema = z.object({
  soort: beslissingSoortSchema,
  voorwaarden: zsmVoorwaardenLijstSchema.default([]).describe('Voorwaarden bij de beslissing; overig vraagt een toelichting; niet bij voorgeleiden-rc'),
  toelichting: tekst(4000).default(''),
  zonderVtInformatieReden: tekst(2000)
    .nullable()
    .optional()
    .describe('Verplicht bij een HG-zaak zolang de veiligheidsbeoordeling van Veilig Thuis er niet is: waarom de beslissing daar niet op kan wachten (anders 409 vt-informatie-ontbreekt)'),
  onveiligeVrijlatingReden: tekst(2000)
    .nullable()
    .optional()
    .describe('Verplicht bij heenzenden of sepot zonder voorwaarden terwijl Veilig Thuis acute onveiligheid zag (anders 400); de zaak wordt dan gemarkeerd'),
  beslistOp: tijdstip('Wanneer beslist is (standaard nu); niet vóór de aanhouding en niet in de toekomst').optional(),
});
export type BeslissingInvoer = z.infer<typeof beslissingInvoerSchema>;

export const terugkoppelingSchema = z.object({
  organisatie: ref,
  gelezen: z.boolean().describe('Iemand van de organisatie heeft de beslissing gelezen'),
  gelezenOp: z.string().nullable(),
});
export type Terugkoppeling = z.infer<typeof terugkoppelingSchema>;

export const beslissingSchema = z.object({
  id: z.uuid(),
  zaakId: z.uuid(),
  soort: beslissingSoortSchema,
  voorwaarden: z.array(zsmVoorwaardeSchema),
  toelichting: z.string(),
  vtInformatieAanwezig: z.boolean().describe('De veiligheidsbeoordeling van Veilig Thuis lag er toen beslist werd'),
  zonderVtInformatieReden: z.string().nullable(),
  onveiligeVrijlating: z.boolean().describe('Indicator: vrijgelaten zonder veiligheidsmaatregelen terwijl Veilig Thuis acute onveiligheid zag'),
  onveiligeVrijlatingReden: z.string().nullable(),
  zonderVtContact: z.boolean().describe('Beslist zonder dat Veilig Thuis is bereikt'),
  binnenTermijn: z.boolean().describe('Beslist uiterlijk op het tijdstip van de klok (ophouden voor onderzoek)'),
  beslistOp: z.string(),
  beslistDoor: z.object({ naam: z.string() }).nullable(),
  beslistDoorOrganisatie: ref,
  terugkoppeling: z.array(terugkoppelingSchema).describe('Aan wie de beslissing is teruggekoppeld (taak in de inbox) en of zij haar lazen'),
});
export type Beslissing = z.infer<typeof beslissingSchema>;

export const beslissingAntwoordSchema = z.object({
  beslissing: beslissingSchema.nullable().describe('null zolang het OM nog niet heeft beslist'),
});
export type BeslissingAntwoord = z.infer<typeof beslissingAntwoordSchema>;
