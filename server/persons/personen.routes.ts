import { z } from 'zod';
import type { App } from '../platform/http/app';
import { problemResponses } from '../platform/http/problem';
import { requiredVersion, setVersionTag } from '../platform/http/versioning';
import { accessContext } from '../identity/session-auth';
import {
  adresInvoerSchema,
  adresParamsSchema,
  adresSchema,
  huishoudenSchema,
  periodeBeeindigenSchema,
  persoonIdParamsSchema,
  persoonInvoerSchema,
  persoonSchema,
  persoonWijzigenSchema,
  relatieInvoerSchema,
  relatieParamsSchema,
  relatieSchema,
  zoekopdrachtSchema,
  zoekresultaatSchema,
} from './schemas';
import { searchPersons } from './search-persons';
import { createPerson } from './create-person';
import { readPerson } from './read-person';
import { updatePersonDetails } from './update-person';
import { addAddress } from './add-address';
import { addRelation } from './add-relation';
import { endAddress, endRelation } from './end-period';
import { readHousehold } from './read-household';

const tags = ['Personen'];
const access =
  'Voor rollen met casuswerk (niet de analist: 403). Het detail alleen als uw organisatie de persoon vastlegde, deelneemt aan een casus met de persoon, een melding over de persoon registreerde of erover bevraagd is; anders 404.';

export async function personenRoutes(app: App): Promise<void> {
  const { db, secretKey } = app.deps;

  app.post(
    '/api/v1/personen/zoekopdrachten',
    {
      schema: {
        tags,
        summary: 'Personen zoeken (eerst zoeken, dan vastleggen)',
        description:
          'Zoekt op naam (tolerant voor typfouten en accenten), geboortedatum, postcode met huisnummer of BSN; de criteria staan in de body zodat een BSN nooit in een URL komt. Elke treffer toont bij welke organisaties de persoon in een casus bekend is (nooit de inhoud). Bij zoeken op adres volgt ook het huishouden op dat adres. Voor rollen met casuswerk.',
        body: zoekopdrachtSchema,
        response: { 200: zoekresultaatSchema, ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => searchPersons(db, accessContext(request), secretKey, request.body),
  );

  app.post(
    '/api/v1/personen',
    {
      schema: {
        tags,
        summary: 'Persoon vastleggen',
        description:
          'Zoek eerst. Bestaat er waarschijnlijk al een persoon met deze gegevens, dan volgt 409 mogelijke-dubbele-persoon met de kandidaten; stuur na controle hun ids mee in nietDezelfdeAls. Een bekend BSN geeft altijd 409 bsn-bestaat.',
        body: persoonInvoerSchema,
        response: { 201: persoonSchema, ...problemResponses(400, 401, 403, 409) },
      },
    },
    async (request, reply) => {
      const persoon = await createPerson(db, accessContext(request), secretKey, request.body);
      reply.status(201).header('location', `/api/v1/personen/${persoon.id}`);
      setVersionTag(reply, persoon.versie);
      return persoon;
    },
  );

  app.get(
    '/api/v1/personen/:id',
    {
      schema: { tags, summary: 'Eén persoon', description: access, params: persoonIdParamsSchema, response: { 200: persoonSchema, ...problemResponses(400, 401, 403, 404) } },
    },
    async (request, reply) => {
      const persoon = await readPerson(db, accessContext(request), secretKey, request.params.id);
      setVersionTag(reply, persoon.versie);
      return persoon;
    },
  );

  app.patch(
    '/api/v1/personen/:id',
    {
      schema: {
        tags,
        summary: 'Persoonsgegevens wijzigen',
        description: `${access} Vereist If-Match met de ETag; is de persoon intussen gewijzigd, dan 409 met de huidige versie. null wist een veld.`,
        params: persoonIdParamsSchema,
        headers: z.object({ 'if-match': z.string().optional() }),
        body: persoonWijzigenSchema,
        response: { 200: persoonSchema, ...problemResponses(400, 401, 403, 404, 409, 428) },
      },
    },
    async (request, reply) => {
      const ctx = accessContext(request);
      const persoon = await updatePersonDetails(db, ctx, secretKey, request.params.id, requiredVersion(request.headers['if-match']), request.body);
      setVersionTag(reply, persoon.versie);
      return persoon;
    },
  );

  app.post(
    '/api/v1/personen/:id/adressen',
    {
      schema: {
        tags,
        summary: 'Adres toevoegen',
        description: `${access} Een adres met periode; zonder geldigTot woont de persoon er nu.`,
        params: persoonIdParamsSchema,
        body: adresInvoerSchema,
        response: { 201: adresSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const adres = await addAddress(db, accessContext(request), request.params.id, request.body);
      reply.status(201).header('location', `/api/v1/personen/${request.params.id}`);
      return adres;
    },
  );

  app.patch(
    '/api/v1/personen/:id/adressen/:adresId',
    {
      schema: {
        tags,
        summary: 'Adres beëindigen',
        description: `${access} Zet de laatste dag (geldigTot); het adres blijft in de geschiedenis staan.`,
        params: adresParamsSchema,
        body: periodeBeeindigenSchema,
        response: { 200: adresSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => endAddress(db, accessContext(request), request.params.id, request.params.adresId, request.body.geldigTot),
  );

  app.post(
    '/api/v1/personen/:id/relaties',
    {
      schema: {
        tags,
        summary: 'Relatie vastleggen',
        description: `${access} De soort zegt wat de andere persoon voor deze persoon is ('ouder': de ander is ouder van deze persoon). Beide personen moeten zichtbaar zijn voor uw organisatie.`,
        params: persoonIdParamsSchema,
        body: relatieInvoerSchema,
        response: { 201: relatieSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const relatie = await addRelation(db, accessContext(request), request.params.id, request.body);
      reply.status(201).header('location', `/api/v1/personen/${request.params.id}`);
      return relatie;
    },
  );

  app.patch(
    '/api/v1/personen/:id/relaties/:relatieId',
    {
      schema: {
        tags,
        summary: 'Relatie beëindigen',
        description: `${access} Zet de laatste dag (geldigTot); de relatie blijft in de geschiedenis staan.`,
        params: relatieParamsSchema,
        body: periodeBeeindigenSchema,
        response: { 200: relatieSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => endRelation(db, accessContext(request), request.params.id, request.params.relatieId, request.body.geldigTot),
  );

  app.get(
    '/api/v1/personen/:id/huishouden',
    {
      schema: {
        tags,
        summary: 'Huishouden van een persoon',
        description: `${access} Wie nu op hetzelfde adres woont en wie via een lopende relatie verbonden is. Alleen leden die uw organisatie mag inzien staan erin; de anderen worden alleen geteld (aantalNietZichtbaar).`,
        params: persoonIdParamsSchema,
        response: { 200: huishoudenSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => readHousehold(db, accessContext(request), request.params.id),
  );
}
