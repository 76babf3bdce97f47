import { z } from 'zod';
import type { App } from '../../platform/http/app';
import { problemResponses } from '../../platform/http/problem';
import { requiredVersion, setVersionTag } from '../../platform/http/versioning';
import { accessContext } from '../../identity/session-auth';
import { bevestigenSchema, onderzoeksplanSchema, onderzoeksstapSchema, stapInvoerSchema, stapWijzigingSchema } from '../schemas';
import { createStap } from './create-stap';
import { wijzigStap } from './update-stap';
import { leesOnderzoeksplan } from './read-onderzoeksplan';
import { bevestigOnderzoeksplan } from './bevestig-onderzoeksplan';

const tags = ['Strafbare kindermishandeling'];
const idParams = z.object({ id: z.uuid('geen geldige id') });
const zichtbaar = 'Voor de partners van het traject (anders 404); rollen zonder casuswerk 403. Wijzigen: Veilig Thuis, politie, OM of Raad (anders 403).';

export async function onderzoeksplanRoutes(app: App): Promise<void> {
  const { db } = app.deps;

  app.get(
    '/api/v1/ssk/:id/onderzoeksplan',
    {
      schema: {
        tags,
        summary: 'Het gezamenlijk onderzoeksplan: stappen, schendingen van de volgorderegels, contactpersonen',
        description: zichtbaar,
        params: idParams,
        response: { 200: onderzoeksplanSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const plan = await leesOnderzoeksplan(db, accessContext(request), request.params.id);
      setVersionTag(reply, plan.versie);
      return plan;
    },
  );

  app.post(
    '/api/v1/ssk/:id/stappen',
    {
      schema: {
        tags,
        summary: 'Stap toevoegen aan het onderzoeksplan',
        description:
          `${zichtbaar} De eigenaar is een partner van het traject wiens werk deze soort stap is (anders 400 op eigenaarOrganisatieId); ` +
          'de eigenaar krijgt een taak op het geplande tijdstip. Een bevestigd plan moet opnieuw worden bevestigd.',
        params: idParams,
        body: stapInvoerSchema,
        response: { 201: onderzoeksstapSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const stap = await createStap(db, accessContext(request), request.params.id, request.body);
      setVersionTag(reply, stap.versie);
      return reply.status(201).send(stap);
    },
  );

  app.patch(
    '/api/v1/ssk/:id/stappen/:stapId',
    {
      schema: {
        tags,
        summary: 'Stap wijzigen, uitgevoerd of vervallen',
        description:
          `${zichtbaar} Met If-Match (de versie van de stap; 428 zonder, 409 bij een verouderde versie). ` +
          'Een wijziging van soort, eigenaar, tijdstip of status (behalve uitgevoerd) zet een bevestigd plan terug.',
        params: z.object({ id: z.uuid('geen geldige id'), stapId: z.uuid('geen geldige id') }),
        headers: z.object({ 'if-match': z.string().optional() }),
        body: stapWijzigingSchema,
        response: { 200: onderzoeksstapSchema, ...problemResponses(400, 401, 403, 404, 409, 428) },
      },
    },
    async (request, reply) => {
      const versie = requiredVersion(request.headers['if-match']);
      const stap = await wijzigStap(db, accessContext(request), request.params.id, request.params.stapId, versie, request.body);
      setVersionTag(reply, stap.versie);
      return stap;
    },
  );

  app.post(
    '/api/v1/ssk/:id/onderzoeksplan/bevestigen',
    {
      schema: {
        tags,
        summary: 'Onderzoeksplan bevestigen',
        description:
          `${zichtbaar} Elke schending van een volgorderegel heeft een override met reden nodig; anders 400 op overrides met de regel als reden, ` +
          'en wordt niets opgeslagen. Al bevestigd of zonder stappen: 409.',
        params: idParams,
        body: bevestigenSchema,
        response: { 200: onderzoeksplanSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const plan = await bevestigOnderzoeksplan(db, accessContext(request), request.params.id, request.body);
      setVersionTag(reply, plan.versie);
      return plan;
    },
  );
}
