import { z } from 'zod';
import type { App } from '../platform/http/app';
import { problemResponses } from '../platform/http/problem';
import { requiredVersion, setVersionTag } from '../platform/http/versioning';
import { accessContext } from '../identity/session-auth';
import { idParamsSchema } from '../identity/schemas';
import { taakSchema, taakToewijzenSchema, takenLijstSchema, takenQuerySchema } from './schemas';
import { listCasusTasks, listInbox } from './read-tasks';
import { completeTask } from './complete-task';
import { assignTask } from './assign-task';

const tags = ['Taken'];
const ifMatch = z.object({ 'if-match': z.string().optional() });

export async function takenRoutes(app: App): Promise<void> {
  const { db } = app.deps;

  app.get(
    '/api/v1/taken',
    {
      schema: {
        tags,
        summary: 'Inbox: taken van uw organisatie of van uzelf',
        description: 'Alleen taken van de organisatie waarvoor u nu werkt. Open taken: te laat eerst, dan op deadline.',
        querystring: takenQuerySchema,
        response: { 200: takenLijstSchema, ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => ({ taken: await listInbox(db, accessContext(request), request.query) }),
  );

  app.get(
    '/api/v1/casussen/:id/taken',
    {
      schema: {
        tags,
        summary: 'Taken op een casus, van alle organisaties',
        description: 'Voor de deelnemers: zo ziet Veilig Thuis dat de politiemelding te laat is, en andersom.',
        params: idParamsSchema,
        response: { 200: takenLijstSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => ({ taken: await listCasusTasks(db, accessContext(request), request.params.id) }),
  );

  app.post(
    '/api/v1/taken/:id/afronding',
    {
      schema: {
        tags,
        summary: 'Taak afronden',
        description: 'Alleen een taak van uw eigen organisatie; vereist If-Match met de versie.',
        params: idParamsSchema,
        headers: ifMatch,
        body: z.object({}).strict().optional(),
        response: { 200: taakSchema, ...problemResponses(400, 401, 403, 404, 409, 428) },
      },
    },
    async (request, reply) => {
      const taak = await completeTask(db, accessContext(request), request.params.id, requiredVersion(request.headers['if-match']));
      setVersionTag(reply, taak.versie);
      return taak;
    },
  );

  app.patch(
    '/api/v1/taken/:id',
    {
      schema: {
        tags,
        summary: 'Taak toewijzen',
        description: 'Aan een medewerker van de eigen organisatie, of aan niemand (null); vereist If-Match met de versie.',
        params: idParamsSchema,
        headers: ifMatch,
        body: taakToewijzenSchema,
        response: { 200: taakSchema, ...problemResponses(400, 401, 403, 404, 409, 428) },
      },
    },
    async (request, reply) => {
      const taak = await assignTask(db, accessContext(request), request.params.id, requiredVersion(request.headers['if-match']), request.body);
      setVersionTag(reply, taak.versie);
      return taak;
    },
  );
}
