import { z } from 'zod';
import type { App } from '../platform/http/app';
import { problemResponses } from '../platform/http/problem';
import { accessContext } from '../identity/session-auth';
import { auditActor } from '../identity/access-context';
import { requirePermission } from '../identity/access-policy';
import { appendAudit, listAuditForOrganisation } from './audit-log';

const itemSchema = z.object({
  seq: z.number().int(),
  at: z.string(),
  gebruikerId: z.string().nullable(),
  organisatieId: z.string().nullable(),
  rollen: z.array(z.string()),
  actie: z.string(),
  objectType: z.string().nullable(),
  objectId: z.string().nullable(),
  doel: z.string(),
  uitkomst: z.string(),
});

export async function auditLogRoutes(app: App): Promise<void> {
  const { db } = app.deps;
  app.get(
    '/api/v1/audit-log',
    {
      schema: {
        tags: ['Audit-log'],
        summary: 'Audit-log van de eigen organisatie',
        description:
          'De nieuwste vermeldingen die namens de eigen organisatie zijn vastgelegd, voor de functioneel beheerder. ' +
          'Dit inzien wordt zelf ook vastgelegd.',
        querystring: z.object({
          limiet: z.coerce.number().int().min(1).max(200).default(50),
          voor: z.coerce.number().int().min(1).optional().describe('Alleen vermeldingen met een volgnummer lager dan dit'),
        }),
        response: {
          200: z.object({ items: z.array(itemSchema), volgende: z.number().int().nullable() }),
          ...problemResponses(400, 401, 403),
        },
      },
    },
    async (request) => {
      const ctx = accessContext(request);
      requirePermission(ctx, 'audit-log.inzien');
      const { limiet, voor } = request.query;
      return db.transaction(async (tx) => {
        const items = await listAuditForOrganisation(tx, ctx.organisatie.id, limiet, voor);
        await appendAudit(tx, auditActor(ctx), {
          actie: 'lezen',
          objectType: 'audit-log',
          objectId: ctx.organisatie.id,
          uitkomst: 'gelukt',
          doel: 'toezicht-auditlog',
          details: { aantal: items.length },
        });
        return {
          items: items.map((i) => ({ ...i, at: i.at.toISOString() })),
          volgende: items.length === limiet ? items[items.length - 1]!.seq : null,
        };
      });
    },
  );
}
