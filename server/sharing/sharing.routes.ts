import { z } from 'zod';
import type { App } from '../platform/http/app';
import { problemResponses } from '../platform/http/problem';
import { requiredVersion, setVersionTag } from '../platform/http/versioning';
import { accessContext } from '../identity/session-auth';
import {
  deelnemerInvoerSchema,
  deelnemerLijstSchema,
  deelnemerSchema,
  grondslagInvoerSchema,
  grondslagLijstSchema,
  grondslagSchema,
  grondslagWijzigenSchema,
  informatieItemInvoerSchema,
  informatieItemLijstSchema,
  informatieItemSchema,
  vertrekInvoerSchema,
} from './schemas';
import { readGrondslagen } from './read-grondslagen';
import { createGrondslag } from './create-grondslag';
import { changeGrondslag } from './change-grondslag';
import { readParticipants } from './list-participants';
import { addParticipant } from './add-participant';
import { leaveCasus } from './leave-casus';
import { readInformation } from './read-information';
import { shareInformation } from './share-information';

const forParticipants =
  'Voor medewerkers, voorzitters Actieoverleg en officieren van justitie van een organisatie die aan de casus deelneemt; anders 404.';
const idParams = z.object({ id: z.uuid('geen geldige id') });

export async function sharingRoutes(app: App): Promise<void> {
  const { db } = app.deps;

  app.get(
    '/api/v1/grondslagen',
    {
      schema: {
        tags: ['Grondslagen'],
        summary: 'Register van grondslagen',
        description: 'Medewerkers zien de actieve grondslagen om uit te kiezen; de functioneel beheerder ziet ook de inactieve.',
        response: { 200: grondslagLijstSchema, ...problemResponses(401, 403) },
      },
    },
    async (request) => ({ grondslagen: await readGrondslagen(db, accessContext(request)) }),
  );

  app.post(
    '/api/v1/grondslagen',
    {
      schema: {
        tags: ['Grondslagen'],
        summary: 'Grondslag toevoegen',
        description: 'Alleen voor de functioneel beheerder.',
        body: grondslagInvoerSchema,
        response: { 201: grondslagSchema, ...problemResponses(400, 401, 403, 409) },
      },
    },
    async (request, reply) => {
      const grondslag = await createGrondslag(db, accessContext(request), request.body);
      reply.status(201).header('location', `/api/v1/grondslagen/${grondslag.id}`);
      setVersionTag(reply, grondslag.versie);
      return grondslag;
    },
  );

  app.patch(
    '/api/v1/grondslagen/:id',
    {
      schema: {
        tags: ['Grondslagen'],
        summary: 'Grondslag wijzigen of deactiveren',
        description: 'Alleen voor de functioneel beheerder. Vereist If-Match. Een inactieve grondslag blijft gelden voor bestaande deelnames.',
        params: idParams,
        headers: z.object({ 'if-match': z.string().optional() }),
        body: grondslagWijzigenSchema,
        response: { 200: grondslagSchema, ...problemResponses(400, 401, 403, 404, 409, 428) },
      },
    },
    async (request, reply) => {
      const ctx = accessContext(request);
      const grondslag = await changeGrondslag(db, ctx, request.params.id, requiredVersion(request.headers['if-match']), request.body);
      setVersionTag(reply, grondslag.versie);
      return grondslag;
    },
  );

  app.get(
    '/api/v1/casussen/:id/deelnemers',
    {
      schema: {
        tags: ['Casussen'],
        summary: 'Deelnemers met doel en grondslag',
        description: `${forParticipants} Ook vertrokken deelnemers, met hun einddatum.`,
        params: idParams,
        response: { 200: deelnemerLijstSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => ({ deelnemers: await readParticipants(db, accessContext(request), request.params.id) }),
  );

  app.post(
    '/api/v1/casussen/:id/deelnemers',
    {
      schema: {
        tags: ['Casussen'],
        summary: 'Organisatie laten deelnemen',
        description: `${forParticipants} Legt vast waarom (doel) en op welke grondslag de organisatie deelneemt; daarna ziet zij de casus.`,
        params: idParams,
        body: deelnemerInvoerSchema,
        response: { 201: deelnemerSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const deelnemer = await addParticipant(db, accessContext(request), request.params.id, request.body);
      reply.status(201);
      return deelnemer;
    },
  );

  app.post(
    '/api/v1/casussen/:id/deelnemers/:deelnemerId/vertrek',
    {
      schema: {
        tags: ['Casussen'],
        summary: 'Deelname beëindigen',
        description: `${forParticipants} Een organisatie beëindigt haar eigen deelname en ziet de casus daarna niet meer. De laatste deelnemer van een open casus kan niet vertrekken (409).`,
        params: z.object({ id: z.uuid('geen geldige id'), deelnemerId: z.uuid('geen geldige id') }),
        body: vertrekInvoerSchema,
        response: { 200: deelnemerSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => leaveCasus(db, accessContext(request), request.params.id, request.params.deelnemerId, request.body.reden),
  );

  app.get(
    '/api/v1/casussen/:id/informatie',
    {
      schema: {
        tags: ['Casussen'],
        summary: 'Gedeelde informatie',
        description: `${forParticipants} Alleen items voor alle deelnemers, voor uw organisatie, of van uw organisatie (need-to-know).`,
        params: idParams,
        response: { 200: informatieItemLijstSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => ({ items: await readInformation(db, accessContext(request), request.params.id) }),
  );

  app.post(
    '/api/v1/casussen/:id/informatie',
    {
      schema: {
        tags: ['Casussen'],
        summary: 'Informatie delen',
        description: `${forParticipants} De categorie past bij de soort van uw organisatie; zichtbaarVoor noemt alleen deelnemers.`,
        params: idParams,
        body: informatieItemInvoerSchema,
        response: { 201: informatieItemSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const item = await shareInformation(db, accessContext(request), request.params.id, request.body);
      reply.status(201).header('location', `/api/v1/casussen/${request.params.id}/informatie`);
      return item;
    },
  );
}
