import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply, type FastifyServerOptions } from 'fastify';
import cookie from '@fastify/cookie';
import swagger from '@fastify/swagger';
import {
  hasZodFastifySchemaValidationErrors,
  isResponseSerializationError,
  jsonSchemaTransform,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Database } from '../db/database';
import { isDatabaseUnavailable } from '../db/database';
import type { Config } from '../config';
import { ApiProblem, problemBody, problems, type InvalidParam } from './problem';
import { routePath, securityHeaders, API_VERSION } from './security-headers';
import { serializerCompiler } from './serializer';

export type App = FastifyInstance<any, any, any, any, ZodTypeProvider>;

export interface AppDependencies {
  db: Database;
  config: Config;
  /** Key for secrets at rest (TOTP secrets, recovery codes): 32 bytes. */
  secretKey: Buffer;
  logger?: FastifyServerOptions['logger'];
}

/**
 * What a route needs of the caller, declared in its `config.access` and enforced by identity's session check:
 * - 'publiek': no session (login, health, OpenAPI);
 * - 'sessie': any live session, also one that still has to enrol its second factor or choose an organisation;
 * - 'actief' (the default for /api/): a fully established session acting for one organisation;
 * - 'koppeling': a partner system with machine credentials (no session, no CSRF token).
 */
export type RouteAccess = 'publiek' | 'sessie' | 'actief' | 'koppeling';

declare module 'fastify' {
  interface FastifyInstance {
    deps: AppDependencies;
  }
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
}

/**
 * The HTTP shell shared by every domain: zod validation and serialisation, the OpenAPI document generated
 * from those same schemas, problem+json errors, security headers and request ids. Domains add their routes
 * through `registerRoutes`.
 */
export async function createHttpApp(deps: AppDependencies, registerRoutes: (app: App) => Promise<void>): Promise<App> {
  const app = Fastify({
    logger: deps.logger ?? false,
    genReqId: () => randomUUID(),
    requestIdHeader: false,
    trustProxy: deps.config.trustProxy,
    bodyLimit: 1024 * 1024,
    return503OnClosing: true,
    routerOptions: { ignoreTrailingSlash: false, maxParamLength: 200 },
    // Errors the router raises before any route or hook runs (a broken %-escape, an overlong parameter):
    // the same problem+json and headers as every other answer.
    frameworkErrors: (error, request, rawReply) => {
      const reply = rawReply as unknown as FastifyReply;
      const problem =
        error.code === 'FST_ERR_MAX_PARAM_LENGTH'
          ? problems.invalidField('path', 'een deel van het pad is te lang', 'te-lang')
          : problems.invalidField('path', 'het pad bevat een ongeldige %-codering', 'ongeldige-codering');
      reply.header('x-request-id', request.id);
      securityHeaders(reply, routePath(undefined, request.url));
      reply.status(problem.status).type('application/problem+json').send(problemBody(problem));
    },
  }).withTypeProvider<ZodTypeProvider>();
  // Only JSON is accepted; Fastify's built-in text/plain parser would let plain text through to validation.
  app.removeContentTypeParser('text/plain');

  app.decorate('deps', deps);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  await app.register(cookie);
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Samenloop API',
        version: API_VERSION,
        description:
          'Het gedeelde werkplatform voor vroegtijdige afstemming zorg en straf bij huiselijk geweld en kindermishandeling. ' +
          'Volgt de API Design Rules van de Nederlandse overheid: fouten als application/problem+json, ' +
          'de header API-Version op elk antwoord.',
        contact: { name: 'Samenloop', url: 'https://samenloop.nl' },
      },
      servers: [{ url: '/' }],
      components: {
        securitySchemes: {
          sessie: { type: 'apiKey', in: 'cookie', name: 'samenloop_sessie', description: 'Sessiecookie na POST /api/v1/sessies' },
          csrf: { type: 'apiKey', in: 'header', name: 'X-CSRF-Token', description: 'Vereist op elke wijzigende aanvraag' },
          koppeling: {
            type: 'http',
            scheme: 'basic',
            description: 'Partnersystemen: HTTP Basic over TLS met de client-id als gebruikersnaam en het geheim als wachtwoord (zie /api/v1/koppelingen)',
          },
        },
      },
    },
    transform: jsonSchemaTransform,
  });

  // PostgreSQL cannot store the NUL character in text; refuse it at the edge, naming the field, so it never
  // reaches a query as an error the user cannot act on.
  // (Callback-style hooks: they run on every request, and cost less than async ones.)
  app.addHook('preValidation', (request, _reply, done) => {
    const field =
      findNul(request.body, 'body') ?? findNul(request.query, 'query') ?? findNul(request.params, 'params');
    done(field ? problems.invalidField(field, 'bevat een niet-toegestaan teken (NUL)', 'ongeldig-teken') : undefined);
  });
  app.addHook('onSend', (request, reply, payload, done) => {
    reply.header('x-request-id', request.id);
    securityHeaders(reply, routePath(request.routeOptions.url, request.url));
    done(null, payload);
  });

  app.setErrorHandler((error: FastifyError, request, reply) => {
    const problem = toProblem(error);
    if (problem.status >= 500) {
      // Log the error class and code only: messages of database errors can echo personal data from the statement.
      request.log.error({ err: { type: error.name, code: error.code, statusCode: problem.status } }, 'request failed');
    }
    for (const [name, value] of Object.entries(problem.options.headers ?? {})) reply.header(name, value);
    reply.status(problem.status).type('application/problem+json').send(problemBody(problem, request.url.split('?')[0]));
  });

  app.setNotFoundHandler((request, reply) => {
    const problem = problems.notFound(`Geen bron op ${request.method} ${request.url.split('?')[0]}.`);
    reply.status(404).type('application/problem+json').send(problemBody(problem));
  });

  app.get('/api/v1/openapi.json', { config: { access: 'publiek' }, schema: { hide: true } }, async (_request, reply) => {
    reply.header('cache-control', 'public, max-age=300');
    return app.swagger();
  });

  await registerRoutes(app);
  return app;
}

/** A field as invalidParams names it, the way the web app and the use cases do: `personen[0].persoonId`. */
function fieldPath(segments: string[]): string {
  return segments.reduce((path, segment) => (/^\d+$/.test(segment) ? `${path}[${segment}]` : path ? `${path}.${segment}` : segment), '');
}

/** The path of the first string (or key) holding a NUL character, as invalidParams names fields. */
function findNul(value: unknown, context: string, path = ''): string | null {
  const name = () => (context === 'body' ? path || 'body' : path ? `${context}.${path}` : context);
  if (typeof value === 'string') return value.includes('\u0000') ? name() : null;
  if (value === null || typeof value !== 'object') return null;
  for (const [key, child] of Object.entries(value)) {
    const childPath = Array.isArray(value) ? `${path}[${key}]` : path ? `${path}.${key}` : key;
    if (key.includes('\u0000')) return context === 'body' ? childPath : `${context}.${childPath}`;
    const found = findNul(child, context, childPath);
    if (found) return found;
  }
  return null;
}

function toProblem(error: FastifyError): ApiProblem {
  if (error instanceof ApiProblem) return error;
  if (hasZodFastifySchemaValidationErrors(error)) {
    const context = (error as { validationContext?: string }).validationContext ?? 'body';
    const invalidParams: InvalidParam[] = error.validation.map((issue) => {
      const path = fieldPath(issue.instancePath.split('/').filter(Boolean));
      return {
        name: path === '' ? context : context === 'body' ? path : `${context}.${path}`,
        code: String((issue.params as { issue?: { code?: string } })?.issue?.code ?? issue.keyword ?? 'ongeldig'),
        reason: issue.message ?? 'ongeldige waarde',
      };
    });
    return problems.badRequest(
      `De aanvraag bevat ${invalidParams.length === 1 ? 'een ongeldig veld' : `${invalidParams.length} ongeldige velden`}: ${invalidParams
        .map((p) => p.name)
        .join(', ')}.`,
      invalidParams,
    );
  }
  if (isResponseSerializationError(error)) {
    return new ApiProblem(500, 'Interne fout', 'Er ging iets mis bij het samenstellen van het antwoord.', { code: 'interne-fout' });
  }
  if (isDatabaseUnavailable(error)) return problems.unavailable();
  const status = error.statusCode ?? 500;
  if (status === 415) {
    return new ApiProblem(415, 'Niet-ondersteund formaat', 'Stuur de gegevens als application/json.', { code: 'formaat-niet-ondersteund' });
  }
  if (status === 413) {
    return new ApiProblem(413, 'Te groot', 'De aanvraag is groter dan toegestaan (1 MB).', { code: 'te-groot' });
  }
  if (status >= 400 && status < 500) {
    // Fastify's own client errors (malformed JSON, empty body with a JSON content type, bad content length).
    const field = error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' || error.code?.startsWith('FST_ERR_CTP') ? 'body' : 'request';
    return problems.badRequest(friendlyClientError(error), [{ name: field, code: error.code ?? 'ongeldig', reason: friendlyClientError(error) }]);
  }
  return new ApiProblem(500, 'Interne fout', 'Er ging iets mis aan onze kant. De fout is vastgelegd; probeer het opnieuw.', {
    code: 'interne-fout',
  });
}

function friendlyClientError(error: FastifyError): string {
  switch (error.code) {
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return 'De body is leeg, maar het Content-Type zegt JSON. Stuur een JSON-object.';
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return 'De body is geen geldige JSON.';
    default:
      return error.message.startsWith('Body is not valid JSON') || error instanceof SyntaxError
        ? 'De body is geen geldige JSON.'
        : 'De aanvraag kon niet worden gelezen.';
  }
}
