import { z } from 'zod';
import type { App } from '../../platform/http/app';
import { problemResponses } from '../../platform/http/problem';
import { requiredVersion, setVersionTag } from '../../platform/http/versioning';
import { accessContext } from '../../identity/session-auth';
import {
  evaluatieInvullenSchema,
  evaluatieSchema,
  evaluatieVoortgangSchema,
  evaluatieVragenSchema,
  jaarQuerySchema,
  mijnEvaluatiesSchema,
  verbeteractieParamsSchema,
} from './schemas';
import { evaluatieVragen } from './vragen';
import { readMijnEvaluatie, readMijnEvaluaties } from './read-mijn-evaluaties';
import { vulEvaluatieIn } from './vul-evaluatie-in';
import { readEvaluatieVoortgang } from './read-voortgang';

const tags = ['Evaluaties'];
const privacy = 'De antwoorden van een persoon ziet alleen die persoon zelf; anderen zien alleen totalen, bij minder dan vijf respondenten onderdrukt.';

export async function evaluatiesRoutes(app: App): Promise<void> {
  const { db } = app.deps;

  app.get(
    '/api/v1/evaluatie-vragen',
    {
      schema: {
        tags,
        summary: 'De vragen van de periodieke evaluaties',
        description: 'Per verbeteractie de vragen met hun schaal: rapportcijfer 1-10 of stelling 1 (helemaal oneens) tot 5 (helemaal eens).',
        response: { 200: evaluatieVragenSchema, ...problemResponses(401) },
      },
    },
    async () => ({ vragen: evaluatieVragen.map((v) => ({ id: v.id, verbeteractie: v.verbeteractie, tekst: v.tekst, schaal: { ...v.schaal } })) }),
  );

  app.get(
    '/api/v1/evaluaties/mijn',
    {
      schema: {
        tags,
        summary: 'Mijn evaluaties van een jaar',
        description: `De eigen evaluaties in de regio van de eigen organisatie, één per verbeteractie, met hun versie. ${privacy}`,
        querystring: jaarQuerySchema,
        response: { 200: mijnEvaluatiesSchema, ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => readMijnEvaluaties(db, accessContext(request), request.query.jaar),
  );

  app.get(
    '/api/v1/evaluaties/mijn/:verbeteractie',
    {
      schema: {
        tags,
        summary: 'Mijn evaluatie van één verbeteractie',
        description: `De ETag-header geeft de versie voor If-Match bij opnieuw invullen. 404 als u deze nog niet heeft ingevuld. ${privacy}`,
        params: verbeteractieParamsSchema,
        querystring: jaarQuerySchema,
        response: { 200: evaluatieSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const evaluatie = await readMijnEvaluatie(db, accessContext(request), request.params.verbeteractie, request.query.jaar);
      setVersionTag(reply, evaluatie.versie);
      return evaluatie;
    },
  );

  app.put(
    '/api/v1/evaluaties/mijn/:verbeteractie',
    {
      schema: {
        tags,
        summary: 'Mijn evaluatie van één verbeteractie invullen of vervangen',
        description:
          'Maakt de eigen evaluatie aan (201) of vervangt alle antwoorden (200). Bij vervangen is If-Match met de ETag verplicht (428 zonder, 409 met de huidige versie als die verouderd is). ' +
          `Elk antwoord is een geheel getal op de schaal van de vraag of null (weet niet); anders 400 met antwoorden[i].waarde. ${privacy}`,
        params: verbeteractieParamsSchema,
        querystring: jaarQuerySchema,
        headers: z.object({ 'if-match': z.string().optional() }),
        body: evaluatieInvullenSchema,
        response: { 200: evaluatieSchema, 201: evaluatieSchema, ...problemResponses(400, 401, 403, 409, 428) },
      },
    },
    async (request, reply) => {
      const ifMatch = request.headers['if-match'];
      const versie = ifMatch === undefined ? undefined : requiredVersion(ifMatch);
      const { evaluatie, nieuw } = await vulEvaluatieIn(
        db,
        accessContext(request),
        request.params.verbeteractie,
        request.query.jaar,
        versie,
        request.body,
      );
      setVersionTag(reply, evaluatie.versie);
      if (nieuw) reply.status(201).header('location', `/api/v1/evaluaties/mijn/${evaluatie.verbeteractie}?jaar=${evaluatie.jaar}`);
      return evaluatie;
    },
  );

  app.get(
    '/api/v1/evaluaties/voortgang',
    {
      schema: {
        tags,
        summary: 'Respons op de evaluaties in de eigen regio',
        description: 'Per verbeteractie het aantal respondenten in de regio van de eigen organisatie in een jaar; 1 tot 4 wordt niet getoond (null). Alleen aantallen, geen antwoorden.',
        querystring: jaarQuerySchema,
        response: { 200: evaluatieVoortgangSchema, ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => readEvaluatieVoortgang(db, accessContext(request), request.query.jaar),
  );
}
