import { z } from 'zod';
import type { App } from '../../platform/http/app';
import { problemResponses } from '../../platform/http/problem';
import { requiredVersion, setVersionTag } from '../../platform/http/versioning';
import { accessContext } from '../../identity/session-auth';
import {
  acuutContactenLijstSchema,
  acuutContactInvoerSchema,
  acuutContactSchema,
  acuutContactWijzigingSchema,
  beoordelingInvoerSchema,
  beoordelingSchema,
  bereikbaarNuSchema,
  dienstenLijstSchema,
  dienstInvoerSchema,
  dienstSchema,
  opvolgmeldingInvoerSchema,
} from '../schemas';
import { readBereikbaarNu } from './read-bereikbaar-nu';
import { listDiensten } from './list-diensten';
import { createDienst } from './create-dienst';
import { removeDienst } from './delete-dienst';
import { createContact } from './create-contact';
import { listContacten } from './list-contacten';
import { readContact } from './read-contact';
import { updateAcuutContact } from './update-contact';
import { recordBeoordeling } from './record-beoordeling';
import { linkOpvolgmelding } from './link-opvolgmelding';

const tags = ['Samen op in Acuut'];
const idParams = z.object({ id: z.uuid('geen geldige id') });
const tijdstip = z.iso.datetime({ offset: true, error: 'geen geldig tijdstip (ISO 8601 met tijdzone)' });

export async function acuutContactenRoutes(app: App): Promise<void> {
  const { db } = app.deps;

  app.get(
    '/api/v1/acuut/bereikbaar-nu',
    {
      schema: {
        tags,
        summary: 'Wie is nu bereikbaar',
        description:
          'Per Veilig Thuis- en crisis-interventie-team-organisatie van uw regio: de diensten die nu lopen (naam, telefoon, dienst, tot wanneer, ter plaatse mogelijk), of anders de volgende dienst.',
        response: { 200: bereikbaarNuSchema, ...problemResponses(401, 403) },
      },
    },
    async (request) => readBereikbaarNu(db, accessContext(request)),
  );

  app.get(
    '/api/v1/acuut/diensten',
    {
      schema: {
        tags,
        summary: 'Diensten van een organisatie',
        description: 'Het rooster van een Veilig Thuis- of CIT-organisatie van uw regio tussen vanaf en tot (andere organisaties 404).',
        querystring: z.object({ organisatieId: z.uuid('geen geldige id'), vanaf: tijdstip, tot: tijdstip }),
        response: { 200: dienstenLijstSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const q = request.query;
      return listDiensten(db, accessContext(request), q.organisatieId, new Date(q.vanaf), new Date(q.tot));
    },
  );

  app.post(
    '/api/v1/acuut/diensten',
    {
      schema: {
        tags,
        summary: 'Dienst toevoegen',
        description: 'Door de functioneel beheerder van de eigen organisatie (andere organisaties 404). Overlappende diensten mogen (twee bereikbaar); tot moet later zijn dan van.',
        body: dienstInvoerSchema,
        response: { 201: dienstSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const dienst = await createDienst(db, accessContext(request), request.body);
      reply.code(201);
      return dienst;
    },
  );

  app.delete(
    '/api/v1/acuut/diensten/:id',
    {
      schema: {
        tags,
        summary: 'Dienst verwijderen',
        description: 'Door de functioneel beheerder van de organisatie van de dienst (andere 404).',
        params: idParams,
        response: { 204: z.null(), ...problemResponses(401, 403, 404) },
      },
    },
    async (request, reply) => {
      await removeDienst(db, accessContext(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/v1/acuut/contacten',
    {
      schema: {
        tags,
        summary: 'Acuut contact met Veilig Thuis vastleggen',
        description:
          'Door de politie (andere organisaties 403). Dezelfde clientId opnieuw geeft het bestaande contact (200) en wijzigt niets. ' +
          'Met personen en zonder casus: gekoppeld aan de ene open casus van de regio met die personen waaraan de politie deelneemt, als er precies één is.',
        body: acuutContactInvoerSchema,
        response: { 200: acuutContactSchema, 201: acuutContactSchema, ...problemResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const { contact, created } = await createContact(db, accessContext(request), request.body);
      reply.code(created ? 201 : 200);
      setVersionTag(reply, contact.versie);
      return contact;
    },
  );

  app.get(
    '/api/v1/acuut/contacten',
    {
      schema: {
        tags,
        summary: 'Acute contacten van uw organisatie',
        description: 'Politie: wat zij vastlegde; Veilig Thuis: wat met haar is gemaakt. Nieuwste eerst.',
        response: { 200: acuutContactenLijstSchema, ...problemResponses(401, 403) },
      },
    },
    async (request) => listContacten(db, accessContext(request)),
  );

  app.get(
    '/api/v1/acuut/contacten/:id',
    {
      schema: {
        tags,
        summary: 'Acuut contact',
        description: 'Voor de politie en Veilig Thuis van het contact en de deelnemers aan de casus; anderen 404.',
        params: idParams,
        response: { 200: acuutContactSchema, ...problemResponses(401, 403, 404) },
      },
    },
    async (request, reply) => {
      const contact = await readContact(db, accessContext(request), request.params.id);
      setVersionTag(reply, contact.versie);
      return contact;
    },
  );

  app.patch(
    '/api/v1/acuut/contacten/:id',
    {
      schema: {
        tags,
        summary: 'Acuut contact aanvullen',
        description: 'opgenomenOp, vtContactpersoon en besproken, door de politie of Veilig Thuis van het contact, met If-Match.',
        params: idParams,
        body: acuutContactWijzigingSchema,
        response: { 200: acuutContactSchema, ...problemResponses(400, 401, 403, 404, 409, 428) },
      },
    },
    async (request, reply) => {
      const versie = requiredVersion(request.headers['if-match']);
      const contact = await updateAcuutContact(db, accessContext(request), request.params.id, versie, request.body);
      setVersionTag(reply, contact.versie);
      return contact;
    },
  );

  app.put(
    '/api/v1/acuut/contacten/:id/beoordeling',
    {
      schema: {
        tags,
        summary: 'Gezamenlijke veiligheidsbeoordeling',
        description:
          'Door de politie of Veilig Thuis van het contact. Maatregelen zijn codes uit de interventiecatalogus. De eerste keer zonder If-Match; wijzigen met If-Match (versie van de beoordeling).',
        params: idParams,
        body: beoordelingInvoerSchema,
        response: { 200: beoordelingSchema, ...problemResponses(400, 401, 403, 404, 409, 428) },
      },
    },
    async (request, reply) => {
      const ifMatch = request.headers['if-match'];
      const versie = ifMatch === undefined ? null : requiredVersion(ifMatch);
      const beoordeling = await recordBeoordeling(db, accessContext(request), request.params.id, versie, request.body);
      setVersionTag(reply, beoordeling.versie);
      return beoordeling;
    },
  );

  app.post(
    '/api/v1/acuut/contacten/:id/opvolgmelding',
    {
      schema: {
        tags,
        summary: 'VT-melding na het contact koppelen',
        description: 'De melding achteraf die naar het acuut contact verwijst, door de politie of Veilig Thuis van het contact (de melding moet zij kunnen inzien).',
        params: idParams,
        body: opvolgmeldingInvoerSchema,
        response: { 200: acuutContactSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const contact = await linkOpvolgmelding(db, accessContext(request), request.params.id, request.body.meldingId);
      setVersionTag(reply, contact.versie);
      return contact;
    },
  );
}
