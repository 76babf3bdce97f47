import { z } from 'zod';
import type { App } from '../platform/http/app';
import { problemResponses } from '../platform/http/problem';
import { requiredVersion, setVersionTag } from '../platform/http/versioning';
import { accessContext } from '../identity/session-auth';
import {
  aanmeldingInvoerSchema,
  aanmeldingLijstQuerySchema,
  aanmeldingLijstSchema,
  aanmeldingSchema,
  aanmeldingWijzigenSchema,
  besluitInvoerSchema,
  overzichtSchema,
} from './schemas';
import { createAanmelding } from './create-aanmelding';
import { readAanmelding } from './read-aanmelding';
import { listAanmeldingenFor } from './list-aanmeldingen';
import { updateAanmelding } from './update-aanmelding';
import { submitAanmelding } from './submit-aanmelding';
import { decideAanmelding } from './decide-aanmelding';
import { readOverzicht } from './read-overzicht';

const tags = ['Actieoverleg'];
const forViewers =
  'Voor de aanmeldende organisatie, de organisaties die aan de casus deelnemen en (na indienen) de voorzitters Actieoverleg van de regio; anders 404.';
const idParams = z.object({ id: z.uuid('geen geldige id') });

export async function actieoverlegRoutes(app: App): Promise<void> {
  const { db } = app.deps;

  app.post(
    '/api/v1/aanmeldingen',
    {
      schema: {
        tags,
        summary: 'Aanmelding Actieoverleg opslaan (concept)',
        description:
          'Bewaart een concept-aanmelding vanuit een casus waaraan uw organisatie deelneemt (casusId), of opent de casus tegelijk (nieuweCasus). ' +
          'Een concept wordt altijd bewaard, ook als de criteria nog niet voldaan zijn; het antwoord toont de uitslag van de criteria. ' +
          'Loopt er al een aanmelding voor de casus, dan volgt 409 aanmelding-loopt-al met het id in kandidaten.',
        body: aanmeldingInvoerSchema,
        response: { 201: aanmeldingSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const aanmelding = await createAanmelding(db, accessContext(request), request.body);
      reply.status(201).header('location', `/api/v1/aanmeldingen/${aanmelding.id}`);
      setVersionTag(reply, aanmelding.versie);
      return aanmelding;
    },
  );

  app.get(
    '/api/v1/aanmeldingen',
    {
      schema: {
        tags,
        summary: 'Aanmeldingen',
        description: 'De aanmeldingen van uw organisatie, nieuwste eerst; voor een voorzitter ook de aanmeldingen in de regio die op een besluit wachten.',
        querystring: aanmeldingLijstQuerySchema,
        response: { 200: aanmeldingLijstSchema, ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => ({ aanmeldingen: await listAanmeldingenFor(db, accessContext(request), request.query.status) }),
  );

  app.get(
    '/api/v1/aanmeldingen/:id',
    {
      schema: {
        tags,
        summary: 'Eén aanmelding',
        description: `${forViewers} Met de criteria, de herhaling, het besluit en 'bekend bij' reclassering en Raad. De ETag-header geeft de versie.`,
        params: idParams,
        response: { 200: aanmeldingSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const aanmelding = await readAanmelding(db, accessContext(request), request.params.id);
      setVersionTag(reply, aanmelding.versie);
      return aanmelding;
    },
  );

  app.patch(
    '/api/v1/aanmeldingen/:id',
    {
      schema: {
        tags,
        summary: 'Concept-aanmelding wijzigen',
        description: `${forViewers} Alleen de aanmeldende organisatie, alleen een concept. Vereist If-Match; de criteria worden opnieuw getoetst.`,
        params: idParams,
        headers: z.object({ 'if-match': z.string().optional() }),
        body: aanmeldingWijzigenSchema,
        response: { 200: aanmeldingSchema, ...problemResponses(400, 401, 403, 404, 409, 428) },
      },
    },
    async (request, reply) => {
      const ctx = accessContext(request);
      const aanmelding = await updateAanmelding(db, ctx, request.params.id, requiredVersion(request.headers['if-match']), request.body);
      setVersionTag(reply, aanmelding.versie);
      return aanmelding;
    },
  );

  app.post(
    '/api/v1/aanmeldingen/:id/indiening',
    {
      schema: {
        tags,
        summary: 'Aanmelding indienen bij de voorzitter',
        description:
          `${forViewers} Alleen de aanmeldende organisatie. Voldoet de aanmelding niet aan de criteria en is het geen herhaling, dan volgt 409 ` +
          'criteria-niet-voldaan met elk ontbrekend criterium in invalidParams; het concept blijft zoals het was. Een herhaling binnen 12 maanden wordt altijd ingediend.',
        params: idParams,
        body: z.object({}).strict().optional(),
        response: { 200: aanmeldingSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const aanmelding = await submitAanmelding(db, accessContext(request), request.params.id);
      setVersionTag(reply, aanmelding.versie);
      return aanmelding;
    },
  );

  app.post(
    '/api/v1/aanmeldingen/:id/besluit',
    {
      schema: {
        tags,
        summary: 'Besluit van de voorzitter (vooroverleg)',
        description:
          'Alleen voor een voorzitter Actieoverleg van de regio van de aanmelding: agenderen, afwijzen of direct contact met de ene partner voor wie de vraag is, ' +
          'altijd met een reden. Het besluit gaat als taak terug naar de aanmelder.',
        params: idParams,
        body: besluitInvoerSchema,
        response: { 200: aanmeldingSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const aanmelding = await decideAanmelding(db, accessContext(request), request.params.id, request.body);
      setVersionTag(reply, aanmelding.versie);
      return aanmelding;
    },
  );

  app.get(
    '/api/v1/actieoverleg/overzicht',
    {
      schema: {
        tags,
        summary: 'Overzicht voor de voorzitter',
        description:
          'Alleen voor een voorzitter Actieoverleg: de aanmeldingen in de regio die op een besluit wachten (oudste eerst), ' +
          'ingediende aanmeldingen per aanmeldende organisatie (dit jaar en totaal) en de herhalingen.',
        response: { 200: overzichtSchema, ...problemResponses(401, 403) },
      },
    },
    async (request) => readOverzicht(db, accessContext(request)),
  );
}
