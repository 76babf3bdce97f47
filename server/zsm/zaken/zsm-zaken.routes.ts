import { z } from 'zod';
import type { App } from '../../platform/http/app';
import { problemResponses } from '../../platform/http/problem';
import { requiredVersion, setVersionTag } from '../../platform/http/versioning';
import { accessContext } from '../../identity/session-auth';
import { currentMachineClient } from '../../identity/machine-auth';
import {
  vtContactInvoerSchema,
  vtContactSchema,
  zsmBordQuerySchema,
  zsmBordSchema,
  zsmIntakeSchema,
  zsmZaakDetailSchema,
  zsmZaakInvoerSchema,
  zsmZaakSchema,
  zsmZaakWijzigenSchema,
} from './schemas';
import { intakeZsmZaak } from './intake-zsm-zaak';
import { createZsmZaak } from './create-zsm-zaak';
import { readBord } from './read-bord';
import { readZsmZaak } from './read-zsm-zaak';
import { updateZsmZaak } from './update-zsm-zaak';
import { recordVtContact } from './record-vt-contact';

const tags = ['ZSM'];
const idParams = z.object({ id: z.uuid('geen geldige id') });
const zichtbaar =
  'Politie, OM, reclassering en Raad voor de Kinderbescherming van de regio zien elke zaak van de regio; Veilig Thuis van de regio alleen ' +
  'zaken van huiselijk geweld die aan haar zijn toegewezen of nog aan geen VT; anderen niets (404).';
const klok = 'beslissenUiterlijk volgt de regel van ophouden voor onderzoek: 9 uur (voorlopige hechtenis mogelijk) of 6 uur, waarbij de uren tussen 00:00 en 09:00 niet meetellen.';

export async function zsmZakenRoutes(app: App): Promise<void> {
  const { db, secretKey } = app.deps;

  app.post(
    '/api/v1/intake/zsm-zaken',
    {
      config: { access: 'koppeling' },
      schema: {
        tags: ['Intake'],
        summary: 'Aangehouden verdachte aanleveren voor ZSM door een politiesysteem',
        description:
          'Voor politiesystemen, niet voor gebruikers: HTTP Basic met de client-id en het geheim van een koppeling van een politieorganisatie ' +
          '(zoals POST /api/v1/intake/meldingen). Maakt in één keer een melding (bron zsm), koppelt die aan de casus van het slachtoffer of een nieuwe casus, ' +
          `en start de klok. ${klok} Personen met hun gegevens: gevonden op BSN, anders op naam en geboortedatum, anders aangemaakt. ` +
          'externBerichtId is verplicht: hetzelfde bericht nogmaals geeft 200 met de bestaande zaak en verandert niets; een nieuw bericht 201.',
        security: [{ koppeling: [] }],
        body: zsmIntakeSchema,
        response: { 200: zsmZaakSchema, 201: zsmZaakSchema, ...problemResponses(400, 401, 403, 409) },
      },
    },
    async (request, reply) => {
      const { zaak, created } = await intakeZsmZaak(db, secretKey, currentMachineClient(request), request.id, request.body);
      reply.status(created ? 201 : 200).header('location', `/api/v1/zsm-zaken/${zaak.id}`);
      setVersionTag(reply, zaak.versie);
      return zaak;
    },
  );

  app.post(
    '/api/v1/zsm-zaken',
    {
      schema: {
        tags,
        summary: 'Aangehouden verdachte inbrengen op ZSM',
        description:
          'Alleen voor de politie (andere organisaties 403). Personen eerst zoeken via POST /api/v1/personen/zoekopdrachten (en zo nodig vastleggen). ' +
          `Een aanhouding in de toekomst is 400 met het veld aangehoudenOp. ${klok}`,
        body: zsmZaakInvoerSchema,
        response: { 201: zsmZaakSchema, ...problemResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const zaak = await createZsmZaak(db, accessContext(request), request.body);
      reply.status(201).header('location', `/api/v1/zsm-zaken/${zaak.id}`);
      setVersionTag(reply, zaak.versie);
      return zaak;
    },
  );

  app.get(
    '/api/v1/zsm-zaken',
    {
      schema: {
        tags,
        summary: 'ZSM-bord (verdachtenmonitor huiselijk geweld)',
        description: `De zaken die u mag zien, de eerst verlopende termijn eerst, met aftelklok en wie van Veilig Thuis nu bereikbaar is. ${zichtbaar}`,
        querystring: zsmBordQuerySchema,
        response: { 200: zsmBordSchema, ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => readBord(db, accessContext(request), request.query),
  );

  app.get(
    '/api/v1/zsm-zaken/:id',
    {
      schema: {
        tags,
        summary: 'Eén ZSM-zaak',
        description: `Met slachtoffers en kinderen (naam en leeftijd), contactpogingen met Veilig Thuis en bovenaan de scenario's en open afspraken van het Actieoverleg. ${zichtbaar} De ETag-header geeft de versie.`,
        params: idParams,
        response: { 200: zsmZaakDetailSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const zaak = await readZsmZaak(db, accessContext(request), request.params.id);
      setVersionTag(reply, zaak.versie);
      return zaak;
    },
  );

  app.patch(
    '/api/v1/zsm-zaken/:id',
    {
      schema: {
        tags,
        summary: 'Veilig Thuis-organisatie kiezen of afdoeningsoverleg plannen',
        description:
          'Voor politie en OM (anderen 403), met If-Match. De Veilig Thuis-organisatie moet van de regio zijn (anders 400); ' +
          'zij neemt deel aan de casus en krijgt de veiligheidsbeoordeling als taak. Een beslist zaak verandert niet meer (409).',
        params: idParams,
        body: zsmZaakWijzigenSchema,
        response: { 200: zsmZaakDetailSchema, ...problemResponses(400, 401, 403, 404, 409, 428) },
      },
    },
    async (request, reply) => {
      const versie = requiredVersion(request.headers['if-match']);
      const zaak = await updateZsmZaak(db, accessContext(request), request.params.id, versie, request.body);
      setVersionTag(reply, zaak.versie);
      return zaak;
    },
  );

  app.post(
    '/api/v1/zsm-zaken/:id/vt-contacten',
    {
      schema: {
        tags,
        summary: 'Contactpoging met Veilig Thuis vastleggen',
        description:
          'Door een ZSM-partner (dan moet de zaak een Veilig Thuis-organisatie hebben, anders 409) of door Veilig Thuis zelf ' +
          '(een nog niet toegewezen zaak wordt dan van haar). Bereikt of niet: beide tellen mee.',
        params: idParams,
        body: vtContactInvoerSchema,
        response: { 201: vtContactSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const contact = await recordVtContact(db, accessContext(request), request.params.id, request.body);
      reply.status(201);
      return contact;
    },
  );
}
