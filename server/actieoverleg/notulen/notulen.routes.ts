import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import type { App } from '../../platform/http/app';
import { problemResponses } from '../../platform/http/problem';
import { accessContext } from '../../identity/session-auth';
import { afrondenResultaatSchema, notulenQuerySchema, notulenSchema, notulenVerzendingLijstSchema } from './schemas';
import { readNotulen } from './read-notulen';
import { listNotulen } from './list-notulen';
import { closeOverleg } from './close-overleg';
import { minutesDocument } from './document';
import { renderDocumentHtml } from '../../platform/document/render-html';
import { allowDocumentStyle } from '../../platform/document/document-http';
import { renderDocumentPdf } from '../../platform/document/render-pdf';

const tags = ['Actieoverleg'];
const idParams = z.object({ id: z.uuid('geen geldige id') });
const forReceivers =
  'De notulen voor uw organisatie: vaste leden zien elk besproken agendapunt, partners op afroep alleen de punten waarvoor zij zijn uitgenodigd; ' +
  'binnen een punt volgt de inbreng van elke partner need-to-know. Na afronden voor elke deelnemende organisatie; daarvóór alleen als CONCEPT ' +
  'voor de voorzitter en de vaste leden (een partner op afroep krijgt 409). Wie niet aan het overleg deelneemt krijgt 404. Het lezen wordt gelogd; ' +
  'de eerste keer lezen na afronden rondt de taak notulen-lezen af.';

/** The filename carries the meeting's date only: no names, no casus numbers. */
const fileName = (datum: string, extension: 'html' | 'pdf') => `notulen-actieoverleg-${datum}.${extension}`;

function sendHtml(reply: FastifyReply, html: string, datum: string) {
  return reply
    .type('text/html; charset=utf-8')
    .header('content-disposition', `inline; filename="${fileName(datum, 'html')}"`)
    .send(html);
}

function sendPdf(reply: FastifyReply, pdf: Buffer, datum: string) {
  return reply.type('application/pdf').header('content-disposition', `attachment; filename="${fileName(datum, 'pdf')}"`).send(pdf);
}

export async function notulenRoutes(app: App): Promise<void> {
  const { db, config } = app.deps;

  app.get(
    '/api/v1/actieoverleggen/:id/notulen',
    {
      onSend: allowDocumentStyle,
      schema: {
        tags,
        summary: 'Notulen van een Actieoverleg (HTML of JSON)',
        description: `${forReceivers} Standaard een afdrukbaar HTML-document; met ?formaat=json de gestructureerde notulen.`,
        params: idParams,
        querystring: notulenQuerySchema,
        response: {
          200: {
            description: 'De notulen voor uw organisatie',
            content: { 'text/html': { schema: z.string() }, 'application/json': { schema: notulenSchema } },
          },
          ...problemResponses(400, 401, 403, 404, 409),
        },
      },
    },
    async (request, reply) => {
      const notulen = await readNotulen(db, accessContext(request), request.params.id, request.query.formaat);
      if (request.query.formaat === 'json') return reply.type('application/json; charset=utf-8').send(notulen);
      return sendHtml(reply, renderDocumentHtml(minutesDocument(notulen)), notulen.overleg.datum);
    },
  );

  app.get(
    '/api/v1/actieoverleggen/:id/notulen.pdf',
    {
      schema: {
        tags,
        summary: 'Notulen van een Actieoverleg als PDF',
        description: `${forReceivers} Als bijlage met een bestandsnaam zonder persoonsgegevens (notulen-actieoverleg-JJJJ-MM-DD.pdf).`,
        params: idParams,
        response: {
          200: { description: 'De notulen voor uw organisatie als PDF', content: { 'application/pdf': { schema: z.string().meta({ format: 'binary' }) } } },
          ...problemResponses(400, 401, 403, 404, 409),
        },
      },
    },
    async (request, reply) => {
      const notulen = await readNotulen(db, accessContext(request), request.params.id, 'pdf');
      return sendPdf(reply, await renderDocumentPdf(minutesDocument(notulen)), notulen.overleg.datum);
    },
  );

  app.post(
    '/api/v1/actieoverleggen/:id/afronden',
    {
      schema: {
        tags,
        summary: 'Actieoverleg afronden en de notulen verzenden',
        description:
          'Alleen de voorzitter van de regio, voor een gestart overleg waarvan elk agendapunt besproken of doorgeschoven is ' +
          '(anders 409 agendapunten-open met de ids in objecten). Elke ontvangende organisatie (vaste leden en uitgenodigde partners) krijgt ' +
          'de notulen in Samenloop met een taak notulen-lezen; is SMTP ingesteld, dan ook één e-mail dat ze klaarstaan — zonder inhoud.',
        params: idParams,
        body: z.object({}).strict().optional(),
        response: { 200: afrondenResultaatSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => closeOverleg(db, accessContext(request), request.params.id, { mail: config.smtp !== undefined }),
  );

  app.get(
    '/api/v1/notulen',
    {
      schema: {
        tags,
        summary: 'Notulen voor uw organisatie',
        description: 'De notulen van afgeronde Actieoverleggen die aan uw organisatie zijn verzonden, nieuwste eerst, met de links om ze te lezen.',
        response: { 200: notulenVerzendingLijstSchema, ...problemResponses(401, 403) },
      },
    },
    async (request) => ({ notulen: await listNotulen(db, accessContext(request)) }),
  );
}
