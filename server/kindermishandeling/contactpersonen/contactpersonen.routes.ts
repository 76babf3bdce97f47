import { z } from 'zod';
import type { App } from '../../platform/http/app';
import { problemResponses } from '../../platform/http/problem';
import { requiredVersion, setVersionTag } from '../../platform/http/versioning';
import { accessContext } from '../../identity/session-auth';
import {
  contactpersonenLijstSchema,
  contactpersonenQuerySchema,
  contactpersoonInvoerSchema,
  contactpersoonSchema,
  contactpersoonWijzigingSchema,
} from '../schemas';
import { listContactpersonen } from './list-contactpersonen';
import { createContactpersoon } from './create-contactpersoon';
import { wijzigContactpersoon } from './update-contactpersoon';
import { deactiveerContactpersoon } from './deactiveer-contactpersoon';

const tags = ['Strafbare kindermishandeling'];
const idParams = z.object({ id: z.uuid('geen geldige id') });
const beheer = 'Alleen de functioneel beheerder, voor de eigen organisatie (anders 403; een item van een andere organisatie 404).';

export async function contactpersonenRoutes(app: App): Promise<void> {
  const { db } = app.deps;

  app.get(
    '/api/v1/kindermishandeling/contactpersonen',
    {
      schema: {
        tags,
        summary: 'Contactpersonen kindermishandeling van de regio, in escalatievolgorde',
        description: 'Per organisatie eerst de bureaudienst, dan de vaste contactpersonen, elk op volgorde. Casuswerkers en functioneel beheerders (anders 403).',
        querystring: contactpersonenQuerySchema,
        response: { 200: contactpersonenLijstSchema, ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => ({ items: await listContactpersonen(db, accessContext(request), request.query.organisatieId) }),
  );

  app.post(
    '/api/v1/kindermishandeling/contactpersonen',
    {
      schema: {
        tags,
        summary: 'Contactpersoon kindermishandeling toevoegen',
        description: beheer,
        body: contactpersoonInvoerSchema,
        response: { 201: contactpersoonSchema, ...problemResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const c = await createContactpersoon(db, accessContext(request), request.body);
      setVersionTag(reply, c.versie);
      return reply.status(201).send(c);
    },
  );

  app.patch(
    '/api/v1/kindermishandeling/contactpersonen/:id',
    {
      schema: {
        tags,
        summary: 'Contactpersoon kindermishandeling wijzigen',
        description: `${beheer} Met If-Match (428 zonder, 409 bij een verouderde versie).`,
        params: idParams,
        headers: z.object({ 'if-match': z.string().optional() }),
        body: contactpersoonWijzigingSchema,
        response: { 200: contactpersoonSchema, ...problemResponses(400, 401, 403, 404, 409, 428) },
      },
    },
    async (request, reply) => {
      const versie = requiredVersion(request.headers['if-match']);
      const c = await wijzigContactpersoon(db, accessContext(request), request.params.id, versie, request.body);
      setVersionTag(reply, c.versie);
      return c;
    },
  );

  app.delete(
    '/api/v1/kindermishandeling/contactpersonen/:id',
    {
      schema: {
        tags,
        summary: 'Contactpersoon kindermishandeling uitzetten',
        description: `${beheer} Het item blijft bewaard maar staat niet meer in de lijst.`,
        params: idParams,
        response: { 204: z.null(), ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      await deactiveerContactpersoon(db, accessContext(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
}
