import { z } from 'zod';
import type { App } from '../platform/http/app';
import { problemResponses } from '../platform/http/problem';
import { requiredVersion, setVersionTag } from '../platform/http/versioning';
import { accessContext } from '../identity/session-auth';
import { checkinInvoerSchema, checkinResultaatSchema, checkinsSchema, planInvoerSchema, planVersieSchema, planVersiesSchema, veiligheidsplanSchema } from './schemas';
import { leesVeiligheidsplan } from './plan/read-plan';
import { slaVeiligheidsplanOp } from './plan/save-plan';
import { bevestigVeiligheidsplan } from './plan/confirm-plan';
import { leesPlanVersies } from './plan/list-versies';
import { leesPlanVersie } from './plan/read-versie';
import { leesCheckins } from './monitoring/list-checkins';
import { registreerCheckin } from './monitoring/record-checkin';

const tags = ['Veiligheidsplan'];
const idParams = z.object({ id: z.uuid('geen geldige id') });
const ifMatch = z.object({ 'if-match': z.string().optional() });
const toegang =
  'Voor de organisaties die aan de casus deelnemen (anders 404); rollen zonder casuswerk 403. ' +
  'Need-to-know: onderdelen met een delingslijst ziet alleen die organisaties en de regieorganisatie.';

export async function veiligheidsplanRoutes(app: App): Promise<void> {
  const { db } = app.deps;

  app.get(
    '/api/v1/casussen/:id/veiligheidsplan',
    {
      schema: {
        tags,
        summary: 'Het veiligheidsplan van de casus, zoals uw organisatie het mag zien',
        description: `${toegang} Nog geen plan: 200 met null (de eerste PUT zonder If-Match maakt het). Met de interacties tussen de zichtbare interventies (en de geplande SSK-onderzoeksstappen) en of u het plan kunt bevestigen.`,
        params: idParams,
        response: { 200: veiligheidsplanSchema.nullable(), ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const plan = await leesVeiligheidsplan(db, accessContext(request), request.params.id);
      if (plan) setVersionTag(reply, plan.versie);
      return plan;
    },
  );

  app.put(
    '/api/v1/casussen/:id/veiligheidsplan',
    {
      schema: {
        tags,
        summary: 'Het veiligheidsplan opslaan (nieuwe versie)',
        description:
          `${toegang} De eerste keer zonder If-Match (201); daarna met If-Match (428 zonder, 409 bij een verouderde versie). ` +
          'Onderdelen die niet met uw organisatie zijn gedeeld blijven ongewijzigd; een id daarvan meesturen is 400. Alleen de regieorganisatie draagt de regie over. ' +
          'Een bevestigd plan gaat terug naar concept. Elke veiligheidsvoorwaarde krijgt een geplande controle op monitoringOp.',
        params: idParams,
        headers: ifMatch,
        body: planInvoerSchema,
        response: { 200: veiligheidsplanSchema, 201: veiligheidsplanSchema, ...problemResponses(400, 401, 403, 404, 409, 428) },
      },
    },
    async (request, reply) => {
      const versie = request.headers['if-match'] === undefined ? null : requiredVersion(request.headers['if-match']);
      const { plan, aangemaakt } = await slaVeiligheidsplanOp(db, accessContext(request), request.params.id, versie, request.body);
      setVersionTag(reply, plan.versie);
      return reply.status(aangemaakt ? 201 : 200).send(plan);
    },
  );

  app.post(
    '/api/v1/casussen/:id/veiligheidsplan/bevestigen',
    {
      schema: {
        tags,
        summary: 'Het veiligheidsplan bevestigen (regiehouder)',
        description:
          `${toegang} Met If-Match. Alleen een medewerker van de regieorganisatie (anders 403). 409 zolang een doorkruising niet is opgelost of afgestemd ` +
          '(code conflicten; de melding noemt elke regel met beide eigenaren, objecten bevat de ids van beide kanten), zonder onveilige situatie met een voorwaarde ' +
          '(geen-voorwaarden) of als deze versie al bevestigd is. Elke afspraak met een deadline wordt een taak voor de eigenaar.',
        params: idParams,
        headers: ifMatch,
        response: { 200: veiligheidsplanSchema, ...problemResponses(400, 401, 403, 404, 409, 428) },
      },
    },
    async (request, reply) => {
      const versie = requiredVersion(request.headers['if-match']);
      const plan = await bevestigVeiligheidsplan(db, accessContext(request), request.params.id, versie);
      setVersionTag(reply, plan.versie);
      return plan;
    },
  );

  app.get(
    '/api/v1/casussen/:id/veiligheidsplan/versies',
    {
      schema: {
        tags,
        summary: 'De versies van het veiligheidsplan (wie, wanneer, status)',
        description: `${toegang} Zonder inhoud; een lege lijst als er nog geen plan is.`,
        params: idParams,
        response: { 200: planVersiesSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => ({ versies: await leesPlanVersies(db, accessContext(request), request.params.id) }),
  );

  app.get(
    '/api/v1/casussen/:id/veiligheidsplan/versies/:versie',
    {
      schema: {
        tags,
        summary: 'Eén versie van het veiligheidsplan',
        description: `${toegang} Gefilterd zoals die versie werd gedeeld. Een onbekende versie: 404.`,
        params: z.object({ id: z.uuid('geen geldige id'), versie: z.coerce.number().int().min(1).max(1_000_000) }),
        response: { 200: planVersieSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => leesPlanVersie(db, accessContext(request), request.params.id, request.params.versie),
  );

  app.get(
    '/api/v1/casussen/:id/veiligheidsplan/checkins',
    {
      schema: {
        tags,
        summary: 'De controles op de veiligheidsvoorwaarden (gepland en uitgevoerd)',
        description: `${toegang} Alleen controles op voorwaarden die uw organisatie in het huidige plan ziet.`,
        params: idParams,
        response: { 200: checkinsSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => ({ checkins: await leesCheckins(db, accessContext(request), request.params.id) }),
  );

  app.put(
    '/api/v1/veiligheidsplan-checkins/:id',
    {
      schema: {
        tags,
        summary: 'De uitkomst van een controle vastleggen',
        description:
          `${toegang} Met If-Match (de versie van de controle). Bij 'geschonden': het scenario van de voorwaarde treedt in werking (één keer per controle), ` +
          'de regiehouder krijgt een taak en er wordt een nieuwe controle gepland (volgendeControleOp, standaard morgen).',
        params: idParams,
        headers: ifMatch,
        body: checkinInvoerSchema,
        response: { 200: checkinResultaatSchema, ...problemResponses(400, 401, 403, 404, 409, 428) },
      },
    },
    async (request, reply) => {
      const versie = requiredVersion(request.headers['if-match']);
      const checkin = await registreerCheckin(db, accessContext(request), request.params.id, versie, request.body);
      setVersionTag(reply, checkin.versie);
      return checkin;
    },
  );
}
