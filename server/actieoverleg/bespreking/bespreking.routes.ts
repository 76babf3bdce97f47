import { z } from 'zod';
import type { App } from '../../platform/http/app';
import { problemResponses } from '../../platform/http/problem';
import { requiredVersion, setVersionTag } from '../../platform/http/versioning';
import { accessContext } from '../../identity/session-auth';
import { besprekingSchema, besprekingWijzigenSchema } from './schemas';
import { readBespreking } from './read-bespreking';
import { updateBesprekingVan } from './update-bespreking';
import { markBesproken } from './mark-besproken';

const tags = ['Actieoverleg'];
const idParams = z.object({ id: z.uuid('geen geldige id') });
const zichtbaar = 'Voor wie het agendapunt mag zien: de voorzitter, de vaste deelnemers en een op afroep uitgenodigde partner (alleen zijn agendapunten); anders 404.';

export async function besprekingRoutes(app: App): Promise<void> {
  const { db } = app.deps;

  app.get(
    '/api/v1/agendapunten/:id/bespreking',
    {
      schema: {
        tags,
        summary: 'De bespreking van een agendapunt (3 stappen)',
        description:
          `${zichtbaar} Stap 1 (grootste zorg, directe veiligheid, gevaren, complicerende factoren), stap 2 (samenhang, interventies, scenario’s), ` +
          'stap 3 (regie, monitoring, informatie aan betrokkenen, te informeren partijen), de openstaande afspraken uit eerdere overleggen met hun beoordeling, ' +
          'en wat nog ontbreekt om af te ronden. De ETag-header geeft de versie.',
        params: idParams,
        response: { 200: besprekingSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const bespreking = await readBespreking(db, accessContext(request), request.params.id);
      setVersionTag(reply, bespreking.versie);
      return bespreking;
    },
  );

  app.patch(
    '/api/v1/agendapunten/:id/bespreking',
    {
      schema: {
        tags,
        summary: 'De bespreking vastleggen',
        description:
          `${zichtbaar} Vastleggen is voor de voorzitter en de vaste deelnemers (op afroep: 403), terwijl het overleg loopt (anders 409). Vereist If-Match. ` +
          'De regie-organisatie neemt deel aan de casus; de regisseur werkt daar.',
        params: idParams,
        headers: z.object({ 'if-match': z.string().optional() }),
        body: besprekingWijzigenSchema,
        response: { 200: besprekingSchema, ...problemResponses(400, 401, 403, 404, 409, 428) },
      },
    },
    async (request, reply) => {
      const ctx = accessContext(request);
      const bespreking = await updateBesprekingVan(db, ctx, request.params.id, requiredVersion(request.headers['if-match']), request.body);
      setVersionTag(reply, bespreking.versie);
      return bespreking;
    },
  );

  app.post(
    '/api/v1/agendapunten/:id/besproken',
    {
      schema: {
        tags,
        summary: 'Agendapunt als besproken markeren',
        description:
          `${zichtbaar} Voor de voorzitter en de vaste deelnemers, terwijl het overleg loopt. Vereist de grootste zorg (stap 1), de regie (stap 3) en een beoordeling ` +
          'van elke openstaande afspraak uit eerdere overleggen; anders 409 bespreking-onvolledig met elk ontbrekend veld in invalidParams. De aanmelding wordt besproken.',
        params: idParams,
        body: z.object({}).strict().optional(),
        response: { 200: besprekingSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const bespreking = await markBesproken(db, accessContext(request), request.params.id);
      setVersionTag(reply, bespreking.versie);
      return bespreking;
    },
  );
}
