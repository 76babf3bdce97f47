import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { App } from '../platform/http/app';

/**
 * The operations of the app as its own OpenAPI document describes them, for tests that must cover every endpoint
 * (a new route is picked up without anyone editing the test's list of URLs).
 */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface Operation {
  /** `METHOD /path/{param}`, the key of the expectation tables. */
  key: string;
  method: HttpMethod;
  /** The OpenAPI path, with `{param}` placeholders. */
  path: string;
  pathParams: string[];
  queryParams: string[];
  headerParams: string[];
  hasBody: boolean;
  /** Top-level property names of the JSON request body, when the schema names them. */
  bodyFields: string[];
}

interface OpenApiOperation {
  parameters?: { in: string; name: string }[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
}
interface JsonSchema {
  properties?: Record<string, unknown>;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
}

const METHODS: HttpMethod[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];

export function openApiDocument(app: App): { openapi: string; paths: Record<string, Record<string, OpenApiOperation>> } {
  return app.swagger() as unknown as { openapi: string; paths: Record<string, Record<string, OpenApiOperation>> };
}

export function operationsOf(app: App): Operation[] {
  const doc = openApiDocument(app);
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const [m, op] of Object.entries(item)) {
      const method = m.toUpperCase() as HttpMethod;
      if (!METHODS.includes(method)) continue;
      const params = op.parameters ?? [];
      const schema = op.requestBody?.content?.['application/json']?.schema;
      operations.push({
        key: `${method} ${path}`,
        method,
        path,
        pathParams: [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]!),
        queryParams: params.filter((p) => p.in === 'query').map((p) => p.name),
        headerParams: params.filter((p) => p.in === 'header').map((p) => p.name),
        hasBody: op.requestBody !== undefined,
        bodyFields: schema ? fieldsOf(schema) : [],
      });
    }
  }
  return operations;
}

function fieldsOf(schema: JsonSchema): string[] {
  const own = Object.keys(schema.properties ?? {});
  const nested = [...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.allOf ?? [])].flatMap(fieldsOf);
  return [...new Set([...own, ...nested])];
}

/** Fills `{param}` placeholders; a placeholder without a value is an error (so a new parameter is noticed). */
export function fillPath(path: string, values: Record<string, string>, encode = true): string {
  return path.replace(/\{([^}]+)\}/g, (_all, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`no value for path parameter {${name}} of ${path}`);
    return encode ? encodeURIComponent(value) : value;
  });
}

/**
 * Every routed method and URL in Fastify's route tree (app.printRoutes), HEAD excluded. The tree prints one node
 * per line, indented four characters per level, each node's text continuing its parent's path.
 */
export function registeredRoutes(app: App): { method: string; url: string }[] {
  const lines = app.printRoutes({ commonPrefix: false }).split('\n');
  const stack: string[] = [];
  const routes: { method: string; url: string }[] = [];
  for (const line of lines) {
    const match = /^(.*?)[├└]── (.*?)(?: \(([A-Z, ]+)\))?$/.exec(line);
    if (!match) continue;
    const depth = [...match[1]!].length / 4;
    const url = (stack[depth - 1] ?? '') + match[2]!;
    stack[depth] = url;
    stack.length = depth + 1;
    for (const method of (match[3] ?? '').split(',').map((m) => m.trim()).filter(Boolean)) {
      if (method !== 'HEAD') routes.push({ method, url });
    }
  }
  return routes;
}

/** Fastify's `:param` notation to OpenAPI's `{param}`. */
export function toOpenApiPath(url: string): string {
  return url.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
}

export function isProblem(response: LightMyRequestResponse): boolean {
  return String(response.headers['content-type'] ?? '').startsWith('application/problem+json');
}

/** A compact description of a response for assertion messages. */
export function describeResponse(response: LightMyRequestResponse): string {
  return `${response.statusCode} ${String(response.headers['content-type'] ?? '(geen content-type)')} ${response.body.slice(0, 300)}`;
}

/** Asserts the RFC 9457 shape the API promises for every error. */
export function expectProblem(response: LightMyRequestResponse, status: number, label = ''): Record<string, unknown> {
  const where = `${label} → ${describeResponse(response)}`;
  expect(response.statusCode, where).toBe(status);
  expect(isProblem(response), where).toBe(true);
  const body = JSON.parse(response.body) as Record<string, unknown>;
  expect(body.status, where).toBe(status);
  expect(typeof body.title, where).toBe('string');
  return body;
}
