import { z } from 'zod';
import type { App } from '../platform/http/app';
import { problemResponses } from '../platform/http/problem';
import { setVersionTag } from '../platform/http/versioning';
import { accessContext } from '../identity/session-auth';
import { meldingenQuerySchema, meldingInvoerSchema, meldingLijstSchema, meldingSchema, samenvoegvoorstelLijstSchema, samenvoegvoorstelSchema } from './schemas';
import { createMelding } from './create-melding';
import { listMeldingen, listMergeProposals, readMelding } from './read-meldingen';
import { decideMerge, type Besluit } from './decide-merge';

const tags = ['Meldingen'];
const idParams = z.object({ id: z.uuid('geen geldige id') });
const caseWork = 'Voor medewerkers, voorzitters Actieoverleg en officieren van justitie.';
const visibility = 'Zichtbaar voor de organisatie die de melding innam, en voor de organisaties die deelnemen aan de casus waaraan ze gekoppeld is.';

export async function meldingenRoutes(app: App): Promise<void> {
  const { db } = app.deps;

  app.post(
    '/api/v1/meldingen',
    {
      schema: {
        tags,
        summary: 'Melding registreren',
        description:
          `${caseWork} Registreert een melding voor de eigen organisatie met personen die al bekend zijn. ` +
          'Een herhaling (zelfde slachtoffer–pleger of huishouden binnen 12 maanden) wordt gesignaleerd; een mogelijke dubbele instroom ' +
          'wordt als samenvoegvoorstel klaargezet; een politiemelding start de termijn van 24 uur voor de zorgmelding aan Veilig Thuis. ' +
          'Met een externBerichtId dat de organisatie al gebruikte volgt 200 met de bestaande melding.',
        body: meldingInvoerSchema,
        response: { 200: meldingSchema, 201: meldingSchema, ...problemResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const { melding, created } = await createMelding(db, accessContext(request), request.body);
      reply.status(created ? 201 : 200).header('location', `/api/v1/meldingen/${melding.id}`);
      setVersionTag(reply, melding.versie);
      return melding;
    },
  );

  app.get(
    '/api/v1/meldingen',
    {
      schema: {
        tags,
        summary: 'Meldingen van de eigen organisatie',
        description: `${caseWork} Nieuwste eerst; volgende geeft de cursor voor de volgende pagina.`,
        querystring: meldingenQuerySchema,
        response: { 200: meldingLijstSchema, ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => listMeldingen(db, accessContext(request), request.query),
  );

  app.get(
    '/api/v1/meldingen/:id',
    {
      schema: {
        tags,
        summary: 'Eén melding',
        description: `${caseWork} ${visibility}`,
        params: idParams,
        response: { 200: meldingSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const melding = await readMelding(db, accessContext(request), request.params.id);
      setVersionTag(reply, melding.versie);
      return melding;
    },
  );

  app.get(
    '/api/v1/meldingen/:id/samenvoegvoorstellen',
    {
      schema: {
        tags,
        summary: 'Samenvoegvoorstellen bij een melding (dubbele instroom)',
        description: `${caseWork} Alleen voorstellen waarvan de organisatie beide meldingen ziet.`,
        params: idParams,
        response: { 200: samenvoegvoorstelLijstSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => ({ samenvoegvoorstellen: await listMergeProposals(db, accessContext(request), request.params.id) }),
  );

  const decisions: [string, Besluit, string, string][] = [
    [
      'samenvoeging',
      'samenvoegen',
      'Meldingen samenvoegen',
      'De secundaire melding wordt samengevoegd in de primaire; beide blijven leesbaar en zichtbaar op de tijdlijn. Een tweede besluit over hetzelfde voorstel geeft 409.',
    ],
    ['afwijzing', 'afwijzen', 'Samenvoegvoorstel afwijzen', 'De meldingen beschrijven verschillende incidenten.'],
    ['ongedaanmaking', 'ongedaan-maken', 'Samenvoeging ongedaan maken', 'De secundaire melding staat weer op zichzelf; de tijdlijn houdt beide stappen vast.'],
  ];
  for (const [path, besluit, summary, description] of decisions) {
    app.post(
      `/api/v1/melding-samenvoegingen/:id/${path}`,
      {
        schema: {
          tags,
          summary,
          description: `${caseWork} ${description} Alleen organisaties die beide meldingen zien kunnen besluiten.`,
          params: idParams,
          body: z.object({}).strict().optional(),
          response: { 200: samenvoegvoorstelSchema, ...problemResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) => decideMerge(db, accessContext(request), request.params.id, besluit),
    );
  }
}
