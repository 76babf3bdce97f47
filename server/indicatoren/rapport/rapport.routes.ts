import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import type { App } from '../../platform/http/app';
import { problemResponses } from '../../platform/http/problem';
import { setVersionTag } from '../../platform/http/versioning';
import { allowDocumentStyle } from '../../platform/document/document-http';
import { accessContext } from '../../identity/session-auth';
import { maakRapport, vandaagInNederland, type RapportBestand } from './maak-rapport';
import { leesTeksten } from './lees-rapport-teksten';
import { schrijfTekst } from './schrijf-rapport-tekst';
import {
  RAPPORT_TEKST_MAX,
  rapportQuerySchema,
  rapportSectieSchema,
  rapportTekstenQuerySchema,
  rapportTekstenSchema,
  rapportTekstOpslaanSchema,
  rapportTekstSchema,
  type RapportSectie,
} from './schemas';

const tags = ['Indicatoren'];
const voorInzien = 'Voor wie indicatoren inziet (analist, RNZS-lid, voorzitter Actieoverleg); elke regio mag gekozen worden.';

/** The file as an attachment; its name holds the region's code and the period only. */
function sendBestand(reply: FastifyReply, bestand: RapportBestand) {
  return reply
    .type(bestand.contentType)
    .header('content-disposition', `attachment; filename="${bestand.bestandsnaam}"`)
    .header('cache-control', 'no-store')
    .send(bestand.inhoud);
}

export async function rapportRoutes(app: App): Promise<void> {
  const { db } = app.deps;

  app.get(
    '/api/v1/indicatoren/rapport',
    {
      onSend: allowDocumentStyle,
      schema: {
        tags,
        summary: 'Regiorapportage Indicatoren kwaliteit & impact (HTML, PDF, CSV of XLSX)',
        description:
          `${voorInzien} HTML en PDF: de rapportage zoals seed 003 (per verbeteractie ontwikkelinspanningen, uitvoeringsinspanningen en ` +
          'waarde, met de eigen tekst van het netwerk, de cijfers, de vorige periode en de trends; bijlage Overzicht indicatoren; bronnen). ' +
          'CSV: UTF-8 met BOM, puntkomma als scheidingsteken, decimale PUNT; per indicator een rij voor de hele periode, per kenmerk en per ' +
          'trendperiode; een onderdrukt cijfer (< 5) heeft een lege waarde en onderdrukt=ja. XLSX: bladen Indicatoren, Trend en Overzicht. ' +
          'Als bijlage met bestandsnaam indicatoren-<regio>-<periode>.<formaat>. Een periode zonder gegevens geeft de rapportage met de melding ' +
          '"Geen gegevens in deze periode". Onbekende regio: 404.',
        querystring: rapportQuerySchema,
        response: {
          200: {
            description: 'Het bestand',
            content: {
              'text/html': { schema: z.string() },
              'application/pdf': { schema: z.string().meta({ format: 'binary' }) },
              'text/csv': { schema: z.string() },
              'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: z.string().meta({ format: 'binary' }) },
            },
          },
          ...problemResponses(400, 401, 403, 404),
        },
      },
    },
    async (request, reply) => {
      return sendBestand(reply, await maakRapport(db, accessContext(request), request.query, vandaagInNederland()));
    },
  );

  app.get(
    '/api/v1/indicatoren/rapport-teksten',
    {
      schema: {
        tags,
        summary: 'De eigen teksten van het netwerk in de regiorapportage',
        description: `${voorInzien} Elke sectie ('inleiding' en '<verbeteractie>.<soort>') met tekst en versie; versie 0 als er nog geen tekst is.`,
        querystring: rapportTekstenQuerySchema,
        response: { 200: rapportTekstenSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => leesTeksten(db, accessContext(request), request.query),
  );

  app.put(
    '/api/v1/indicatoren/rapport-teksten/:sectie',
    {
      schema: {
        tags,
        summary: 'De eigen tekst van het netwerk in één sectie van de regiorapportage opslaan',
        description:
          `Alleen voor een RNZS-lid, en alleen voor de eigen regio (een andere regio: 404). Stuur If-Match met de versie die u wijzigt; ` +
          `een sectie zonder tekst heeft versie 0, dus de eerste keer If-Match "0". Zonder If-Match 428, een verouderde versie 409 met ` +
          `huidigeVersie. Hoogstens ${RAPPORT_TEKST_MAX} tekens; geen namen of andere persoonsgegevens. Het opslaan wordt gelogd (alleen de sectie).`,
        params: z.object({ sectie: rapportSectieSchema }),
        querystring: rapportTekstenQuerySchema,
        body: rapportTekstOpslaanSchema,
        response: { 200: rapportTekstSchema, ...problemResponses(400, 401, 403, 404, 409, 428) },
      },
    },
    async (request, reply) => {
      const sectie = request.params.sectie as RapportSectie;
      const tekst = await schrijfTekst(db, accessContext(request), request.query, sectie, request.body.tekst, request.headers['if-match']);
      setVersionTag(reply, tekst.versie);
      return tekst;
    },
  );
}
