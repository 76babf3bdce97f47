import { z } from 'zod';
import type { App } from './app';
import { problemResponses } from './problem';
import { requiredVersion, setVersionTag } from './versioning';
import { accessContext } from '../../identity/session-auth';
import type { AccessContext } from '../../identity/access-context';

const idParams = z.object({ id: z.uuid('geen geldige id') });
const ifMatch = z.object({ 'if-match': z.string().optional() });

/**
 * One command on a versioned resource, `/{resource}/{id}/{command}`: If-Match required (428 without, 409 when stale),
 * the body validated, the resource as it is now in the answer with its new ETag. The THV's and the SSK track's state
 * changes are all of this shape.
 */
export function versionedCommand<B extends z.ZodType, R extends z.ZodType<{ versie: number }>>(
  app: App,
  route: {
    method: 'put' | 'post';
    url: string;
    tags: string[];
    summary: string;
    description: string;
    body: B;
    response: R;
    run: (db: App['deps']['db'], ctx: AccessContext, id: string, versie: number, body: z.infer<B>) => Promise<z.infer<R>>;
  },
): void {
  app[route.method](
    route.url,
    {
      schema: {
        tags: route.tags,
        summary: route.summary,
        description: route.description,
        params: idParams,
        headers: ifMatch,
        // Typed per call above; erased here so Fastify's reply typing does not have to resolve the generics.
        body: route.body as z.ZodType,
        response: { 200: route.response as z.ZodType, ...problemResponses(400, 401, 403, 404, 409, 428) },
      },
    },
    async (request, reply) => {
      const versie = requiredVersion(request.headers['if-match']);
      const result = await route.run(app.deps.db, accessContext(request), request.params.id, versie, request.body as z.infer<B>);
      setVersionTag(reply, result.versie);
      return result;
    },
  );
}
