import type { FastifyReply } from 'fastify';

export const API_VERSION = '1.0.0';

const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Headers on every response; the API additionally forbids caching of anything it returns.
 * `path` is the matched route, or the decoded path when no route matched.
 */
const EVERY_RESPONSE = {
  'api-version': API_VERSION,
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=()',
} as const;

export function securityHeaders(reply: FastifyReply, path: string): void {
  reply.headers(EVERY_RESPONSE);
  if (path.startsWith('/api/') && !path.startsWith('/api/v1/openapi.json')) {
    reply.header('cache-control', 'no-store');
  }
}

/** The request's path for header decisions: the matched route, else the percent-decoded URL path. */
export function routePath(route: string | undefined, url: string): string {
  if (route !== undefined) return route;
  const raw = url.split('?')[0] ?? '/';
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
