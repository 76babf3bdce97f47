import { z } from 'zod';
import type { App } from '../../platform/http/app';
import { problemResponses } from '../../platform/http/problem';
import { requiredVersion, setVersionTag } from '../../platform/http/versioning';
import { accessContext } from '../../identity/session-auth';
import { afspraakInvoerSchema, afspraakSchema, afsprakenLijstSchema, afsprakenQuerySchema, afspraakWijzigenSchema, beoordelingInvoerSchema } from './schemas';
import { createAfspraak } from './create-afspraak';
import { listAfsprakenVanCasus, listEigenAfspraken, readAfspraak } from './read-afspraken';
import { updateAfspraak } from './update-afspraak';
import { reviewAfspraak } from './review-afspraak';

const tags = ['Actieoverleg'];
const idParams = z.object({ id: z.uuid('geen geldige id') });
const zichtbaar = 'Zichtbaar voor de organisaties die aan de casus deelnemen en de voorzitters Actieoverleg van de regio; anders 404.';

export async function afsprakenRoutes(app: App): Promise<void> {
  const { db } = app.deps;

  app.post(
    '/api/v1/agendapunten/:id/afspraken',
    {
      schema: {
        tags,
        summary: 'Afspraak maken bij een agendapunt',
        description:
          'Voor de voorzitter en de vaste deelnemers, terwijl het overleg loopt. Zonder eigenaar-organisatie of deadline volgt 400 met het veld. ' +
          'De eigenaar neemt deel aan de casus of zit bij dit agendapunt aan tafel; de afspraak komt als taak in de inbox van de eigenaar.',
        params: idParams,
        body: afspraakInvoerSchema,
        response: { 201: afspraakSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const afspraak = await createAfspraak(db, accessContext(request), request.params.id, request.body);
      reply.status(201).header('location', `/api/v1/afspraken/${afspraak.id}`);
      setVersionTag(reply, afspraak.versie);
      return afspraak;
    },
  );

  app.get(
    '/api/v1/casussen/:id/afspraken',
    {
      schema: {
        tags,
        summary: 'Afspraken van een casus',
        description: 'Voor de organisaties die aan de casus deelnemen; met per afspraak of hij verlopen is en de beoordelingen in latere overleggen.',
        params: idParams,
        response: { 200: afsprakenLijstSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => ({ afspraken: await listAfsprakenVanCasus(db, accessContext(request), request.params.id) }),
  );

  app.get(
    '/api/v1/afspraken',
    {
      schema: {
        tags,
        summary: 'Afspraken van uw organisatie',
        description: 'De afspraken waarvan uw organisatie eigenaar is (op casussen waaraan zij deelneemt): verlopen eerst, dan op deadline.',
        querystring: afsprakenQuerySchema,
        response: { 200: afsprakenLijstSchema, ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => ({ afspraken: await listEigenAfspraken(db, accessContext(request), request.query) }),
  );

  app.get(
    '/api/v1/afspraken/:id',
    {
      schema: {
        tags,
        summary: 'Eén afspraak',
        description: `${zichtbaar} De ETag-header geeft de versie.`,
        params: idParams,
        response: { 200: afspraakSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const afspraak = await readAfspraak(db, accessContext(request), request.params.id);
      setVersionTag(reply, afspraak.versie);
      return afspraak;
    },
  );

  app.patch(
    '/api/v1/afspraken/:id',
    {
      schema: {
        tags,
        summary: 'Afspraak afsluiten of toelichten',
        description:
          `${zichtbaar} Alleen de eigenaar-organisatie en de voorzitter (anders 403). Vereist If-Match. open → gedaan | niet-mogelijk | niet-gedaan; ` +
          'bij niet-mogelijk en niet-gedaan is een toelichting verplicht. Een afgesloten afspraak verandert niet meer (409).',
        params: idParams,
        headers: z.object({ 'if-match': z.string().optional() }),
        body: afspraakWijzigenSchema,
        response: { 200: afspraakSchema, ...problemResponses(400, 401, 403, 404, 409, 428) },
      },
    },
    async (request, reply) => {
      const ctx = accessContext(request);
      const afspraak = await updateAfspraak(db, ctx, request.params.id, requiredVersion(request.headers['if-match']), request.body);
      setVersionTag(reply, afspraak.versie);
      return afspraak;
    },
  );

  app.post(
    '/api/v1/afspraken/:id/beoordelingen',
    {
      schema: {
        tags,
        summary: 'Openstaande afspraak beoordelen in een later overleg',
        description:
          'Voor de voorzitter en de vaste deelnemers van het (gestarte) overleg waarin de casus op de agenda staat. Alleen een open afspraak uit een eerder overleg, ' +
          'één keer per overleg (anders 409).',
        params: idParams,
        body: beoordelingInvoerSchema,
        response: { 201: afspraakSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const afspraak = await reviewAfspraak(db, accessContext(request), request.params.id, request.body);
      reply.status(201);
      setVersionTag(reply, afspraak.versie);
      return afspraak;
    },
  );
}
