import { z } from 'zod';
import type { App } from '../../platform/http/app';
import { problemResponses } from '../../platform/http/problem';
import { setVersionTag } from '../../platform/http/versioning';
import { accessContext } from '../../identity/session-auth';
import { versionedCommand } from '../../platform/http/versioned-command';
import { consultatieSchema, keuzeInvoerSchema, omzettenSchema, trajectenLijstSchema, trajectOpenenSchema, trajectSchema, triageSchema, type Traject } from '../schemas';
import { openTraject } from './open-traject';
import { openConsultatie } from './open-consultatie';
import { leesTraject, lijstTrajecten, trajectenVanCasus } from './read-traject';
import { triageTraject } from './triage-traject';
import { zetTrajectOm } from './zet-traject-om';
import { kiesMeldingOfAangifte } from './kies-melding-of-aangifte';
import { sluitTrajectAf } from './sluit-traject-af';

const tags = ['Strafbare kindermishandeling'];
const idParams = z.object({ id: z.uuid('geen geldige id') });
const zichtbaar =
  'Voor de deelnemers aan de casus van het traject, of bij een anonieme consultatie voor de geraadpleegde organisaties (anders 404); rollen zonder casuswerk 403.';
const wijziging = 'Met If-Match (de ETag van GET /api/v1/ssk/{id}; 428 zonder, 409 bij een verouderde versie). Een afgesloten traject: 409.';

const samenvatting = (t: Traject) => ({
  id: t.id,
  casus: t.casus,
  anoniemGestart: t.anoniemGestart,
  status: t.status,
  geopendOp: t.geopendOp,
  geopendDoor: t.geopendDoor,
  afgeslotenOp: t.afgeslotenOp,
  versie: t.versie,
});

type Wijziging<B> = (db: App['deps']['db'], ctx: ReturnType<typeof accessContext>, id: string, versie: number, body: B) => Promise<Traject>;

export async function trajectenRoutes(app: App): Promise<void> {
  const { db } = app.deps;

  app.post(
    '/api/v1/casussen/:id/ssk',
    {
      schema: {
        tags,
        summary: 'Traject strafbare kindermishandeling openen op een casus',
        description:
          'Voor de deelnemers aan de casus (anders 404). Veilig Thuis, politie, OM of Raad (anders 403). Eén lopend traject per casus (anders 409). ' +
          'OM en politie van de regio nemen deel aan de casus op grondslag SSK en krijgen een triagetaak.',
        params: idParams,
        body: trajectOpenenSchema,
        response: { 201: trajectSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const t = await openTraject(db, accessContext(request), request.params.id, request.body);
      setVersionTag(reply, t.versie);
      return reply.status(201).send(t);
    },
  );

  app.post(
    '/api/v1/ssk',
    {
      schema: {
        tags,
        summary: 'Anonieme consultatie strafbare kindermishandeling',
        description:
          'Zonder casus en zonder personen: de feiten, en de geraadpleegde partners van de eigen regio (400 met het veld bij een andere organisatie). ' +
          'Veilig Thuis, politie, OM of Raad (anders 403). OM en politie onder de partners krijgen een triagetaak.',
        body: consultatieSchema,
        response: { 201: trajectSchema, ...problemResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const t = await openConsultatie(db, accessContext(request), request.body);
      setVersionTag(reply, t.versie);
      return reply.status(201).send(t);
    },
  );

  app.get(
    '/api/v1/ssk',
    {
      schema: {
        tags,
        summary: 'Trajecten strafbare kindermishandeling van mijn organisatie',
        description: 'Waar uw organisatie aan deelneemt, nieuwste eerst. Rollen zonder casuswerk 403.',
        response: { 200: trajectenLijstSchema, ...problemResponses(401, 403) },
      },
    },
    async (request) => ({ items: (await lijstTrajecten(db, accessContext(request))).map(samenvatting) }),
  );

  app.get(
    '/api/v1/casussen/:id/ssk',
    {
      schema: {
        tags,
        summary: 'Trajecten strafbare kindermishandeling van een casus',
        description: 'Voor de deelnemers aan de casus (anders 404); rollen zonder casuswerk 403. Nieuwste eerst; hooguit één lopend.',
        params: idParams,
        response: { 200: trajectenLijstSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => ({ items: (await trajectenVanCasus(db, accessContext(request), request.params.id)).map(samenvatting) }),
  );

  app.get(
    '/api/v1/ssk/:id',
    {
      schema: {
        tags,
        summary: 'Een traject strafbare kindermishandeling, met partners en hun contactpersonen (de ETag-header geeft de versie)',
        description: zichtbaar,
        params: idParams,
        response: { 200: trajectSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const t = await leesTraject(db, accessContext(request), request.params.id);
      setVersionTag(reply, t.versie);
      return t;
    },
  );

  const wijzig = <B extends z.ZodType>(method: 'put' | 'post', pad: string, summary: string, description: string, body: B, run: Wijziging<z.infer<B>>) =>
    versionedCommand(app, { method, url: `/api/v1/ssk/:id/${pad}`, tags, summary, description: `${zichtbaar} ${description} ${wijziging}`, body, response: trajectSchema, run });

  wijzig('put', 'triage', 'Triage: is directe actie nodig?', 'Alleen het OM of de politie (anders 403). Een traject in triage gaat door naar het onderzoeksplan.', triageSchema, triageTraject);
  wijzig(
    'post',
    'omzetten',
    'Anonieme consultatie omzetten naar een casus',
    'Een bestaande casus waaraan uw organisatie deelneemt (casusId), of een nieuwe casus (personen en doel). De geraadpleegde organisaties nemen deel op grondslag SSK; ' +
      'de consultatie blijft bewaard. Al omgezet: 409.',
    omzettenSchema,
    zetTrajectOm,
  );
  wijzig('put', 'keuze', 'Keuze melding of aangifte vastleggen', 'Melding, aangifte, beide of geen, met reden (verplicht).', keuzeInvoerSchema, kiesMeldingOfAangifte);
  wijzig('post', 'afsluiten', 'Traject afsluiten', 'Open triage- en staptaken vervallen.', z.object({}), (d, c, id, v) => sluitTrajectAf(d, c, id, v));
}
