import { timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App } from '../platform/http/app';
import { ApiProblem, problems } from '../platform/http/problem';
import type { AccessContext } from './access-context';
import { endSession, findSessionByTokenHash, hashToken, touchSession, type ResolvedSession } from './sessions.storage';
import type { SessionCache } from './session-cache';
import type { MachineAuth } from './machine-auth';
import { stepText } from './session-steps';
import { needsTouch, sessionState, type SessionPolicy } from './session-rules';

/**
 * Resolves the session cookie into the request's session before anything else runs (also before body
 * validation, so an anonymous caller learns nothing about an endpoint but "log in"), and enforces CSRF rules
 * and what each route declares in `config.access` (see RouteAccess in platform/http/app.ts).
 */
declare module 'fastify' {
  interface FastifyRequest {
    session: ResolvedSession | null;
  }
}

export const SESSION_COOKIE = 'samenloop_sessie';

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function registerSessionAuth(app: App, policy: SessionPolicy, cache: SessionCache, machines?: MachineAuth): void {
  const { db } = app.deps;
  app.decorateRequest('session', null);
  app.decorateRequest('machineClient', null);

  /** Checks a resolved session against the route; async only when something must be written. */
  const admit = (request: FastifyRequest, reply: FastifyReply, tokenHash: string, session: ResolvedSession | null): Promise<void> | void => {
    const access = request.routeOptions.config.access ?? 'actief';
    const now = new Date();
    const state = session ? sessionState(session, policy, now) : 'beeindigd';
    if (!session || state !== 'geldig' || !session.gebruiker.actief || (session.status === 'actief' && !session.organisatie)) {
      clearSessionCookie(reply);
      const expired = problems.unauthorized('Uw sessie is verlopen of beëindigd. Log opnieuw in.', 'sessie-verlopen');
      if (session && !session.endedAt) {
        return endSession(db, session.id, session.gebruiker.actief ? state : 'gebruiker-gedeactiveerd').then(() => {
          throw expired;
        });
      }
      throw expired;
    }
    if (UNSAFE_METHODS.has(request.method) && !sameSecret(request.headers['x-csrf-token'], session.csrfToken)) {
      throw new ApiProblem(
        403,
        'Verzoek geweigerd',
        'Het CSRF-token ontbreekt of klopt niet. Herlaad de pagina en probeer het opnieuw.',
        { code: 'csrf-ongeldig' },
      );
    }
    if (access === 'actief' && session.status !== 'actief') {
      throw new ApiProblem(
        403,
        'Eerst een stap afronden',
        stepText[session.status as Exclude<typeof session.status, 'actief'>],
        { code: session.status },
      );
    }
    request.session = session;
    if (needsTouch(session.lastSeenAt, now)) {
      return touchSession(db, session.id, now).then(() => cache.touched(tokenHash, now));
    }
  };

  const authenticate = (request: FastifyRequest, reply: FastifyReply): Promise<void> | void => {
    // Unknown routes answer 404 to everyone; non-API routes (web app, health) carry no session.
    // Decide on the matched route, never on the raw URL: `/%61pi/...` reaches the same route as `/api/...`.
    const route = request.routeOptions.url;
    if (route === undefined || !route.startsWith('/api/')) return;
    if (UNSAFE_METHODS.has(request.method)) rejectCrossSite(request);
    const access = request.routeOptions.config.access ?? 'actief';
    if (access === 'publiek') return;
    // Partner systems: machine credentials only; a session cookie does not count here.
    if (access === 'koppeling') {
      if (!machines) throw problems.unauthorized();
      return machines.authenticate(request);
    }
    const token = request.cookies[SESSION_COOKIE];
    if (!token) throw problems.unauthorized();
    const tokenHash = hashToken(token);
    // Most requests find their session in memory and pass without waiting on anything.
    const cached = cache.peek(tokenHash);
    if (cached) return admit(request, reply, tokenHash, cached);
    return cache
      .session(tokenHash, () => findSessionByTokenHash(db, tokenHash))
      .then((session) => admit(request, reply, tokenHash, session));
  };

  app.addHook('onRequest', (request, reply, done) => {
    let pending: Promise<void> | void;
    try {
      pending = authenticate(request, reply);
    } catch (error) {
      done(error as Error);
      return;
    }
    if (pending) pending.then(() => done(), done);
    else done();
  });
}

/** Rejects state-changing requests sent by another site (defence in depth beside SameSite=Strict and the token). */
function rejectCrossSite(request: FastifyRequest): void {
  const fetchSite = request.headers['sec-fetch-site'];
  const origin = request.headers.origin;
  let foreignOrigin = false;
  if (typeof origin === 'string' && origin !== 'null') {
    try {
      foreignOrigin = new URL(origin).host !== request.host;
    } catch {
      foreignOrigin = true;
    }
  }
  if (fetchSite === 'cross-site' || foreignOrigin || origin === 'null') {
    throw problems.forbidden('Verzoeken vanaf een andere website worden geweigerd.');
  }
}

function sameSecret(given: string | string[] | undefined, expected: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string, expiresAt: Date): void {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'strict',
    secure: request.protocol === 'https',
    expires: expiresAt,
  });
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'strict' });
}

/** The session of a route declared 'sessie' or 'actief' (the hook guarantees it is there). */
export function currentSession(request: FastifyRequest): ResolvedSession {
  if (!request.session) throw problems.unauthorized();
  return request.session;
}

/** The access context of a route declared 'actief': the only way a route hands the caller to a use case. */
export function accessContext(request: FastifyRequest): AccessContext {
  const session = currentSession(request);
  if (session.status !== 'actief' || !session.organisatie) throw problems.unauthorized();
  const { rollen, ...organisatie } = session.organisatie;
  return {
    requestId: request.id,
    sessieId: session.id,
    gebruiker: { id: session.gebruiker.id, gebruikersnaam: session.gebruiker.gebruikersnaam, naam: session.gebruiker.naam },
    organisatie,
    rollen,
  };
}
