import { z } from 'zod';
import type { App } from '../platform/http/app';
import { problemResponses } from '../platform/http/problem';
import {
  inloggenSchema,
  organisatieKiezenSchema,
  sessieSchema,
  tweedeFactorBevestigdSchema,
  tweedeFactorBevestigenSchema,
  tweedeFactorInrichtingSchema,
  wachtwoordWijzigenSchema,
} from './schemas';
import { logIn } from './log-in';
import { logOut, logOutEverywhere } from './log-out';
import { chooseOrganisation } from './choose-organisation';
import { confirmEnrolment, startEnrolment } from './enrol-second-factor';
import { changePassword } from './change-password';
import { sessieView } from './sessie-view';
import { findSessionById } from './sessions.storage';
import { clearSessionCookie, currentSession, setSessionCookie } from './session-auth';
import type { SessionPolicy } from './session-rules';
import type { SessionCache } from './session-cache';

const tags = ['Sessies'];

export async function sessiesRoutes(app: App, policy: SessionPolicy, cache: SessionCache): Promise<void> {
  const { db, secretKey, config } = app.deps;

  app.post(
    '/api/v1/sessies',
    {
      config: { access: 'publiek' },
      schema: {
        tags,
        summary: 'Inloggen',
        description:
          'Logt in met gebruikersnaam, wachtwoord en (behalve voor demo-accounts) de TOTP-code of een herstelcode. ' +
          'Zonder code antwoordt de server 401 met code tweede-factor-vereist. Zet een sessiecookie.',
        body: inloggenSchema,
        response: { 201: sessieSchema, ...problemResponses(400, 401, 403, 429, 503) },
      },
    },
    async (request, reply) => {
      const result = await logIn({ db, secretKey, demoMode: config.demoMode, policy }, request.body, request.id);
      setSessionCookie(request, reply, result.token, result.expiresAt);
      const session = await findSessionById(db, result.sessionId);
      reply.status(201);
      return sessieView(db, session!, policy, cache);
    },
  );

  app.get(
    '/api/v1/sessies/huidig',
    {
      config: { access: 'sessie' },
      schema: {
        tags,
        summary: 'De huidige sessie',
        description: 'De ingelogde gebruiker, de organisatie waarvoor hij nu werkt, zijn rollen daar en het CSRF-token.',
        response: { 200: sessieSchema, ...problemResponses(401) },
      },
    },
    async (request) => sessieView(db, currentSession(request), policy, cache),
  );

  app.delete(
    '/api/v1/sessies/huidig',
    {
      config: { access: 'sessie' },
      schema: { tags, summary: 'Uitloggen', response: { 204: z.null(), ...problemResponses(401, 403) } },
    },
    async (request, reply) => {
      await logOut(db, currentSession(request), request.id);
      clearSessionCookie(reply);
      reply.status(204).send(null);
    },
  );

  app.delete(
    '/api/v1/sessies',
    {
      config: { access: 'sessie' },
      schema: {
        tags,
        summary: 'Overal uitloggen',
        description: 'Beëindigt alle sessies van de ingelogde gebruiker, op elk apparaat.',
        response: { 204: z.null(), ...problemResponses(401, 403) },
      },
    },
    async (request, reply) => {
      await logOutEverywhere(db, currentSession(request), request.id);
      clearSessionCookie(reply);
      reply.status(204).send(null);
    },
  );

  app.put(
    '/api/v1/sessies/huidig/organisatie',
    {
      config: { access: 'sessie' },
      schema: {
        tags,
        summary: 'Organisatie kiezen of wisselen',
        description: 'Kiest de organisatie waarvoor de gebruiker werkt; elke volgende handeling gebeurt namens haar.',
        body: organisatieKiezenSchema,
        response: { 200: sessieSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const session = currentSession(request);
      await chooseOrganisation(db, session, request.body.organisatieId, request.id);
      return sessieView(db, (await findSessionById(db, session.id))!, policy, cache);
    },
  );

  app.post(
    '/api/v1/sessies/huidig/tweede-factor',
    {
      config: { access: 'sessie' },
      schema: {
        tags,
        summary: 'Tweede factor: inrichting starten',
        description: 'Maakt een nieuw TOTP-geheim aan en geeft het als QR-code. Alleen in de stap tweede-factor-inrichten.',
        body: z.object({}).strict().optional(),
        response: { 201: tweedeFactorInrichtingSchema, ...problemResponses(400, 401, 403, 409) },
      },
    },
    async (request, reply) => {
      const result = await startEnrolment(db, secretKey, currentSession(request), request.id);
      reply.status(201);
      return result;
    },
  );

  app.post(
    '/api/v1/sessies/huidig/tweede-factor/bevestiging',
    {
      config: { access: 'sessie' },
      schema: {
        tags,
        summary: 'Tweede factor: inrichting bevestigen',
        description: 'Bevestigt de inrichting met een eerste code; geeft eenmalig de herstelcodes en een nieuwe sessie.',
        body: tweedeFactorBevestigenSchema,
        response: { 200: tweedeFactorBevestigdSchema, ...problemResponses(400, 401, 403, 409, 429) },
      },
    },
    async (request, reply) => {
      const session = currentSession(request);
      const result = await confirmEnrolment(db, secretKey, session, request.body.code, request.id);
      setSessionCookie(request, reply, result.token, session.expiresAt);
      const next = await findSessionById(db, result.sessionId);
      return { herstelcodes: result.herstelcodes, sessie: await sessieView(db, next!, policy, cache) };
    },
  );

  app.put(
    '/api/v1/sessies/huidig/wachtwoord',
    {
      config: { access: 'sessie' },
      schema: {
        tags,
        summary: 'Eigen wachtwoord wijzigen',
        description:
          'Minimaal 12 tekens, geen veelgebruikt of gelekt wachtwoord, en anders dan het huidige. Andere sessies van de ' +
          'gebruiker eindigen. In de stap wachtwoord-wijzigen (tijdelijk wachtwoord van de beheerder) volgt een nieuwe sessie ' +
          'voor de volgende stap.',
        body: wachtwoordWijzigenSchema,
        response: { 204: z.null(), ...problemResponses(400, 401, 403, 429) },
      },
    },
    async (request, reply) => {
      const session = currentSession(request);
      const replaced = await changePassword(db, session, request.body, request.id, session.gebruiker.demo && config.demoMode);
      if (replaced) setSessionCookie(request, reply, replaced.token, session.expiresAt);
      reply.status(204).send(null);
    },
  );
}
