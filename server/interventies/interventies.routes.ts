import type { App } from '../platform/http/app';
import { problemResponses } from '../platform/http/problem';
import { requiredVersion, setVersionTag } from '../platform/http/versioning';
import { accessContext } from '../identity/session-auth';
import {
  interventieCodeParamsSchema,
  interventieFilterSchema,
  interventieInvoerSchema,
  interventieLijstSchema,
  interventieSchema,
  interventieWijzigingSchema,
} from './schemas';
import { readInterventies } from './list-interventies';
import { readInterventie } from './read-interventie';
import { createInterventie } from './create-interventie';
import { changeInterventie } from './change-interventie';

/**
 * The intervention catalogue. It holds no personal data, so every signed-in user may read it (the default
 * access: an active session); reads are not audited. The functional administrator maintains it (audited).
 */
export async function interventiesRoutes(app: App): Promise<void> {
  const { db } = app.deps;

  app.get(
    '/api/v1/interventies',
    {
      schema: {
        tags: ['Interventies'],
        summary: 'Interventiecatalogus',
        description:
          'De interventies van het veiligheidsplan per fase (acuut, risicogestuurd, herstel) en rechtsdomein. ' +
          'Filter met fase en/of rechtsdomein; zonder filter de hele catalogus. Alleen actieve interventies, behalve met alle=true ' +
          '(alleen de functioneel beheerder). Maatregelen elders verwijzen naar de code.',
        querystring: interventieFilterSchema,
        response: { 200: interventieLijstSchema, ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => ({ interventies: await readInterventies(db, accessContext(request), request.query) }),
  );

  app.get(
    '/api/v1/interventies/:code',
    {
      schema: {
        tags: ['Interventies'],
        summary: 'Eén interventie',
        description: 'Ook een inactieve interventie (bestaande maatregelen kunnen ernaar verwijzen). ETag is de versie.',
        params: interventieCodeParamsSchema,
        response: { 200: interventieSchema, ...problemResponses(400, 401, 404) },
      },
    },
    async (request, reply) => {
      const interventie = await readInterventie(db, accessContext(request), request.params.code);
      setVersionTag(reply, interventie.versie);
      return interventie;
    },
  );

  app.post(
    '/api/v1/interventies',
    {
      schema: {
        tags: ['Interventies'],
        summary: 'Interventie toevoegen',
        description: 'Alleen voor de functioneel beheerder. De code is uniek en verandert nooit; voorwaardeSoort alleen bij strafrecht.',
        body: interventieInvoerSchema,
        response: { 201: interventieSchema, ...problemResponses(400, 401, 403, 409) },
      },
    },
    async (request, reply) => {
      const interventie = await createInterventie(db, accessContext(request), request.body);
      reply.status(201).header('location', `/api/v1/interventies/${interventie.code}`);
      setVersionTag(reply, interventie.versie);
      return interventie;
    },
  );

  app.patch(
    '/api/v1/interventies/:code',
    {
      schema: {
        tags: ['Interventies'],
        summary: 'Interventie wijzigen of uitzetten',
        description:
          'Alleen voor de functioneel beheerder. Vereist If-Match. Uitzetten met actief=false (er is geen verwijderen): ' +
          'een inactieve interventie kan niet meer gekozen worden, bestaande verwijzingen blijven geldig.',
        params: interventieCodeParamsSchema,
        body: interventieWijzigingSchema,
        response: { 200: interventieSchema, ...problemResponses(400, 401, 403, 404, 409, 428) },
      },
    },
    async (request, reply) => {
      const ctx = accessContext(request);
      const interventie = await changeInterventie(db, ctx, request.params.code, requiredVersion(request.headers['if-match']), request.body);
      setVersionTag(reply, interventie.versie);
      return interventie;
    },
  );
}
