import { z } from 'zod';
import type { App } from '../../platform/http/app';
import { problemResponses } from '../../platform/http/problem';
import { requiredVersion, setVersionTag } from '../../platform/http/versioning';
import { accessContext } from '../../identity/session-auth';
import {
  veiligheidsbeoordelingAntwoordSchema,
  veiligheidsbeoordelingInvoerSchema,
  veiligheidsbeoordelingSchema,
  zsmAdviesInvoerSchema,
  zsmAdviesSchema,
  zsmAdviezenLijstSchema,
} from './schemas';
import { recordVeiligheidsbeoordeling } from './record-veiligheidsbeoordeling';
import { readAdviezen, readVeiligheidsbeoordeling } from './read-beoordeling';
import { recordAdvies } from './record-advies';

const tags = ['ZSM'];
const idParams = z.object({ id: z.uuid('geen geldige id') });
const zichtbaar = 'Voor wie de ZSM-zaak ziet (ZSM-partners van de regio; Veilig Thuis alleen de eigen of nog niet toegewezen HG-zaken); anders 404.';

export async function zsmBeoordelingRoutes(app: App): Promise<void> {
  const { db } = app.deps;

  app.get(
    '/api/v1/zsm-zaken/:id/veiligheidsbeoordeling',
    {
      schema: {
        tags,
        summary: 'Veiligheidsbeoordeling van Veilig Thuis bij een ZSM-zaak',
        description: `${zichtbaar} null zolang er geen beoordeling is; anders geeft de ETag-header de versie.`,
        params: idParams,
        response: { 200: veiligheidsbeoordelingAntwoordSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const beoordeling = await readVeiligheidsbeoordeling(db, accessContext(request), request.params.id);
      if (beoordeling) setVersionTag(reply, beoordeling.versie);
      return { veiligheidsbeoordeling: beoordeling };
    },
  );

  app.put(
    '/api/v1/zsm-zaken/:id/veiligheidsbeoordeling',
    {
      schema: {
        tags,
        summary: 'Veiligheidsbeoordeling vastleggen (Veilig Thuis)',
        description:
          'Alleen Veilig Thuis: de VT-organisatie van de zaak, of zolang die niet gekozen is een VT-organisatie van de regio (die wordt dan de VT van de zaak); ' +
          'andere organisaties 403. De eerste keer zonder If-Match (201), daarna met If-Match (428 zonder, 409 bij een verouderde versie). ' +
          'Veilig Thuis neemt deel aan de casus (grondslag ZSM); de beoordelingstaak is daarmee gedaan en Veilig Thuis geldt als bereikt.',
        params: idParams,
        headers: z.object({ 'if-match': z.string().optional() }),
        body: veiligheidsbeoordelingInvoerSchema,
        response: { 200: veiligheidsbeoordelingSchema, 201: veiligheidsbeoordelingSchema, ...problemResponses(400, 401, 403, 404, 409, 428) },
      },
    },
    async (request, reply) => {
      const ifMatch = request.headers['if-match'];
      const versie = ifMatch === undefined ? null : requiredVersion(ifMatch);
      const { beoordeling, aangemaakt } = await recordVeiligheidsbeoordeling(db, accessContext(request), request.params.id, versie, request.body);
      reply.status(aangemaakt ? 201 : 200);
      setVersionTag(reply, beoordeling.versie);
      return beoordeling;
    },
  );

  app.get(
    '/api/v1/zsm-zaken/:id/adviezen',
    {
      schema: {
        tags,
        summary: '3RO-advies en betrokkenheid van de Raad bij een ZSM-zaak',
        description: zichtbaar,
        params: idParams,
        response: { 200: zsmAdviezenLijstSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => ({ adviezen: await readAdviezen(db, accessContext(request), request.params.id) }),
  );

  app.post(
    '/api/v1/zsm-zaken/:id/adviezen',
    {
      schema: {
        tags,
        summary: '3RO-advies, HG-spreekuur of betrokkenheid van de Raad vastleggen',
        description:
          `${zichtbaar} 3ro-advies en hg-spreekuur alleen door een reclasseringsorganisatie, rvdk-betrokkenheid alleen door de Raad voor de Kinderbescherming ` +
          '(een andere soort van de partner: 400 op soort; een andere organisatie: 403). Het HG-spreekuur van 3RO is bedoeld voor een meerderjarige verdachte ' +
          'die wordt heengezonden; het kan altijd worden vastgelegd. De organisatie neemt deel aan de casus (grondslag ZSM).',
        params: idParams,
        body: zsmAdviesInvoerSchema,
        response: { 201: zsmAdviesSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const advies = await recordAdvies(db, accessContext(request), request.params.id, request.body);
      reply.status(201);
      return advies;
    },
  );
}
