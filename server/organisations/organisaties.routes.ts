import { z } from 'zod';
import type { App } from '../platform/http/app';
import { problemResponses, problems } from '../platform/http/problem';
import { organisatieLijstSchema, organisatieSchema, regioLijstSchema } from './schemas';
import { findOrganisation, listOrganisations, listRegions } from './organisations.storage';

const tags = ['Organisaties'];

/**
 * The directory of partner organisations and regions. It holds no personal data, so every signed-in user
 * may read it (to see who takes part in a region and whom to reach); reads are not audited.
 */
export async function organisatiesRoutes(app: App): Promise<void> {
  const { db } = app.deps;

  app.get(
    '/api/v1/organisaties',
    {
      schema: {
        tags,
        summary: 'Ketenpartners',
        querystring: z.object({ regioId: z.uuid().optional() }),
        response: { 200: organisatieLijstSchema, ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => ({ organisaties: await listOrganisations(db, request.query.regioId) }),
  );

  app.get(
    '/api/v1/organisaties/:id',
    {
      schema: {
        tags,
        summary: 'Eén ketenpartner',
        params: z.object({ id: z.uuid('geen geldige id') }),
        response: { 200: organisatieSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const organisatie = await findOrganisation(db, request.params.id);
      if (!organisatie) throw problems.notFound();
      return organisatie;
    },
  );

  app.get(
    '/api/v1/regios',
    { schema: { tags, summary: 'Regio’s', response: { 200: regioLijstSchema, ...problemResponses(401, 403) } } },
    async () => ({ regios: await listRegions(db) }),
  );
}
