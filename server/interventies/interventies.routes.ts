import type { App } from '../platform/http/app';
import { problemResponses } from '../platform/http/problem';
import { interventieFilterSchema, interventieLijstSchema } from './schemas';
import { interventiesVoor } from './catalogus';

/**
 * The intervention catalogue. It holds no personal data, so every signed-in user may read it (the default
 * access: an active session); reads are not audited.
 */
export async function interventiesRoutes(app: App): Promise<void> {
  app.get(
    '/api/v1/interventies',
    {
      schema: {
        tags: ['Interventies'],
        summary: 'Interventiecatalogus',
        description:
          'De interventies van het veiligheidsplan per fase (acuut, risicogestuurd, herstel) en rechtsdomein. ' +
          'Filter met fase en/of rechtsdomein; zonder filter de hele catalogus. Maatregelen elders verwijzen naar de code.',
        querystring: interventieFilterSchema,
        response: { 200: interventieLijstSchema, ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => ({ interventies: interventiesVoor(request.query) }),
  );
}
