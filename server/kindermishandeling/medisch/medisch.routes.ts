import { z } from 'zod';
import type { App } from '../../platform/http/app';
import { problemResponses } from '../../platform/http/problem';
import { requiredVersion, setVersionTag } from '../../platform/http/versioning';
import { accessContext } from '../../identity/session-auth';
import { medischeUitkomstSchema, medischeVerzoekenLijstSchema, medischVerzoekInvoerSchema, medischVerzoekSchema } from '../schemas';
import { createVerzoek } from './create-verzoek';
import { leesVerzoek, leesVerzoekenAanMij, leesVerzoekenVanTraject } from './read-verzoeken';
import { registreerMedischeUitkomst } from './registreer-uitkomst';

const tags = ['Strafbare kindermishandeling'];
const idParams = z.object({ id: z.uuid('geen geldige id') });

export async function medischRoutes(app: App): Promise<void> {
  const { db } = app.deps;

  app.post(
    '/api/v1/ssk/:id/medische-verzoeken',
    {
      schema: {
        tags,
        summary: 'Forensisch medisch letselonderzoek aanvragen',
        description:
          'Voor de partners van het traject (anders 404); Veilig Thuis, politie, OM of Raad (anders 403). FMEK/LECK: een medisch-expertorganisatie van de regio; ' +
          'vertrouwensarts: Veilig Thuis (anders 400 op expertOrganisatieId). De expert krijgt een taak en ziet alleen dit verzoek.',
        params: idParams,
        body: medischVerzoekInvoerSchema,
        response: { 201: medischVerzoekSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const v = await createVerzoek(db, accessContext(request), request.params.id, request.body);
      setVersionTag(reply, v.versie);
      return reply.status(201).send(v);
    },
  );

  app.get(
    '/api/v1/ssk/:id/medische-verzoeken',
    {
      schema: {
        tags,
        summary: 'Medische verzoeken van een traject',
        description: 'Voor de partners van het traject (anders 404); rollen zonder casuswerk 403.',
        params: idParams,
        response: { 200: medischeVerzoekenLijstSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => ({ items: await leesVerzoekenVanTraject(db, accessContext(request), request.params.id) }),
  );

  app.get(
    '/api/v1/medische-verzoeken',
    {
      schema: {
        tags,
        summary: 'Medische verzoeken aan mijn organisatie',
        description: 'De verzoeken gericht aan uw organisatie, met het kind (naam en geboortedatum). Open verzoeken eerst. Rollen zonder casuswerk 403.',
        response: { 200: medischeVerzoekenLijstSchema, ...problemResponses(401, 403) },
      },
    },
    async (request) => ({ items: await leesVerzoekenAanMij(db, accessContext(request)) }),
  );

  app.get(
    '/api/v1/medische-verzoeken/:id',
    {
      schema: {
        tags,
        summary: 'Een medisch verzoek (de ETag-header geeft de versie)',
        description: 'Voor de expert aan wie het is gericht en de partners van het traject (anders 404).',
        params: idParams,
        response: { 200: medischVerzoekSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const v = await leesVerzoek(db, accessContext(request), request.params.id);
      setVersionTag(reply, v.versie);
      return v;
    },
  );

  app.put(
    '/api/v1/medische-verzoeken/:id/uitkomst',
    {
      schema: {
        tags,
        summary: 'Uitkomst van het letselonderzoek vastleggen',
        description:
          'Alleen de expertorganisatie van het verzoek (de partners van het traject 403, anderen 404). Met If-Match (428 zonder, 409 verouderd). Al vastgelegd: 409.',
        params: idParams,
        headers: z.object({ 'if-match': z.string().optional() }),
        body: medischeUitkomstSchema,
        response: { 200: medischVerzoekSchema, ...problemResponses(400, 401, 403, 404, 409, 428) },
      },
    },
    async (request, reply) => {
      const versie = requiredVersion(request.headers['if-match']);
      const v = await registreerMedischeUitkomst(db, accessContext(request), request.params.id, versie, request.body);
      setVersionTag(reply, v.versie);
      return v;
    },
  );
}
