import { z } from 'zod';
import type { App } from '../../platform/http/app';
import { problemResponses } from '../../platform/http/problem';
import { setVersionTag } from '../../platform/http/versioning';
import { accessContext } from '../../identity/session-auth';
import { versionedCommand } from '../../platform/http/versioned-command';
import {
  thvAdresSchema,
  thvAfzienSchema,
  thvBeeindigenSchema,
  thvLijstSchema,
  thvOpleggenSchema,
  thvOverwegenSchema,
  thvOvertredingInvoerSchema,
  thvSchema,
  thvVerlengenSchema,
  type Thv,
} from './schemas';
import { overweegThv } from './overweeg-thv';
import { legThvOp } from './leg-thv-op';
import { zieAfVanThv } from './zie-af-van-thv';
import { registreerThvAdres } from './registreer-thv-adres';
import { verlengThv } from './verleng-thv';
import { registreerThvOvertreding } from './registreer-thv-overtreding';
import { beeindigThv } from './beeindig-thv';
import { leesThv, leesThvVanCasus } from './read-thv';

const tags = ['Samen op in Acuut'];
const idParams = z.object({ id: z.uuid('geen geldige id') });
const zichtbaar = 'Voor de deelnemers aan de casus van het huisverbod (anders 404); rollen zonder casuswerk 403.';
const wijziging = 'Met If-Match (de ETag van GET /api/v1/thv/{id}; 428 zonder, 409 bij een verouderde versie). In de verkeerde status 409 met de reden.';

type Wijziging<B> = (db: App['deps']['db'], ctx: ReturnType<typeof accessContext>, id: string, versie: number, body: B) => Promise<Thv>;

export async function thvRoutes(app: App): Promise<void> {
  const { db } = app.deps;

  app.post(
    '/api/v1/casussen/:id/thv',
    {
      schema: {
        tags,
        summary: 'Tijdelijk huisverbod overwegen',
        description:
          `${zichtbaar} Alleen de politie (de hulpofficier, namens de burgemeester; anders 403). De uithuisgeplaatste is een persoon van de casus, ` +
          'de ZSM-zaak een zaak van dezelfde casus (anders 400 met het veld).',
        params: idParams,
        body: thvOverwegenSchema,
        response: { 201: thvSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const thv = await overweegThv(db, accessContext(request), request.params.id, request.body);
      setVersionTag(reply, thv.versie);
      return reply.status(201).send(thv);
    },
  );

  app.get(
    '/api/v1/casussen/:id/thv',
    {
      schema: {
        tags,
        summary: 'Tijdelijke huisverboden van een casus, met termijnen en overtredingen',
        description: zichtbaar,
        params: idParams,
        response: { 200: thvLijstSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => ({ items: await leesThvVanCasus(db, accessContext(request), request.params.id) }),
  );

  app.get(
    '/api/v1/thv/:id',
    {
      schema: {
        tags,
        summary: 'Een tijdelijk huisverbod (de ETag-header geeft de versie)',
        description: zichtbaar,
        params: idParams,
        response: { 200: thvSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const thv = await leesThv(db, accessContext(request), request.params.id);
      setVersionTag(reply, thv.versie);
      return thv;
    },
  );

  const wijzig = <B extends z.ZodType>(pad: string, summary: string, description: string, body: B, run: Wijziging<z.infer<B>>) =>
    versionedCommand(app, { method: 'post', url: `/api/v1/thv/:id/${pad}`, tags, summary, description: `${zichtbaar} ${description} ${wijziging}`, body, response: thvSchema, run });

  wijzig(
    'opleggen', 'Tijdelijk huisverbod opleggen (10 dagen)',
    'Alleen de politie (anders 403). Niet in de toekomst (400). Taken: adres binnen 24 uur en verlengingsbesluit voor de politie, einde voor Veilig Thuis in de casus.',
    thvOpleggenSchema, legThvOp,
  );
  wijzig('afzien', 'Afzien van een overwogen huisverbod', 'Alleen de politie (anders 403).', thvAfzienSchema, zieAfVanThv);
  wijzig(
    'adres', 'Adres van de uithuisgeplaatste vastgelegd',
    'Alleen de politie (anders 403). Waar de uithuisgeplaatste verblijft; rondt de taak af. Al vastgelegd: 409.',
    thvAdresSchema, registreerThvAdres,
  );
  wijzig(
    'verlengen', 'Huisverbod verlengen',
    'Alleen de politie (anders 403). Tot ten hoogste 4 weken na opleggen en na het huidige einde (anders 400 op nieuweEindeOp); besluit vóór het huidige einde (anders 400 op besluitOp).',
    thvVerlengenSchema, verlengThv,
  );
  wijzig(
    'overtredingen', 'Overtreding van het huisverbod vastleggen',
    'Politie of Veilig Thuis (anders 403). De melding hoort bij de casus (anders 400).',
    thvOvertredingInvoerSchema, registreerThvOvertreding,
  );
  wijzig(
    'beeindigen', 'Huisverbod beëindigen', 'Alleen de politie (anders 403). Open taken van het huisverbod vervallen.',
    thvBeeindigenSchema, (d, c, id, v) => beeindigThv(d, c, id, v),
  );
}
