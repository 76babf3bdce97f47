import { z } from 'zod';

/**
 * The one error shape of the API: RFC 9457 problem+json, with `invalidParams` naming every bad field
 * (as the Dutch API Design Rules ask). Throw an ApiProblem anywhere; the error handler renders it.
 */
export interface InvalidParam {
  name: string;
  code: string;
  reason: string;
}

export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail?: string,
    readonly options: {
      invalidParams?: InvalidParam[];
      code?: string;
      headers?: Record<string, string>;
      huidigeVersie?: number;
      /** Ids of existing objects the request may duplicate (e.g. persons a new person likely is). */
      kandidaten?: string[];
      /** Ids of the objects that stand in the way (e.g. agenda items not yet discussed when closing a meeting). */
      objecten?: string[];
    } = {},
  ) {
    super(detail ?? title);
  }
}

export const problems = {
  badRequest: (detail: string, invalidParams: InvalidParam[] = []) =>
    new ApiProblem(400, 'Ongeldige invoer', detail, { invalidParams, code: 'ongeldige-invoer' }),
  invalidField: (name: string, reason: string, code = 'ongeldig') =>
    new ApiProblem(400, 'Ongeldige invoer', `${name}: ${reason}`, { invalidParams: [{ name, code, reason }], code: 'ongeldige-invoer' }),
  unauthorized: (detail = 'Log in om verder te gaan.', code = 'niet-ingelogd') =>
    new ApiProblem(401, 'Niet ingelogd', detail, { code }),
  forbidden: (detail = 'Uw rol geeft geen toegang tot deze handeling.') =>
    new ApiProblem(403, 'Geen toegang', detail, { code: 'geen-toegang' }),
  notFound: (detail = 'Deze bron bestaat niet of u heeft er geen toegang toe.') =>
    new ApiProblem(404, 'Niet gevonden', detail, { code: 'niet-gevonden' }),
  conflict: (detail: string, code = 'conflict') => new ApiProblem(409, 'Conflict', detail, { code }),
  /** A stale If-Match: 409 with the current version, so the client can reload, compare and retry; nothing is overwritten. */
  versionConflict: (huidigeVersie: number, detail = 'Iemand anders heeft dit intussen gewijzigd. Laad de laatste versie en probeer het opnieuw.') =>
    new ApiProblem(409, 'Intussen gewijzigd', detail, { code: 'versie-verouderd', huidigeVersie }),
  preconditionRequired: (detail = 'Stuur de header If-Match met de versie (ETag) die u wijzigt.') =>
    new ApiProblem(428, 'Versie ontbreekt', detail, { code: 'versie-vereist' }),
  tooManyRequests: (retryAfterSeconds: number, detail: string) =>
    new ApiProblem(429, 'Te veel pogingen', detail, {
      code: 'te-veel-pogingen',
      headers: { 'retry-after': String(Math.max(1, Math.ceil(retryAfterSeconds))) },
    }),
  unavailable: (detail = 'De database is tijdelijk niet bereikbaar. Probeer het over een ogenblik opnieuw.') =>
    new ApiProblem(503, 'Tijdelijk niet beschikbaar', detail, { code: 'niet-beschikbaar', headers: { 'retry-after': '5' } }),
};

export const problemSchema = z
  .object({
    type: z.string().describe('URI die het soort fout aanduidt'),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    code: z.string().optional().describe('Machineleesbare code van de fout'),
    invalidParams: z
      .array(z.object({ name: z.string(), code: z.string(), reason: z.string() }))
      .optional()
      .describe('Elk ongeldig veld met de reden'),
    huidigeVersie: z.number().int().optional().describe('Bij versie-verouderd: de versie die nu geldt'),
    kandidaten: z.array(z.string()).optional().describe('Bij mogelijke-dubbele-persoon of bsn-bestaat: ids van de bestaande personen'),
    objecten: z.array(z.string()).optional().describe('Ids van de objecten die de handeling in de weg staan, bijv. agendapunten die nog niet besproken zijn'),
  })
  .describe('Foutmelding volgens RFC 9457 (application/problem+json)');

export type ProblemBody = z.infer<typeof problemSchema>;

export function problemBody(problem: ApiProblem, instance?: string): ProblemBody {
  return {
    type: `https://samenloop.nl/problemen/${problem.options.code ?? 'fout'}`,
    title: problem.title,
    status: problem.status,
    ...(problem.detail ? { detail: problem.detail } : {}),
    ...(instance ? { instance } : {}),
    ...(problem.options.code ? { code: problem.options.code } : {}),
    ...(problem.options.invalidParams && problem.options.invalidParams.length > 0
      ? { invalidParams: problem.options.invalidParams }
      : {}),
    ...(problem.options.huidigeVersie !== undefined ? { huidigeVersie: problem.options.huidigeVersie } : {}),
    ...(problem.options.kandidaten ? { kandidaten: problem.options.kandidaten } : {}),
    ...(problem.options.objecten ? { objecten: problem.options.objecten } : {}),
  };
}

/** OpenAPI response entries for the problems an operation can answer with. */
export function problemResponses<const S extends number>(...statuses: S[]): Record<S, typeof problemSchema> {
  return Object.fromEntries(statuses.map((status) => [status, problemSchema])) as Record<S, typeof problemSchema>;
}
