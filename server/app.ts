import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import { createHttpApp, type App, type AppDependencies } from './platform/http/app';
import { healthRoutes } from './platform/http/health.routes';
import { routePath } from './platform/http/security-headers';
import { projectRoot } from './platform/project-root';
import { registerSessionAuth } from './identity/session-auth';
import { sessiesRoutes } from './identity/sessies.routes';
import { gebruikersRoutes } from './identity/user-admin/gebruikers.routes';
import { organisatiesRoutes } from './organisations/organisaties.routes';
import { auditLogRoutes } from './audit/audit-log.routes';
import { bevragingenRoutes } from './bevraging/bevragingen.routes';
import { takenRoutes } from './tasks/taken.routes';
import { casussenRoutes } from './cases/casussen.routes';
import { sharingRoutes } from './sharing/sharing.routes';
import type { SessionPolicy } from './identity/session-rules';
import { SessionCache } from './identity/session-cache';
import { MachineAuth } from './identity/machine-auth';
import { meldingenRoutes } from './meldingen/meldingen.routes';
import { intakeRoutes } from './meldingen/intake/intake.routes';
import { personenRoutes } from './persons/personen.routes';
import { actieoverlegRoutes } from './actieoverleg/actieoverleg.routes';
import { vergaderingenRoutes } from './actieoverleg/vergaderingen/vergaderingen.routes';
import { besprekingRoutes } from './actieoverleg/bespreking/bespreking.routes';
import { afsprakenRoutes } from './actieoverleg/afspraken/afspraken.routes';
import { scenariosRoutes } from './actieoverleg/scenarios/scenarios.routes';
import { notulenRoutes } from './actieoverleg/notulen/notulen.routes';
import { zsmZakenRoutes } from './zsm/zaken/zsm-zaken.routes';
import { bereikbaarheidRoutes } from './zsm/bereikbaarheid/bereikbaarheid.routes';
import { acuutContactenRoutes } from './acuut/contacten/contacten.routes';
import { zsmBeoordelingRoutes } from './zsm/beoordeling/beoordeling.routes';
import { zsmAfdoeningRoutes } from './zsm/afdoening/afdoening.routes';
import { interventiesRoutes } from './interventies/interventies.routes';
import { thvRoutes } from './acuut/thv/thv.routes';
import { kindermishandelingRoutes } from './kindermishandeling/kindermishandeling.routes';
import { veiligheidsplanRoutes } from './veiligheidsplan/veiligheidsplan.routes';
import { evaluatiesRoutes } from './indicatoren/evaluaties/evaluaties.routes';
import { inspanningenRoutes } from './indicatoren/inspanningen/inspanningen.routes';
import { indicatorDashboardRoutes } from './indicatoren/dashboard/dashboard.routes';
import { rapportRoutes } from './indicatoren/rapport/rapport.routes';
import { netwerkRoutes } from './netwerk/netwerk.routes';

/** Samenloop's HTTP application: every domain's routes behind the one session and access check, plus the web app. */
export async function createApp(deps: AppDependencies, options: { serveWeb?: boolean } = {}): Promise<App> {
  const policy: SessionPolicy = { idleMinutes: deps.config.sessionIdleMinutes, absoluteHours: deps.config.sessionAbsoluteHours };
  const cache = new SessionCache();
  await cache.attach(deps.db);
  const machines = new MachineAuth(deps.db, deps.secretKey);
  await machines.attach();
  return createHttpApp(deps, async (app) => {
    app.addHook('onClose', async () => cache.detach());
    app.addHook('onClose', async () => machines.detach());
    registerSessionAuth(app, policy, cache, machines);
    await healthRoutes(app);
    await sessiesRoutes(app, policy, cache);
    await gebruikersRoutes(app);
    await organisatiesRoutes(app);
    await auditLogRoutes(app);
    await meldingenRoutes(app);
    await intakeRoutes(app);
    await bevragingenRoutes(app);
    await takenRoutes(app);
    await casussenRoutes(app);
    await sharingRoutes(app);
    await personenRoutes(app);
    await actieoverlegRoutes(app);
    await vergaderingenRoutes(app);
    await besprekingRoutes(app);
    await afsprakenRoutes(app);
    await scenariosRoutes(app);
    await notulenRoutes(app);
    await zsmZakenRoutes(app);
    await bereikbaarheidRoutes(app);
    await zsmBeoordelingRoutes(app);
    await zsmAfdoeningRoutes(app);
    await interventiesRoutes(app);
    await acuutContactenRoutes(app);
    await thvRoutes(app);
    await kindermishandelingRoutes(app);
    await veiligheidsplanRoutes(app);
    await evaluatiesRoutes(app);
    await inspanningenRoutes(app);
    await indicatorDashboardRoutes(app);
    await rapportRoutes(app);
    await netwerkRoutes(app);
    if (options.serveWeb !== false) await serveWebApp(app);
  });
}

/** Serves the built web app; any other GET outside /api and /health gets index.html (client-side routes). */
async function serveWebApp(app: App): Promise<void> {
  const root = join(projectRoot(), 'web', 'dist');
  if (!existsSync(join(root, 'index.html'))) {
    app.log.warn('web/dist not built: the API runs, the web app is not served (run npm run build)');
    return;
  }
  await app.register(fastifyStatic, {
    root,
    prefix: '/',
    wildcard: false,
    index: ['index.html'],
    cacheControl: false,
    // Built assets carry a content hash in their name: cache them for good; everything else is revalidated.
    setHeaders: (res, filePath) => {
      res.header('cache-control', filePath.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  app.get('/*', { config: { access: 'publiek' }, schema: { hide: true } }, async (request, reply) => {
    const path = routePath(undefined, request.url);
    if (path.startsWith('/api/') || path.startsWith('/health/') || /\.[a-z0-9]+$/i.test(path)) {
      return reply.callNotFound();
    }
    reply.header('cache-control', 'no-cache');
    return reply.sendFile('index.html');
  });
}
