import type { onSendHookHandler } from 'fastify';
import { DOCUMENT_STYLE_SOURCE } from './render-html';

/**
 * A rendered HTML document carries its own style sheet; this onSend hook allows exactly that one (by hash) next to
 * the API's Content-Security-Policy, for HTML responses only. Scripts stay forbidden.
 */
export const allowDocumentStyle: onSendHookHandler = (_request, reply, payload, done) => {
  const policy = reply.getHeader('content-security-policy');
  if (typeof policy === 'string' && String(reply.getHeader('content-type') ?? '').startsWith('text/html')) {
    reply.header('content-security-policy', policy.replace("style-src 'self'", `style-src 'self' ${DOCUMENT_STYLE_SOURCE}`));
  }
  done(null, payload);
};
