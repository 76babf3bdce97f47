import { z } from 'zod';
import type { App } from '../platform/http/app';
import { problemResponses } from '../platform/http/problem';
import { requiredVersion, setVersionTag } from '../platform/http/versioning';
import { accessContext } from '../identity/session-auth';
import { idParamsSchema } from '../identity/schemas';
import {
  bevragingAntwoordSchema,
  bevragingBeantwoordSchema,
  bevragingIntrekkingSchema,
  bevragingInvoerSchema,
  bevragingLijstQuerySchema,
  bevragingLijstSchema,
  bevragingSchema,
} from './schemas';
import { askBevraging } from './ask-bevraging';
import { listBevragingen, listCasusBevragingen, readBevraging } from './read-bevragingen';
import { answerBevraging } from './answer-bevraging';
import { withdrawBevraging } from './withdraw-bevraging';

const tags = ['Bevragingen'];

export async function bevragingenRoutes(app: App): Promise<void> {
  const { db } = app.deps;

  app.post(
    '/api/v1/casussen/:id/bevragingen',
    {
      schema: {
        tags,
        summary: 'Partner bevragen: is het gezin bekend?',
        description:
          'Veilig Thuis vraagt de politie, de Raad voor de Kinderbescherming of een reclasseringsorganisatie of het gezin, het adres of de personen bekend zijn, met het doel. ' +
          'De gevraagde organisatie neemt niet deel aan de casus: zij ziet alleen deze bevraging, en krijgt een taak om binnen 24 uur te antwoorden.',
        params: idParamsSchema,
        body: bevragingInvoerSchema,
        response: { 201: bevragingSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const bevraging = await askBevraging(db, accessContext(request), request.params.id, request.body);
      reply.status(201).header('location', `/api/v1/bevragingen/${bevraging.id}`);
      setVersionTag(reply, bevraging.versie);
      return bevraging;
    },
  );

  app.get(
    '/api/v1/casussen/:id/bevragingen',
    {
      schema: {
        tags,
        summary: 'Bevragingen van een casus',
        description: 'Voor de organisaties die aan de casus deelnemen; nieuwste eerst.',
        params: idParamsSchema,
        response: { 200: bevragingLijstSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => ({ bevragingen: await listCasusBevragingen(db, accessContext(request), request.params.id) }),
  );

  app.get(
    '/api/v1/bevragingen',
    {
      schema: {
        tags,
        summary: 'Inkomende of uitgaande bevragingen',
        description: 'inkomend: aan uw organisatie gesteld, openstaande eerst; uitgaand: door uw organisatie gesteld, in casussen waaraan zij deelneemt.',
        querystring: bevragingLijstQuerySchema,
        response: { 200: bevragingLijstSchema, ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => ({ bevragingen: await listBevragingen(db, accessContext(request), request.query.richting) }),
  );

  app.get(
    '/api/v1/bevragingen/:id',
    {
      schema: {
        tags,
        summary: 'Eén bevraging',
        description: 'Voor de gevraagde organisatie en de deelnemers aan de casus. De ETag-header geeft de versie voor If-Match bij beantwoorden.',
        params: idParamsSchema,
        response: { 200: bevragingSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const bevraging = await readBevraging(db, accessContext(request), request.params.id);
      setVersionTag(reply, bevraging.versie);
      return bevraging;
    },
  );

  app.post(
    '/api/v1/bevragingen/:id/antwoord',
    {
      schema: {
        tags,
        summary: 'Bevraging beantwoorden',
        description:
          'Alleen de gevraagde organisatie, één keer; vereist If-Match met de ETag. Geen vlaggen betekent: niet bekend. ' +
          'Een positief antwoord zet de taak "Afstemming met politie en OM" klaar voor Veilig Thuis; het antwoord geeft het routeadvies.',
        params: idParamsSchema,
        headers: z.object({ 'if-match': z.string().optional() }),
        body: bevragingAntwoordSchema,
        response: { 200: bevragingBeantwoordSchema, ...problemResponses(400, 401, 403, 404, 409, 428) },
      },
    },
    async (request, reply) => {
      const ctx = accessContext(request);
      const result = await answerBevraging(db, ctx, request.params.id, requiredVersion(request.headers['if-match']), request.body);
      setVersionTag(reply, result.bevraging.versie);
      return result;
    },
  );

  app.post(
    '/api/v1/bevragingen/:id/intrekking',
    {
      schema: {
        tags,
        summary: 'Bevraging intrekken',
        description:
          'Alleen de organisatie die de bevraging stelde, zolang zij aan de casus deelneemt en de bevraging nog open is; vereist If-Match met de ETag. ' +
          'De taak van de gevraagde organisatie vervalt; zij ziet de bevraging als ingetrokken (zonder de reden) en beantwoordt haar niet meer.',
        params: idParamsSchema,
        headers: z.object({ 'if-match': z.string().optional() }),
        body: bevragingIntrekkingSchema,
        response: { 200: bevragingSchema, ...problemResponses(400, 401, 403, 404, 409, 428) },
      },
    },
    async (request, reply) => {
      const ctx = accessContext(request);
      const bevraging = await withdrawBevraging(db, ctx, request.params.id, requiredVersion(request.headers['if-match']), request.body);
      setVersionTag(reply, bevraging.versie);
      return bevraging;
    },
  );
}
