import type { FastifyServerOptions } from 'fastify';

/**
 * The operational log carries no personal data: requests are logged by method, path (never the query string)
 * and status; headers, cookies and bodies are never logged. Personal data belongs in the audit log only.
 */
export function loggerOptions(level: string): FastifyServerOptions['logger'] {
  return {
    level,
    redact: {
      paths: ['req.headers', 'res.headers', 'headers', 'cookie', 'body', 'wachtwoord', 'gebruikersnaam'],
      censor: '[verwijderd]',
    },
    serializers: {
      req: (req: { method: string; url: string; id: string }) => ({ method: req.method, path: req.url.split('?')[0], id: req.id }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  };
}
