import { z } from 'zod';
import type { App } from '../../platform/http/app';
import { problemResponses } from '../../platform/http/problem';
import { accessContext } from '../../identity/session-auth';
import { requirePermission } from '../../identity/access-policy';
import { indicatorCatalogus } from '../catalogus';
import { periodeFilterSchema } from '../schemas';
import { indicatorCatalogusSchema, indicatorWaardenSchema, onderliggendeCasussenQuerySchema, onderliggendeCasussenSchema } from './schemas';
import { leesIndicatorWaarden } from './lees-indicator-waarden';
import { leesOnderliggendeCasussen } from './lees-onderliggende-casussen';

const tags = ['Indicatoren'];
const voorInzien = 'Voor rollen met indicatoren.inzien (analist, RNZS-lid, voorzitter Actieoverleg). Alleen cijfers: kleine aantallen (< 5) worden niet getoond, nooit een persoon.';

export async function indicatorDashboardRoutes(app: App): Promise<void> {
  const { db } = app.deps;

  app.get(
    '/api/v1/indicatoren',
    {
      schema: {
        tags,
        summary: 'De indicatoren: definities per verbeteractie en soort',
        description: voorInzien,
        response: { 200: indicatorCatalogusSchema, ...problemResponses(401, 403) },
      },
    },
    async (request) => {
      requirePermission(accessContext(request), 'indicatoren.inzien');
      return { indicatoren: [...indicatorCatalogus] };
    },
  );

  app.get(
    '/api/v1/indicatoren/waarden',
    {
      schema: {
        tags,
        summary: 'De cijfers van alle indicatoren voor een regio en periode',
        description: `${voorInzien} Elke regio mag gekozen worden. Een periode zonder gegevens geeft leeg: true.`,
        querystring: periodeFilterSchema,
        response: { 200: indicatorWaardenSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => leesIndicatorWaarden(db, accessContext(request), request.query),
  );

  app.get(
    '/api/v1/indicatoren/:id/casussen',
    {
      schema: {
        tags,
        summary: 'Onderliggende casussen van een getelde indicator',
        description:
          'Alleen voor wie casussen behandelt én indicatoren inziet (voorzitter Actieoverleg), in de eigen regio, en alleen casussen ' +
          'waaraan de eigen organisatie deelneemt. Anders 404. Elke opvraging wordt gelogd.',
        params: z.object({ id: z.string().min(1).max(200) }),
        querystring: onderliggendeCasussenQuerySchema,
        response: { 200: onderliggendeCasussenSchema, ...problemResponses(400, 401, 404) },
      },
    },
    async (request) => leesOnderliggendeCasussen(db, accessContext(request), request.params.id, request.query),
  );
}
