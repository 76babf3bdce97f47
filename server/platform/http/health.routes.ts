import { z } from 'zod';
import type { App } from './app';
import { loadMigrations, pendingMigrations } from '../db/migrations';

/** Liveness (the process answers) and readiness (database reachable, migrations current). */
export async function healthRoutes(app: App): Promise<void> {
  const { db } = app.deps;
  const migrations = loadMigrations();
  const healthSchema = z.object({ status: z.enum(['ok', 'niet-gereed']), database: z.string().optional(), migraties: z.string().optional() });

  app.get('/health/live', { config: { access: 'publiek' }, schema: { tags: ['Beheer'], summary: 'Leeft het proces', response: { 200: healthSchema } } }, async () => ({
    status: 'ok' as const,
  }));

  app.get(
    '/health/ready',
    {
      config: { access: 'publiek' },
      schema: { tags: ['Beheer'], summary: 'Klaar voor verkeer', response: { 200: healthSchema, 503: healthSchema } },
    },
    async (_request, reply) => {
      try {
        await db.ping();
      } catch {
        reply.status(503);
        return { status: 'niet-gereed' as const, database: 'onbereikbaar' };
      }
      const pending = await pendingMigrations(db, migrations).catch(() => null);
      if (pending === null || pending.length > 0) {
        reply.status(503);
        return { status: 'niet-gereed' as const, database: 'bereikbaar', migraties: pending ? `${pending.length} openstaand` : 'onbekend' };
      }
      return { status: 'ok' as const, database: 'bereikbaar', migraties: 'actueel' };
    },
  );
}
