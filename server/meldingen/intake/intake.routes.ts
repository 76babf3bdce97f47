import { z } from 'zod';
import type { App } from '../../platform/http/app';
import { problemResponses } from '../../platform/http/problem';
import { setVersionTag } from '../../platform/http/versioning';
import { accessContext } from '../../identity/session-auth';
import { currentMachineClient } from '../../identity/machine-auth';
import { intakeMeldingSchema, koppelingAanmakenSchema, koppelingLijstSchema, koppelingSchema, meldingSchema, nieuweKoppelingSchema } from '../schemas';
import { intakeMelding } from './intake-melding';
import { createKoppeling, listKoppelingen, revokeKoppeling } from './manage-koppelingen';

const forAdmins = 'Alleen voor de functioneel beheerder, voor koppelingen van de eigen organisatie.';

export async function intakeRoutes(app: App): Promise<void> {
  const { db, secretKey } = app.deps;

  app.post(
    '/api/v1/intake/meldingen',
    {
      config: { access: 'koppeling' },
      schema: {
        tags: ['Intake'],
        summary: 'Melding aanleveren door een partnersysteem',
        description:
          'Voor partnersystemen (CORV, meldkamer, ZSM-systemen), niet voor gebruikers: authenticatie met HTTP Basic over TLS, ' +
          'de client-id als gebruikersnaam en het geheim als wachtwoord (`Authorization: Basic base64(clientId:geheim)`). ' +
          'Geen sessiecookie en geen CSRF-token. De functioneel beheerder maakt de koppeling aan via /api/v1/koppelingen. ' +
          'Personen worden met hun gegevens aangeleverd: gevonden op BSN, anders op naam en geboortedatum, anders aangemaakt. ' +
          'externBerichtId is verplicht: hetzelfde bericht nogmaals aanleveren verandert niets en geeft 200 met de bestaande melding; een nieuw bericht geeft 201.',
        security: [{ koppeling: [] }],
        body: intakeMeldingSchema,
        response: { 200: meldingSchema, 201: meldingSchema, ...problemResponses(400, 401) },
      },
    },
    async (request, reply) => {
      const { melding, created } = await intakeMelding(db, secretKey, currentMachineClient(request), request.id, request.body);
      reply.status(created ? 201 : 200).header('location', `/api/v1/meldingen/${melding.id}`);
      setVersionTag(reply, melding.versie);
      return melding;
    },
  );

  const tags = ['Koppelingen'];
  app.get(
    '/api/v1/koppelingen',
    {
      schema: { tags, summary: 'Koppelingen (machinegegevens van partnersystemen)', description: forAdmins, response: { 200: koppelingLijstSchema, ...problemResponses(401, 403) } },
    },
    async (request) => ({ koppelingen: await listKoppelingen(db, accessContext(request)) }),
  );

  app.post(
    '/api/v1/koppelingen',
    {
      schema: {
        tags,
        summary: 'Koppeling aanmaken',
        description: `${forAdmins} Het antwoord bevat de client-id en het geheim; het geheim wordt alleen nu getoond.`,
        body: koppelingAanmakenSchema,
        response: { 201: nieuweKoppelingSchema, ...problemResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const koppeling = await createKoppeling(db, secretKey, accessContext(request), request.body);
      reply.status(201).header('location', `/api/v1/koppelingen/${koppeling.id}`).header('cache-control', 'no-store');
      return koppeling;
    },
  );

  app.post(
    '/api/v1/koppelingen/:id/intrekking',
    {
      schema: {
        tags,
        summary: 'Koppeling intrekken',
        description: `${forAdmins} De gegevens werken direct niet meer (401).`,
        params: z.object({ id: z.uuid('geen geldige id') }),
        body: z.object({}).strict().optional(),
        response: { 200: koppelingSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => revokeKoppeling(db, accessContext(request), request.params.id),
  );
}
