import type { App } from '../platform/http/app';
import { contactpersonenRoutes } from './contactpersonen/contactpersonen.routes';
import { trajectenRoutes } from './trajecten/trajecten.routes';
import { onderzoeksplanRoutes } from './onderzoeksplan/onderzoeksplan.routes';
import { medischRoutes } from './medisch/medisch.routes';

/** Samenwerken bij strafbare kindermishandeling: contact persons, the SSK track, its research plan, medical requests. */
export async function kindermishandelingRoutes(app: App): Promise<void> {
  await contactpersonenRoutes(app);
  await trajectenRoutes(app);
  await onderzoeksplanRoutes(app);
  await medischRoutes(app);
}
