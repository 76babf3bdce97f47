import { z } from 'zod';
import type { App } from '../../platform/http/app';
import { problemResponses } from '../../platform/http/problem';
import { requiredVersion, setVersionTag } from '../../platform/http/versioning';
import { accessContext } from '../../identity/session-auth';
import {
  afdoeningsoverlegAntwoordSchema,
  afdoeningsoverlegInvoerSchema,
  afdoeningsoverlegSchema,
  beslissingAntwoordSchema,
  beslissingInvoerSchema,
  beslissingSchema,
  zsmChecklistInvoerSchema,
  zsmChecklistSchema,
} from './schemas';
import { readChecklist, updateChecklist } from './checklist';
import { readAfdoeningsoverleg } from './read-afdoeningsoverleg';
import { recordAfdoeningsoverleg } from './record-afdoeningsoverleg';
import { readBeslissing } from './read-beslissing';
import { recordBeslissing } from './record-beslissing';

const tags = ['ZSM'];
const idParams = z.object({ id: z.uuid('geen geldige id') });
const zichtbaar = 'Voor wie de ZSM-zaak ziet (ZSM-partners van de regio; Veilig Thuis alleen de eigen of nog niet toegewezen HG-zaken); anders 404.';
const optioneleVersie = (ifMatch: string | string[] | undefined) => (ifMatch === undefined ? null : requiredVersion(ifMatch));

export async function zsmAfdoeningRoutes(app: App): Promise<void> {
  const { db } = app.deps;

  app.get(
    '/api/v1/zsm-checklist',
    {
      schema: {
        tags,
        summary: 'Aandachtspunten voor het afdoeningsoverleg (HG en ex-partner) van uw regio',
        response: { 200: zsmChecklistSchema, ...problemResponses(401) },
      },
    },
    async (request) => readChecklist(db, accessContext(request)),
  );

  app.put(
    '/api/v1/zsm-checklist',
    {
      schema: {
        tags,
        summary: 'Aandachtspunten van de regio vervangen',
        description:
          'Alleen een functioneel beheerder van een OM- of politieorganisatie (anders 403), voor de eigen regio. De hele lijst in volgorde: punten met id ' +
          'houden hun id, punten zonder id zijn nieuw, ontbrekende punten vervallen (eerdere overleggen houden hun tekst). Een onbekend of dubbel id: 400.',
        body: zsmChecklistInvoerSchema,
        response: { 200: zsmChecklistSchema, ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => updateChecklist(db, accessContext(request), request.body),
  );

  app.get(
    '/api/v1/zsm-zaken/:id/afdoeningsoverleg',
    {
      schema: {
        tags,
        summary: 'Afdoeningsoverleg van een ZSM-zaak',
        description: `${zichtbaar} null zolang niets is vastgelegd (anders geeft de ETag-header de versie), met de actieve aandachtspunten van de regio.`,
        params: idParams,
        response: { 200: afdoeningsoverlegAntwoordSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const antwoord = await readAfdoeningsoverleg(db, accessContext(request), request.params.id);
      if (antwoord.afdoeningsoverleg) setVersionTag(reply, antwoord.afdoeningsoverleg.versie);
      return antwoord;
    },
  );

  app.put(
    '/api/v1/zsm-zaken/:id/afdoeningsoverleg',
    {
      schema: {
        tags,
        summary: 'Afdoeningsoverleg plannen en vastleggen',
        description:
          `${zichtbaar} Alleen politie en OM (anders 403). De eerste keer zonder If-Match (201), daarna met If-Match (428 zonder, 409 bij een verouderde versie). ` +
          'De checklist bewaart de tekst van de punten zoals die nu gelden; ontbrekende punten staan niet afgevinkt. Gehouden blijft gehouden (409).',
        params: idParams,
        headers: z.object({ 'if-match': z.string().optional() }),
        body: afdoeningsoverlegInvoerSchema,
        response: { 200: afdoeningsoverlegSchema, 201: afdoeningsoverlegSchema, ...problemResponses(400, 401, 403, 404, 409, 428) },
      },
    },
    async (request, reply) => {
      const versie = optioneleVersie(request.headers['if-match']);
      const { afdoeningsoverleg, aangemaakt } = await recordAfdoeningsoverleg(db, accessContext(request), request.params.id, versie, request.body);
      reply.status(aangemaakt ? 201 : 200);
      setVersionTag(reply, afdoeningsoverleg.versie);
      return afdoeningsoverleg;
    },
  );

  app.get(
    '/api/v1/zsm-zaken/:id/beslissing',
    {
      schema: {
        tags,
        summary: 'Beslissing van het OM op een ZSM-zaak',
        description: `${zichtbaar} null zolang er niet is beslist. Leest iemand van een organisatie die de beslissing teruggekoppeld kreeg, dan is haar taak 'Beslissing OM op ZSM lezen' gedaan.`,
        params: idParams,
        response: { 200: beslissingAntwoordSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => ({ beslissing: await readBeslissing(db, accessContext(request), request.params.id) }),
  );

  app.post(
    '/api/v1/zsm-zaken/:id/beslissing',
    {
      schema: {
        tags,
        summary: 'Afdoeningsbeslissing nemen (officier van justitie)',
        description:
          'Alleen de rol officier-van-justitie bij een OM-organisatie (anders 403); de zaak loopt nog (anders 409 zaak-al-beslist). ' +
          'Zonder veiligheidsbeoordeling van Veilig Thuis is zonderVtInformatieReden verplicht (anders 409 vt-informatie-ontbreekt met dat veld). ' +
          'Heenzenden of sepot zonder voorwaarden terwijl Veilig Thuis acute onveiligheid zag vraagt onveiligeVrijlatingReden (anders 400) en wordt gemarkeerd. ' +
          'beslistOp (standaard nu) ligt niet vóór de aanhouding en niet in de toekomst (400). De beslissing gaat direct als taak naar Veilig Thuis ' +
          'en naar de reclassering en de Raad die aan de casus deelnemen.',
        params: idParams,
        body: beslissingInvoerSchema,
        response: { 201: beslissingSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const beslissing = await recordBeslissing(db, accessContext(request), request.params.id, request.body);
      reply.status(201);
      return beslissing;
    },
  );
}
