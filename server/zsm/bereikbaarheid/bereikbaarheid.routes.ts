import { z } from 'zod';
import type { App } from '../../platform/http/app';
import { problemResponses } from '../../platform/http/problem';
import { requiredVersion, setVersionTag } from '../../platform/http/versioning';
import { accessContext } from '../../identity/session-auth';
import { bereikbaarheidInvoerSchema, bereikbaarheidLijstSchema, vtBereikbaarheidSchema } from './schemas';
import { readBereikbaarheid } from './read-bereikbaarheid';
import { replaceBereikbaarheid } from './replace-bereikbaarheid';

const tags = ['ZSM'];

export async function bereikbaarheidRoutes(app: App): Promise<void> {
  const { db } = app.deps;

  app.get(
    '/api/v1/zsm-bereikbaarheid',
    {
      schema: {
        tags,
        summary: 'Bereikbaarheid van Veilig Thuis op ZSM',
        description:
          'Per Veilig Thuis-organisatie van uw regio: de week (aan tafel, telefonisch, bereikbaarheidsdienst) en wie nu te bereiken is. ' +
          'Voor medewerkers van de regio en de functioneel beheerder. Elke organisatie draagt haar versie (voor If-Match bij vervangen).',
        response: { 200: bereikbaarheidLijstSchema, ...problemResponses(401, 403) },
      },
    },
    async (request) => readBereikbaarheid(db, accessContext(request)),
  );

  app.put(
    '/api/v1/zsm-bereikbaarheid/:vtOrganisatieId',
    {
      schema: {
        tags,
        summary: 'Week van Veilig Thuis op ZSM vervangen',
        description:
          'Door de functioneel beheerder van die Veilig Thuis-organisatie (andere organisaties 404), met If-Match (de versie uit GET). ' +
          'Blokken per weekdag mogen niet overlappen en tot moet later zijn dan van; anders 400 met het blok. Tijden in Nederlandse tijd; 24:00 = einde van de dag.',
        params: z.object({ vtOrganisatieId: z.uuid('geen geldige id') }),
        body: bereikbaarheidInvoerSchema,
        response: { 200: vtBereikbaarheidSchema, ...problemResponses(400, 401, 403, 404, 409, 428) },
      },
    },
    async (request, reply) => {
      const versie = requiredVersion(request.headers['if-match']);
      const week = await replaceBereikbaarheid(db, accessContext(request), request.params.vtOrganisatieId, versie, request.body);
      setVersionTag(reply, week.versie);
      return week;
    },
  );
}
