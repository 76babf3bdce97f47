import { z } from 'zod';
import type { App } from '../../platform/http/app';
import { problemResponses } from '../../platform/http/problem';
import { requiredVersion, setVersionTag } from '../../platform/http/versioning';
import { accessContext } from '../../identity/session-auth';
import {
  aanwezigheidInvoerSchema,
  agendapuntInvoerSchema,
  agendapuntSchema,
  annulerenInvoerSchema,
  bijdrageInvoerSchema,
  bijdrageSchema,
  doorschuivenInvoerSchema,
  lidInvoerSchema,
  medewerkerLijstSchema,
  overlegInvoerSchema,
  overlegLijstQuerySchema,
  overlegLijstSchema,
  overlegSchema,
  overlegWijzigenSchema,
  reeksInvoerSchema,
  reeksLijstSchema,
  reeksMedewerkersQuerySchema,
  reeksSchema,
  reeksWijzigenSchema,
  uitnodigingInvoerSchema,
  volgordeInvoerSchema,
} from './schemas';
import { listReeksen, readReeks } from './read-reeksen';
import { createReeks } from './create-reeks';
import { updateReeks } from './update-reeks';
import { addLid } from './add-lid';
import { endLidmaatschap } from './end-lid';
import { planOverleg } from './plan-overleg';
import { listOverleggen } from './list-overleggen';
import { readOverleg } from './read-overleg';
import { updateOverleg } from './update-overleg';
import { cancelOverleg } from './cancel-overleg';
import { startOverleg } from './start-overleg';
import { composeAgenda } from './compose-agenda';
import { addAgendapunt } from './add-agendapunt';
import { moveAgendapunt } from './move-agendapunt';
import { reorderAgenda } from './reorder-agenda';
import { invitePartner } from './invite-partner';
import { withdrawInvitation } from './withdraw-invitation';
import { saveBijdrage } from './save-bijdrage';
import { recordAttendance } from './record-attendance';
import { overlegCalendar, reeksCalendar } from './export-calendar';
import { listOverlegMedewerkers } from './list-overleg-medewerkers';
import { listReeksMedewerkers } from './list-reeks-medewerkers';

const tags = ['Actieoverleg'];
const id = z.uuid('geen geldige id');
const idParams = z.object({ id });
const ifMatch = z.object({ 'if-match': z.string().optional() });
const forSeries = 'Voor de voorzitters Actieoverleg van de regio en de organisaties die lid zijn van de reeks; anders 404.';
const chairOnly = 'Alleen de voorzitter Actieoverleg van de regio (anderen die het zien: 403).';
const forMeeting =
  'Voor de voorzitters van de regio, de vaste leden van de reeks en de partners op afroep die voor minstens één agendapunt zijn uitgenodigd ' +
  '(zij zien alleen die punten); anders 404.';
const calendar = { 200: { description: 'iCalendar (RFC 5545)', content: { 'text/calendar': { schema: z.string() } } } };

export async function vergaderingenRoutes(app: App): Promise<void> {
  const { db } = app.deps;

  // ---------------------------------------------------------------------------------------------------
  // The series and its members

  app.get(
    '/api/v1/actieoverleg-reeksen',
    {
      schema: {
        tags,
        summary: 'Reeksen Actieoverleg',
        description: `De reeks van uw regio (voor de voorzitter) en de reeksen waarvan uw organisatie lid is, met de actieve leden.`,
        response: { 200: reeksLijstSchema, ...problemResponses(401, 403) },
      },
    },
    async (request) => ({ reeksen: await listReeksen(db, accessContext(request)) }),
  );

  app.post(
    '/api/v1/actieoverleg-reeksen',
    {
      schema: {
        tags,
        summary: 'Reeks Actieoverleg starten voor de regio',
        description: `${chairOnly} Eén reeks per regio (anders 409 reeks-bestaat-al); standaard wekelijks op donderdag 13:30, 180 minuten.`,
        body: reeksInvoerSchema,
        response: { 201: reeksSchema, ...problemResponses(400, 401, 403, 409) },
      },
    },
    async (request, reply) => {
      const reeks = await createReeks(db, accessContext(request), request.body);
      reply.status(201).header('location', `/api/v1/actieoverleg-reeksen/${reeks.id}`);
      setVersionTag(reply, reeks.versie);
      return reeks;
    },
  );

  app.get(
    '/api/v1/actieoverleg-reeksen/:id',
    {
      schema: { tags, summary: 'Eén reeks Actieoverleg', description: forSeries, params: idParams, response: { 200: reeksSchema, ...problemResponses(400, 401, 403, 404) } },
    },
    async (request, reply) => {
      const reeks = await readReeks(db, accessContext(request), request.params.id);
      setVersionTag(reply, reeks.versie);
      return reeks;
    },
  );

  app.patch(
    '/api/v1/actieoverleg-reeksen/:id',
    {
      schema: {
        tags,
        summary: 'Reeks wijzigen (dag, tijd, duur, locatie)',
        description: `${forSeries} ${chairOnly} Vereist If-Match. Weekdag 1 (maandag) t/m 7 (zondag), begintijd HH:MM in Nederlandse tijd. Geplande overleggen houden hun tijd.`,
        params: idParams,
        headers: ifMatch,
        body: reeksWijzigenSchema,
        response: { 200: reeksSchema, ...problemResponses(400, 401, 403, 404, 409, 428) },
      },
    },
    async (request, reply) => {
      const reeks = await updateReeks(db, accessContext(request), request.params.id, requiredVersion(request.headers['if-match']), request.body);
      setVersionTag(reply, reeks.versie);
      return reeks;
    },
  );

  app.post(
    '/api/v1/actieoverleg-reeksen/:id/leden',
    {
      schema: {
        tags,
        summary: 'Lid toevoegen aan de reeks',
        description:
          `${forSeries} ${chairOnly} Vast: Veilig Thuis, politie of OM; op afroep: Raad voor de Kinderbescherming of reclassering; ` +
          'een actieve organisatie van de regio; de vertegenwoordiger werkt voor die organisatie. Al lid: 409.',
        params: idParams,
        body: lidInvoerSchema,
        response: { 201: reeksSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const reeks = await addLid(db, accessContext(request), request.params.id, request.body);
      reply.status(201);
      setVersionTag(reply, reeks.versie);
      return reeks;
    },
  );

  app.delete(
    '/api/v1/actieoverleg-reeksen/:id/leden/:lidId',
    {
      schema: {
        tags,
        summary: 'Lidmaatschap beëindigen',
        description: `${forSeries} ${chairOnly} Het lidmaatschap krijgt een einddatum; de geschiedenis blijft.`,
        params: z.object({ id, lidId: id }),
        response: { 200: reeksSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const reeks = await endLidmaatschap(db, accessContext(request), request.params.id, request.params.lidId);
      setVersionTag(reply, reeks.versie);
      return reeks;
    },
  );

  app.get(
    '/api/v1/actieoverleg-reeksen/:id/medewerkers',
    {
      schema: {
        tags,
        summary: 'Medewerkers van een organisatie, om een vertegenwoordiger te kiezen',
        description:
          `${forSeries} ${chairOnly} De actieve medewerkers met casuswerk (medewerker, voorzitter Actieoverleg, officier van justitie) van één actieve ` +
          'organisatie van de regio, ook als die nog geen lid is. Geen beheerders of analisten. Een organisatie buiten de regio: 400.',
        params: idParams,
        querystring: reeksMedewerkersQuerySchema,
        response: { 200: medewerkerLijstSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => ({ medewerkers: await listReeksMedewerkers(db, accessContext(request), request.params.id, request.query.organisatieId) }),
  );

  app.get(
    '/api/v1/actieoverleg-reeksen/:id/agenda.ics',
    {
      schema: {
        tags,
        summary: 'Reeks als agenda-item (iCalendar)',
        description: `${forSeries} Eén wekelijks terugkerende afspraak (RRULE) in Nederlandse tijd, zonder casusgegevens.`,
        params: idParams,
        response: { ...calendar, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const ics = await reeksCalendar(db, accessContext(request), request.params.id);
      return reply.type('text/calendar; charset=utf-8').header('content-disposition', 'attachment; filename="actieoverleg-reeks.ics"').send(ics);
    },
  );

  // ---------------------------------------------------------------------------------------------------
  // Meetings

  app.post(
    '/api/v1/actieoverleggen',
    {
      schema: {
        tags,
        summary: 'Actieoverleg plannen',
        description:
          `${chairOnly} Op het opgegeven tijdstip, of op het eerstvolgende moment van de reeks waarop nog geen overleg staat. ` +
          'Staat er al een overleg op dat tijdstip: 409 overleg-bestaat-al.',
        body: overlegInvoerSchema,
        response: { 201: overlegSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const overleg = await planOverleg(db, accessContext(request), request.body);
      reply.status(201).header('location', `/api/v1/actieoverleggen/${overleg.id}`);
      setVersionTag(reply, overleg.versie);
      return overleg;
    },
  );

  app.get(
    '/api/v1/actieoverleggen',
    {
      schema: {
        tags,
        summary: 'Actieoverleggen',
        description: 'De overleggen die u ziet in een periode (standaard: vanaf een week geleden tot acht weken vooruit), met uw rol en het aantal agendapunten dat u ziet.',
        querystring: overlegLijstQuerySchema,
        response: { 200: overlegLijstSchema, ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => ({ actieoverleggen: await listOverleggen(db, accessContext(request), request.query) }),
  );

  app.get(
    '/api/v1/actieoverleggen/:id',
    {
      schema: {
        tags,
        summary: 'Eén Actieoverleg met agenda',
        description:
          `${forMeeting} Per agendapunt de casus (id en nummer), de vraag van de aanmelding waar u die mag zien, de uitgenodigde partners, ` +
          'de bijdragen die need-to-know u laat zien, en de aanwezigheid. Het lezen wordt gelogd. De ETag-header geeft de versie.',
        params: idParams,
        response: { 200: overlegSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const overleg = await readOverleg(db, accessContext(request), request.params.id);
      setVersionTag(reply, overleg.versie);
      return overleg;
    },
  );

  app.get(
    '/api/v1/actieoverleggen/:id/medewerkers',
    {
      schema: {
        tags,
        summary: 'Medewerkers om uit te kiezen bij een Actieoverleg',
        description:
          `${forMeeting} De actieve medewerkers met casuswerk (medewerker, voorzitter Actieoverleg, officier van justitie) van de vaste leden van de reeks ` +
          'en van de organisaties die zijn uitgenodigd voor een agendapunt dat u ziet: om een eigenaar, regisseur of aanwezige te kiezen. ' +
          'Geen beheerders of analisten. Het lezen wordt gelogd.',
        params: idParams,
        response: { 200: medewerkerLijstSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => ({ medewerkers: await listOverlegMedewerkers(db, accessContext(request), request.params.id) }),
  );

  app.patch(
    '/api/v1/actieoverleggen/:id',
    {
      schema: {
        tags,
        summary: 'Actieoverleg verplaatsen of wijzigen',
        description: `${forMeeting} ${chairOnly} Alleen een gepland overleg; vereist If-Match.`,
        params: idParams,
        headers: ifMatch,
        body: overlegWijzigenSchema,
        response: { 200: overlegSchema, ...problemResponses(400, 401, 403, 404, 409, 428) },
      },
    },
    async (request, reply) => {
      const overleg = await updateOverleg(db, accessContext(request), request.params.id, requiredVersion(request.headers['if-match']), request.body);
      setVersionTag(reply, overleg.versie);
      return overleg;
    },
  );

  app.post(
    '/api/v1/actieoverleggen/:id/annuleren',
    {
      schema: {
        tags,
        summary: 'Actieoverleg annuleren',
        description: `${forMeeting} ${chairOnly} Alleen een gepland overleg, met een reden. De agendapunten blijven staan om door te schuiven.`,
        params: idParams,
        body: annulerenInvoerSchema,
        response: { 200: overlegSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const overleg = await cancelOverleg(db, accessContext(request), request.params.id, request.body);
      setVersionTag(reply, overleg.versie);
      return overleg;
    },
  );

  app.post(
    '/api/v1/actieoverleggen/:id/starten',
    {
      schema: {
        tags,
        summary: 'Actieoverleg starten',
        description: `${forMeeting} ${chairOnly} Een gepland overleg krijgt de status gestart.`,
        params: idParams,
        body: z.object({}).strict().optional(),
        response: { 200: overlegSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const overleg = await startOverleg(db, accessContext(request), request.params.id);
      setVersionTag(reply, overleg.versie);
      return overleg;
    },
  );

  app.get(
    '/api/v1/actieoverleggen/:id/agenda.ics',
    {
      schema: {
        tags,
        summary: 'Actieoverleg als agenda-item (iCalendar)',
        description: `${forMeeting} Tijd, plaats en alleen het aantal agendapunten: geen namen, casusnummers of andere casusgegevens.`,
        params: idParams,
        response: { ...calendar, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const ics = await overlegCalendar(db, accessContext(request), request.params.id);
      return reply.type('text/calendar; charset=utf-8').header('content-disposition', 'attachment; filename="actieoverleg.ics"').send(ics);
    },
  );

  app.put(
    '/api/v1/actieoverleggen/:id/aanwezigheid',
    {
      schema: {
        tags,
        summary: 'Aanwezigheid vastleggen',
        description:
          `${forMeeting} ${chairOnly} Vervangt de lijst; iedere persoon werkt voor een lid van de reeks, een uitgenodigde organisatie of de eigen organisatie ` +
          'van de voorzitter. Vereist If-Match (de versie van het overleg).',
        params: idParams,
        headers: ifMatch,
        body: aanwezigheidInvoerSchema,
        response: { 200: overlegSchema, ...problemResponses(400, 401, 403, 404, 409, 428) },
      },
    },
    async (request, reply) => {
      const overleg = await recordAttendance(db, accessContext(request), request.params.id, requiredVersion(request.headers['if-match']), request.body);
      setVersionTag(reply, overleg.versie);
      return overleg;
    },
  );

  // ---------------------------------------------------------------------------------------------------
  // The agenda

  app.post(
    '/api/v1/actieoverleggen/:id/agenda/opstellen',
    {
      schema: {
        tags,
        summary: 'Agenda opstellen',
        description:
          `${forMeeting} ${chairOnly} Voegt de ontbrekende punten toe: eerst vervolg (casussen met openstaande afspraken uit eerdere overleggen), ` +
          'dan de geagendeerde aanmeldingen van de regio, oudste eerst. Nogmaals opstellen voegt niets dubbel toe. ' +
          'De vaste leden nemen vanaf dan deel aan de casussen op de agenda (grondslag ACTIEOVERLEG).',
        params: idParams,
        body: z.object({}).strict().optional(),
        response: { 200: overlegSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const overleg = await composeAgenda(db, accessContext(request), request.params.id);
      setVersionTag(reply, overleg.versie);
      return overleg;
    },
  );

  app.post(
    '/api/v1/actieoverleggen/:id/agendapunten',
    {
      schema: {
        tags,
        summary: 'Agendapunt toevoegen',
        description:
          `${forMeeting} ${chairOnly} Met aanmeldingId (een geagendeerde aanmelding van de regio) of casusId (een casus met een geagendeerde aanmelding, ` +
          'openstaande afspraken van deze reeks, of waaraan uw organisatie deelneemt). Staat al op een agenda: 409 al-op-agenda.',
        params: idParams,
        body: agendapuntInvoerSchema,
        response: { 201: overlegSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const overleg = await addAgendapunt(db, accessContext(request), request.params.id, request.body);
      reply.status(201);
      setVersionTag(reply, overleg.versie);
      return overleg;
    },
  );

  app.put(
    '/api/v1/actieoverleggen/:id/agenda/volgorde',
    {
      schema: {
        tags,
        summary: 'Volgorde van de agenda',
        description: `${forMeeting} ${chairOnly} Noem elk agendapunt (behalve doorgeschoven punten) precies één keer. Vereist If-Match (de versie van het overleg).`,
        params: idParams,
        headers: ifMatch,
        body: volgordeInvoerSchema,
        response: { 200: overlegSchema, ...problemResponses(400, 401, 403, 404, 409, 428) },
      },
    },
    async (request, reply) => {
      const overleg = await reorderAgenda(db, accessContext(request), request.params.id, requiredVersion(request.headers['if-match']), request.body.agendapuntIds);
      setVersionTag(reply, overleg.versie);
      return overleg;
    },
  );

  app.post(
    '/api/v1/agendapunten/:id/doorschuiven',
    {
      schema: {
        tags,
        summary: 'Agendapunt doorschuiven naar een later overleg',
        description:
          `${forMeeting} ${chairOnly} Het punt krijgt de status doorgeschoven; op het latere overleg van dezelfde reeks komt een nieuw punt met dezelfde ` +
          'uitnodigingen, en de bijdragen gaan mee. Antwoordt met het latere overleg.',
        params: idParams,
        body: doorschuivenInvoerSchema,
        response: { 200: overlegSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const overleg = await moveAgendapunt(db, accessContext(request), request.params.id, request.body.overlegId);
      setVersionTag(reply, overleg.versie);
      return overleg;
    },
  );

  app.post(
    '/api/v1/agendapunten/:id/uitnodigingen',
    {
      schema: {
        tags,
        summary: 'Partner op afroep uitnodigen voor een agendapunt',
        description:
          `${forMeeting} ${chairOnly} Een partner op afroep van de reeks, of de Raad voor de Kinderbescherming of reclassering in de regio. ` +
          'De partner ziet dan alleen dit punt, neemt deel aan de casus en krijgt een taak om vóór het overleg zijn informatie in te brengen. ' +
          'Nogmaals uitnodigen verandert niets (200).',
        params: idParams,
        body: uitnodigingInvoerSchema,
        response: { 200: agendapuntSchema, 201: agendapuntSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const { agendapunt, nieuw } = await invitePartner(db, accessContext(request), request.params.id, request.body.organisatieId);
      reply.status(nieuw ? 201 : 200);
      return agendapunt;
    },
  );

  app.delete(
    '/api/v1/agendapunten/:id/uitnodigingen/:organisatieId',
    {
      schema: {
        tags,
        summary: 'Uitnodiging intrekken',
        description:
          `${forMeeting} ${chairOnly} Alleen vóór het overleg gestart is (anders 409). De taak vervalt; nam de partner alleen voor het Actieoverleg ` +
          'aan de casus deel, dan stopt die deelname.',
        params: z.object({ id, organisatieId: id }),
        response: { 200: agendapuntSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => withdrawInvitation(db, accessContext(request), request.params.id, request.params.organisatieId),
  );

  app.put(
    '/api/v1/agendapunten/:id/bijdragen/eigen',
    {
      schema: {
        tags,
        summary: 'Bijdrage van uw organisatie aan een agendapunt',
        description:
          `${forMeeting} Wat uw organisatie inbrengt (zie bijdrageVragen per soort organisatie). Eén bijdrage per organisatie: maakt haar aan (201) ` +
          'of wijzigt haar (200, vereist If-Match met de versie van de bijdrage). zichtbaarVoor: null voor iedereen bij dit punt, of alleen de genoemde ' +
          'organisaties aan tafel. Rondt de taak bijdrage-actieoverleg af.',
        params: idParams,
        headers: ifMatch,
        body: bijdrageInvoerSchema,
        response: { 200: bijdrageSchema, 201: bijdrageSchema, ...problemResponses(400, 401, 403, 404, 409, 428) },
      },
    },
    async (request, reply) => {
      const { bijdrage, nieuw } = await saveBijdrage(db, accessContext(request), request.params.id, request.headers['if-match'], request.body);
      reply.status(nieuw ? 201 : 200);
      setVersionTag(reply, bijdrage.versie);
      return bijdrage;
    },
  );
}
