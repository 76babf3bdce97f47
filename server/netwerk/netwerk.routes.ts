import { z } from 'zod';
import type { App } from '../platform/http/app';
import { problemResponses } from '../platform/http/problem';
import { requiredVersion, setVersionTag } from '../platform/http/versioning';
import { accessContext } from '../identity/session-auth';
import type { AccessContext } from '../identity/access-context';
import {
  bijeenkomstAanmakenSchema,
  bijeenkomstLijstSchema,
  bijeenkomstSchema,
  bijeenkomstWijzigenSchema,
  idParamsSchema,
  jaarParamsSchema,
  jaarQuerySchema,
  leercasusAanbrengenSchema,
  leercasusLijstSchema,
  leercasusSchema,
  leercasusWijzigenSchema,
  lidToevoegenSchema,
  lidWijzigenSchema,
  netwerkKandidatenSchema,
  netwerkLedenSchema,
  netwerkLidSchema,
  themaAanmakenSchema,
  themaLijstSchema,
  themaSchema,
  themaWijzigenSchema,
  twijfelcasusAanmakenSchema,
  twijfelcasusLijstSchema,
  twijfelcasusQuerySchema,
  twijfelcasusSchema,
  twijfelcasusWijzigenSchema,
  werkplanOpslaanSchema,
  werkplanSchema,
  zelfevaluatieSchema,
} from './schemas';
import { leesKandidaten, leesLeden, voegLidToe, wijzigLid } from './leden';
import { leesThema, leesThemas, maakThema, wijzigThema } from './themas';
import { leesWerkplan, slaWerkplanOpVoorJaar, stelWerkplanVastVoorJaar } from './werkplan';
import { leesBijeenkomst, leesBijeenkomsten, planBijeenkomst, wijzigBijeenkomst } from './bijeenkomsten';
import { brengLeercasusIn, leesLeercasus, leesLeercasussen, wijzigLeercasus } from './leercasussen';
import { legTwijfelcasusVast, leesTwijfelcasus, leesTwijfelcasussen, wijzigTwijfelcasus } from './twijfelcasussen';
import { leesZelfevaluatie } from './zelfevaluatie';
import { ditJaar } from './netwerk-toegang';

const tags = ['Netwerk (RNZS)'];
const voorLeden = 'Voor leden van het Regionaal Netwerk Zorg en Straf (rol rnzs-lid), binnen de regio van de eigen organisatie.';
const ifMatch = z.object({ 'if-match': z.string().optional() });
const privacy = 'Vrije tekst: geen namen of andere persoonsgegevens.';

export async function netwerkRoutes(app: App): Promise<void> {
  const { db } = app.deps;

  /** GET one / PATCH one for a versioned resource at `${base}/:id`. */
  function versioned<R extends z.ZodType<{ versie: number }>, B extends z.ZodType>(def: {
    base: string;
    naam: string;
    response: R;
    body: B;
    lees: (ctx: AccessContext, id: string) => Promise<z.infer<R>>;
    wijzig: (ctx: AccessContext, id: string, versie: number, body: z.infer<B>) => Promise<z.infer<R>>;
    beschrijving?: string;
  }): void {
    app.get(
      `${def.base}/:id`,
      {
        schema: {
          tags,
          summary: `Eén ${def.naam}`,
          description: `${voorLeden} De ETag geeft de versie voor If-Match.`,
          params: idParamsSchema,
          response: { 200: def.response as z.ZodType, ...problemResponses(400, 401, 403, 404) },
        },
      },
      async (request, reply) => {
        const result = await def.lees(accessContext(request), request.params.id);
        setVersionTag(reply, result.versie);
        return result;
      },
    );
    app.patch(
      `${def.base}/:id`,
      {
        schema: {
          tags,
          summary: `${def.naam[0]!.toUpperCase()}${def.naam.slice(1)} wijzigen`,
          description: `${voorLeden} Vereist If-Match; is het intussen gewijzigd, dan 409 met de huidige versie. ${def.beschrijving ?? ''}`.trim(),
          params: idParamsSchema,
          headers: ifMatch,
          body: def.body as z.ZodType,
          response: { 200: def.response as z.ZodType, ...problemResponses(400, 401, 403, 404, 409, 428) },
        },
      },
      async (request, reply) => {
        const result = await def.wijzig(accessContext(request), request.params.id, requiredVersion(request.headers['if-match']), request.body as z.infer<B>);
        setVersionTag(reply, result.versie);
        return result;
      },
    );
  }


  /** POST a new resource: 201 with the resource and its ETag. */
  function create<R extends z.ZodType<{ versie: number }>, B extends z.ZodType>(def: {
    url: string;
    summary: string;
    description: string;
    body: B;
    response: R;
    maak: (ctx: AccessContext, body: z.infer<B>) => Promise<z.infer<R>>;
    fouten?: (400 | 404 | 409)[];
  }): void {
    app.post(
      def.url,
      {
        schema: {
          tags,
          summary: def.summary,
          description: def.description,
          body: def.body as z.ZodType,
          response: { 201: def.response as z.ZodType, ...problemResponses(400, 401, 403, ...(def.fouten ?? [])) },
        },
      },
      async (request, reply) => {
        const result = await def.maak(accessContext(request), request.body as z.infer<B>);
        reply.status(201);
        setVersionTag(reply, result.versie);
        return result;
      },
    );
  }

  // ---- Members ----
  app.get(
    '/api/v1/netwerk/leden',
    {
      schema: {
        tags,
        summary: 'Leden per organisatie en de voorzitter',
        description: 'Voor netwerkleden en de functioneel beheerder: elke organisatie van de regio met haar leden, zodat gaten zichtbaar zijn.',
        response: { 200: netwerkLedenSchema, ...problemResponses(401, 403) },
      },
    },
    async (request) => leesLeden(db, accessContext(request)),
  );
  app.get(
    '/api/v1/netwerk/kandidaten',
    {
      schema: {
        tags,
        summary: 'Wie lid kan worden',
        description: 'Voor de functioneel beheerder: gebruikers van de organisaties van de regio met de rol rnzs-lid daar, die nog geen lid zijn.',
        response: { 200: netwerkKandidatenSchema, ...problemResponses(401, 403) },
      },
    },
    async (request) => leesKandidaten(db, accessContext(request)),
  );
  create({
    url: '/api/v1/netwerk/leden',
    summary: 'Lid toevoegen',
    description: 'Voor de functioneel beheerder: een gebruiker met de rol rnzs-lid bij een organisatie van de regio.',
    body: lidToevoegenSchema,
    response: netwerkLidSchema,
    maak: (ctx, body) => voegLidToe(db, ctx, body),
  });
  app.patch(
    '/api/v1/netwerk/leden/:id',
    {
      schema: {
        tags,
        summary: 'Voorzitter benoemen of lid uit het netwerk halen',
        description: 'Voor de functioneel beheerder. Eén voorzitter per regio: benoemen beëindigt het voorzitterschap van de vorige. Vereist If-Match.',
        params: idParamsSchema,
        headers: ifMatch,
        body: lidWijzigenSchema,
        response: { 200: netwerkLidSchema, ...problemResponses(400, 401, 403, 404, 409, 428) },
      },
    },
    async (request, reply) => {
      const lid = await wijzigLid(db, accessContext(request), request.params.id, requiredVersion(request.headers['if-match']), request.body);
      setVersionTag(reply, lid.versie);
      return lid;
    },
  );

  // ---- Themes ----
  app.get(
    '/api/v1/netwerk/themas',
    {
      schema: {
        tags,
        summary: 'Thema’s van het netwerk',
        description: `${voorLeden} De vier momenten (bij eerste gebruik aangemaakt) en de eigen thema’s, met hun trekker.`,
        response: { 200: themaLijstSchema, ...problemResponses(401, 403) },
      },
    },
    async (request) => ({ themas: await leesThemas(db, accessContext(request)) }),
  );
  create({
    url: '/api/v1/netwerk/themas',
    summary: 'Eigen thema toevoegen',
    description: `${voorLeden} Bijvoorbeeld ex-partnerstalking, met een lid als trekker.`,
    body: themaAanmakenSchema,
    response: themaSchema,
    maak: (ctx, body) => maakThema(db, ctx, body),
  });
  versioned({
    base: '/api/v1/netwerk/themas',
    naam: 'thema',
    response: themaSchema,
    body: themaWijzigenSchema,
    beschrijving: 'Een thema wordt uitgezet (actief false), nooit verwijderd.',
    lees: (ctx, id) => leesThema(db, ctx, id),
    wijzig: (ctx, id, versie, body) => wijzigThema(db, ctx, id, versie, body),
  });

  // ---- Work plan ----
  app.get(
    '/api/v1/netwerk/werkplannen/:jaar',
    {
      schema: {
        tags,
        summary: 'Jaarwerkplan',
        description: `${voorLeden} Per thema een doel en acties. Versie 0: nog geen werkplan (If-Match "0" maakt het aan).`,
        params: jaarParamsSchema,
        response: { 200: werkplanSchema, ...problemResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const plan = await leesWerkplan(db, accessContext(request), request.params.jaar);
      setVersionTag(reply, plan.versie);
      return plan;
    },
  );
  app.put(
    '/api/v1/netwerk/werkplannen/:jaar',
    {
      schema: {
        tags,
        summary: 'Jaarwerkplan opslaan',
        description: `${voorLeden} Vereist If-Match. Opslaan maakt het werkplan weer concept; de voorzitter stelt het (opnieuw) vast.`,
        params: jaarParamsSchema,
        headers: ifMatch,
        body: werkplanOpslaanSchema,
        response: { 200: werkplanSchema, ...problemResponses(400, 401, 403, 409, 428) },
      },
    },
    async (request, reply) => {
      const plan = await slaWerkplanOpVoorJaar(db, accessContext(request), request.params.jaar, requiredVersion(request.headers['if-match']), request.body);
      setVersionTag(reply, plan.versie);
      return plan;
    },
  );
  app.post(
    '/api/v1/netwerk/werkplannen/:jaar/vaststellen',
    {
      schema: {
        tags,
        summary: 'Jaarwerkplan vaststellen',
        description: 'Alleen de voorzitter van het netwerk (anders 403 met de reden). Vereist If-Match.',
        params: jaarParamsSchema,
        headers: ifMatch,
        body: z.object({}).strict().optional(),
        response: { 200: werkplanSchema, ...problemResponses(400, 401, 403, 409, 428) },
      },
    },
    async (request, reply) => {
      const plan = await stelWerkplanVastVoorJaar(db, accessContext(request), request.params.jaar, requiredVersion(request.headers['if-match']));
      setVersionTag(reply, plan.versie);
      return plan;
    },
  );

  // ---- Meetings ----
  app.get(
    '/api/v1/netwerk/bijeenkomsten',
    {
      schema: {
        tags,
        summary: 'Bijeenkomsten van een jaar',
        description: `${voorLeden} Standaard dit jaar (Europe/Amsterdam); teWeinig als er minder dan zes gepland zijn.`,
        querystring: jaarQuerySchema,
        response: { 200: bijeenkomstLijstSchema, ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => leesBijeenkomsten(db, accessContext(request), request.query.jaar ?? ditJaar()),
  );
  create({
    url: '/api/v1/netwerk/bijeenkomsten',
    summary: 'Bijeenkomst plannen',
    description: `${voorLeden} Met een agenda: onderwerp, eventueel thema, leercasus of twijfelcasus.`,
    body: bijeenkomstAanmakenSchema,
    response: bijeenkomstSchema,
    maak: (ctx, body) => planBijeenkomst(db, ctx, body),
  });
  versioned({
    base: '/api/v1/netwerk/bijeenkomsten',
    naam: 'bijeenkomst',
    response: bijeenkomstSchema,
    body: bijeenkomstWijzigenSchema,
    beschrijving: `Agenda, notulen, tijdstip of status (gepland, gehouden, geannuleerd). ${privacy}`,
    lees: (ctx, id) => leesBijeenkomst(db, ctx, id),
    wijzig: (ctx, id, versie, body) => wijzigBijeenkomst(db, ctx, id, versie, body),
  });

  // ---- Learning cases ----
  app.get(
    '/api/v1/netwerk/leercasussen',
    {
      schema: {
        tags,
        summary: 'Leercasussen',
        description: `${voorLeden} Geanonimiseerde profielen van gesloten casussen met de lessen van het netwerk; nooit de broncasus.`,
        response: { 200: leercasusLijstSchema, ...problemResponses(401, 403) },
      },
    },
    async (request) => ({ leercasussen: await leesLeercasussen(db, accessContext(request)) }),
  );
  create({
    url: '/api/v1/netwerk/leercasussen',
    summary: 'Gesloten casus inbrengen als leercasus',
    description: `${voorLeden} Het lid moet de casus mogen zien (casuswerk en de eigen organisatie neemt deel; anders 404). Een open casus: 409. Dezelfde casus twee keer: 409. ${privacy}`,
    body: leercasusAanbrengenSchema,
    response: leercasusSchema,
    fouten: [404, 409],
    maak: (ctx, body) => brengLeercasusIn(db, ctx, body),
  });
  versioned({
    base: '/api/v1/netwerk/leercasussen',
    naam: 'leercasus',
    response: leercasusSchema,
    body: leercasusWijzigenSchema,
    beschrijving: privacy,
    lees: (ctx, id) => leesLeercasus(db, ctx, id),
    wijzig: (ctx, id, versie, body) => wijzigLeercasus(db, ctx, id, versie, body),
  });

  // ---- Doubt cases ----
  app.get(
    '/api/v1/netwerk/twijfelcasussen',
    {
      schema: {
        tags,
        summary: 'Twijfelcasussen',
        description: `${voorLeden} Situaties waarin partners twijfelden wat te doen, verzameld om normen te vinden; filter op status.`,
        querystring: twijfelcasusQuerySchema,
        response: { 200: twijfelcasusLijstSchema, ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => ({ twijfelcasussen: await leesTwijfelcasussen(db, accessContext(request), request.query.status) }),
  );
  create({
    url: '/api/v1/netwerk/twijfelcasussen',
    summary: 'Twijfelcasus vastleggen',
    description: `${voorLeden} ${privacy}`,
    body: twijfelcasusAanmakenSchema,
    response: twijfelcasusSchema,
    maak: (ctx, body) => legTwijfelcasusVast(db, ctx, body),
  });
  versioned({
    base: '/api/v1/netwerk/twijfelcasussen',
    naam: 'twijfelcasus',
    response: twijfelcasusSchema,
    body: twijfelcasusWijzigenSchema,
    beschrijving: `Status norm-gevonden vraagt de norm. ${privacy}`,
    lees: (ctx, id) => leesTwijfelcasus(db, ctx, id),
    wijzig: (ctx, id, versie, body) => wijzigTwijfelcasus(db, ctx, id, versie, body),
  });

  // ---- Self-evaluation ----
  app.get(
    '/api/v1/netwerk/zelfevaluatie',
    {
      schema: {
        tags,
        summary: 'Jaarlijkse zelfevaluatie: geaggregeerde antwoorden',
        description: `${voorLeden} De evaluatie-indicatoren van de verbeteractie samenhang voor het jaar; kleine aantallen onderdrukt.`,
        querystring: jaarQuerySchema,
        response: { 200: zelfevaluatieSchema, ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => leesZelfevaluatie(db, accessContext(request), request.query.jaar ?? ditJaar()),
  );
}
