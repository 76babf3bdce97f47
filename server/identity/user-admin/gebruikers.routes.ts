import { z } from 'zod';
import type { App } from '../../platform/http/app';
import { problemResponses } from '../../platform/http/problem';
import { requiredVersion, setVersionTag } from '../../platform/http/versioning';
import { accessContext } from '../session-auth';
import { gebruikerAanmakenSchema, gebruikerLijstSchema, gebruikerSchema, gebruikerWijzigenSchema, idParamsSchema } from '../schemas';
import { listUsers, readUser } from './read-users';
import { createUser } from './create-user';
import { updateUser } from './update-user';
import { resetSecondFactor } from './reset-second-factor';

const tags = ['Gebruikers'];
const forAdmins = 'Alleen voor de functioneel beheerder, en alleen voor gebruikers van de eigen organisatie.';

export async function gebruikersRoutes(app: App): Promise<void> {
  const { db } = app.deps;

  app.get(
    '/api/v1/gebruikers',
    {
      schema: {
        tags,
        summary: 'Gebruikers van de eigen organisatie',
        description: forAdmins,
        querystring: z.object({ zoek: z.string().trim().min(1).max(100).optional().describe('Deel van naam of gebruikersnaam') }),
        response: { 200: gebruikerLijstSchema, ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => ({ gebruikers: await listUsers(db, accessContext(request), request.query.zoek) }),
  );

  app.post(
    '/api/v1/gebruikers',
    {
      schema: {
        tags,
        summary: 'Gebruiker aanmaken',
        description: `${forAdmins} De nieuwe gebruiker richt bij de eerste keer inloggen de tweede factor in.`,
        body: gebruikerAanmakenSchema,
        response: { 201: gebruikerSchema, ...problemResponses(400, 401, 403, 409) },
      },
    },
    async (request, reply) => {
      const gebruiker = await createUser(db, accessContext(request), request.body);
      reply.status(201).header('location', `/api/v1/gebruikers/${gebruiker.id}`);
      setVersionTag(reply, gebruiker.versie);
      return gebruiker;
    },
  );

  app.get(
    '/api/v1/gebruikers/:id',
    {
      schema: {
        tags,
        summary: 'Eén gebruiker',
        description: `${forAdmins} De ETag-header geeft de versie voor If-Match bij wijzigen.`,
        params: idParamsSchema,
        response: { 200: gebruikerSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const gebruiker = await readUser(db, accessContext(request), request.params.id);
      setVersionTag(reply, gebruiker.versie);
      return gebruiker;
    },
  );

  app.patch(
    '/api/v1/gebruikers/:id',
    {
      schema: {
        tags,
        summary: 'Gebruiker wijzigen of deactiveren',
        description: `${forAdmins} Vereist de header If-Match met de ETag; is de gebruiker intussen gewijzigd, dan volgt 409 met de huidige versie.`,
        params: idParamsSchema,
        headers: z.object({ 'if-match': z.string().optional() }),
        body: gebruikerWijzigenSchema,
        response: { 200: gebruikerSchema, ...problemResponses(400, 401, 403, 404, 409, 428) },
      },
    },
    async (request, reply) => {
      const ctx = accessContext(request);
      const gebruiker = await updateUser(db, ctx, request.params.id, requiredVersion(request.headers['if-match']), request.body);
      setVersionTag(reply, gebruiker.versie);
      return gebruiker;
    },
  );

  app.post(
    '/api/v1/gebruikers/:id/tweede-factor-reset',
    {
      schema: {
        tags,
        summary: 'Tweede factor opnieuw instellen',
        description: `${forAdmins} Wist het TOTP-geheim en de herstelcodes, beëindigt alle sessies en heft een blokkade op.`,
        params: idParamsSchema,
        body: z.object({}).strict().optional(),
        response: { 200: gebruikerSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const gebruiker = await resetSecondFactor(db, accessContext(request), request.params.id);
      setVersionTag(reply, gebruiker.versie);
      return gebruiker;
    },
  );
}
