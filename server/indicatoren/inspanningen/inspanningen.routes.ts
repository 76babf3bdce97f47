import { z } from 'zod';
import type { App } from '../../platform/http/app';
import { problemResponses } from '../../platform/http/problem';
import { requiredVersion, setVersionTag } from '../../platform/http/versioning';
import { accessContext } from '../../identity/session-auth';
import { inspanningAanmakenSchema, inspanningenLijstSchema, inspanningenQuerySchema, inspanningSchema, inspanningWijzigenSchema } from './schemas';
import { listInspanningen } from './list-inspanningen';
import { registreerInspanning } from './registreer-inspanning';
import { wijzigEigenInspanning } from './wijzig-inspanning';
import { verwijderEigenInspanning } from './verwijder-inspanning';

const tags = ['Inspanningen'];
const wie = 'Voor het RNZS-lid en de functioneel beheerder. Een registratie hoort bij de eigen organisatie; alleen die kan haar wijzigen of verwijderen.';
const idParams = z.object({ id: z.uuid('geen geldige id') });
const ifMatch = z.object({ 'if-match': z.string().optional() });

export async function inspanningenRoutes(app: App): Promise<void> {
  const { db } = app.deps;

  app.get(
    '/api/v1/inspanningen',
    {
      schema: {
        tags,
        summary: 'Geregistreerde inspanningen in de eigen regio',
        description: `Alle inspanningen van de organisaties in de regio met een datum in het jaar, nieuwste eerst. ${wie}`,
        querystring: inspanningenQuerySchema,
        response: { 200: inspanningenLijstSchema, ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => listInspanningen(db, accessContext(request), request.query.jaar),
  );

  app.post(
    '/api/v1/inspanningen',
    {
      schema: {
        tags,
        summary: 'Inspanning registreren',
        description: `Registreert een inspanning van de eigen organisatie op een verbeteractie. De omschrijving bevat geen namen of andere persoonsgegevens. ${wie}`,
        body: inspanningAanmakenSchema,
        response: { 201: inspanningSchema, ...problemResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const inspanning = await registreerInspanning(db, accessContext(request), request.body);
      reply.status(201).header('location', `/api/v1/inspanningen/${inspanning.id}`);
      setVersionTag(reply, inspanning.versie);
      return inspanning;
    },
  );

  app.patch(
    '/api/v1/inspanningen/:id',
    {
      schema: {
        tags,
        summary: 'Inspanning wijzigen',
        description: `Vereist If-Match met de versie (428 zonder, 409 met de huidige versie als die verouderd is). Van een andere organisatie: 404. ${wie}`,
        params: idParams,
        headers: ifMatch,
        body: inspanningWijzigenSchema,
        response: { 200: inspanningSchema, ...problemResponses(400, 401, 403, 404, 409, 428) },
      },
    },
    async (request, reply) => {
      const versie = requiredVersion(request.headers['if-match']);
      const inspanning = await wijzigEigenInspanning(db, accessContext(request), request.params.id, versie, request.body);
      setVersionTag(reply, inspanning.versie);
      return inspanning;
    },
  );

  app.delete(
    '/api/v1/inspanningen/:id',
    {
      schema: {
        tags,
        summary: 'Inspanning verwijderen',
        description: `Vereist If-Match met de versie (428 zonder, 409 als die verouderd is). Van een andere organisatie: 404. ${wie}`,
        params: idParams,
        headers: ifMatch,
        response: { 204: z.null().describe('Verwijderd'), ...problemResponses(400, 401, 403, 404, 409, 428) },
      },
    },
    async (request, reply) => {
      const versie = requiredVersion(request.headers['if-match']);
      await verwijderEigenInspanning(db, accessContext(request), request.params.id, versie);
      return reply.status(204).send(null);
    },
  );
}
