import { z } from 'zod';
import type { App } from '../platform/http/app';
import { problemResponses } from '../platform/http/problem';
import { requiredVersion, setVersionTag } from '../platform/http/versioning';
import { accessContext } from '../identity/session-auth';
import {
  casusInvoerSchema,
  casusLijstQuerySchema,
  casusLijstSchema,
  casusMeldingKoppelenSchema,
  casusPersoonSchema,
  casusPersoonToevoegenSchema,
  casusSchema,
  casusWijzigenSchema,
  coordinatiemomentenBevestigenSchema,
  coordinatiemomentenLijstSchema,
  routeadviesSchema,
  tijdlijnSchema,
} from './schemas';
import { openCasus } from './open-casus';
import { readCasus } from './read-casus';
import { listCasussen } from './list-casussen';
import { updateCasus } from './update-casus';
import { linkMelding } from './link-melding';
import { addCasusPerson } from './add-casus-person';
import { removeCasusPerson } from './remove-casus-person';
import { readTimeline } from './read-timeline';
import { readRouteAdvice } from './route-advice';
import { confirmCoordination } from './confirm-coordination';

const tags = ['Casussen'];
const forParticipants =
  'Voor medewerkers, voorzitters Actieoverleg en officieren van justitie van een organisatie die aan de casus deelneemt; anders 404.';
const idParams = z.object({ id: z.uuid('geen geldige id') });

export async function casussenRoutes(app: App): Promise<void> {
  const { db } = app.deps;

  app.post(
    '/api/v1/casussen',
    {
      schema: {
        tags,
        summary: 'Casus openen',
        description:
          'Opent een casus in de regio van uw organisatie, met uw organisatie als eerste deelnemer (doel en grondslag). ' +
          'Gekoppelde meldingen brengen hun personen mee. Voor Veilig Thuis komt de veiligheidstaxatie in de takenlijst.',
        body: casusInvoerSchema,
        response: { 201: casusSchema, ...problemResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const casus = await openCasus(db, accessContext(request), request.body);
      reply.status(201).header('location', `/api/v1/casussen/${casus.id}`);
      setVersionTag(reply, casus.versie);
      return casus;
    },
  );

  app.get(
    '/api/v1/casussen',
    {
      schema: {
        tags,
        summary: 'Casussen van de eigen organisatie',
        description: 'Casussen waaraan uw organisatie nu deelneemt, nieuwste eerst, met open en verlopen taken van uw organisatie.',
        querystring: casusLijstQuerySchema,
        response: { 200: casusLijstSchema, ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => listCasussen(db, accessContext(request), request.query),
  );

  app.get(
    '/api/v1/casussen/:id',
    {
      schema: {
        tags,
        summary: 'Eén casus',
        description: `${forParticipants} De ETag-header geeft de versie voor If-Match bij wijzigen.`,
        params: idParams,
        response: { 200: casusSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const casus = await readCasus(db, accessContext(request), request.params.id);
      setVersionTag(reply, casus.versie);
      return casus;
    },
  );

  app.patch(
    '/api/v1/casussen/:id',
    {
      schema: {
        tags,
        summary: 'Status of regie wijzigen',
        description: `${forParticipants} Vereist If-Match; is de casus intussen gewijzigd, dan volgt 409 met de huidige versie.`,
        params: idParams,
        headers: z.object({ 'if-match': z.string().optional() }),
        body: casusWijzigenSchema,
        response: { 200: casusSchema, ...problemResponses(400, 401, 403, 404, 409, 428) },
      },
    },
    async (request, reply) => {
      const ctx = accessContext(request);
      const casus = await updateCasus(db, ctx, request.params.id, requiredVersion(request.headers['if-match']), request.body);
      setVersionTag(reply, casus.versie);
      return casus;
    },
  );

  app.post(
    '/api/v1/casussen/:id/meldingen',
    {
      schema: {
        tags,
        summary: 'Melding koppelen',
        description: `${forParticipants} Alleen een melding die uw organisatie ontving en die nog niet in een casus zit.`,
        params: idParams,
        body: casusMeldingKoppelenSchema,
        response: { 200: casusSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const casus = await linkMelding(db, accessContext(request), request.params.id, request.body.meldingId);
      setVersionTag(reply, casus.versie);
      return casus;
    },
  );

  app.post(
    '/api/v1/casussen/:id/personen',
    {
      schema: {
        tags,
        summary: 'Persoon toevoegen',
        description: forParticipants,
        params: idParams,
        body: casusPersoonToevoegenSchema,
        response: { 201: casusPersoonSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const persoon = await addCasusPerson(db, accessContext(request), request.params.id, request.body);
      reply.status(201);
      return persoon;
    },
  );

  app.delete(
    '/api/v1/casussen/:id/personen/:persoonId',
    {
      schema: {
        tags,
        summary: 'Persoon uit de casus halen',
        description: forParticipants,
        params: z.object({ id: z.uuid('geen geldige id'), persoonId: z.uuid('geen geldige id') }),
        response: { 204: z.null().describe('Verwijderd'), ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      await removeCasusPerson(db, accessContext(request), request.params.id, request.params.persoonId);
      reply.status(204).send(null);
    },
  );

  app.get(
    '/api/v1/casussen/:id/tijdlijn',
    {
      schema: {
        tags,
        summary: 'Tijdlijn van de casus',
        description: `${forParticipants} Elke stap, oudste eerst; gebeurtenissen voor genoemde organisaties alleen voor hen (need-to-know).`,
        params: idParams,
        response: { 200: tijdlijnSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => ({ items: await readTimeline(db, accessContext(request), request.params.id) }),
  );

  app.get(
    '/api/v1/casussen/:id/routeadvies',
    {
      schema: {
        tags,
        summary: 'Routeadvies (routekaart)',
        description: `${forParticipants} Welke coördinatiemomenten de routekaart voorstelt, met de redenen en de feiten.`,
        params: idParams,
        response: { 200: routeadviesSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => readRouteAdvice(db, accessContext(request), request.params.id),
  );

  app.post(
    '/api/v1/casussen/:id/coordinatiemomenten',
    {
      schema: {
        tags,
        summary: 'Routeadvies bevestigen',
        description: `${forParticipants} Opent elk bevestigd coördinatiemoment; een moment dat al loopt geeft 409.`,
        params: idParams,
        body: coordinatiemomentenBevestigenSchema,
        response: { 201: coordinatiemomentenLijstSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const coordinatiemomenten = await confirmCoordination(db, accessContext(request), request.params.id, request.body);
      reply.status(201);
      return { coordinatiemomenten };
    },
  );
}
