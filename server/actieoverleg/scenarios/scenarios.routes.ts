import { z } from 'zod';
import type { App } from '../../platform/http/app';
import { problemResponses } from '../../platform/http/problem';
import { requiredVersion, setVersionTag } from '../../platform/http/versioning';
import { accessContext } from '../../identity/session-auth';
import { meldingScenariosSchema, scenarioInvoerSchema, scenarioLijstSchema, scenarioSchema } from './schemas';
import { createScenario } from './create-scenario';
import { listScenariosVanCasus, listScenariosVanMelding } from './read-scenarios';
import { intrekScenario } from './withdraw-scenario';

const tags = ['Actieoverleg'];
const idParams = z.object({ id: z.uuid('geen geldige id') });

export async function scenariosRoutes(app: App): Promise<void> {
  const { db } = app.deps;

  app.post(
    '/api/v1/agendapunten/:id/scenarios',
    {
      schema: {
        tags,
        summary: 'Scenario vastleggen bij een agendapunt',
        description:
          'Stap 2: wat er gebeurt bij een volgend incident of het niet nakomen van afspraken. Voor de voorzitter en de vaste deelnemers, terwijl het overleg loopt. ' +
          'Het scenario blijft op de casus tot het wordt ingetrokken; een nieuwe melding over de personen zet het in werking.',
        params: idParams,
        body: scenarioInvoerSchema,
        response: { 201: scenarioSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const scenario = await createScenario(db, accessContext(request), request.params.id, request.body);
      reply.status(201);
      setVersionTag(reply, scenario.versie);
      return scenario;
    },
  );

  app.get(
    '/api/v1/casussen/:id/scenarios',
    {
      schema: {
        tags,
        summary: "Scenario's van een casus",
        description: 'Voor de organisaties die aan de casus deelnemen; actieve eerst, met elke keer dat het scenario in werking trad.',
        params: idParams,
        response: { 200: scenarioLijstSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => ({ scenarios: await listScenariosVanCasus(db, accessContext(request), request.params.id) }),
  );

  app.post(
    '/api/v1/scenarios/:id/intrekken',
    {
      schema: {
        tags,
        summary: 'Scenario intrekken',
        description:
          'Voor de eigenaar-organisatie en de voorzitter Actieoverleg van de regio (andere deelnemers 403, anderen 404). If-Match is optioneel; een verouderde versie geeft 409.',
        params: idParams,
        headers: z.object({ 'if-match': z.string().optional() }),
        body: z.object({}).strict().optional(),
        response: { 200: scenarioSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const ifMatch = request.headers['if-match'];
      const scenario = await intrekScenario(db, accessContext(request), request.params.id, ifMatch === undefined ? null : requiredVersion(ifMatch));
      setVersionTag(reply, scenario.versie);
      return scenario;
    },
  );

  app.get(
    '/api/v1/meldingen/:id/scenarios',
    {
      schema: {
        tags,
        summary: "Scenario's die deze melding in werking zette",
        description:
          'Voor wie de melding mag zien: de afgesproken scenario’s uit het Actieoverleg over deze personen, met de eigenaar om contact mee op te nemen. ' +
          'Het casusnummer alleen als uw organisatie aan die casus deelneemt.',
        params: idParams,
        response: { 200: meldingScenariosSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => ({ scenarios: await listScenariosVanMelding(db, accessContext(request), request.params.id) }),
  );
}
